// Small helpers over SQLite's C API shared by the store, query and search modules (internal).
#ifndef MARSAD_BASE_SQLITE_H_
#define MARSAD_BASE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad {

inline Status SqlError(sqlite3* db, std::string_view what) {
  return Status::IOError(std::string(what) + ": " + sqlite3_errmsg(db));
}

// Runs SQL statements; the error says `what` failed, or quotes the start of the SQL when `what` is null.
inline Status Exec(sqlite3* db, const char* sql, const char* what = nullptr) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "?";
    Status s = what ? Status::IOError(std::string(what) + ": " + message)
                    : Status::IOError(message + " (in: " + std::string(sql).substr(0, 60) + ")");
    sqlite3_free(error);
    return s;
  }
  return Status::OK();
}

// A prepared statement that resets itself for reuse.
class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Status Prepare(sqlite3* db, const std::string& sql) {
    db_ = db;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
      return SqlError(db, "cannot prepare " + sql.substr(0, 60));
    }
    return Status::OK();
  }
  Statement& Bind(int i, std::string_view s) {
    // An empty view may have no data pointer, which SQLite would store as NULL: bind "" instead.
    sqlite3_bind_text(stmt_, i, s.empty() ? "" : s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, std::int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& Bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& BindNull(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  // One step: SQLITE_ROW or SQLITE_DONE; anything else is an error.
  int Step() { return sqlite3_step(stmt_); }
  Status Run() {
    const int rc = sqlite3_step(stmt_);
    Reset();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::OK() : SqlError(db_, "write failed");
  }
  sqlite3_stmt* get() const { return stmt_; }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  // Binds a named parameter (":actor") when the statement has it.
  Statement& BindNamed(const char* name, std::string_view s) {
    if (const int i = sqlite3_bind_parameter_index(stmt_, name); i > 0) Bind(i, s);
    return *this;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace marsad

#endif  // MARSAD_BASE_SQLITE_H_

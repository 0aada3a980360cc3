// Status: the outcome of an operation that can fail, returned across the public API instead of throwing.
//
// A Status is either ok() or carries a code and a human-readable message that says what failed and where
// (a file name, a line number). It is cheap to copy when ok. Functions that produce a value alongside a
// Status take an output pointer, LevelDB-style, so call sites read `if (Status s = f(&out); !s.ok()) ...`.
#ifndef MARSAD_STATUS_H_
#define MARSAD_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace marsad {

class Status {
 public:
  enum class Code { kOk = 0, kNotFound, kInvalidArgument, kCorruption, kIOError, kUnsupported };

  Status() = default;

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Unsupported(std::string_view msg) { return Status(Code::kUnsupported, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or e.g. "IO error: cannot open x.txt: No such file or directory".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace marsad

#endif  // MARSAD_STATUS_H_

// Zip archives through libzip (see zip.h). libzip is used rather than a parser of Marsad's own: the format
// has many variants (zip64, data descriptors, several compression methods) that libzip already handles.
// Archives on disk are opened where they are and read with random access: a zip's directory is at its end,
// so an archive cannot be streamed, but it need not be loaded either.
#include "input/zip.h"

#include <algorithm>
#include <utility>

#include <zip.h>

namespace marsad::input {
namespace {

std::string ErrorText(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text ? text : "unknown zip error";
}

}  // namespace

bool LooksLikeZip(std::string_view head) {
  return head.starts_with(std::string_view("PK\x03\x04", 4)) ||
         head.starts_with(std::string_view("PK\x05\x06", 4));
}

ZipArchive::ZipArchive(void* archive, std::string memory) : archive_(archive), memory_(std::move(memory)) {
  const zip_int64_t n = zip_get_num_entries(static_cast<zip_t*>(archive_), 0);
  size_ = n > 0 ? static_cast<std::size_t>(n) : 0;
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(static_cast<zip_t*>(archive_));
}

std::unique_ptr<ZipArchive> ZipArchive::OpenFile(const std::string& path, std::string* error) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    *error = ErrorText(&e);
    zip_error_fini(&e);
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive, ""));
}

std::unique_ptr<ZipArchive> ZipArchive::OpenMemory(std::string data, std::string* error) {
  // The bytes move into the archive object first: libzip keeps a pointer to them.
  std::unique_ptr<ZipArchive> result(new ZipArchive(nullptr, std::move(data)));
  zip_error_t e;
  zip_error_init(&e);
  zip_source_t* source = zip_source_buffer_create(result->memory_.data(), result->memory_.size(), 0, &e);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &e) : nullptr;
  if (archive == nullptr) {
    *error = ErrorText(&e);
    if (source) zip_source_free(source);
    zip_error_fini(&e);
    result->archive_ = nullptr;
    return nullptr;
  }
  zip_error_fini(&e);
  result->archive_ = archive;
  const zip_int64_t n = zip_get_num_entries(archive, 0);
  result->size_ = n > 0 ? static_cast<std::size_t>(n) : 0;
  return result;
}

bool ZipArchive::Stat(std::size_t index, Entry* entry, std::string* error) {
  zip_stat_t st;
  zip_stat_init(&st);
  zip_t* archive = static_cast<zip_t*>(archive_);
  if (zip_stat_index(archive, index, 0, &st) != 0) {
    *error = zip_strerror(archive);
    return false;
  }
  *entry = Entry();
  entry->name = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "#" + std::to_string(index);
  entry->size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  entry->directory = entry->name.ends_with('/');
  entry->encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
  return true;
}

std::unique_ptr<ZipMember> ZipArchive::Open(std::size_t index, std::string* error) {
  zip_t* archive = static_cast<zip_t*>(archive_);
  zip_file_t* file = zip_fopen_index(archive, index, 0);
  if (file == nullptr) {
    *error = zip_strerror(archive);
    return nullptr;
  }
  return std::make_unique<ZipMember>(file);
}

ZipMember::~ZipMember() { zip_fclose(static_cast<zip_file_t*>(file_)); }

std::size_t ZipMember::Read(char* out, std::size_t n, std::string* error) {
  zip_file_t* file = static_cast<zip_file_t*>(file_);
  std::size_t done = 0;
  while (done < n) {
    const zip_int64_t got = zip_fread(file, out + done, n - done);
    if (got < 0) {
      *error = zip_file_strerror(file);
      break;
    }
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  return done;
}

}  // namespace marsad::input

// Zip archives through libzip: the list of members and a reader for each. Internal to src/input; the reader
// reads every member as a file of its own.
#ifndef MARSAD_INPUT_ZIP_H_
#define MARSAD_INPUT_ZIP_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace marsad::input {

// True when a file starts like a zip archive: a local file header, or the end record of an empty archive.
bool LooksLikeZip(std::string_view head);

class ZipMember;

class ZipArchive {
 public:
  struct Entry {
    std::string name;        // the member's path inside the archive
    std::uint64_t size = 0;  // uncompressed size as the archive declares it
    bool directory = false;  // a folder entry ("dir/"), which has no content
    bool encrypted = false;  // needs a password, which Marsad does not have
  };

  // Opens an archive from a file (read with random access where it is, not loaded) or from bytes in memory.
  // Returns null with *error set when it is not a readable zip archive.
  static std::unique_ptr<ZipArchive> OpenFile(const std::string& path, std::string* error);
  static std::unique_ptr<ZipArchive> OpenMemory(std::string data, std::string* error);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  std::size_t size() const { return size_; }
  bool Stat(std::size_t index, Entry* entry, std::string* error);
  // Opens member `index` for reading; null with *error set when it cannot be.
  std::unique_ptr<ZipMember> Open(std::size_t index, std::string* error);

 private:
  ZipArchive(void* archive, std::string memory);

  void* archive_;       // zip_t*
  std::string memory_;  // the archive's bytes when opened from memory (libzip reads them in place)
  std::size_t size_ = 0;
};

// The uncompressed bytes of one member, a piece at a time.
class ZipMember {
 public:
  explicit ZipMember(void* file) : file_(file) {}
  ~ZipMember();
  ZipMember(const ZipMember&) = delete;
  ZipMember& operator=(const ZipMember&) = delete;

  // Reads up to `n` bytes into `out`; fewer only at the end of the member or on an error (then *error is
  // set, to libzip's words: a CRC mismatch, corrupt data).
  std::size_t Read(char* out, std::size_t n, std::string* error);

 private:
  void* file_;  // zip_file_t*
};

}  // namespace marsad::input

#endif  // MARSAD_INPUT_ZIP_H_

#include "testing/test_data.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace marsad::testing {

std::string SourceDir() {
  if (const char* env = std::getenv("MARSAD_SOURCE_DIR"); env && *env) return env;
#ifdef MARSAD_SOURCE_DIR
  return MARSAD_SOURCE_DIR;
#else
  return ".";
#endif
}

std::string SharedDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("MARSAD_DATA"); env && *env) {
    return fs::is_directory(env) ? std::string(env) : std::string();
  }
  const fs::path candidate = fs::path(SourceDir()) / ".." / "shared" / "data";
  std::error_code ec;
  if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec).string();
  return "";
}

bool DataRequired() {
  const char* env = std::getenv("MARSAD_REQUIRE_DATA");
  return env && std::string(env) == "1";
}

}  // namespace marsad::testing

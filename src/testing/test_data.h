// Where tests find the third-party data that must stay outside the repository (../shared/data).
//
// SharedDataDir() looks at $MARSAD_DATA, then at ../shared/data relative to the source tree. Tests that need
// the data use MARSAD_REQUIRE_SHARED_DATA(path): it skips the test with a clear message when the data is
// absent, and fails it instead when MARSAD_REQUIRE_DATA=1 (as CI sets), so a missing data set is never a
// silent pass.
#ifndef MARSAD_TESTING_TEST_DATA_H_
#define MARSAD_TESTING_TEST_DATA_H_

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace marsad::testing {

// The shared data directory, or "" when it cannot be found.
std::string SharedDataDir();

// The repository's root (for fixtures under tests/fixtures).
std::string SourceDir();

// True when MARSAD_REQUIRE_DATA=1.
bool DataRequired();

}  // namespace marsad::testing

// Resolves `relative` inside the shared data dir into `var` (a std::string), or skips/fails the test.
#define MARSAD_REQUIRE_SHARED_DATA(var, relative)                                                     \
  std::string var;                                                                                    \
  do {                                                                                                \
    const std::string dir_ = ::marsad::testing::SharedDataDir();                                      \
    var = dir_.empty() ? std::string() : dir_ + "/" + (relative);                                     \
    if (dir_.empty() || !std::ifstream(var).good()) {                                                 \
      if (::marsad::testing::DataRequired()) {                                                        \
        FAIL() << "shared data " << (relative) << " not found (MARSAD_REQUIRE_DATA=1); set "          \
               << "MARSAD_DATA or put the data at ../shared/data";                                    \
      }                                                                                               \
      GTEST_SKIP() << "shared data " << (relative) << " not found: set MARSAD_DATA to run this test"; \
    }                                                                                                 \
  } while (0)

#endif  // MARSAD_TESTING_TEST_DATA_H_

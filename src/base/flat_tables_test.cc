// The flat tables against the standard containers they replace, on many keys (so that they grow).
#include "base/flat_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace marsad {
namespace {

TEST(StringIds, InternsInOrderAndFindsWhatItInterned) {
  StringIds ids;
  std::unordered_map<std::string, std::uint32_t> expected;
  for (int i = 0; i < 5000; ++i) {
    // Arabic keys of several lengths, some repeated.
    const std::string key =
        "كلمة" + std::to_string(i % 3000) + std::string(static_cast<std::size_t>(i % 7), 'x');
    const auto [it, inserted] = expected.emplace(key, static_cast<std::uint32_t>(expected.size()));
    EXPECT_EQ(ids.Intern(key), it->second) << key;
  }
  EXPECT_EQ(ids.size(), expected.size());
  for (const auto& [key, id] : expected) {
    EXPECT_EQ(ids.Find(key), id);
    EXPECT_EQ(ids.Key(id), key);
  }
  EXPECT_EQ(ids.Find("غائبة"), StringIds::kAbsent);
  EXPECT_FALSE(ids.Contains(""));
  EXPECT_EQ(ids.Intern(""), expected.size());
  EXPECT_TRUE(ids.Contains(""));
  ids.Clear();
  EXPECT_EQ(ids.size(), 0u);
  EXPECT_FALSE(ids.Contains("كلمة1"));
  EXPECT_EQ(ids.Intern("كلمة1"), 0u);
}

TEST(U64Map, FindsSetValuesAndZeroForOthers) {
  U64Map map;
  std::unordered_map<std::uint64_t, std::uint32_t> expected;
  for (std::uint64_t node = 0; node < 300; ++node) {
    for (std::uint64_t key = 0; key < 20; ++key) {
      const std::uint64_t k = node << 32 | (key * 7919);
      const auto value = static_cast<std::uint32_t>(expected.size() + 1);
      map.Set(k, value);
      expected[k] = value;
    }
  }
  map.Set(5, 77);
  map.Set(5, 78);  // replaced
  expected[5] = 78;
  EXPECT_EQ(map.size(), expected.size());
  for (const auto& [k, v] : expected) EXPECT_EQ(map.Find(k), v);
  EXPECT_EQ(map.Find(std::uint64_t{301} << 32), 0u);
}

}  // namespace
}  // namespace marsad

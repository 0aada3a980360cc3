// Tests for the UTF-8 helpers: every kind of ill-formed sequence is rejected by ValidLength and replaced once
// per maximal subpart by Repair, NULs are dropped, and trimming/truncation respect code point boundaries.
#include "marsad/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace marsad::utf8 {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

std::string Repaired(std::string_view in, RepairCounts* counts = nullptr) { return Repair(in, counts); }

std::string Encode(char32_t c) {
  std::string out;
  Append(out, c);
  return out;
}

TEST(Utf8Append, EncodesEveryLength) {
  EXPECT_EQ(Encode(U'A'), "A");
  EXPECT_EQ(Encode(0x0645), "\xD9\x85");  // م
  EXPECT_EQ(Encode(0x20AC), "\xE2\x82\xAC");
  EXPECT_EQ(Encode(0x1F600), "\xF0\x9F\x98\x80");
  EXPECT_EQ(Encode(0x10FFFF), "\xF4\x8F\xBF\xBF");
}

TEST(Utf8Append, NonScalarValuesBecomeReplacement) {
  EXPECT_EQ(Encode(0xD800), kFffd);
  EXPECT_EQ(Encode(0xDFFF), kFffd);
  EXPECT_EQ(Encode(0x110000), kFffd);
}

TEST(Utf8Next, RoundTripsWithAppend) {
  const std::string s = "سلام A \xE2\x82\xAC \xF0\x9F\x98\x80";
  std::string rebuilt;
  for (std::size_t i = 0; i < s.size();) Append(rebuilt, Next(s, i));
  EXPECT_EQ(rebuilt, s);
}

TEST(Utf8ValidLength, AcceptsWellFormedSequences) {
  EXPECT_EQ(ValidLength("a", 0), 1u);
  EXPECT_EQ(ValidLength("\xD8\xB3", 0), 2u);          // س
  EXPECT_EQ(ValidLength("\xE0\xA0\x80", 0), 3u);      // U+0800, the smallest three-byte form
  EXPECT_EQ(ValidLength("\xED\x9F\xBF", 0), 3u);      // U+D7FF, just below the surrogates
  EXPECT_EQ(ValidLength("\xF0\x90\x80\x80", 0), 4u);  // U+10000
  EXPECT_EQ(ValidLength("\xF4\x8F\xBF\xBF", 0), 4u);  // U+10FFFF
  EXPECT_EQ(ValidLength("x\xD8\xB3", 1), 2u);
}

TEST(Utf8ValidLength, RejectsIllFormedSequences) {
  EXPECT_EQ(ValidLength("\x80", 0), 0u) << "stray continuation byte";
  EXPECT_EQ(ValidLength("\xC0\x80", 0), 0u) << "overlong NUL";
  EXPECT_EQ(ValidLength("\xC1\xBF", 0), 0u) << "overlong two-byte";
  EXPECT_EQ(ValidLength("\xE0\x80\x80", 0), 0u) << "overlong three-byte";
  EXPECT_EQ(ValidLength("\xE0\x9F\xBF", 0), 0u) << "overlong three-byte";
  EXPECT_EQ(ValidLength("\xF0\x8F\xBF\xBF", 0), 0u) << "overlong four-byte";
  EXPECT_EQ(ValidLength("\xED\xA0\x80", 0), 0u) << "high surrogate";
  EXPECT_EQ(ValidLength("\xED\xBF\xBF", 0), 0u) << "low surrogate";
  EXPECT_EQ(ValidLength("\xF4\x90\x80\x80", 0), 0u) << "above U+10FFFF";
  EXPECT_EQ(ValidLength("\xF5\x80\x80\x80", 0), 0u) << "lead byte beyond F4";
  EXPECT_EQ(ValidLength("\xFF", 0), 0u);
  EXPECT_EQ(ValidLength("\xD8", 0), 0u) << "truncated at end";
  EXPECT_EQ(ValidLength("\xE2\x82", 0), 0u) << "truncated at end";
  EXPECT_EQ(ValidLength("\xE2\x82x", 0), 0u) << "truncated before ASCII";
  EXPECT_EQ(ValidLength("\xF0\x9F\x98", 0), 0u) << "truncated four-byte";
  EXPECT_EQ(ValidLength("a", 1), 0u) << "past the end";
}

TEST(Utf8IsValid, WholeBuffers) {
  EXPECT_TRUE(IsValid(""));
  EXPECT_TRUE(IsValid("plain ASCII that is longer than eight bytes"));
  EXPECT_TRUE(IsValid("قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا"));
  EXPECT_FALSE(IsValid("قال المتحدث \xD8 باسم"));
  EXPECT_FALSE(IsValid("twelve bytes\x80"));
  EXPECT_FALSE(IsValid("\xED\xA0\x80"));
}

TEST(Utf8FirstInvalid, FindsTheOffset) {
  EXPECT_EQ(FirstInvalid("all fine here, nothing to see"), std::string_view::npos);
  EXPECT_EQ(FirstInvalid("abcdefghijklmnop\xC3("), 16u);
  EXPECT_EQ(FirstInvalid("\xD8\xB3\xD8"), 2u);
}

TEST(Utf8Repair, ValidInputIsUnchanged) {
  RepairCounts counts;
  const std::string s = "أعلنت الحكومة اليوم عن خطة جديدة \xF0\x9F\x98\x80 (2024)";
  EXPECT_EQ(Repaired(s, &counts), s);
  EXPECT_EQ(counts.invalid_sequences, 0u);
  EXPECT_EQ(counts.nul_bytes, 0u);
}

TEST(Utf8Repair, StrayContinuationByte) {
  RepairCounts counts;
  EXPECT_EQ(Repaired("a\x80z", &counts), "a" + std::string(kFffd) + "z");
  EXPECT_EQ(counts.invalid_sequences, 1u);
}

TEST(Utf8Repair, EachStrayContinuationCountsOnce) {
  RepairCounts counts;
  EXPECT_EQ(Repaired("\x80\xBF", &counts), std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 2u);
}

TEST(Utf8Repair, OverlongFormIsNotDecoded) {
  // C0 can never start a sequence, so C0 and 80 are separate maximal subparts; overlong "/" must not
  // sneak through as "/".
  RepairCounts counts;
  EXPECT_EQ(Repaired("\xC0\xAF", &counts), std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 2u);
  counts = {};
  EXPECT_EQ(Repaired("\xE0\x80\xAF", &counts), std::string(kFffd) + std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 3u);
}

TEST(Utf8Repair, Surrogate) {
  RepairCounts counts;
  EXPECT_EQ(Repaired("x\xED\xA0\x80y", &counts),
            "x" + std::string(kFffd) + std::string(kFffd) + std::string(kFffd) + "y");
  EXPECT_EQ(counts.invalid_sequences, 3u);
}

TEST(Utf8Repair, AboveMaximumCodePoint) {
  RepairCounts counts;
  EXPECT_EQ(Repaired("\xF4\x90\x80\x80", &counts),
            std::string(kFffd) + std::string(kFffd) + std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 4u);
}

TEST(Utf8Repair, TruncatedSequenceIsOneReplacement) {
  RepairCounts counts;
  // The first two bytes of "€" followed by ASCII: one maximal subpart.
  EXPECT_EQ(Repaired("\xE2\x82"
                     "A",
                     &counts),
            std::string(kFffd) + "A");
  EXPECT_EQ(counts.invalid_sequences, 1u);
  counts = {};
  // Three bytes of a four-byte sequence, cut by the end of the buffer.
  EXPECT_EQ(Repaired("مرحبا \xF0\x9F\x98", &counts), "مرحبا " + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 1u);
  counts = {};
  // A lone Arabic lead byte between two letters (a common result of cutting text by bytes).
  EXPECT_EQ(Repaired("\xD8\xB3\xD8\xD8\xB3", &counts), "س" + std::string(kFffd) + "س");
  EXPECT_EQ(counts.invalid_sequences, 1u);
}

TEST(Utf8Repair, InvalidLeadBytes) {
  RepairCounts counts;
  EXPECT_EQ(Repaired("\xFE\xFF", &counts), std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 2u);
}

TEST(Utf8Repair, MaximalSubpartsExampleFromTheUnicodeStandard) {
  // The example of the Unicode standard's section on U+FFFD substitution:
  // 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 -> a FFFD FFFD FFFD b FFFD c FFFD FFFD d.
  RepairCounts counts;
  const std::string f(kFffd);
  EXPECT_EQ(Repaired("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", &counts),
            "a" + f + f + f + "b" + f + "c" + f + f + "d");
  EXPECT_EQ(counts.invalid_sequences, 6u);
}

TEST(Utf8Repair, NulBytesAreDroppedAndCounted) {
  RepairCounts counts;
  const std::string in("خبر\0عاجل\0", 16);
  EXPECT_EQ(Repaired(in, &counts), "خبرعاجل");
  EXPECT_EQ(counts.nul_bytes, 2u);
  EXPECT_EQ(counts.invalid_sequences, 0u);
}

TEST(Utf8Repair, NulInsideATruncatedSequence) {
  RepairCounts counts;
  const std::string in("\xE2\0\x82", 3);
  EXPECT_EQ(Repaired(in, &counts), std::string(kFffd) + std::string(kFffd));
  EXPECT_EQ(counts.invalid_sequences, 2u);
  EXPECT_EQ(counts.nul_bytes, 1u);
}

TEST(Utf8Repair, CountsMayBeOmittedAndResultIsValid) {
  const std::string out = Repaired("\xC3(\xA0\xA1\xE2\x28\xA1\xF0\x28\x8C\xBC");
  EXPECT_TRUE(IsValid(out));
}

TEST(Utf8Truncate, StopsOnBoundaries) {
  const std::string s = "سلام";  // four two-byte letters
  ASSERT_EQ(s.size(), 8u);
  EXPECT_EQ(TruncateAtBoundary(s, 3), 2u);
  EXPECT_EQ(TruncateAtBoundary(s, 4), 4u);
  EXPECT_EQ(TruncateAtBoundary(s, 0), 0u);
  EXPECT_EQ(TruncateAtBoundary(s, 1), 0u);
  EXPECT_EQ(TruncateAtBoundary(s, 8), 8u);
  EXPECT_EQ(TruncateAtBoundary(s, 100), 8u);
  const std::string emoji = "a\xF0\x9F\x98\x80";
  for (std::size_t max = 1; max < 5; ++max) EXPECT_EQ(TruncateAtBoundary(emoji, max), 1u) << max;
  EXPECT_EQ(TruncateAtBoundary(emoji, 5), 5u);
}

TEST(Utf8Trim, UnicodeSpacesAndMarks) {
  EXPECT_EQ(TrimSpace("  \t\n"), "");
  EXPECT_EQ(TrimSpace(" \xC2\xA0نص\xC2\xA0 "), "نص");                      // no-break spaces
  EXPECT_EQ(TrimSpace("\xEF\xBB\xBFعنوان\r"), "عنوان");                    // BOM and CR
  EXPECT_EQ(TrimSpace("\xE2\x80\x8Fخبر\xE2\x80\x8F\xE3\x80\x80"), "خبر");  // RLM, ideographic space
  EXPECT_EQ(TrimSpace("  a b  "), "a b");
  EXPECT_EQ(TrimSpace("\x80 x"), "\x80 x") << "invalid bytes are never removed";
  EXPECT_EQ(TrimSpace("x \xD8"), "x \xD8");
}

}  // namespace
}  // namespace marsad::utf8

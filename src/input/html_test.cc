// Tests for web pages as articles: the charset (a windows-1256 page, made here with ICU from Arabic written
// for these tests), the headline, the main text without the site around it, the date and the source, and
// pages that are broken or hostile.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <string_view>
#include <vector>

#include "input/html.h"
#include "marsad/article.h"
#include "marsad/utf8.h"
#include "testing/read_result.h"

namespace marsad {
namespace {

using Severity = Diagnostic::Severity;

// UTF-8 → windows-1256 with ICU, to make the legacy bytes of a page without committing them.
std::string ToWindows1256(std::string_view utf8_text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8_text.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert("windows-1256", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8_text.data(), static_cast<int32_t>(utf8_text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

using Result = testing::ReadResult;

Result Read(std::string_view name, std::string data) { return testing::ReadBuffer(name, std::move(data)); }

const char kWindows1256Page[] =
    "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n"
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\n"
    "<title>الحكومة تعلن خطة لدعم المزارعين | جريدة الوادي</title>\n"
    "<meta property=\"og:site_name\" content=\"جريدة الوادي\">\n"
    "<meta property=\"og:url\" content=\"https://www.alwadi.example/news/2024/farmers\">\n"
    "<meta name=\"DC.date.issued\" content=\"2024-03-14\">\n"
    "</head>\n<body>\n"
    "<div id=\"top-menu\"><a href=\"/\">الرئيسية</a> <a href=\"/eco\">اقتصاد</a></div>\n"
    "<div class=\"main\"><div class=\"story\">\n"
    "<h1>الحكومة تعلن خطة لدعم المزارعين</h1>\n"
    "<p>أعلنت الحكومة صباح الخميس خطة جديدة لدعم المزارعين في المحافظات الجنوبية بقروض ميسرة.</p>\n"
    "<p>وقال وزير الزراعة إن الخطة تشمل توفير البذور والأسمدة بأسعار مخفضة.</p>\n"
    "<p>ويتوقع أن يستفيد منها آلاف الأسر.</p>\n"
    "</div><div class=\"sidebar\"><p>الأكثر قراءة: نتائج المباريات</p></div></div>\n"
    "<footer><p>جميع الحقوق محفوظة لجريدة الوادي</p></footer>\n"
    "<script>document.write('إعلان');</script>\n"
    "</body></html>\n";

TEST(HtmlTest, Windows1256PageWithItsDeclaration) {
  const std::string bytes = ToWindows1256(kWindows1256Page);
  ASSERT_FALSE(utf8::IsValid(bytes));
  const Result r = Read("farmers.html", bytes);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_TRUE(utf8::IsValid(a.text));
  EXPECT_EQ(a.title(), "الحكومة تعلن خطة لدعم المزارعين");  // the site's name cut off the <title>
  EXPECT_EQ(a.body(),
            "أعلنت الحكومة صباح الخميس خطة جديدة لدعم المزارعين في المحافظات الجنوبية بقروض ميسرة.\n"
            "وقال وزير الزراعة إن الخطة تشمل توفير البذور والأسمدة بأسعار مخفضة.\n"
            "ويتوقع أن يستفيد منها آلاف الأسر.");
  EXPECT_EQ(a.date, "2024-03-14");
  EXPECT_EQ(a.source, "جريدة الوادي");
  EXPECT_EQ(a.url, "https://www.alwadi.example/news/2024/farmers");
  EXPECT_EQ(a.language, "ar");
  EXPECT_EQ(a.origin, "farmers.html");
  EXPECT_EQ(r.stats.transcoded_files, 1u);
  EXPECT_EQ(r.stats.repaired_bytes, 0u);
  EXPECT_FALSE(r.stats.AnythingSkipped());
}

TEST(HtmlTest, UndeclaredOrMislabelledWindows1256IsRecognised) {
  std::string page = kWindows1256Page;
  const std::string declaration =
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">";
  for (const std::string& replacement : {std::string(), std::string("<meta charset=\"iso-8859-1\">")}) {
    std::string changed = page;
    changed.replace(changed.find(declaration), declaration.size(), replacement);
    const input::HtmlPage p = input::ExtractHtml(ToWindows1256(changed), "", "");
    EXPECT_EQ(p.title, "الحكومة تعلن خطة لدعم المزارعين") << replacement;
    EXPECT_EQ(p.charset, "windows-1256") << replacement;
  }
  // The HTTP header's charset wins over the page's.
  const input::HtmlPage p = input::ExtractHtml(kWindows1256Page, "utf-8", "");
  EXPECT_EQ(p.title, "الحكومة تعلن خطة لدعم المزارعين");
  EXPECT_FALSE(p.transcoded);
}

TEST(HtmlTest, MetadataSources) {
  const char page[] =
      "<html><head><meta property=\"og:title\" content=\"العنوان من og\"><title>عنوان آخر</title>"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
      "\"NewsArticle\",\"datePublished\":\"2023-01-05T12:00:00Z\"}]}</script>"
      "<meta name=\"author\" content=\"سارة علي\"></head>"
      "<body><time datetime=\"2020-01-01\">قديم</time><p>نص المقال هنا.</p></body></html>";
  input::HtmlPage p = input::ExtractHtml(page, "", "https://news.example.org:8443/a?b=1");
  EXPECT_EQ(p.title, "العنوان من og");
  EXPECT_EQ(p.date, "2023-01-05T12:00:00Z");
  EXPECT_EQ(p.author, "سارة علي");
  EXPECT_EQ(p.source, "news.example.org");
  EXPECT_EQ(p.body, "قديم\nنص المقال هنا.");

  p = input::ExtractHtml(
      "<html><body><header><h1>اسم الموقع</h1></header><main><h1>العنوان الأول</h1>"
      "<time pubdate datetime=\"2022-02-02\"></time><div itemprop=\"articleBody\">"
      "<p>الفقرة الأولى.</p><ul><li>بند</li></ul></div></main></body></html>",
      "", "");
  EXPECT_EQ(p.title, "العنوان الأول");
  EXPECT_EQ(p.date, "2022-02-02");
  EXPECT_EQ(p.body, "الفقرة الأولى.\nبند");
}

TEST(HtmlTest, MainTextPrefersTheArticleAndDropsTheSite) {
  const char page[] =
      "<html><body><nav>قائمة</nav><div class=\"teasers\"><p>خبر قصير آخر.</p></div>"
      "<article><p>الفقرة الأولى من التقرير الطويل عن الانتخابات البلدية.</p>"
      "<p>الفقرة الثانية.<br>سطر بعد فاصل.</p><form>اشترك</form>"
      "<div class=\"social-share\">شارك</div><div role=\"navigation\">التالي</div></article>"
      "<aside>روابط</aside></body></html>";
  const input::HtmlPage p = input::ExtractHtml(page, "", "");
  EXPECT_EQ(p.body, "الفقرة الأولى من التقرير الطويل عن الانتخابات البلدية.\nالفقرة الثانية.\nسطر بعد فاصل.");
  // A page whose only container is called "...sidebar..." still gives its text.
  const input::HtmlPage q = input::ExtractHtml(
      "<html><body><div class=\"with-sidebar\"><p>النص الوحيد.</p></div></body></html>", "", "");
  EXPECT_EQ(q.body, "النص الوحيد.");
}

TEST(HtmlTest, RecognisedByContent) {
  EXPECT_TRUE(input::LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(input::LooksLikeHtml("\xEF\xBB\xBF  <!-- saved page --> <HTML lang=ar>"));
  EXPECT_TRUE(input::LooksLikeHtml("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
  EXPECT_TRUE(input::LooksLikeHtml("<head><title>x</title>"));
  EXPECT_FALSE(input::LooksLikeHtml("<header>not a page</header>"));
  EXPECT_FALSE(input::LooksLikeHtml("عنوان\n<html> في النص"));
  EXPECT_FALSE(input::LooksLikeHtml("<!-- never closed"));
  EXPECT_EQ(input::MetaCharset("<meta charset='Windows-1256'/>"), "windows-1256");
  EXPECT_EQ(input::MetaCharset("<meta content=\"text/html;charset=utf-8\" http-equiv=\"content-type\">"),
            "utf-8");
  EXPECT_EQ(input::HostOf("http://user@WWW.Example.com:80/x"), "example.com");
  EXPECT_EQ(input::HostOf("no-scheme"), "");
}

TEST(HtmlTest, BrokenAndHostilePagesDoNotCrash) {
  std::string nested = "<html><body>";
  for (int i = 0; i < 20000; ++i) nested += "<div>";
  nested += "<p>عميق</p>";
  const input::HtmlPage deep = input::ExtractHtml(nested, "", "");
  EXPECT_TRUE(utf8::IsValid(deep.body));

  std::string junk = "<html><body><p>نص";
  for (int i = 0; i < 2000; ++i) junk += static_cast<char>((i * 37) & 0xFF);
  const Result r = Read("junk.html", junk);
  for (const Article& a : r.articles) EXPECT_TRUE(utf8::IsValid(a.text));

  const Result empty =
      Read("empty.html", "<!DOCTYPE html><html><head><title>فقط عنوان</title></head></html>");
  EXPECT_TRUE(empty.articles.empty());
  ASSERT_EQ(empty.diagnostics.size(), 1u);
  EXPECT_EQ(empty.diagnostics[0].severity, Severity::kSkipped);
  EXPECT_NE(empty.diagnostics[0].message.find("HTML page without text"), std::string::npos);

  const input::HtmlPage unknown = input::ExtractHtml("<meta charset=\"x-no-such-charset\"><p>نص</p>", "", "");
  EXPECT_EQ(unknown.body, "نص");
  EXPECT_NE(unknown.charset_note.find("x-no-such-charset"), std::string::npos);
}

}  // namespace
}  // namespace marsad

#!/usr/bin/env bash
# A real crawl end to end: a local web server (python3) serves Arabic pages, wget records them in a
# .warc.gz, and `marsad analyze --json` must read the pages back as articles: titles, URLs, text and dates,
# whatever charset each page is in, with the image and the missing page counted and not taken as articles.
#   tests/warc_wget.sh PATH/TO/marsad
# Exits 77 (skipped, for CTest) when wget or python3 is missing, unless MARSAD_REQUIRE_DATA=1 (CI), where
# that is a failure: scripts/setup installs both.
set -uo pipefail
marsad=$1
for tool in wget python3 iconv; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "${MARSAD_REQUIRE_DATA:-}" = 1 ]; then
      echo "warc_wget: FAILED: $tool is not installed (MARSAD_REQUIRE_DATA=1); run scripts/setup"
      exit 1
    fi
    echo "warc_wget: SKIPPED: $tool is not installed (scripts/setup installs it)"
    exit 77
  fi
done

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null
    wait "$server" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# shellcheck source=check.sh
. "$(dirname "$0")/check.sh"

# The site: a page in UTF-8, one in windows-1256 declared by <meta>, one in windows-1256 declared only by
# the server's Content-Type (the .htm files), an image and (not there) a missing page. The Arabic is written
# for this test.
site=$tmp/site
mkdir -p "$site"
cat >"$site/utf8.html" <<'HTML'
<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<title>وزير الخارجية يستقبل نظيره الأردني - موقع التجربة</title>
<meta property="og:site_name" content="موقع التجربة">
<meta property="article:published_time" content="2024-05-02T09:30:00+03:00">
</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a></nav></header>
<article><h1>وزير الخارجية يستقبل نظيره الأردني</h1>
<p>استقبل وزير الخارجية اليوم نظيره الأردني في العاصمة وبحث معه العلاقات الثنائية.</p>
<p>وأكد الجانبان أهمية تعزيز التعاون الاقتصادي.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>
HTML
iconv -f UTF-8 -t WINDOWS-1256 >"$site/cp1256.html" <<'HTML'
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>البرلمان يقر الميزانية الجديدة</title><meta name="pubdate" content="2023-11-20"></head>
<body><div id="menu"><a href="/">الصفحة الأولى</a></div>
<div class="content"><p>أقر البرلمان في جلسته اليوم الميزانية العامة للدولة بعد نقاش طويل.</p>
<p>وقال رئيس البرلمان إن الميزانية تركز على التعليم والصحة.</p></div></body></html>
HTML
iconv -f UTF-8 -t WINDOWS-1256 >"$site/header-charset.htm" <<'HTML'
<html><head><title>افتتاح مستشفى جديد في المدينة</title></head>
<body><p>افتتح محافظ المدينة مستشفى جديدا يضم مئتي سرير.</p></body></html>
HTML
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND\xaeB`\x82' >"$site/logo.png"

# The server binds a port the system chooses and says which, so no two runs can race for one.
cat >"$tmp/serve.py" <<'PY'
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".htm": "text/html; charset=windows-1256"}
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$tmp/serve.py" "$site" >"$tmp/port" 2>"$tmp/server.log" &
server=$!
for _ in $(seq 1 100); do
  [ -s "$tmp/port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
port=$(head -n1 "$tmp/port")
if [ -z "$port" ]; then
  echo "warc_wget: FAILED: the local web server did not start:"
  cat "$tmp/server.log"
  exit 1
fi
base="http://127.0.0.1:$port"

# wget exits 8 for the missing page; the WARC must exist all the same.
(cd "$tmp" && wget --no-verbose --output-file="$tmp/wget.log" --no-proxy --tries=3 --retry-connrefused \
  --timeout=60 -e robots=off --warc-file="$tmp/crawl" -O /dev/null \
  "$base/utf8.html" "$base/cp1256.html" "$base/header-charset.htm" "$base/logo.png" "$base/missing.html")
check "wget wrote a .warc.gz" test -s "$tmp/crawl.warc.gz"

"$marsad" analyze --json --no-hunspell "$tmp/crawl.warc.gz" >"$tmp/out" 2>"$tmp/err" </dev/null
status=$?
check "analyze exits 0" test "$status" = 0
cat >"$tmp/check.py" <<'PY'
import json, sys
base, warc = sys.argv[1], sys.argv[2]
articles = [json.loads(line) for line in open(sys.argv[3], encoding="utf-8")]
by_url = {a["url"]: a for a in articles}
def text(a):
    return " ".join(s["text"] for s in a["sentences"])
def expect(what, got, wanted):
    if got != wanted:
        print(f"{what}: got {got!r}, wanted {wanted!r}")
        return False
    return True
def contains(what, haystack, needle, present=True):
    if (needle in haystack) != present:
        print(f"{what}: {'lacks' if present else 'has'} {needle!r}: {haystack!r}")
        return False
    return True
ok = expect("articles", sorted(by_url), sorted([base + "/utf8.html", base + "/cp1256.html", base + "/header-charset.htm"]))
a = by_url.get(base + "/utf8.html", {"title": "", "sentences": [], "date": "", "source": "", "origin": ""})
ok &= expect("utf8 title", a["title"], "وزير الخارجية يستقبل نظيره الأردني")
ok &= expect("utf8 date", a["date"], "2024-05-02T09:30:00+03:00")
ok &= expect("utf8 source", a["source"], "موقع التجربة")
ok &= contains("utf8 origin", a["origin"], warc + "#")
ok &= contains("utf8 text", text(a), "وبحث معه العلاقات الثنائية")
ok &= contains("utf8 text", text(a), "الرئيسية", present=False)
ok &= contains("utf8 text", text(a), "جميع الحقوق", present=False)
b = by_url.get(base + "/cp1256.html", {"title": "", "sentences": [], "date": "", "source": ""})
ok &= expect("windows-1256 title", b["title"], "البرلمان يقر الميزانية الجديدة")
ok &= expect("windows-1256 date", b["date"], "2023-11-20")
ok &= expect("windows-1256 source", b["source"], "127.0.0.1")
ok &= contains("windows-1256 text", text(b), "تركز على التعليم والصحة")
ok &= contains("windows-1256 text", text(b), "الصفحة الأولى", present=False)
c = by_url.get(base + "/header-charset.htm", {"title": "", "sentences": [], "date": ""})
ok &= expect("header charset title", c["title"], "افتتاح مستشفى جديد في المدينة")
ok &= contains("header charset text", text(c), "يضم مئتي سرير")
ok &= expect("header charset date (the crawl's)", c["date"][:4].isdigit(), True)
sys.exit(0 if ok else 1)
PY
check "the pages read back as articles" python3 "$tmp/check.py" "$base" "$tmp/crawl.warc.gz" "$tmp/out"
check "image and missing page counted" grep -q "records without an article skipped (.*image/png.*HTTP 404\|records without an article skipped (.*HTTP 404.*image/png" "$tmp/err"
check "summary" grep -q "3 article(s) from 1 file(s)" "$tmp/err"

# The same crawl uncompressed: read alike.
gzip -dc "$tmp/crawl.warc.gz" >"$tmp/crawl.warc"
"$marsad" analyze --json --no-hunspell "$tmp/crawl.warc" >"$tmp/out-plain" 2>/dev/null </dev/null
check "uncompressed WARC: same articles" test "$(wc -l <"$tmp/out-plain")" = 3

if [ "$failed" != 0 ]; then
  echo "--- stderr of marsad:"
  cat "$tmp/err"
  echo "--- wget:"
  cat "$tmp/wget.log"
fi
finish warc_wget

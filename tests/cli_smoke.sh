#!/usr/bin/env bash
# End-to-end checks of the marsad command: help texts, formats, bad input and exit statuses.
#   tests/cli_smoke.sh PATH/TO/marsad REPO_ROOT
set -uo pipefail
marsad=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=check.sh
. "$(dirname "$0")/check.sh"

run() {  # run ARGS...: runs marsad, keeps stdout/stderr/status in $tmp
  "$marsad" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  echo $? >"$tmp/status"
}
status_is() { [ "$(cat "$tmp/status")" = "$1" ] || { echo "status $(cat "$tmp/status"), wanted $1"; cat "$tmp/err"; false; }; }
err_has() { grep -q -- "$1" "$tmp/err" || { echo "stderr lacks '$1':"; cat "$tmp/err"; false; }; }
out_lines() { [ "$(wc -l <"$tmp/out")" = "$1" ] || { echo "stdout has $(wc -l <"$tmp/out") lines, wanted $1"; false; }; }

# Help on the program and on each sub-command.
run --help && check "marsad --help" status_is 0
run analyze --help && check "analyze --help" status_is 0
run && check "no sub-command is a usage error" status_is 2
run frobnicate && check "unknown sub-command is a usage error" status_is 2

# The bundled samples: one plain-text article and three JSON Lines records, all clean.
run analyze --json "$root/samples"
check "samples: exit 0" status_is 0
check "samples: 4 articles" out_lines 4
check "samples: summary" err_has "4 article(s)"
check "samples: json objects" grep -q '^{"author":' "$tmp/out"

# Standard input and gzip.
"$marsad" analyze --json - <"$root/samples/ministers-meeting.txt" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/status"
check "stdin: exit 0" status_is 0
check "stdin: one article" out_lines 1
gzip -c "$root/samples/world-briefs.jsonl" >"$tmp/briefs.jsonl.gz"
run analyze --json "$tmp/briefs.jsonl.gz"
check "gzip: exit 0" status_is 0
check "gzip: 3 articles" out_lines 3

# Bad input: each file gets a message, the others are still read, the exit status says something was skipped.
mkdir "$tmp/bad"
: >"$tmp/bad/empty.txt"
head -c 4096 /dev/urandom >"$tmp/bad/random.bin"
printf 'عنوان\nنص \xff\xfe فيه بايتات خاطئة \xc3 وصحيحة.\n' >"$tmp/bad/invalid-utf8.txt"
printf 'عنوان\nنص فيه\0 صفر.\n' >"$tmp/bad/nul.txt"
# "وزير الخارجية" in windows-1256
printf '\xe6\xd2\xed\xd1 \xc7\xe1\xce\xc7\xd1\xcc\xed\xc9\n\xc7\xd3\xca\xde\xc8\xe1 \xe6\xd2\xed\xd1 \xc7\xe1\xce\xc7\xd1\xcc\xed\xc9 \xc7\xe1\xd6\xed\xe6\xdd.\n' >"$tmp/bad/cp1256.txt"
printf '{"title": "عنوان", "content": "نص"}\n{not json\n{"title": "", "content": ""}\n' >"$tmp/bad/records.jsonl"
cp "$root/samples/ministers-meeting.txt" "$tmp/bad/good.txt"
run analyze --json "$tmp/bad" "$tmp/does-not-exist.txt"
check "bad input: exit 1" status_is 1
check "bad input: empty file named" err_has "empty.txt"
check "bad input: binary file named" err_has "random.bin"
check "bad input: invalid UTF-8 reported" err_has "invalid-utf8.txt"
check "bad input: missing file reported" err_has "does-not-exist.txt"
check "bad input: bad JSON line reported" err_has "records.jsonl:2"
check "bad input: windows-1256 reported" err_has "cp1256.txt"
# good.txt, invalid-utf8.txt, nul.txt, cp1256.txt and the first record are read.
check "bad input: the rest is read" out_lines 5
check "bad input: transcoded text" grep -q 'وزير الخارجية' "$tmp/out"

# A 50 MB article on one line is read and analysed without a crash.
{
  printf 'عنوان طويل\n'
  for _ in $(seq 1 200); do printf 'وصل الوفد إلى العاصمة وبدأت المحادثات. %.0s' $(seq 1 1000); done
  printf '\n'
} >"$tmp/huge.txt"
run analyze --json --no-hunspell "$tmp/huge.txt"
check "huge article: exit 0" status_is 0
check "huge article: one record" out_lines 1

# Entities and the lexicon check.
run entities --json "$root/samples"
check "entities: exit 0" status_is 0
check "entities: 4 articles" out_lines 4
check "entities: a person found" grep -q '"type":"person"' "$tmp/out"
run entities --help && check "entities --help" status_is 0
run entities --no-ner --json "$root/samples"
check "entities --no-ner: 4 articles" out_lines 4
run entities --ner-model "$tmp/no-such-model.bin" "$root/samples"
check "entities with a missing model: usage error" status_is 2
run lexicon check "$root/lexicons"
check "lexicon check: clean tables" status_is 0
mkdir -p "$tmp/lex"
cp -r "$root/lexicons/." "$tmp/lex/"
printf 'وزير\tminister\tXYZ\ttitle\t-\n' >>"$tmp/lex/roles.tsv"
run lexicon check "$tmp/lex"
check "lexicon check: bad sector is an error" status_is 1
check "lexicon check: names file and line" grep -q "roles.tsv:[0-9]*: error: sector 'XYZ'" "$tmp/out"
run entities --lexicons "$tmp/lex" "$root/samples"
check "entities with broken lexicons: usage error" status_is 2

# Events.
run code "$root/samples"
check "code: exit 0" status_is 0
check "code: events found in the samples" grep -q '"category":"CONSULT"' "$tmp/out"
run code --help && check "code --help" status_is 0
run code --format tsv "$root/samples"
check "code tsv: exit 0" status_is 0
check "code tsv: header" grep -q $'^id\tarticle_id\tdate\t' "$tmp/out"
check "code tsv: 28 columns on every line" awk -F'\t' 'NF != 28 { exit 1 }' "$tmp/out"
run code --format cameo "$root/samples/ministers-meeting.txt"
check "code cameo: a reception is a visit and its hosting" grep -q -- $'-042\t.*\t042\t' "$tmp/out"
check "code cameo: the host's row" grep -q -- $'-043\t.*\t043\t' "$tmp/out"
run code --format xml "$root/samples"
check "code: unknown format is a usage error" status_is 2
run explain "$root/samples/ministers-meeting.txt"
check "explain: exit 0" status_is 0
check "explain: trigger pattern" grep -q 'events.tsv:' "$tmp/out"
check "explain: events" grep -q '^## events: ' "$tmp/out"
"$marsad" explain --no-ner - <"$root/samples/ministers-meeting.txt" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/status"
check "explain --no-ner, stdin: exit 0" status_is 0
check "explain --no-ner, stdin: the reception" grep -q 'events.tsv:[0-9]* استقبل' "$tmp/out"

# The database: ingest, events, series, search.
db="$tmp/samples.db"
run ingest --quiet --db "$db" "$root/samples"
check "ingest: exit 0" status_is 0
check "ingest: 4 stored" err_has "4 stored, 0 already stored"
run ingest --db "$db" "$root/samples"
check "ingest again: nothing added" err_has " 0 stored, 4 already stored"
run code "$root/samples"
coded=$(wc -l <"$tmp/out")
run events --db "$db" --reports
check "events --reports: exit 0" status_is 0
check "events --reports: one row per coded event" out_lines "$coded"
check "events --reports: linked to an event" grep -q '^{"event":"[0-9a-f]\{16\}",' "$tmp/out"
run events --db "$db" --format csv --actor LAS
check "events csv: header" grep -q '^id,first_day,last_day,category,' "$tmp/out"
check "events csv: the Arab League's request to Egypt" grep -q ',REQUEST,.*,LAS,EGY,' "$tmp/out"
run series --db "$db" --actor LAS --by week --format csv
check "series: exit 0" status_is 0
check "series: weeks from Monday with the request" grep -q '^2025-02-03,' "$tmp/out"
run search --db "$db" --json 'الأمين العام'
check "search --json: exit 0" status_is 0
check "search --json: snippet marks the words" grep -q '\[الأمين\] \[العام\]' "$tmp/out"
run search --db "$db" '"غير مغلق'
check "search: an unclosed quote is a usage error" status_is 2
run events --db "$tmp/none.db"
check "events: a missing database is an error" status_is 2

finish cli_smoke

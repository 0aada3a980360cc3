#!/usr/bin/env bash
# An ingest killed with SIGKILL in the middle leaves a consistent database, and running it again stores
# every article exactly once.
#   tests/ingest_resume.sh PATH/TO/marsad REPO_ROOT
set -uo pipefail
marsad=$1
root=$2
tmp=$(mktemp -d)
pid=""
# (never `kill 0`: that would kill the whole process group, ctest included)
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
command -v sqlite3 >/dev/null || fail "the sqlite3 program is missing (scripts/setup installs it)"

# A corpus of distinct articles made from the bundled samples: each record's body gets its own number, so
# each has its own content hash. Big enough that the ingest is still running when it is killed.
articles=3000
awk -v n="$articles" '
  { lines[NR] = $0 }
  END {
    for (i = 0; i < n; i++) {
      line = lines[i % NR + 1]
      sub(/"title": *"/, "&(" i ") ", line)
      print line
    }
  }' "$root/samples/world-briefs.jsonl" >"$tmp/corpus.jsonl"
[ "$(wc -l <"$tmp/corpus.jsonl")" = "$articles" ] || fail "could not build the corpus"

db="$tmp/marsad.db"
"$marsad" ingest --no-ner --threads 2 --batch 20 --db "$db" "$tmp/corpus.jsonl" >/dev/null 2>"$tmp/first.err" &
pid=$!
# Kill it once some batches are committed, well before the end.
for _ in $(seq 1 600); do
  n=$(sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 100 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=""
killed_at=$(sqlite3 "$db" "SELECT count(*) FROM articles")
[ "$killed_at" -lt "$articles" ] || fail "the ingest finished before it was killed ($killed_at articles)"
echo "killed with $killed_at of $articles articles stored"
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity check after the kill"

"$marsad" ingest --no-ner --db "$db" "$tmp/corpus.jsonl" >/dev/null 2>"$tmp/second.err"
status=$?
[ "$status" = 0 ] || { cat "$tmp/second.err"; fail "the second ingest exited with $status"; }
grep -q "$killed_at already stored" "$tmp/second.err" || { cat "$tmp/second.err"; fail "resume did not skip the stored articles"; }

q() { sqlite3 "$db" "$1"; }
[ "$(q "SELECT count(*) FROM articles")" = "$articles" ] || fail "articles: $(q "SELECT count(*) FROM articles")"
[ "$(q "SELECT count(DISTINCT article_id) FROM articles")" = "$articles" ] || fail "duplicate articles"
[ "$(q "SELECT count(*) FROM article_fts_docsize")" = "$articles" ] || fail "search index rows: $(q "SELECT count(*) FROM article_fts_docsize")"
[ "$(q "SELECT count(*) FROM reports WHERE article NOT IN (SELECT id FROM articles)")" = 0 ] || fail "orphan reports"
[ "$(q "SELECT count(*) FROM reports WHERE event NOT IN (SELECT id FROM events)")" = 0 ] || fail "reports without event"
[ "$(q "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)")" = 0 ] || fail "orphan mentions"
[ "$(q "SELECT count(*) FROM events e WHERE reports != (SELECT count(*) FROM reports r WHERE r.event = e.id)")" = 0 ] ||
  fail "event report counts"
# Each record's number appears once.
for i in 0 1 $((killed_at - 1)) "$killed_at" $((articles - 1)); do
  [ "$(q "SELECT count(*) FROM articles WHERE title LIKE '($i) %'")" = 1 ] || fail "article ($i) not stored once"
done

"$marsad" ingest --no-ner --db "$db" "$tmp/corpus.jsonl" >/dev/null 2>"$tmp/third.err" || fail "third ingest"
grep -q " 0 stored, $articles already stored" "$tmp/third.err" || { cat "$tmp/third.err"; fail "re-ingest added rows"; }
echo "ingest_resume: ok"

# Sourced by the shell tests: check NAME COMMAND... counts a passed or failed check (the command must
# succeed); finish NAME prints the tally and fails when any check failed.
passed=0
failed=0

check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}

finish() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" = 0 ]
}

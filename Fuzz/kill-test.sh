#!/usr/bin/env bash
# Opt-in crash test of the writer (not run by .ci/run): kill -9 the release
# binary at several points of a large to-native and check that every file
# is then either its old or its new version, byte for byte, and that the
# next run removes the temporary files left behind and finishes the job.
#
#   Fuzz/kill-test.sh [INTERFACES] [DELAYS...]
#   Fuzz/kill-test.sh 5000 0.05 0.1 0.2 0.4 0.8 1.6
#
# Needs python3 and the corpus generator ../shared/bench/gen_corpus.py (or
# GEN_CORPUS=path). Builds the release binary unless NETCF_COMPILE=path is set.
set -euo pipefail
cd "$(dirname "$0")/.."
interfaces=${1:-5000}
shift || true
delays=("$@")
[ ${#delays[@]} -gt 0 ] || delays=(0.02 0.05 0.1 0.2 0.3 0.5 0.8 1.2 2 3)
generator=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
[ -f "$generator" ] || generator=/work/shared/bench/gen_corpus.py
binary=${NETCF_COMPILE:-}
if [ -z "$binary" ]; then
  swift build -c release --product netcf-compile >&2
  binary=$(swift build -c release --show-bin-path)/netcf-compile
fi
config=etc/sysconfig/network-scripts
work=$(mktemp -d "${TMPDIR:-/tmp}/netcf-kill-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "kill-test: generating $interfaces interfaces" >&2
python3 "$generator" --interfaces "$interfaces" --seed kill-test --out "$work/old" --dialect redhat --xml >/dev/null
# The new version of every interface: another start mode, so that the file
# of every top-level interface changes (onboot -> hotplug, none -> onboot).
mkdir -p "$work/xml"
for document in "$work/old/xml"/*.xml; do
  sed -e "s/mode=['\"]onboot['\"]/mode='HOTPLUG'/; s/mode=['\"]none['\"]/mode='onboot'/; s/HOTPLUG/hotplug/" \
    "$document" >"$work/xml/$(basename "$document")"
done
rm -rf "$work/old/xml"

# The reference: an uninterrupted run.
cp -a "$work/old" "$work/new"
start=$(date +%s.%N)
"$binary" to-native --root "$work/new" "$work/xml" >/dev/null 2>"$work/reference.err" || {
  echo "kill-test: the uninterrupted run failed:" >&2; head -20 "$work/reference.err" >&2; exit 1; }
end=$(date +%s.%N)
changed=$( (diff -rq "$work/old/$config" "$work/new/$config" || true) | wc -l)
echo "kill-test: uninterrupted run $(python3 -c "print(round($end - $start, 2))") s, $changed files differ from the old tree" >&2
[ "$changed" -gt 0 ] || { echo "kill-test: the new version changes nothing" >&2; exit 1; }

failures=0
check_tree() {   # $1 = root; every file old or new; no file lost; no stray file but temporaries
  python3 - "$work/old/$config" "$work/new/$config" "$1/$config" <<'PY'
import os, sys
old, new, got = sys.argv[1:4]
names = lambda d: set(os.listdir(d)) if os.path.isdir(d) else set()
read = lambda d, n: open(os.path.join(d, n), "rb").read()
old_names, new_names, got_names = names(old), names(new), names(got)
bad, old_count, new_count, temporaries = [], 0, 0, []
for n in sorted(got_names):
    if n.startswith(".netcf-compile.") and n.endswith(".tmp"):
        temporaries.append(n); continue
    b = read(got, n)
    is_old = n in old_names and b == read(old, n)
    is_new = n in new_names and b == read(new, n)
    if is_old: old_count += 1
    elif is_new: new_count += 1
    else: bad.append(n)
for n in old_names | new_names:
    if n not in got_names and not n.startswith(".netcf-compile."):
        bad.append(n + " (missing)")
print(f"{old_count} old, {new_count} new, {len(temporaries)} temporary, {len(bad)} neither")
for n in bad[:10]: print("  neither old nor new:", n)
sys.exit(1 if bad else 0)
PY
}

for delay in "${delays[@]}"; do
  root="$work/run-$delay"
  rm -rf "$root"
  cp -a "$work/old" "$root"
  "$binary" to-native --root "$root" "$work/xml" >/dev/null 2>"$work/run.err" &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then state="killed"; else state="had finished"; fi
  wait "$pid" 2>/dev/null || true
  if summary=$(check_tree "$root"); then verdict=ok; else verdict=FAIL; failures=$((failures + 1)); fi
  echo "kill-test: delay $delay s: $state: $summary: $verdict"
  # The next run cleans up and completes.
  if ! "$binary" to-native --root "$root" "$work/xml" >/dev/null 2>"$work/rerun.err"; then
    echo "kill-test:   the next run failed:"; head -5 "$work/rerun.err"; failures=$((failures + 1)); continue
  fi
  leftovers=$(find "$root" -name '.netcf-compile.*.tmp' | wc -l)
  if [ "$leftovers" -ne 0 ] || ! diff -rq "$work/new/$config" "$root/$config" >/dev/null; then
    echo "kill-test:   after the next run: $leftovers temporary files, tree differs from the reference: FAIL"
    failures=$((failures + 1))
  else
    echo "kill-test:   next run: no temporary file left, tree equals the reference: ok"
  fi
  rm -rf "$root"
done
echo "kill-test: $failures failures"
[ "$failures" -eq 0 ]

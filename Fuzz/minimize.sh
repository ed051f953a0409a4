#!/usr/bin/env bash
# Rewrites the committed corpus Fuzz/corpus/TARGET as the smallest set of
# inputs that covers what the committed corpus, the seeds made from Golden/
# (Fuzz/make-seeds.py) and the working corpus of Fuzz/run.sh cover, counting
# edges only (-use_counters=0) so that the committed corpus stays small
# (libFuzzer's -merge=1), dropping inputs over 64 KiB.
#
#   Fuzz/minimize.sh TARGET
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: minimize.sh TARGET}
Fuzz/run.sh build "$target"
python3 Fuzz/make-seeds.py >/dev/null
fresh=Fuzz/out/minimized/$target
rm -rf "$fresh"
mkdir -p "$fresh" "Fuzz/corpus/$target" "Fuzz/out/corpus/$target" "Fuzz/out/seeds/$target"
"Fuzz/out/bin/$target" -merge=1 -use_counters=0 -max_len=65536 -rss_limit_mb=2048 -timeout=10 "$fresh" \
  "Fuzz/corpus/$target" "Fuzz/out/seeds/$target" "Fuzz/out/corpus/$target" 2>&1 | tail -n 3
rm -rf "Fuzz/corpus/$target"
mv "$fresh" "Fuzz/corpus/$target"
echo "minimize.sh: $target: $(find "Fuzz/corpus/$target" -type f | wc -l) files, $(du -sh "Fuzz/corpus/$target" | cut -f1)"

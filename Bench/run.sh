#!/usr/bin/env bash
# netcf-compile benchmark: front-end speed and whole-command speed against
# floors measured in the same run (C reader, cp -r + sync, libxml2 SAX,
# static Swift hello world). See Sources/Benchmarks.
#
#   Bench/run.sh [--large] [--sizes 1000,10000] [--runs 5] [--json FILE]
#                [--work DIR] [--shared DIR] [--no-front-end] [--no-commands] [--no-startup]
#
#   --large        also measure 100,000 interfaces (generating it takes long)
#   --sizes LIST   tree sizes in interfaces (default 1000,10000)
#   --runs N       runs per figure, median reported (default 5; 3 for > 10,000)
#   --json FILE    also write the results as JSON
#   --work DIR     corpora, tools and scratch (default $NETCF_BENCH_WORK or /tmp/netcf-bench);
#                  corpora are kept and reused while the generator is unchanged
#   --shared DIR   where gen_corpus.py, readall.c and xmlspeed.c are
#                  (default $NETCF_BENCH_SHARED or ../shared/bench beside the repository,
#                  or beside the main checkout when run from a linked worktree)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${NETCF_BENCH_SHARED:-$repo/../shared/bench}"
if [ -z "${NETCF_BENCH_SHARED:-}" ] && [ ! -d "$shared" ]; then
  # A linked worktree: look beside the main checkout instead.
  common="$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  [ -n "$common" ] && [ -d "$(dirname "$common")/../shared/bench" ] && shared="$(dirname "$common")/../shared/bench"
fi
work="${NETCF_BENCH_WORK:-/tmp/netcf-bench}"
sizes="1000,10000"
runs=5
large_runs=3
json=""
pass=()

while [ $# -gt 0 ]; do
  case "$1" in
    --large) sizes="$sizes,100000" ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --large-runs) large_runs="$2"; shift ;;
    --json) json="$2"; shift ;;
    --work) work="$2"; shift ;;
    --shared) shared="$2"; shift ;;
    --no-front-end|--no-commands|--no-startup) pass+=("$1") ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

for file in gen_corpus.py readall.c xmlspeed.c; do
  if [ ! -f "$shared/$file" ]; then
    echo "run.sh: $shared/$file not found (use --shared DIR or NETCF_BENCH_SHARED)" >&2
    exit 2
  fi
done

# System packages: libxml2 and expat headers for xmlspeed.c, GNU time.
missing=()
command -v xml2-config >/dev/null 2>&1 || missing+=(libxml2-dev)
[ -f /usr/include/expat.h ] || missing+=(libexpat1-dev)
[ -x /usr/bin/time ] || missing+=(time)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

mkdir -p "$work/tools" "$work/scratch"
tools="$work/tools"

# Release builds, Swift runtime linked statically.
echo "run.sh: building release products" >&2
(cd "$repo" && swift build -c release --static-swift-stdlib --product netcf-compile >&2 \
  && swift build -c release --static-swift-stdlib --product netcf-bench >&2)
bin="$(cd "$repo" && swift build -c release --static-swift-stdlib --show-bin-path)"

# Baselines.
cc -O2 -o "$tools/readall" "$shared/readall.c"
# shellcheck disable=SC2046
cc -O2 -o "$tools/xmlspeed" "$shared/xmlspeed.c" $(xml2-config --cflags --libs) -lexpat
if [ ! -x "$tools/hello" ] || [ "$repo/Bench/hello.swift" -nt "$tools/hello" ]; then
  swiftc -O -static-stdlib -o "$tools/hello" "$repo/Bench/hello.swift"
fi

# Corpora, kept while the generator is unchanged.
stamp="$(sha256sum "$shared/gen_corpus.py" | cut -c1-16)"
corpus_args=()
IFS=',' read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  dir="$work/corpus-$n"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "run.sh: generating $n interfaces" >&2
    rm -rf "$dir" "$dir.tmp"
    python3 "$shared/gen_corpus.py" --interfaces "$n" --seed 1 --out "$dir.tmp" --dialect both --xml >&2
    echo "$stamp" > "$dir.tmp/.stamp"
    mv "$dir.tmp" "$dir"
  fi
  corpus_args+=(--corpus "$n=$dir")
done

args=(run --compiler "$bin/netcf-compile" --hello "$tools/hello" --readall "$tools/readall"
      --xmlspeed "$tools/xmlspeed" --scratch "$work/scratch" --runs "$runs" --large-runs "$large_runs"
      "${corpus_args[@]}" "${pass[@]}")
[ -n "$json" ] && args+=(--json "$json")
exec "$bin/netcf-bench" "${args[@]}"

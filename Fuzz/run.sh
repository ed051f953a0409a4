#!/usr/bin/env bash
# Builds one fuzz target with the toolchain's libFuzzer and AddressSanitizer
# and runs it for SECONDS seconds (opt-in, never run by .ci/run).
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   Fuzz/run.sh xml-tokenizer 600
#   Fuzz/run.sh shell-lexer 0 -runs=1000000      # a number of runs instead of a time
#   Fuzz/run.sh list                             # the targets
#   Fuzz/run.sh build TARGET                     # build only
#
# Targets are Fuzz/Targets/TARGET.swift. The library targets they need are
# compiled one module at a time (-emit-module -emit-object) into
# Fuzz/out/build, rebuilt when their sources change. The run starts from the
# committed corpus Fuzz/corpus/TARGET plus Fuzz/regressions/TARGET, grows a
# working corpus in Fuzz/out/corpus/TARGET and writes crashes to
# Fuzz/out/artifacts/TARGET. Fuzz/minimize.sh TARGET merges the working
# corpus back into the committed one, keeping it small.
set -euo pipefail
cd "$(dirname "$0")/.."

out=Fuzz/out
build=$out/build
mkdir -p "$build"

# module name -> source folder, in dependency order.
modules=(
  "Diagnostics Sources/Diagnostics"
  "ShellSyntax Sources/ShellSyntax"
  "XMLSyntax Sources/XMLSyntax"
  "InterfaceModel Sources/InterfaceModel"
  "Lenses Sources/Lenses"
  "InterfaceXML Sources/InterfaceXML"
  "DialectSupport Sources/Dialects/Support"
  "RedHatDialect Sources/Dialects/RedHat"
  "SUSEDialect Sources/Dialects/SUSE"
)

targets() { for f in Fuzz/Targets/*.swift; do basename "$f" .swift; done; }

swift_flags=(-parse-as-library -sanitize=fuzzer,address -O -g -wmo -I "$build")

build_module() {
  local name=$1 folder=$2
  local object=$build/$name.o
  local sources
  sources=$(find "$folder" -name '*.swift' | sort)
  local stale=1
  if [ -f "$object" ]; then
    stale=0
    for s in $sources; do if [ "$s" -nt "$object" ]; then stale=1; break; fi; done
  fi
  # A module is rebuilt when one before it was (it may import it).
  if [ "$stale" = 1 ] || [ "$rebuilt" = 1 ]; then
    rebuilt=1
    echo "run.sh: compiling $name" >&2
    # shellcheck disable=SC2086
    swiftc "${swift_flags[@]}" -emit-module -emit-object -module-name "$name" \
      -emit-module-path "$build/$name.swiftmodule" -o "$object" $sources
  fi
}

build_target() {
  local target=$1
  [ -f "Fuzz/Targets/$target.swift" ] || { echo "run.sh: no target '$target' (have: $(targets | tr '\n' ' '))" >&2; exit 2; }
  rebuilt=0
  for entry in "${modules[@]}"; do
    # shellcheck disable=SC2086
    build_module $entry
  done
  local binary=$out/bin/$target
  mkdir -p "$out/bin"
  if [ ! -x "$binary" ] || [ "Fuzz/Targets/$target.swift" -nt "$binary" ] \
    || [ -n "$(find "$build" Tests/HostileInputTests/FrontEnds -name '*.[os]*' -newer "$binary")" ]; then
    echo "run.sh: linking $target" >&2
    swiftc "${swift_flags[@]}" -module-name "FuzzTarget" "Fuzz/Targets/$target.swift" Tests/HostileInputTests/FrontEnds/*.swift \
      "$build"/*.o -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
    # The driver may leave the target's module files in the working folder.
    rm -f FuzzTarget*.swiftdoc FuzzTarget*.swiftmodule FuzzTarget*.swiftsourceinfo
  fi
}

case "${1:-}" in
  list) targets; exit 0 ;;
  build) build_target "${2:?usage: run.sh build TARGET}"; exit 0 ;;
  ""|-h|--help) sed -n '2,17p' "$0"; exit 2 ;;
esac

target=$1
seconds=${2:?usage: run.sh TARGET SECONDS [libFuzzer options...]}
shift 2
build_target "$target"

work=$out/corpus/$target
artifacts=$out/artifacts/$target
mkdir -p "$work" "$artifacts" "Fuzz/corpus/$target" "Fuzz/regressions/$target"
time_option=()
if [ "$seconds" != 0 ]; then time_option=(-max_total_time="$seconds"); fi
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
exec "$out/bin/$target" "${time_option[@]}" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" \
  "$work" "Fuzz/corpus/$target" "Fuzz/regressions/$target"

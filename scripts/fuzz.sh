#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input with cargo-fuzz (libFuzzer): the
# contracts CSV import, the spreadsheet import (.xlsx, .ods), the backup
# JSON validation (plan_import), the calculator share links and a file chosen
# in an import panel read into every table (import_tables). Not part of
# scripts/test.sh.
#
#   scripts/fuzz.sh                 # every target, 180 s each
#   scripts/fuzz.sh 60              # every target, 60 s each
#   scripts/fuzz.sh 600 share_link  # one target for ten minutes
#
# cargo-fuzz passes -Z flags to rustc, which only nightly accepts. With a
# nightly toolchain installed (rustup) it is used. Without one, the stable
# toolchain is told to accept them (RUSTC_BOOTSTRAP=1): no rustup server to
# fetch nightly from is needed. It builds with the address sanitizer when the
# toolchain ships its runtime (librustc-stable_rt.asan.a), else with none
# (memory errors in unsafe code would then go unseen; the crate has none).
# Either route can be forced with HOLDFAST_FUZZ_TOOLCHAIN=nightly|stable, and
# the sanitizer chosen with HOLDFAST_FUZZ_SANITIZER=address|none.
#
# Installs what is missing: cargo-fuzz (crates.io). Corpora grow in
# fuzz/corpus/<target> (seeded from tests/data/spreadsheets and
# fuzz/seeds/<target>); a crash is saved in fuzz/artifacts/<target>/ and
# replayed with the command the summary prints, e.g.
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>` or
# `RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target> fuzz/artifacts/<target>/<file>`.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"
ensure_cargo

SECONDS_EACH=${1:-180}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(contracts_csv spreadsheet backup_json share_link import_tables)

ROUTE=${HOLDFAST_FUZZ_TOOLCHAIN:-}
if [ -z "$ROUTE" ]; then
  if command -v rustup >/dev/null && rustup run nightly rustc --version >/dev/null 2>&1; then
    ROUTE=nightly
  else
    ROUTE=stable
  fi
fi
case "$ROUTE" in
  nightly)
    FUZZ=(cargo +nightly fuzz)
    SANITIZER=${HOLDFAST_FUZZ_SANITIZER:-address}
    say "Fuzzing on the nightly toolchain ($(rustup run nightly rustc --version)), sanitizer: $SANITIZER"
    ;;
  stable)
    FUZZ=(env RUSTC_BOOTSTRAP=1 cargo fuzz)
    # The address sanitizer's runtime ships with some stable toolchains only.
    asan_rt="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/lib/librustc-stable_rt.asan.a"
    if [ -f "$asan_rt" ]; then SANITIZER=${HOLDFAST_FUZZ_SANITIZER:-address}; else SANITIZER=${HOLDFAST_FUZZ_SANITIZER:-none}; fi
    if [ -n "${HOLDFAST_FUZZ_TOOLCHAIN:-}" ]; then why="HOLDFAST_FUZZ_TOOLCHAIN=stable"; else why="no nightly toolchain"; fi
    say "Fuzzing on the stable toolchain ($why): $(rustc --version) with RUSTC_BOOTSTRAP=1, which accepts cargo-fuzz's -Z flags; sanitizer: $SANITIZER"
    ;;
  *) die "HOLDFAST_FUZZ_TOOLCHAIN must be nightly or stable, not $ROUTE" ;;
esac
if ! command -v cargo-fuzz >/dev/null; then
  say "Installing cargo-fuzz (a few CPU-minutes, once)"
  cargo install cargo-fuzz --locked >&2
fi

summary=()
for t in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # Random bytes seldom make a ZIP archive: start from the real fixtures.
  case "$t" in
    spreadsheet | import_tables) cp -n tests/data/spreadsheets/*.xlsx tests/data/spreadsheets/*.ods "fuzz/corpus/$t/" || true ;;
  esac
  if [ -d "fuzz/seeds/$t" ]; then cp -n "fuzz/seeds/$t"/* "fuzz/corpus/$t/" || true; fi
  say "Fuzzing $t for ${SECONDS_EACH}s"
  log="fuzz/$t.log"
  set +e
  nice "${FUZZ[@]}" run --sanitizer "$SANITIZER" "$t" -- -max_total_time="$SECONDS_EACH" -print_final_stats=1 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(DONE|pulse)|ERROR|panicked|SUMMARY' >&2
  status=${PIPESTATUS[0]}
  set -e
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  rate=$(grep -Eo 'exec/s: *[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+$' || echo '?')
  summary+=("$(printf '%-14s %10s execs  %7s exec/s  corpus %6s files  %s' "$t" "$execs" "$rate" "$corpus" "$([ "$status" -eq 0 ] && echo 'no crash' || echo "CRASH (see $log)")")")
done
say "Fuzzing summary (${SECONDS_EACH}s per target, $ROUTE toolchain, sanitizer $SANITIZER)"
printf '%s\n' "${summary[@]}"
say "Replay a crash: ${FUZZ[*]} run --sanitizer $SANITIZER <target> fuzz/artifacts/<target>/<file>"

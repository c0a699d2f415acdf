#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input with cargo-fuzz (libFuzzer): the
# contracts CSV import, the spreadsheet import (.xlsx, .ods), the backup
# JSON validation (plan_import) and the calculator share links. Not part of
# scripts/test.sh.
#
#   scripts/fuzz.sh                 # every target, 180 s each
#   scripts/fuzz.sh 60              # every target, 60 s each
#   scripts/fuzz.sh 600 share_link  # one target for ten minutes
#
# Installs what is missing: cargo-fuzz, and the nightly toolchain when rustup
# can fetch it. Without nightly, the stable toolchain runs the targets with
# RUSTC_BOOTSTRAP=1 (for the -Z flags cargo-fuzz passes) and no sanitizer:
# panics and failed assertions are still caught, memory errors in unsafe code
# are not (the crate has none of its own).
# Corpora grow in fuzz/corpus/<target>; a crash is saved in
# fuzz/artifacts/<target>/ and replayed with
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>`.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"
ensure_cargo

SECONDS_EACH=${1:-180}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(contracts_csv spreadsheet import_tables backup_json share_link)

FUZZ=(cargo +nightly fuzz run)
if ! rustup toolchain list | grep -q '^nightly'; then
  say "Installing the nightly toolchain (cargo-fuzz prefers it)"
  if ! rustup toolchain install nightly --profile minimal >&2; then
    say "No nightly toolchain: fuzzing on stable with RUSTC_BOOTSTRAP=1 and no sanitizer"
    export RUSTC_BOOTSTRAP=1
    FUZZ=(cargo fuzz run --sanitizer none)
  fi
fi
if ! command -v cargo-fuzz >/dev/null; then
  say "Installing cargo-fuzz (a few CPU-minutes, once)"
  cargo install cargo-fuzz --locked >&2
fi

summary=()
for t in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # Random bytes seldom make a ZIP archive: start from the real fixtures.
  case "$t" in
    spreadsheet | import_tables)
      cp -n tests/data/spreadsheets/*.xlsx tests/data/spreadsheets/*.ods "fuzz/corpus/$t/" ;;
  esac
  if [ "$t" = import_tables ]; then
    printf 'Cliente;Valor anual;In\xedcio;Vencimento;Situa\xe7\xe3o\r\nS\xe3o Bento;1.234,56;01/02/2024;31/01/2027;Ativo\r\n' >"fuzz/corpus/$t/cp1252.csv"
    printf 'Cliente;Receita anual perdida;Data de sa\xc3\xadda;Motivo\nPadaria;12.500,00;15/03/2026;Pre\xc3\xa7o\n' >"fuzz/corpus/$t/departed.csv"
    printf '   4   1 19970101  2  29.33\n  18   2 19970101  1  14.96\n' >"fuzz/corpus/$t/cdnow.txt"
  fi
  say "Fuzzing $t for ${SECONDS_EACH}s"
  log="fuzz/$t.log"
  set +e
  nice "${FUZZ[@]}" "$t" -- -max_total_time="$SECONDS_EACH" -print_final_stats=1 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(DONE|pulse)|ERROR|panicked|SUMMARY' >&2
  status=${PIPESTATUS[0]}
  set -e
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  summary+=("$(printf '%-14s %10s execs  corpus %6s files  %s' "$t" "$execs" "$corpus" "$([ "$status" -eq 0 ] && echo 'no crash' || echo "CRASH (see $log)")")")
done
say "Fuzzing summary (${SECONDS_EACH}s per target)"
printf '%s\n' "${summary[@]}"

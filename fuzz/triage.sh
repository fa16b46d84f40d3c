#!/usr/bin/env bash
# Sorts the crashes a fuzz run left in build-fuzz/crashes/ (or DIR) by whose
# code they are in: each input is replayed through the harness, and the
# frames above LLVMFuzzerTestOneInput are read. If none of them is in the
# harness binary (where all of quant-opt's code is linked), the crash is in
# Debian's libMLIR / libLLVM themselves, and the first named MLIR function
# is printed; otherwise it is ours, and the stack is printed to fix it with
# a regression test.
#   fuzz/triage.sh [DIR]
# Exits 1 when any crash is ours.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-fuzz/crashes}
harness=build-fuzz/bin/qnt-fuzz
ours=0 upstream=0 gone=0
shopt -s nullglob extglob
for input in "$dir"/@(crash|timeout)-+([0-9a-f]); do
  stack=$(UBSAN_OPTIONS=print_stacktrace=1 timeout 60 "$harness" "$input" 2>&1 |
    grep -E '^ +#[0-9]+ ' | sed '/LLVMFuzzerTestOneInput/,$d')
  if [[ -z "$stack" ]]; then
    gone=$((gone + 1))
    echo "fixed     $(basename "$input")  (replays clean)"
  elif grep -q "(.*/qnt-fuzz+" <<<"$stack"; then
    ours=$((ours + 1))
    echo "OURS      $(basename "$input")"
    head -8 <<<"$stack"
  else
    upstream=$((upstream + 1))
    where=$(grep -m1 -oE 'mlir::[A-Za-z_:]+::parse' <<<"$stack" ||
      grep -m1 -oE 'mlir::[A-Za-z_:]+' <<<"$stack")
    echo "upstream  $(basename "$input")  ($where)"
  fi
done
echo "crashes: $ours ours, $upstream in MLIR itself, $gone no longer crash"
((ours == 0))

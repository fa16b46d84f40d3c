#!/usr/bin/env bash
# Benchmarks qnt-fold-batchnorm on a ResNet-50-sized model.
#
# Generates ResNet-50 (bottleneck blocks 3-4-6-3, widths 64..2048, 224x224
# input: 25.6 M parameters, 53 batch-norm layers) in torch-mlir's linalg form
# with every weight in a dense_resource blob, then runs, RUNS times each,
#   baseline: quant-opt model.mlir -o /dev/null                  (parse + print)
#   fold:     quant-opt model.mlir -qnt-fold-batchnorm -o /dev/null
# under /usr/bin/time -v (wall time, peak RSS) and -mlir-timing (the pass's
# own time), and prints medians, the peak RSS / weight bytes ratio, and the
# fold's cost over the baseline. It also checks that every batch-norm was
# folded (no math.rsqrt left in the output).
#
# Usage: bench/fold_batchnorm.sh [--quant-opt PATH] [--runs N] [--keep DIR]
#                                [-- extra gen_resnet.py arguments]
# Environment: QUANT_OPT (default build/bin/quant-opt under the repository),
# RUNS (default 5), PYTHON (default python3).
# Goal (issue): fold < 2 s and < 2x the weight memory. Takes ~15 s.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
quant_opt="${QUANT_OPT:-$root/build/bin/quant-opt}"
runs="${RUNS:-5}"
python="${PYTHON:-python3}"
keep=""
gen_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quant-opt) quant_opt="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --) shift; gen_args=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
generator="$root/test/Transforms/FoldBatchNorm/Inputs/gen_resnet.py"
[[ -x "$quant_opt" ]] || { echo "quant-opt not found: $quant_opt (set QUANT_OPT or --quant-opt)" >&2; exit 1; }

if [[ -n "$keep" ]]; then
  mkdir -p "$keep"; work="$keep"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/fold_batchnorm.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
model="$work/resnet50.mlir"

# --- generate -------------------------------------------------------------
start=$(date +%s.%N)
"$python" "$generator" --resnet50 --resource "${gen_args[@]}" -o "$model" --stats "$work/stats"
gen_time=$(echo "$(date +%s.%N) - $start" | bc -l 2>/dev/null || echo "?")
stat_of() { grep "^$1=" "$work/stats" | cut -d= -f2; }
params=$(stat_of parameters); bns=$(stat_of bn_layers); weight_bytes=$(stat_of weight_bytes)
ir_bytes=$(stat -c %s "$model" 2>/dev/null || wc -c <"$model")

# --- measure --------------------------------------------------------------
# run_once LOG ARGS...: runs quant-opt, writes "wall_s rss_kb" to stdout and
# keeps stderr (-mlir-timing report) in LOG.
have_time=0
[[ -x /usr/bin/time ]] && have_time=1
run_once() {
  local log="$1"; shift
  if [[ $have_time == 1 ]]; then
    /usr/bin/time -v -o "$log.time" "$quant_opt" "$@" 2>"$log" >/dev/null
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
    echo "$wall $rss"
  else
    # No /usr/bin/time: bash's clock, and the peak RSS (VmHWM) polled from /proc.
    local t0 t1 pid hwm=0 h
    t0=$(date +%s.%N)
    "$quant_opt" "$@" 2>"$log" >/dev/null &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [[ -n "$h" && "$h" -gt "$hwm" ]] && hwm=$h
      sleep 0.01
    done
    wait "$pid"
    t1=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc -l) $hwm"
  fi
}
# pass_time LOG NAME: seconds of NAME in a -mlir-timing report.
pass_time() { awk -v name="$2" 'tolower($0) ~ tolower(name) {print $1; exit}' "$1"; }
median() { sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
minmax() { sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}'; }

# The fixed cost of the process (libraries, dialect registration).
echo "module {}" >"$work/empty.mlir"
read -r _ idle_rss < <(run_once "$work/empty.log" "$work/empty.mlir" -o /dev/null)

: >"$work/base.txt"; : >"$work/fold.txt"
for ((i = 0; i < runs; i++)); do
  # Interleaved, so that both see the same machine state.
  read -r w r < <(run_once "$work/base.log" "$model" -o /dev/null -mlir-timing)
  echo "$w $r $(pass_time "$work/base.log" parser) $(pass_time "$work/base.log" output)" >>"$work/base.txt"
  read -r w r < <(run_once "$work/fold.log" "$model" -qnt-fold-batchnorm=remarks=false -o /dev/null -mlir-timing)
  echo "$w $r $(pass_time "$work/fold.log" parser) $(pass_time "$work/fold.log" output) $(pass_time "$work/fold.log" batchnorm)" >>"$work/fold.txt"
done

# Every batch-norm folded? (53 math.rsqrt in the input, none after.)
rsqrt_in=$(grep -c "math.rsqrt" "$model" || true)
rsqrt_out=$("$quant_opt" "$model" -qnt-fold-batchnorm=remarks=false | grep -c "math.rsqrt" || true)

col() { awk -v c="$2" '{print $c}' "$1"; }
base_wall=$(col "$work/base.txt" 1 | median); base_rss=$(col "$work/base.txt" 2 | median)
fold_wall=$(col "$work/fold.txt" 1 | median); fold_rss=$(col "$work/fold.txt" 2 | median)
base_parse=$(col "$work/base.txt" 3 | median); base_out=$(col "$work/base.txt" 4 | median)
fold_parse=$(col "$work/fold.txt" 3 | median); fold_out=$(col "$work/fold.txt" 4 | median)
pass=$(col "$work/fold.txt" 5 | median)
base_range=$(col "$work/base.txt" 1 | minmax); fold_range=$(col "$work/fold.txt" 1 | minmax)
pass_range=$(col "$work/fold.txt" 5 | minmax)

awk -v params="$params" -v bns="$bns" -v wb="$weight_bytes" -v irb="$ir_bytes" -v gen="$gen_time" \
    -v runs="$runs" -v bw="$base_wall" -v br="$base_rss" -v fw="$fold_wall" -v fr="$fold_rss" \
    -v bp="$base_parse" -v bo="$base_out" -v fp="$fold_parse" -v fo="$fold_out" -v pass="$pass" \
    -v brange="$base_range" -v frange="$fold_range" -v prange="$pass_range" \
    -v rin="$rsqrt_in" -v rout="$rsqrt_out" -v ir="$idle_rss" -v timer="$([[ $have_time == 1 ]] && echo "/usr/bin/time -v" || echo "bash clock + /proc VmHWM")" '
function mb(b) { return b / 1e6 }
BEGIN {
  w = mb(wb); bm = br * 1024 / 1e6; fm = fr * 1024 / 1e6; im = ir * 1024 / 1e6
  printf "qnt-fold-batchnorm on ResNet-50 (bottleneck 3-4-6-3, widths 64..2048, dense_resource weights)\n"
  printf "  parameters %d, batch-norm layers %d, weights %.1f MB, IR %.1f MB, generated in %.1f s\n", params, bns, w, mb(irb), gen
  printf "  %d runs each, medians (min-max), %s; MB = 10^6 bytes\n\n", runs, timer
  printf "  %-36s %18s %8s %8s %8s %12s %8s\n", "", "wall s", "parse s", "pass s", "print s", "peak RSS MB", "/weights"
  printf "  %-36s %18s %8s %8s %8s %12.0f %8.2f\n", "idle: quant-opt on an empty module", "", "", "", "", im, im / w
  printf "  %-36s %7.2f (%9s) %8.3f %8s %8.3f %12.0f %8.2f\n", "baseline: parse + print, no pass", bw, brange, bp, "-", bo, bm, bm / w
  printf "  %-36s %7.2f (%9s) %8.3f %8.3f %8.3f %12.0f %8.2f\n", "parse + qnt-fold-batchnorm + print", fw, frange, fp, pass, fo, fm, fm / w
  printf "  %-36s %+7.2f %11s %8s %8.3f %8s %+12.0f %+8.2f\n", "cost of the fold (difference)", fw - bw, "", "", pass, "", fm - bm, (fm - bm) / w
  printf "\n  qnt-fold-batchnorm alone (-mlir-timing): median %.3f s (%s s)\n", pass, prange
  printf "  batch-norms left: %d math.rsqrt in the input, %d after the pass\n", rin, rout
  printf "  goal fold < 2 s:          %s: the pass takes %.3f s, +%.2f s end to end\n", (pass < 2 ? "met" : "NOT met"), pass, fw - bw
  printf "  goal < 2x weight memory:  the fold adds %.2fx the weights (%s); the process peaks at %.2fx,\n", (fm - bm) / w, ((fm - bm) / w < 2 ? "met" : "NOT met"), fm / w
  printf "                            %.2fx without the pass: idle %.2fx + source text %.2fx + parsed blobs 1x + rest %.2fx\n", bm / w, im / w, irb / wb, bm / w - im / w - irb / wb - 1
}'
[[ "$rsqrt_out" == 0 ]] || { echo "error: $rsqrt_out batch-norms were not folded" >&2; exit 1; }

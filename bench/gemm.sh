#!/usr/bin/env bash
# int8 GEMM: quant-opt's qnt-lower-to-loops kernels against the libraries,
# side by side in one run, one core (taskset), OMP_NUM_THREADS=1:
#   quant-opt  host target (x86-avx512-vnni here: vpdpbusd) and x86-avx2
#              (vpmaddwd), JIT-compiled from the layer qnt-realize writes
#   oneDNN     u8s8s32 GEMM            (Debian libdnnl-dev)
#   XNNPACK    qs8 fully connected     (libxnnpack-dev, libpthreadpool-dev)
#   gemmlowp   u8 GEMM, AVX2 kernels   (libgemmlowp-dev)
#   OpenBLAS   fp32 SGEMM              (libopenblas-dev)
#   upstream   MLIR's tile + vectorize + outer-product lowering of
#              linalg.matmul (i8 x i8 -> i32)
# on square 512 and 1024, the ResNet-18 convolutions as GEMMs, two MobileNet
# pointwise layers and a 1x1000x512 fully-connected layer. Prints median
# GOP/s, % of this core's measured int8 peak, the ratio to our host figure,
# and whether each result is exact (full-range u8 activations).
#
# Usage: bench/gemm.sh [--only SHAPE] [--samples N] [-- extra bench flags]
# Installs the libraries from Debian when missing and builds the
# qnt-gemm-bench target (-DQNT_BUILD_BENCH=ON) in build/. About 2 minutes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="$root/build"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) args+=("--only=$2"); shift 2 ;;
    --samples) args+=("--samples=$2"); shift 2 ;;
    --) shift; args+=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
packages=(libdnnl-dev libxnnpack-dev libpthreadpool-dev libgemmlowp-dev
          libopenblas-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[[ -f "$build/build.ninja" ]] || "$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -DQNT_BUILD_BENCH=ON >/dev/null
ninja -C "$build" -j2 qnt-gemm-bench | { grep -v '^\[' || true; }
export OMP_NUM_THREADS=1
exec taskset -c "${QNT_BENCH_CPU:-1}" "$build/bin/qnt-gemm-bench" "${args[@]}"

#!/usr/bin/env python3
"""Runs integer layers (int_layer.py) through quant-run with the reference
lowering and with qnt-lower-to-loops for each target, and compares the
outputs bit for bit:

  compare_targets.py "QUANT-OPT" "QUANT-RUN" WORKDIR TARGET...

(the two tools as commands, as lit substitutes them).

Prints "exact <target> <case>" per comparison, "DIFFERENT ..." on a
mismatch, and "NOT LOWERED ..." when the target's kernels were not used (so
a silent fallback to the reference cannot pass). Exits non-zero on either.
"""
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Odd sizes (no multiple of any tile), K beyond one kc block, strides,
# padding, dilation, both layouts, transposed weights, zero points on either
# side, weights that leave s8 after their zero point, the extremes that break a
# saturating kernel (all |x - z| = 255 against all w = -128, and against
# all w = -64, the bound of AVX2's vpmaddubsw path), and ternary
# and binary weights (qnt.signed_accumulate), grouped convolutions, binary x
# binary layers (qnt.xnor_popcount).
CASES = {
    "fc-m1": ["matmul", "1", "100", "1000"],
    # 4-bit weights of a matrix-vector product: stored as nibbles, unpacked
    # in registers; the extremes against the row-sum correction.
    "fc-m1-4bit": ["matmul", "1", "300", "130", "--wbits", "4", "--zx", "7"],
    "fc-m2-4bit-extreme": ["matmul", "2", "200", "70", "--wbits", "4",
                           "--extreme", "--zx", "-128"],
    "matmul-odd": ["matmul", "33", "70", "45", "--zx", "100"],
    "matmul-tiny-transposed": ["matmul", "5", "9", "3", "--transposed"],
    "matmul-long-k": ["matmul", "9", "1500", "70", "--zw", "-128"],
    "matmul-extreme": ["matmul", "4", "600", "64", "--extreme", "--zx", "-128"],
    "matmul-extreme-7bit": ["matmul", "3", "300", "40", "--extreme", "--wbits",
                           "7", "--zx", "-128"],
    # All |x - z| = 255 against all w = -8 over K = 600: runs of 8 vpmaddubsw
    # pair sums reach -32640 in an i16 lane, the bound of i16 accumulation.
    "matmul-extreme-4bit": ["matmul", "3", "600", "40", "--extreme", "--wbits",
                            "4", "--zx", "-128"],
    "matmul-extreme-zw": ["matmul", "7", "300", "20", "--extreme", "--zx",
                          "127", "--zw", "127"],
    "conv-nchw-stride2": ["conv", "1", "3", "11", "13", "7", "3", "3",
                          "--stride", "2"],
    "conv-nhwc-dilated": ["conv", "2", "5", "9", "9", "17", "3", "3", "--nhwc",
                          "--dilation", "2", "--zx", "127"],
    # Padding (a tensor.pad with the zero point, as the importer writes it).
    "conv-padded-stride2": ["conv", "1", "5", "7", "9", "6", "3", "3", "--pad",
                            "1", "--stride", "2", "--zx", "17"],
    "depthwise-nhwc-padded": ["depthwise", "1", "16", "6", "5", "3", "3",
                              "--nhwc", "--pad", "1", "--zx", "-9"],
    "conv-1x1-extreme": ["conv", "1", "16", "10", "10", "33", "1", "1",
                         "--extreme", "--zx", "-128"],
    "conv-4bit-range": ["conv", "1", "8", "6", "6", "12", "3", "3",
                        "--wbits", "4", "--nhwc"],
    "ternary-conv": ["conv", "1", "7", "8", "8", "9", "3", "3", "--sign",
                     "ternary", "--zx", "-128"],
    "binary-matmul": ["matmul", "5", "77", "19", "--sign", "binary",
                      "--transposed", "--zx", "9"],
    # Groups (linalg.conv_2d_ngchw_gfchw as qnt-realize writes it): one
    # GEMM per group, on odd channel counts, stride 2, a weight zero point.
    "grouped-conv-stride2": ["grouped", "1", "3", "4", "9", "9", "5", "3", "3",
                             "--stride", "2", "--zw", "3"],
    "grouped-conv-extreme": ["grouped", "2", "2", "8", "6", "6", "6", "3", "3",
                             "--extreme", "--zx", "-128"],
    # Depthwise: not a GEMM; in NCHW the window vectorizer of
    # qnt-vectorize-elementwise (stride 2 reads strided vectors).
    "depthwise-nchw-stride2": ["depthwise", "1", "6", "17", "35", "3", "3",
                               "--stride", "2", "--zx", "-7"],
    "depthwise-nhwc": ["depthwise", "2", "24", "7", "9", "3", "3", "--nhwc",
                       "--extreme", "--zx", "-128"],
    # NHWC with whole vectors of channels: the tap-pair kernel of
    # qnt-lower-to-loops (9 taps: the last against a zero weight), stride 2,
    # zero points on both sides.
    "depthwise-nhwc-pairs": ["depthwise", "1", "32", "9", "11", "3", "3",
                             "--nhwc", "--stride", "2", "--zx", "5", "--zw",
                             "-3"],
    # Binary x binary (qnt.xnor_popcount) on i8, i32 and i64 words: odd word
    # counts, K beyond one kc block, a strided NHWC and an NCHW conv.
    "xnor-matmul-i64": ["matmul", "7", "13", "45", "--transposed", "--xnor",
                        "64"],
    "xnor-matmul-long-k-i32": ["matmul", "5", "700", "19", "--xnor", "32"],
    "xnor-conv-nhwc-i8": ["conv", "1", "5", "9", "9", "17", "3", "3", "--nhwc",
                          "--stride", "2", "--xnor", "8"],
    "xnor-conv-nchw-i32": ["conv", "2", "3", "8", "8", "6", "3", "3", "--xnor",
                           "32"],
}


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True)


def main():
    opt, quant_run = shlex.split(sys.argv[1]), shlex.split(sys.argv[2])
    work, targets = sys.argv[3], sys.argv[4:]
    failed = False
    for name, args in CASES.items():
        layer = os.path.join(work, name + ".mlir")
        data = os.path.join(work, name + ".npy")
        run([sys.executable, os.path.join(HERE, "int_layer.py"), *args,
             layer, data])
        reference = os.path.join(work, name + "-reference.npy")
        run([*quant_run, layer, "--input", data, "--target=reference",
             "--output", reference])
        expected = open(reference, "rb").read()
        for target in targets:
            lowered = run([*opt, layer,
                           "-qnt-lower-to-loops=target=" + target,
                           "-qnt-lower-to-arith",
                           "-qnt-vectorize-elementwise"]).stdout
            vector = ("qnt.vector_dot" in lowered if args[0] != "depthwise"
                      else "linalg.generic" not in lowered)
            if not vector:
                print("NOT LOWERED", target, name)
                failed = True
                continue
            out = os.path.join(work, "%s-%s.npy" % (name, target))
            run([*quant_run, layer, "--input", data,
                 "--target=" + target, "--output", out])
            same = open(out, "rb").read() == expected
            print("exact" if same else "DIFFERENT", target, name)
            failed |= not same
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

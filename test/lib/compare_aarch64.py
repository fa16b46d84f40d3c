#!/usr/bin/env python3
"""Compiles the layers of compare_targets.py for AArch64 with a
qnt-lower-to-loops Arm target, runs them under qemu-aarch64, and compares
the results bit for bit with the reference lowering run on this machine:

  compare_aarch64.py "QUANT-OPT" "QUANT-RUN" "MLIR-TRANSLATE" "LLC" WORKDIR \\
      TARGET MATTR INSTRUCTIONS

e.g. TARGET aarch64-neon-dotprod, MATTR +neon,+dotprod, INSTRUCTIONS
sdot,cnt. Prints "exact <case>" per layer, and "<INSTRUCTION> in the inner
loop" for each of the comma-separated instructions once the generated
assembly has been checked; exits non-zero on a difference or when an
instruction is missing.
"""
import os
import re
import shlex
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from compare_targets import CASES  # noqa: E402


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, capture_output=True, **kwargs)


def main():
    opt, quant_run, translate, llc = (shlex.split(a) for a in sys.argv[1:5])
    work, target, mattr, instructions = sys.argv[5:9]
    failed, seen = False, {i: False for i in instructions.split(",")}
    for name, args in CASES.items():
        base = os.path.join(work, name)
        run([sys.executable, os.path.join(HERE, "int_layer.py"), *args,
             base + ".mlir", base + ".npy", "--c-interface"])
        run([*quant_run, base + ".mlir", "--input", base + ".npy",
             "--target=reference", "--output", base + "-ref.npy"])
        llvm = run([*opt, base + ".mlir",
                    "-qnt-lower-pipeline=target=" + target]).stdout
        ir = run([*translate, "--mlir-to-llvmir"], input=llvm).stdout
        run([*llc, "-O2", "-mtriple=aarch64-linux-gnu", "-mattr=" + mattr,
             "-o", base + ".s"], input=ir)
        asm = open(base + ".s").read()
        for instruction in seen:
            seen[instruction] |= re.search(r"^\s*%s\s" % instruction, asm,
                                           re.M) is not None
        x = np.load(base + ".npy")
        ref = np.load(base + "-ref.npy")
        march = "armv8.2-a+dotprod" + ("+i8mm" if "i8mm" in mattr else "")
        run(["aarch64-linux-gnu-gcc", "-O2", "-march=" + march,
             "-DIN_RANK=%d" % x.ndim, "-DOUT_RANK=%d" % ref.ndim,
             "-DIN_BYTES=%d" % x.itemsize,
             base + ".s", os.path.join(HERE, "aarch64_driver.c"),
             "-o", base + ".arm"])
        x.tofile(base + ".in")
        run(["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", base + ".arm",
             base + ".in", base + ".out", *(str(d) for d in x.shape)])
        out = np.fromfile(base + ".out", dtype=np.int32)
        same = out.size == ref.size and bool((out == ref.reshape(-1)).all())
        print("exact" if same else "DIFFERENT", name)
        failed |= not same
    for instruction, found in seen.items():
        print(instruction + (" in the inner loop" if found else " MISSING"))
    sys.exit(1 if failed or not all(seen.values()) else 0)


if __name__ == "__main__":
    main()

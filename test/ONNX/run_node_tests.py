#!/usr/bin/env python3
"""Runs ONNX's backend node tests through quant-translate and quant-run.

  run_node_tests.py --bin build/bin [--data /usr/share/libonnx-testdata/data]
                    [--jobs 2] [--filter SUBSTRING] [--work DIR]

For every case under data/node/ and data/pytorch-converted/ whose operators
the importer supports: import model.onnx (int64 graph inputs, which feed
shapes and axes, are bound to the case's data as constants), run every
test_data_set_* with quant-run on the input_*.pb files, and compare with
output_*.pb: integers exactly, floats with the backend suite's tolerances
(rtol 1e-3, atol 1e-7). Prints one line per case (PASS, SKIP with the
reason, FAIL with the reason) and the totals; exits 1 if any case failed.

A case is skipped when it uses an operator outside SUPPORTED, or when the
importer rejects it as unsupported (its diagnostic is the reason).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import onnx
    from onnx import numpy_helper
except ImportError as e:  # pragma: no cover
    sys.exit("run_node_tests.py needs python3-onnx and python3-numpy: %s" % e)

SUPPORTED = {
    "Abs", "Add", "AveragePool", "BatchNormalization", "Clip", "Concat",
    "Constant", "Conv", "ConvInteger", "DequantizeLinear", "Div", "Exp",
    "Flatten", "Gemm", "GlobalAveragePool", "GlobalMaxPool", "Identity",
    "LeakyRelu", "MatMul", "MatMulInteger", "MaxPool", "Mul", "Neg",
    "QLinearConv", "QLinearMatMul", "QuantizeLinear", "ReduceMax",
    "ReduceMean", "ReduceSum", "Relu", "Reshape",
    "Sigmoid", "Softmax", "Sqrt", "Squeeze", "Sub", "Tanh", "Transpose",
    "Unsqueeze",
}
UNSUPPORTED_PATTERNS = re.compile(
    r"not supported|unsupported|only .* (is|are) supported|needs static "
    r"shapes|must be a constant|dynamic dimension|unknown rank")


def run_case(case, args):
    name = os.path.basename(case)
    model = onnx.load(os.path.join(case, "model.onnx"))
    ops = sorted({n.op_type for n in model.graph.node})
    missing = [op for op in ops if op not in SUPPORTED]
    if missing:
        return "SKIP", name, "operator %s not supported" % ", ".join(missing)
    sets = sorted(d for d in os.listdir(case) if d.startswith("test_data_set"))
    if not sets:
        return "SKIP", name, "no test data"
    initializers = {i.name for i in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in initializers]
    bound = [k for k, i in enumerate(inputs)
             if i.type.tensor_type.elem_type == onnx.TensorProto.INT64]
    work = os.path.join(args.work, os.path.basename(os.path.dirname(case)),
                        name)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    mlir = os.path.join(work, "model.mlir")
    cmd = [os.path.join(args.bin, "quant-translate"), "--import-onnx",
           os.path.join(case, "model.onnx"), "-o", mlir]
    for k in bound:
        cmd.append("--onnx-bind-input=%s=%s" % (
            inputs[k].name, os.path.join(case, sets[0], "input_%d.pb" % k)))
    imported = subprocess.run(cmd, capture_output=True, text=True)
    if imported.returncode != 0:
        message = imported.stderr.strip().splitlines()
        message = message[0] if message else "exit %d" % imported.returncode
        message = re.sub(r"^.*?error: ", "", message)
        # Only the importer's own "node ...: not supported" diagnostics.
        if (re.match(r"('\w+' node|ONNX import: graph)", message) and
                UNSUPPORTED_PATTERNS.search(message)):
            return "SKIP", name, "importer: " + message
        return "FAIL", name, "quant-translate: " + message
    for data in sets:
        directory = os.path.join(case, data)
        if bound and data != sets[0]:
            continue  # bound to the first set's shape inputs
        outputs = sorted(f for f in os.listdir(directory)
                         if f.startswith("output_"))
        cmd = [os.path.join(args.bin, "quant-run"), mlir]
        for k in range(len(inputs)):
            if k not in bound:
                cmd += ["--input", os.path.join(directory, "input_%d.pb" % k)]
        produced = []
        for i in range(len(outputs)):
            produced.append(os.path.join(work, "%s.out_%d.npy" % (data, i)))
            cmd += ["--output", produced[-1]]
        ran = subprocess.run(cmd, capture_output=True, text=True)
        if ran.returncode != 0:
            message = ran.stderr.strip().splitlines()
            return "FAIL", name, "quant-run: " + (message[-1] if message
                                                  else "exit %d" % ran.returncode)
        for i, expected_file in enumerate(outputs):
            expected = numpy_helper.to_array(
                onnx.load_tensor(os.path.join(directory, expected_file)))
            got = np.load(produced[i])
            if got.shape != expected.shape:
                return "FAIL", name, "%s: shape %s, expected %s" % (
                    expected_file, got.shape, expected.shape)
            if expected.dtype.kind in "iub":
                if got.dtype != expected.dtype or not np.array_equal(got, expected):
                    bad = int(np.sum(got.astype(np.int64) != expected.astype(np.int64)))
                    return "FAIL", name, "%s: %d of %d integers differ (%s vs %s)" % (
                        expected_file, bad, expected.size, got.dtype, expected.dtype)
            elif not np.allclose(got, expected, rtol=1e-3, atol=1e-7,
                                 equal_nan=True):
                worst = float(np.max(np.abs(got.astype(np.float64) - expected)))
                return "FAIL", name, "%s: max abs difference %g" % (
                    expected_file, worst)
    note = " (shape inputs bound)" if bound else ""
    return "PASS", name, "%d data set(s)%s" % (
        1 if bound else len(sets), note)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True,
                        help="directory with quant-translate and quant-run")
    parser.add_argument("--data", default="/usr/share/libonnx-testdata/data")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--filter", default="")
    parser.add_argument("--work", default=None,
                        help="scratch directory (default: a temporary one)")
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        sys.exit("run_node_tests.py: no ONNX test data at %s (install "
                 "libonnx-testdata)" % args.data)
    if args.work is None:
        args.work = tempfile.mkdtemp(prefix="onnx-node-tests.")
    os.makedirs(args.work, exist_ok=True)
    cases = []
    for suite in ("node", "pytorch-converted"):
        root = os.path.join(args.data, suite)
        if os.path.isdir(root):
            cases += [os.path.join(root, d) for d in sorted(os.listdir(root))
                      if args.filter in d and
                      os.path.isfile(os.path.join(root, d, "model.onnx"))]
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for status, name, why in pool.map(lambda c: run_case(c, args), cases):
            results.append((status, name, why))
            print("%-4s %s: %s" % (status, name, why), flush=True)
    counts = {s: sum(1 for r in results if r[0] == s)
              for s in ("PASS", "SKIP", "FAIL")}
    print("onnx node tests: %d passed, %d skipped, %d failed" % (
        counts["PASS"], counts["SKIP"], counts["FAIL"]))
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())

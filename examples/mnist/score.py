#!/usr/bin/env python3
"""Top-1 accuracy of logits, and their SQNR against reference logits
(standard library only):

  score.py LOGITS.npy LABELS.txt [REFERENCE.npy]
prints "accuracy A" and, with a reference, "sqnr_db S"."""
import math
import struct
import sys

import mnist_idx


def logits(path):
    descr, shape, payload = mnist_idx.read_npy(path)
    if descr != "<f4" or len(shape) != 2:
        sys.exit("%s: expected float32 [N, classes], got %s %s" % (path, descr, shape))
    values = struct.unpack("<%df" % (shape[0] * shape[1]), payload)
    return [values[i * shape[1]:(i + 1) * shape[1]] for i in range(shape[0])]


rows = logits(sys.argv[1])
labels = [int(v) for v in open(sys.argv[2]).read().split()]
if len(rows) != len(labels):
    sys.exit("%d logits rows for %d labels" % (len(rows), len(labels)))
correct = sum(1 for r, y in zip(rows, labels) if max(range(len(r)), key=r.__getitem__) == y)
print("accuracy %.4f" % (correct / len(labels)))
if len(sys.argv) > 3:
    ref = logits(sys.argv[3])
    signal = sum(v * v for r in ref for v in r)
    noise = sum((a - b) ** 2 for r, q in zip(ref, rows) for a, b in zip(r, q))
    print("sqnr_db %s" % ("inf" if noise == 0 else "%.2f" % (10 * math.log10(signal / noise))))

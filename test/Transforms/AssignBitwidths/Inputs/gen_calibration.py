#!/usr/bin/env python3
"""Writes calibration.npy: 8 samples of the 4x16 input of chain.mlir and branches.mlir
(shape [8, 4, 16], float32, N(0, 1)), as numpy would save them, without
needing numpy. Rerun to regenerate: python3 gen_calibration.py"""
import random
import struct

random.seed(11)
shape = (8, 4, 16)
header = "{'descr': '<f4', 'fortran_order': False, 'shape': (8, 4, 16), }"
header += " " * (64 - (10 + len(header) + 1) % 64) + "\n"
count = shape[0] * shape[1] * shape[2]
with open("calibration.npy", "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
    f.write(struct.pack("<%df" % count, *(random.gauss(0, 1) for _ in range(count))))

#!/usr/bin/env python3
"""Writes a .npy file without numpy, for tests.

  write_npy.py OUT.npy SHAPE VALUES [DTYPE]   e.g.  x.npy 2,1,3 "1 2 3 4 5 nan"

SHAPE is comma-separated; VALUES are whitespace-separated numbers (nan and
inf allowed for floats), as many as the shape holds, or "randn:SEED" for
standard normal floats from that seed. DTYPE is a numpy
descr: <f4 (default), <f8, |i1, |u1, <i4, <i8."""
import struct
import sys

out, shape_text, values_text = sys.argv[1], sys.argv[2], sys.argv[3]
descr = sys.argv[4] if len(sys.argv) > 4 else "<f4"
codes = {"<f4": "f", "<f8": "d", "|i1": "b", "|u1": "B", "<i4": "i", "<i8": "q"}
if descr not in codes:
    sys.exit("write_npy.py: unknown dtype %s" % descr)
shape = tuple(int(d) for d in shape_text.split(","))
convert = float if descr[1] == "f" else int
count = 1
for d in shape:
    count *= d
if values_text.startswith("randn:"):
    import random
    rng = random.Random(int(values_text[6:]))
    values = [rng.gauss(0.0, 1.0) for _ in range(count)]
else:
    values = [convert(v) for v in values_text.split()]
count = 1
for d in shape:
    count *= d
if len(values) != count:
    sys.exit("write_npy.py: %d values for shape %s" % (len(values), shape))
shape_repr = "(%s)" % (", ".join(map(str, shape)) + ("," if len(shape) == 1 else ""))
header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape_repr)
header += " " * (63 - (10 + len(header)) % 64) + "\n"
with open(out, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
    f.write(struct.pack("<%d%s" % (count, codes[descr]), *values))

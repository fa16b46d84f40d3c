#!/usr/bin/env python3
"""Writes a float32 .npy file without numpy, for tests.

  write_npy.py OUT.npy SHAPE VALUES     e.g.  x.npy 2,1,3 "1 2 3 4 5 nan"

SHAPE is comma-separated; VALUES are whitespace-separated floats (nan and
inf allowed), as many as the shape holds."""
import struct
import sys

out, shape_text, values_text = sys.argv[1], sys.argv[2], sys.argv[3]
shape = tuple(int(d) for d in shape_text.split(","))
values = [float(v) for v in values_text.split()]
count = 1
for d in shape:
    count *= d
if len(values) != count:
    sys.exit("write_npy.py: %d values for shape %s" % (len(values), shape))
shape_repr = "(%s)" % (", ".join(map(str, shape)) + ("," if len(shape) == 1 else ""))
header = "{'descr': '<f4', 'fortran_order': False, 'shape': %s, }" % shape_repr
header += " " * (63 - (10 + len(header)) % 64) + "\n"
with open(out, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
    f.write(struct.pack("<%df" % count, *values))

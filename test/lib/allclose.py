#!/usr/bin/env python3
"""Largest absolute difference between two float32 .npy files (standard
library only):

  allclose.py REFERENCE.npy OTHER.npy TOLERANCE

prints "allclose_ok <max diff>" when every element is within TOLERANCE,
else "allclose_bad <max diff>"."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sqnr import floats  # noqa: E402

ref, other = floats(sys.argv[1]), floats(sys.argv[2])
if len(ref) != len(other):
    sys.exit("different sizes: %d and %d" % (len(ref), len(other)))
worst = max((abs(a - b) for a, b in zip(ref, other)), default=0.0)
print("%s %.3g" % ("allclose_ok" if worst <= float(sys.argv[3]) else "allclose_bad",
                   worst))

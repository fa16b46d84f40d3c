#!/usr/bin/env python3
"""SQNR of a float32 .npy against a reference (standard library only):

  sqnr.py REFERENCE.npy APPROX.npy MIN_DB

prints "sqnr_ok <dB>" when the SQNR is at least MIN_DB, else "sqnr_low <dB>"."""
import math
import struct
import sys


def floats(path):
    with open(path, "rb") as f:
        data = f.read()
    length = struct.unpack("<H", data[8:10])[0]
    header = eval(data[10:10 + length].decode())
    if header["descr"] != "<f4":
        sys.exit("%s: not float32" % path)
    body = data[10 + length:]
    return struct.unpack("<%df" % (len(body) // 4), body)



def main():
    ref, approx = floats(sys.argv[1]), floats(sys.argv[2])
    if len(ref) != len(approx):
        sys.exit("different sizes: %d and %d" % (len(ref), len(approx)))
    signal = sum(v * v for v in ref)
    noise = sum((a - b) ** 2 for a, b in zip(ref, approx))
    db = float("inf") if noise == 0 else 10 * math.log10(signal / noise)
    print("%s %.1f" % ("sqnr_ok" if db >= float(sys.argv[3]) else "sqnr_low", db))


if __name__ == "__main__":
    main()

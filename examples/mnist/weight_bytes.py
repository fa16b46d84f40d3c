#!/usr/bin/env python3
"""Bytes of the tensor constants (weights, biases) an MLIR file stores:
Σ elements × element bits / 8 over every `arith.constant ... : tensor<...>`
(standard library only). Usage: weight_bytes.py MODEL.mlir"""
import re
import sys

total = 0
pattern = re.compile(r"arith\.constant dense(?:_resource)?<.*?>\s*:\s*tensor<([0-9x]+)x([if])([0-9]+)>")
for line in open(sys.argv[1]):
    m = pattern.search(line)
    if not m:
        continue
    count = 1
    for d in m.group(1).split("x"):
        count *= int(d)
    total += count * int(m.group(3))
print((total + 7) // 8)

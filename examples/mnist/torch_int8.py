#!/usr/bin/python3
"""PyTorch's own post-training int8 quantization of the example CNN, for the
comparison row of run.sh (needs Debian's python3-torch; /usr/bin/python3).

  torch_int8.py WORK_DIR ENGINE     ENGINE: fp32, onednn or qnnpack

Loads mnist_cnn.pt, quantizes it with torch.ao's FX graph mode (the
engine's default qconfig mapping: per-channel weights for onednn, per-tensor
for qnnpack; BN fused into the convolutions), calibrates on the same 1,000
training images quant-opt uses (WORK_DIR/calibration.npy), and prints
  accuracy A        top-1 on WORK_DIR/test-images.npy / test-labels.txt
  ms M              median over 3 runs of the latency per image, batch 1,
                    one thread, on the first 1,000 test images
"""
import os
import statistics
import sys
import time

import numpy as np
import torch

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import train  # noqa: E402


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("fp32", "onednn", "qnnpack"):
        sys.exit(__doc__)
    work, engine = sys.argv[1], sys.argv[2]
    torch.manual_seed(0)
    torch.set_num_threads(1)
    model = train.Net()
    model.load_state_dict(torch.load(os.path.join(here, "mnist_cnn.pt")))
    model.eval()
    images = torch.from_numpy(np.load(os.path.join(work, "test-images.npy")))
    labels = torch.tensor([int(v) for v in open(os.path.join(work, "test-labels.txt"))])
    if engine != "fp32":
        from torch.ao.quantization import get_default_qconfig_mapping
        from torch.ao.quantization.quantize_fx import convert_fx, prepare_fx
        torch.backends.quantized.engine = engine
        calibration = torch.from_numpy(np.load(os.path.join(work, "calibration.npy")))
        prepared = prepare_fx(model, get_default_qconfig_mapping(engine),
                              example_inputs=(calibration[:1],))
        with torch.no_grad():
            for i in range(0, len(calibration), 100):
                prepared(calibration[i:i + 100])
        model = convert_fx(prepared)
    with torch.no_grad():
        correct = sum(int((model(images[i:i + 1000]).argmax(1) == labels[i:i + 1000]).sum())
                      for i in range(0, len(images), 1000))
        bench = images[:1000]
        for i in range(20):  # warm up
            model(bench[i:i + 1])
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            for i in range(len(bench)):
                model(bench[i:i + 1])
            runs.append((time.perf_counter() - start) * 1000.0 / len(bench))
    print("accuracy %.4f" % (correct / len(images)))
    print("ms %.3f" % statistics.median(runs))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""PyTorch latency of a torchvision classifier, one thread, batch 1: fp32 and
torch.ao FX post-training int8 (onednn and qnnpack engines), for the
benchmarks' comparison rows (python3-torch, python3-torchvision).

  torch_latency.py NAME CALIBRATION.npy RUNS

Rebuilds the same model export_torchvision.py exports (seed 0, BN statistics
from 3 random batches), calibrates the int8 versions on CALIBRATION.npy, and
prints one line per engine: "ENGINE median_ms min_ms max_ms" over RUNS calls
on the first calibration image (after 2 warm-up calls).
"""
import os
import statistics
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_torchvision import build  # noqa: E402  (the same model)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    name, calibration, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    torch.set_num_threads(1)
    x = torch.from_numpy(np.load(calibration))
    for engine in ("fp32", "onednn", "qnnpack"):
        model = build(name)
        if engine != "fp32":
            from torch.ao.quantization import get_default_qconfig_mapping
            from torch.ao.quantization.quantize_fx import convert_fx, prepare_fx
            torch.backends.quantized.engine = engine
            prepared = prepare_fx(model, get_default_qconfig_mapping(engine),
                                  example_inputs=(x[:1],))
            with torch.no_grad():
                for i in range(len(x)):
                    prepared(x[i:i + 1])
            model = convert_fx(prepared)
        times = []
        with torch.no_grad():
            for _ in range(2):
                model(x[:1])
            for _ in range(runs):
                start = time.perf_counter()
                model(x[:1])
                times.append((time.perf_counter() - start) * 1000.0)
        print("%s %.2f %.2f %.2f" % (engine, statistics.median(times), min(times),
                                     max(times)), flush=True)


if __name__ == "__main__":
    main()

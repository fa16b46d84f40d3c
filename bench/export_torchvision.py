#!/usr/bin/python3
"""Exports a torchvision classifier with random weights to ONNX, for the
benchmarks (needs Debian's python3-torch and python3-torchvision).

  export_torchvision.py NAME OUT.onnx [--images N]

NAME is a torchvision.models constructor (resnet18, resnet50, ...). The
weights are random (seed 0); batch-norm statistics are set by running 3
random batches of 8 images in train mode. The export is opset 13 at
1x3x224x224, batch-norm nodes kept (eval mode, TrainingMode.PRESERVE, no
constant folding). With --images N it also writes OUT.images.npy: N random
normal images f32 [N, 3, 224, 224] (calibration and timing inputs).
"""
import sys

import numpy as np
import torch
import torchvision


def build(name):
    """The benchmark's model: random weights (seed 0), batch-norm statistics
    from 3 random batches of 8 in train mode, in eval mode."""
    torch.manual_seed(0)
    model = getattr(torchvision.models, name)(weights=None)
    model.train()
    with torch.no_grad():
        for _ in range(3):
            model(torch.randn(8, 3, 224, 224))
    return model.eval()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    name, out = sys.argv[1], sys.argv[2]
    images = int(sys.argv[sys.argv.index("--images") + 1]) if "--images" in sys.argv else 0
    model = build(name)
    torch.onnx.export(model, torch.randn(1, 3, 224, 224), out, opset_version=13,
                      training=torch.onnx.TrainingMode.PRESERVE,
                      do_constant_folding=False,
                      input_names=["image"], output_names=["logits"])
    if images:
        base = out[:-len(".onnx")] if out.endswith(".onnx") else out
        x = torch.randn(images, 3, 224, 224).numpy().astype(np.float32)
        np.save(base + ".images.npy", x)


if __name__ == "__main__":
    main()

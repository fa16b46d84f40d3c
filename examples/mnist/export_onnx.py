#!/usr/bin/python3
"""Exports the trained example CNN to ONNX, batch-norm nodes kept.

Needs Debian's python3-torch (run with /usr/bin/python3). Reads mnist_cnn.pt
(written by train.py) and writes

  OUT.onnx     opset 13, input "image" [1, 1, 28, 28] (normalized floats),
               output "logits" [1, 10]; the model is exported in eval mode
               with TrainingMode.PRESERVE and no constant folding, so that
               every Conv is followed by its BatchNormalization node, which
               quant-opt folds itself (qnt-fold-batchnorm).

and, with --reference N: OUT.inputs.npy (the first N calibration images,
normalized, f32 [N, 1, 28, 28]) and OUT.logits.npy (PyTorch's logits for
them, f32 [N, 10]), to check an import against.

Usage: export_onnx.py OUT.onnx [--reference N]
"""
import os
import sys

import numpy as np
import torch

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import mnist_idx  # noqa: E402
import train  # noqa: E402


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out = args[0]
    count = int(args[args.index("--reference") + 1]) if "--reference" in args else 0
    torch.manual_seed(0)
    model = train.Net()
    model.load_state_dict(torch.load(os.path.join(here, "mnist_cnn.pt")))
    model.eval()
    dummy = torch.zeros(1, 1, 28, 28)
    torch.onnx.export(model, dummy, out, opset_version=13,
                      training=torch.onnx.TrainingMode.PRESERVE,
                      do_constant_folding=False,
                      input_names=["image"], output_names=["logits"])
    if count:
        images = torch.from_numpy(np.load(os.path.join(here, "calibration-u8.npy"))[:count])
        x = train.normalize(images)
        with torch.no_grad():
            logits = torch.cat([model(x[i:i + 1]) for i in range(count)])
        base = out[:-len(".onnx")] if out.endswith(".onnx") else out
        np.save(base + ".inputs.npy", x.numpy().astype(np.float32))
        np.save(base + ".logits.npy", logits.numpy().astype(np.float32))


if __name__ == "__main__":
    main()

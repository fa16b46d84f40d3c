#!/usr/bin/env python3
"""Writes one integer layer as qnt-realize emits it (a linalg.generic
accumulating out + (ext(x) - zx) * (ext(w) - zw) in i32 onto a broadcast
bias) with random constant weights, and a random i8 input for it.

  int_layer.py matmul M K N OUT.mlir IN.npy [--zx Z] [--zw Z] [--seed S]
               [--wbits B] [--transposed] [--extreme]
  int_layer.py conv N C H W F KH KW OUT.mlir IN.npy [--stride S] [--dilation D]
               [--nhwc] [--zx Z] [--zw Z] [--wbits B] [--extreme]
  int_layer.py depthwise N C H W KH KW OUT.mlir IN.npy [--stride S] [--nhwc] ...
  int_layer.py grouped N G C H W F KH KW OUT.mlir IN.npy [--stride S] ...
               (G groups of C input and F output channels, NGCHW as
               linalg.conv_2d_ngchw_gfchw)

--xnor W makes the layer a qnt.xnor_popcount on random W-bit words (8, 16,
32 or 64) instead: binary data and weights packed along the reduction, the
input of the given word type.

--extreme fills the input with the largest |x - zx| and the weights with
the largest magnitude of their width (all -128/127 x all -128), the values
that break a saturating kernel. Used by test/Integration/x86/lower-to-loops*.
"""
import argparse

import numpy as np


def dense(values):
    raw = values.astype(np.int8).reshape(-1).tobytes().hex().upper()
    return f'dense<"0x{raw}">' 

def body(zx, zw):
    sub_w = f"""
    %zw = arith.constant {zw} : i32
    %wz = arith.subi %w32, %zw : i32""" if zw else ""
    return f"""^bb0(%a: i8, %b: i8, %o: i32):
    %x32 = arith.extsi %a : i8 to i32
    %zx = arith.constant {zx} : i32
    %xz = arith.subi %x32, %zx : i32
    %w32 = arith.extsi %b : i8 to i32{sub_w}
    %p = arith.muli %xz, {"%wz" if zw else "%w32"} : i32
    %s = arith.addi %o, %p : i32
    linalg.yield %s : i32"""


def window(a, h, w, kh, kw, pad):
    """The padded input size, the output size and the input index
    expressions of a sliding window with the options' stride and dilation."""
    h, w = h + 2 * pad, w + 2 * pad
    s, d = a.stride, a.dilation
    oh = (h - d * (kh - 1) - 1) // s + 1
    ow = (w - d * (kw - 1) - 1) // s + 1
    iy, ix = f"oh * {s} + kh * {d}", f"ow * {s} + kw * {d}"
    return h, w, oh, ow, iy, ix


def shape(dims):
    return "x".join(str(d) for d in dims)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["matmul", "conv", "depthwise", "grouped"])
    p.add_argument("rest", nargs="+")
    p.add_argument("--zx", type=int, default=-3)
    p.add_argument("--zw", type=int, default=0)
    p.add_argument("--wbits", type=int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--stride", type=int, default=1)
    p.add_argument("--dilation", type=int, default=1)
    p.add_argument("--nhwc", action="store_true")
    p.add_argument("--transposed", action="store_true")
    p.add_argument("--extreme", action="store_true")
    p.add_argument("--sign", choices=["ternary", "binary"],
                   help="a qnt.signed_accumulate with -1/0/+1 (i2) or "
                        "packed +-1 (i1 through qnt.unpack) weights")
    p.add_argument("--pad", type=int, default=0,
                   help="pad H and W by this much on each side with the data "
                        "zero point (a tensor.pad before a conv or depthwise "
                        "layer, as the importer writes it)")
    p.add_argument("--xnor", type=int, choices=[8, 16, 32, 64],
                   help="a qnt.xnor_popcount on words of this many bits")
    p.add_argument("--c-interface", action="store_true",
                   help="mark the function llvm.emit_c_interface")
    a = p.parse_intermixed_args()
    if a.pad and a.kind not in ("conv", "depthwise"):
        p.error("--pad applies to conv and depthwise layers")
    rng = np.random.default_rng(a.seed)
    lo, hi = -(1 << (a.wbits - 1)), (1 << (a.wbits - 1)) - 1
    if a.kind == "matmul":
        m, k, n = (int(v) for v in a.rest[:3])
        out, inp = a.rest[3:5]
        wshape = [n, k] if a.transposed else [k, n]
        xshape, oshape = [m, k], [m, n]
        wmap = "(n, k)" if a.transposed else "(k, n)"
        maps = ["affine_map<(m, n, k) -> (m, k)>",
                f"affine_map<(m, n, k) -> {wmap}>",
                "affine_map<(m, n, k) -> (m, n)>"]
        iters = '"parallel", "parallel", "reduction"'
        bdims, nchan = "[0]", n
    elif a.kind == "depthwise":
        nb, c, h, w, kh, kw = (int(v) for v in a.rest[:6])
        out, inp = a.rest[6:8]
        h, w, oh, ow, iy, ix = window(a, h, w, kh, kw, a.pad)
        loops = "(n, c, oh, ow, kh, kw)"
        wshape = [c, kh, kw]
        if a.nhwc:
            xshape, oshape = [nb, h, w, c], [nb, oh, ow, c]
            maps = [f"affine_map<{loops} -> (n, {iy}, {ix}, c)>",
                    f"affine_map<{loops} -> (c, kh, kw)>",
                    f"affine_map<{loops} -> (n, oh, ow, c)>"]
            bdims = "[0, 1, 2]"
        else:
            xshape, oshape = [nb, c, h, w], [nb, c, oh, ow]
            maps = [f"affine_map<{loops} -> (n, c, {iy}, {ix})>",
                    f"affine_map<{loops} -> (c, kh, kw)>",
                    f"affine_map<{loops} -> (n, c, oh, ow)>"]
            bdims = "[0, 2, 3]"
        iters = ('"parallel", "parallel", "parallel", "parallel", '
                 '"reduction", "reduction"')
        nchan = c
    elif a.kind == "grouped":
        nb, g, c, h, w, f, kh, kw = (int(v) for v in a.rest[:8])
        out, inp = a.rest[8:10]
        h, w, oh, ow, iy, ix = window(a, h, w, kh, kw, 0)
        loops = "(n, g, f, oh, ow, c, kh, kw)"
        xshape, oshape, wshape = [nb, g, c, h, w], [nb, g, f, oh, ow], [g, f, c, kh, kw]
        maps = [f"affine_map<{loops} -> (n, g, c, {iy}, {ix})>",
                f"affine_map<{loops} -> (g, f, c, kh, kw)>",
                f"affine_map<{loops} -> (n, g, f, oh, ow)>"]
        iters = ('"parallel", "parallel", "parallel", "parallel", "parallel", '
                 '"reduction", "reduction", "reduction"')
        # The bias per (g, f): broadcast over n, oh, ow.
        bdims, nchan = "[0, 3, 4]", None
    else:
        nb, c, h, w, f, kh, kw = (int(v) for v in a.rest[:7])
        out, inp = a.rest[7:9]
        h, w, oh, ow, iy, ix = window(a, h, w, kh, kw, a.pad)
        loops = "(n, f, oh, ow, c, kh, kw)"
        if a.nhwc:
            xshape, oshape, wshape = [nb, h, w, c], [nb, oh, ow, f], [f, kh, kw, c]
            maps = [f"affine_map<{loops} -> (n, {iy}, {ix}, c)>",
                    f"affine_map<{loops} -> (f, kh, kw, c)>",
                    f"affine_map<{loops} -> (n, oh, ow, f)>"]
            bdims = "[0, 1, 2]"
        else:
            xshape, oshape, wshape = [nb, c, h, w], [nb, f, oh, ow], [f, c, kh, kw]
            maps = [f"affine_map<{loops} -> (n, c, {iy}, {ix})>",
                    f"affine_map<{loops} -> (f, c, kh, kw)>",
                    f"affine_map<{loops} -> (n, f, oh, ow)>"]
            bdims = "[0, 2, 3]"
        iters = ('"parallel", "parallel", "parallel", "parallel", '
                 '"reduction", "reduction", "reduction"')
        nchan = f
    # The function takes the unpadded data; the layer reads it padded.
    inshape = list(xshape)
    pad_text = ""
    if a.pad:
        spatial = [1, 2] if a.nhwc else [2, 3]
        for d in spatial:
            inshape[d] -= 2 * a.pad
        low = ", ".join(str(a.pad if d in spatial else 0) for d in range(4))
        pad_text = (f"%zp = arith.constant {a.zx} : i8\n"
                    f"  %xp = tensor.pad %x low[{low}] high[{low}] {{\n"
                    f"  ^bb0({', '.join(f'%i{d}: index' for d in range(4))}):\n"
                    f"    tensor.yield %zp : i8\n"
                    f"  }} : tensor<{shape(inshape)}xi8> to tensor<{shape(xshape)}xi8>\n  ")
    if a.extreme:
        weights = np.full(wshape, lo, dtype=np.int64)
        x = np.full(inshape, 127 if a.zx < 0 else -128, dtype=np.int8)
    else:
        weights = rng.integers(lo, hi + 1, wshape)
        x = rng.integers(-128, 128, inshape).astype(np.int8)
    bshape = [nchan] if nchan else [g, f]
    bias = rng.integers(-5000, 5000, bshape)
    wtype = f"tensor<{shape(wshape)}xi8>"
    if a.sign:
        lo, hi = (-1, 1) if a.sign == "ternary" else (0, 1)
        weights = rng.integers(lo, hi + 1, wshape)
    xtype = "i8"
    if a.xnor:
        word = {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}[a.xnor]
        info = np.iinfo(word)
        weights = rng.integers(info.min, info.max, wshape, dtype=np.int64,
                               endpoint=True).astype(word)
        x = rng.integers(info.min, info.max, xshape, dtype=np.int64,
                         endpoint=True).astype(word)
        xtype = wtype_elem = f"i{a.xnor}"
        wtype = f"tensor<{shape(wshape)}x{wtype_elem}>"
        reduction = int(np.prod(wshape)) // nchan
        xnor_layer = (
            f"qnt.xnor_popcount %x, %w, %init {{indexing_maps = [{', '.join(maps)}], "
            f"iterator_types = [{iters}], num_bits = {reduction * a.xnor - 5} : i64}} : "
            f"(tensor<{shape(xshape)}x{xtype}>, {wtype}, tensor<{shape(oshape)}xi32>) -> tensor<{shape(oshape)}xi32>")
    attrs = " attributes {llvm.emit_c_interface}" if a.c_interface else ""
    layer = f"""linalg.generic {{indexing_maps = [{", ".join(maps)}], iterator_types = [{iters}]}} ins({"%xp" if a.pad else "%x"}, %w : tensor<{shape(xshape)}xi8>, {wtype}) outs(%init : tensor<{shape(oshape)}xi32>) {{
  {body(a.zx, a.zw)}
  }} -> tensor<{shape(oshape)}xi32>"""
    weight_def = f"%w = arith.constant {dense(weights)}: {wtype}"
    if a.xnor:
        raw = weights.reshape(-1).tobytes().hex().upper()
        weight_def = f'%w = arith.constant dense<"0x{raw}"> : {wtype}'
    if a.sign == "ternary":
        wtype = f"tensor<{shape(wshape)}xi2>"
        flat = ",".join(str(int(v)) for v in weights.reshape(-1))
        dims = ", ".join(str(i) for i in range(len(wshape)))
        sizes = ", ".join(str(v) for v in wshape)
        weight_def = (f"%wf = arith.constant dense<[{flat}]> : tensor<{weights.size}xi2>\n"
                      f"  %w = tensor.expand_shape %wf [[{dims}]] output_shape [{sizes}] : "
                      f"tensor<{weights.size}xi2> into {wtype}")
    elif a.sign == "binary":
        wtype = f"tensor<{shape(wshape)}xi1>"
        bits = np.packbits(weights.reshape(-1).astype(np.uint8), bitorder="little")
        weight_def = (f"%wp = arith.constant {dense(bits.view(np.int8))}: tensor<{bits.size}xi8>\n"
                      f"  %w = qnt.unpack %wp : tensor<{bits.size}xi8> -> {wtype}")
    if a.sign:
        map_list = ", ".join(maps)
        layer = (f"qnt.signed_accumulate %x, %w, %init {{indexing_maps = [{map_list}], "
                 f"iterator_types = [{iters}], input_zp = {a.zx} : i64}} : "
                 f"(tensor<{shape(xshape)}xi8>, {wtype}, tensor<{shape(oshape)}xi32>) -> tensor<{shape(oshape)}xi32>")
    if a.xnor:
        layer = xnor_layer
    text = f"""func.func @layer(%x: tensor<{shape(inshape)}x{xtype}>) -> tensor<{shape(oshape)}xi32>{attrs} {{
  {weight_def}
  %bias = arith.constant dense<{np.array2string(bias, separator=",", threshold=10**9).replace(chr(10), "")}> : tensor<{shape(bshape)}xi32>
  %e = tensor.empty() : tensor<{shape(oshape)}xi32>
  %init = linalg.broadcast ins(%bias : tensor<{shape(bshape)}xi32>) outs(%e : tensor<{shape(oshape)}xi32>) dimensions = {bdims}
  {pad_text}%r = {layer}
  return %r : tensor<{shape(oshape)}xi32>
}}
"""
    with open(out, "w") as f_:
        f_.write(text)
    np.save(inp, x)


if __name__ == "__main__":
    main()

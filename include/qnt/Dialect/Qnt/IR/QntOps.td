//===- QntOps.td - qnt dialect operations ----------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_IR_QNTOPS_TD
#define QNT_DIALECT_QNT_IR_QNTOPS_TD

include "qnt/Dialect/Qnt/IR/QntBase.td"
include "qnt/Dialect/Qnt/IR/QntTypes.td"
include "mlir/IR/EnumAttr.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Qnt_RoundingMode : I32EnumAttr<"RoundingMode", "rounding of x / scale", [
    I32EnumAttrCase<"nearest_even", 0>,
    I32EnumAttrCase<"nearest_away", 1>,
    I32EnumAttrCase<"floor", 2>,
    I32EnumAttrCase<"stochastic", 3>
  ]> {
  let cppNamespace = "::mlir::qnt";
}

//===----------------------------------------------------------------------===//
// qnt.fake_quant
//===----------------------------------------------------------------------===//

def Qnt_FakeQuantOp : Qnt_Op<"fake_quant", [Pure, SameOperandsAndResultType]> {
  let summary = "simulate quantization in float (quantize, then dequantize)";
  let description = [{
    Rounds every element of a float tensor onto the grid of `quant_type` and
    returns it as a float: `x̂ = dequantize(quantize(x))`. The quantization
    scheme is the type:

    - `!quant.uniform<...>` (per tensor or per axis; storage width 2..16,
      signed or unsigned, narrow range via `i8<-127:127>`):
      `q = clamp(round(x / s) + z, qmin, qmax)`, `x̂ = s · (q − z)`.
    - `!qnt.ternary<...>`: `x̂ = α_c · clamp(round(x / α_c), −1, 1)`.
    - `!qnt.binary<...>`: `x̂ = α_c · (x ≥ 0 ? +1 : −1)`.
    - `!qnt.threshold<...>`: `x̂ = scale · (Σ_i [x ≥ t_i] − zp)`.

    `rounding` selects `round` for uniform and ternary types:
    `nearest_even` (default, as ONNX QuantizeLinear), `nearest_away`,
    `floor`, or `stochastic`, which adds a uniform [0, 1) dither drawn from a
    counter-based hash of `seed` and the element's linear index (so a run is
    reproducible and independent of how the loop is tiled) and then floors.
    `power_of_two` asserts that every scale is a power of two (WAGE "shift"
    scales); the verifier checks it.

    `sparse_threshold` ε (per-tensor `!quant.uniform` only) is Two-Step
    Quantization's sparse activation quantizer Q_ε: values at or below ε
    become 0, the others take the uniform grid, `x̂ = x ≤ ε ? 0 : s·(q − z)`
    (0 is on every affine grid). It zeroes the small activations that carry
    little information, and keeps the grid's levels for the rest.

    Example:

    ```mlir
    %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.05:-3>
           : tensor<1x16xf32>
    %1 = qnt.fake_quant %w to !quant.uniform<i4<-7:7>:f32:0, {0.5, 0.25}>
           rounding stochastic seed 42 : tensor<2x8xf32>
    %2 = qnt.fake_quant %w to !qnt.ternary<f32:0, {0.3, 0.2}>
           : tensor<2x8xf32>
    %3 = qnt.fake_quant %a to !quant.uniform<i4:f32, 0.25:-8>
           sparse_threshold 0.2 : tensor<1x16xf32>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnyFloat]>:$input,
    TypeAttr:$quant_type,
    OptionalAttr<Qnt_RoundingMode>:$rounding,
    OptionalAttr<I64Attr>:$seed,
    UnitAttr:$power_of_two,
    OptionalAttr<F64Attr>:$sparse_threshold
  );
  let results = (outs RankedTensorOf<[AnyFloat]>:$output);
  let assemblyFormat = [{
    $input `to` $quant_type (`rounding` $rounding^)? (`seed` $seed^)?
    (`power_of_two` $power_of_two^)?
    (`sparse_threshold` $sparse_threshold^)? attr-dict `:` type($input)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The rounding mode, `nearest_even` when unset.
    RoundingMode getRoundingMode() {
      return getRounding().value_or(RoundingMode::nearest_even);
    }
  }];
}

//===----------------------------------------------------------------------===//
// qnt.observe
//===----------------------------------------------------------------------===//

def Qnt_ObserveOp : Qnt_Op<"observe", [Pure, SameOperandsAndResultType]> {
  let summary = "calibration statistics of an activation";
  let description = [{
    An identity on its operand that carries the statistics calibration
    gathered for it: running `min`/`max` (one value, or one per slice along
    `axis`) and, optionally, a histogram of `num_bins` equal bins over
    `[min, max]` (per channel, channel-major). `name` identifies the tensor in
    reports. Statistics are absent before calibration.

    ```mlir
    %0 = qnt.observe %x {name = "conv1.out"} : tensor<1x8x4x4xf32>
    %1 = qnt.observe %x {name = "conv1.out", min = array<f64: -1.5>,
                         max = array<f64: 4.0>, num_bins = 4,
                         histogram = array<i64: 10, 40, 30, 8>}
           : tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnyFloat]>:$input,
    OptionalAttr<StrAttr>:$name,
    OptionalAttr<I64Attr>:$axis,
    OptionalAttr<DenseF64ArrayAttr>:$min,
    OptionalAttr<DenseF64ArrayAttr>:$max,
    OptionalAttr<I64Attr>:$num_bins,
    OptionalAttr<DenseI64ArrayAttr>:$histogram
  );
  let results = (outs RankedTensorOf<[AnyFloat]>:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.batch_norm
//===----------------------------------------------------------------------===//

def Qnt_BatchNormOp : Qnt_Op<"batch_norm", [Pure,
    AllTypesMatch<["input", "output"]>,
    AllTypesMatch<["scale", "bias", "mean", "variance"]>]> {
  let summary = "inference-mode batch normalization";
  let description = [{
    `y = (x − mean_c) / sqrt(variance_c + epsilon) · scale_c + bias_c`, with
    `c` the index along `axis` (ONNX BatchNormalization in inference mode).
    The four parameters are 1-D tensors with one entry per channel.

    ```mlir
    %y = qnt.batch_norm %x, %gamma, %beta, %mean, %var
           {axis = 1 : i64, epsilon = 1.0e-05 : f32}
           : tensor<1x8x4x4xf32>, tensor<8xf32>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnyFloat]>:$input,
    1DTensorOf<[AnyFloat]>:$scale,
    1DTensorOf<[AnyFloat]>:$bias,
    1DTensorOf<[AnyFloat]>:$mean,
    1DTensorOf<[AnyFloat]>:$variance,
    DefaultValuedAttr<I64Attr, "1">:$axis,
    DefaultValuedAttr<F32Attr, "1.0e-5f">:$epsilon
  );
  let results = (outs RankedTensorOf<[AnyFloat]>:$output);
  let assemblyFormat = [{
    $input `,` $scale `,` $bias `,` $mean `,` $variance attr-dict
    `:` type($input) `,` type($scale)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.requantize
//===----------------------------------------------------------------------===//

def Qnt_RequantizeOp : Qnt_Op<"requantize", [Pure, SameOperandsAndResultShape]> {
  let summary = "rescale integer accumulators to a narrower integer type";
  let description = [{
    Integer-only requantization (Jacob et al. 2018), with the arithmetic of
    `tosa.rescale` (`scale32 = true`). For each element, with `c` its index
    along `axis` (or 0):

    ```
    v = x − input_zp                                   (64-bit)
    r = (v · multiplier_c + round) >> shift_c          (arithmetic shift)
        round = 1 << (shift_c − 1); with double_round and shift_c > 31,
        round ± (1 << 30) by the sign of v
    y = clamp(r + output_zp, clamp_min, clamp_max)
    ```

    Without `multiplier` the op is a shift-only rescale for power-of-two
    scales (WAGE): `r = (v + (1 << (shift_c − 1))) >> shift_c` (no rounding
    term when `shift_c` is 0). Multipliers are 32-bit (normally in
    `[2^30, 2^31)`), shifts are in `[2, 62]` with a multiplier and `[0, 31]`
    without. Fused activations are expressed by the clamp bounds. The result
    is signless; `unsigned` says its values (zero point, clamp bounds) are
    read as unsigned, as `output_unsigned` in `tosa.rescale`.

    ```mlir
    %y = qnt.requantize %acc multiplier [1717986918] shift [38]
           zp -3 clamp [-128, 127] : tensor<1x16xi32> -> tensor<1x16xi8>
    %z = qnt.requantize %acc shift [4, 5] axis 1 zp 0 clamp [0, 127]
           : tensor<1x2xi32> -> tensor<1x2xi8>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[I16, I32]>:$input,
    OptionalAttr<DenseI32ArrayAttr>:$multiplier,
    DenseI32ArrayAttr:$shift,
    OptionalAttr<I64Attr>:$axis,
    DefaultValuedAttr<I64Attr, "0">:$input_zp,
    I64Attr:$output_zp,
    I64Attr:$clamp_min,
    I64Attr:$clamp_max,
    UnitAttr:$double_round,
    UnitAttr:$output_unsigned
  );
  let results = (outs RankedTensorOf<[AnySignlessInteger]>:$output);
  let assemblyFormat = [{
    $input (`multiplier` $multiplier^)? `shift` $shift (`axis` $axis^)?
    `zp` $output_zp `clamp` ` ` `[` $clamp_min `,` $clamp_max `]`
    (`double_round` $double_round^)? (`unsigned` $output_unsigned^)? attr-dict
    `:` type($input) `->` type($output)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.threshold
//===----------------------------------------------------------------------===//

def Qnt_ThresholdOp : Qnt_Op<"threshold", [Pure, SameOperandsAndResultShape]> {
  let summary = "count the thresholds each element reaches (MultiThreshold)";
  let description = [{
    `y = out_bias + Σ_i [x ≥ t(c, i)]`, with `c` the index along `axis`
    (thresholds of shape `[C, T]`) or a single row of thresholds (shape
    `[T]`) without `axis`. Thresholds are sorted ascending and have the
    input's element type: float thresholds quantize float activations
    (N2UQ), integer thresholds quantize integer accumulators directly,
    replacing requantization plus activation (FINN).

    ```mlir
    %q = qnt.threshold %x thresholds dense<[-0.5, 0.0, 0.5]> : tensor<3xf32>
           : tensor<1x8xf32> -> tensor<1x8xi8>
    %r = qnt.threshold %acc thresholds dense<[[-4, 0, 9], [1, 2, 3]]>
           : tensor<2x3xi32> axis 1 {out_bias = -1 : i64}
           : tensor<1x2xi32> -> tensor<1x2xi8>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnyFloat, AnySignlessInteger]>:$input,
    ElementsAttr:$thresholds,
    OptionalAttr<I64Attr>:$axis,
    DefaultValuedAttr<I64Attr, "0">:$out_bias
  );
  let results = (outs RankedTensorOf<[AnySignlessInteger]>:$output);
  let assemblyFormat = [{
    $input `thresholds` $thresholds (`axis` $axis^)? attr-dict
    `:` type($input) `->` type($output)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.unpack
//===----------------------------------------------------------------------===//

def Qnt_UnpackOp : Qnt_Op<"unpack", [Pure]> {
  let summary = "sub-byte integers from their packed bytes";
  let description = [{
    Reads a row-major tensor of `iB` integers (B = 1, 2 or 4) from the bytes
    that store them packed, `8 / B` per byte: element `k` (in row-major
    order of the result) is bits `[B·(k mod 8/B), B·(k mod 8/B) + B)` of byte
    `⌊k / (8/B)⌋`, first element in the low bits (the layout of ONNX's and
    PyTorch's int4 packing, and of gemmlowp's). The `iB` values are two's
    complement; the bytes after the last element are zero padding.
    `qnt-realize` stores weights of 4 bits or fewer this way: half (or a
    quarter, an eighth) of the int8 size.

    ```mlir
    // bytes 0x21, 0xF8 hold 1, 2, -8, -1
    %w = qnt.unpack %packed : tensor<2xi8> -> tensor<2x2xi4>
    ```
  }];
  let arguments = (ins RankedTensorOf<[I8]>:$packed);
  let results = (outs RankedTensorOf<[I1, I<2>, I<4>]>:$output);
  let assemblyFormat = "$packed attr-dict `:` type($packed) `->` type($output)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.signed_accumulate
//===----------------------------------------------------------------------===//

def Qnt_SignedAccumulateOp : Qnt_Op<"signed_accumulate", [Pure]> {
  let summary = "multiplication-free accumulation by ternary or binary weights";
  let description = [{
    A convolution or contraction whose weights are signs: over the iteration
    space given by `indexing_maps` (input, weight, init) and
    `iterator_types`, as `linalg.generic` would iterate it,

    ```
    out[o] += +(x − input_zp)   where the weight is +1
              −(x − input_zp)   where the weight is −1
              0                 where the weight is 0
    ```

    `i2` weights are ternary (two's complement −1, 0, +1); `i1` weights are
    binary, bit 1 for +1 and 0 for −1 (XNOR-Net's encoding). No
    multiplication is needed: the reference lowering selects and adds. The
    weights are typically read from their packed bytes by `qnt.unpack`
    (four ternary or eight binary weights per byte). `qnt-realize` emits this
    op for layers with `!qnt.ternary` or `!qnt.binary` weights; the real
    accumulator scale is `s_x · α_c`.

    ```mlir
    %acc = qnt.signed_accumulate %x, %w, %init {
             indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                              affine_map<(m, n, k) -> (k, n)>,
                              affine_map<(m, n, k) -> (m, n)>],
             iterator_types = ["parallel", "parallel", "reduction"],
             input_zp = -3 : i64}
           : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnySignlessInteger]>:$input,
    RankedTensorOf<[I1, I<2>]>:$weight,
    RankedTensorOf<[I32]>:$init,
    AffineMapArrayAttr:$indexing_maps,
    StrArrayAttr:$iterator_types,
    DefaultValuedAttr<I64Attr, "0">:$input_zp
  );
  let results = (outs RankedTensorOf<[I32]>:$output);
  let assemblyFormat = [{
    $input `,` $weight `,` $init attr-dict `:`
    `(` type($input) `,` type($weight) `,` type($init) `)` `->` type($output)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.pack_bits
//===----------------------------------------------------------------------===//

def Qnt_PackBitsOp : Qnt_Op<"pack_bits", [Pure]> {
  let summary = "signs of integers as bits, packed into words along one axis";
  let description = [{
    Bit `j` of the word at index `w` along `axis` is 1 where the input at
    index `w·B + j` along that axis is positive, with `B` the bit width of
    the result's element type; the result has `⌈n / B⌉` words along the axis
    (n the input's extent there) and the bits past `n` in the last word are
    0. Every other dimension is unchanged. With `i1` words (B = 1) the op is
    `x > 0` element-wise.

    This is how a binary activation (±1 as an `i8`, or the {0, 1} count of a
    threshold) reaches `qnt.xnor_popcount`: the first input element in the
    low bit, as for the weights `qnt-realize` packs at compile time.

    ```mlir
    // 37 channels into one i64 word per pixel (bits 37..63 are 0).
    %p = qnt.pack_bits %s {axis = 3 : i64}
           : tensor<1x7x7x37xi8> -> tensor<1x7x7x1xi64>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[AnySignlessInteger]>:$input,
    I64Attr:$axis
  );
  let results = (outs RankedTensorOf<[I1, I8, I16, I32, I64]>:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.xnor_popcount
//===----------------------------------------------------------------------===//

def Qnt_XnorPopcountOp : Qnt_Op<"xnor_popcount", [Pure]> {
  let summary = "binary × binary dot products by xnor and popcount";
  let description = [{
    XNOR-Net's binary convolution or contraction on bit-packed operands. The
    iteration space is given by `indexing_maps` (input, weight, init) and
    `iterator_types`, as `linalg.generic` would iterate it; input and weight
    are words of bits (bit 1 for +1, 0 for −1) of the same width B, and

    ```
    out[o] = init[o] + num_bits − 2 · Σ_r popcount(input ⊕ weight)
    ```

    is the ±1 dot product of length `num_bits`: equal bits add 1, different
    bits subtract 1. The bits past the end of the packed axis are 0 in both
    operands, so they never differ: `num_bits` is the number of real bits
    each output reads (K, not a multiple of B in general). Positions in the
    input's padding (words of 0 bits, that is −1) are corrected by the
    producer through `init` (`qnt-realize` adds, per output, the sum of the
    weights those positions meet). The reference lowering uses only xor,
    popcount, shift and subtraction.

    ```mlir
    %acc = qnt.xnor_popcount %x, %w, %init {
             indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                              affine_map<(m, n, k) -> (n, k)>,
                              affine_map<(m, n, k) -> (m, n)>],
             iterator_types = ["parallel", "parallel", "reduction"],
             num_bits = 100 : i64}
           : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
    ```
  }];
  let arguments = (ins
    RankedTensorOf<[I1, I8, I16, I32, I64]>:$input,
    RankedTensorOf<[I1, I8, I16, I32, I64]>:$weight,
    RankedTensorOf<[I32]>:$init,
    AffineMapArrayAttr:$indexing_maps,
    StrArrayAttr:$iterator_types,
    I64Attr:$num_bits
  );
  let results = (outs RankedTensorOf<[I32]>:$output);
  let assemblyFormat = [{
    $input `,` $weight `,` $init attr-dict `:`
    `(` type($input) `,` type($weight) `,` type($init) `)` `->` type($output)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// qnt.vector_dot
//===----------------------------------------------------------------------===//

def Qnt_VectorDotOp : Qnt_Op<"vector_dot", [Pure,
    AllTypesMatch<["acc", "result"]>, AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = "one integer dot-product instruction of a CPU target";
  let description = [{
    `qnt-lower-to-loops` builds its micro-kernels from this op: each of the
    `L` i32 lanes of `acc` gains the dot product of its group of `g`
    consecutive elements of `lhs` and `rhs`:

        result[j] = acc[j] + Σ_{t<g} lhs[g·j + t] · rhs[g·j + t]

    - `kind = "i16_pairs"`: g = 2, both operands i16 (x86 `vpmaddwd`);
    - `kind = "u8s8_quads"`: g = 4, i8 operands, `lhs` read as unsigned
      (x86 `vpdpbusd`);
    - `kind = "s8s8_quads"`: g = 4, both signed (Arm `sdot`);
    - `kind = "u8s8_quads_i16"`: as `u8s8_quads`, for operands whose
      products, summed in adjacent pairs, fit i16 (`255·(|r0| + |r1|) ≤
      32767`, which the producer proves from the constant weights): x86
      `vpmaddubsw` + `vpmaddwd` by ones;
    - `kind = "s8s8_mmla"`: a 2×2 tile, not lanes: `lhs` holds two rows and
      `rhs` two columns of 8 signed elements, and
      `result[2i + j] = acc[2i + j] + Σ_{t<8} lhs[8i + t]·rhs[8j + t]`
      (Arm `smmla`);
    - `kind = "u8s8_pairs_i16"`: g = 2, i8 operands, `lhs` unsigned, into
      i16 lanes: `result[j] = acc[j] + lhs[2j]·rhs[2j] + lhs[2j+1]·rhs[2j+1]`
      (x86 `vpmaddubsw` + `vpaddw`), for sums the producer proves fit i16;
    - `kind = "xor_popcount"`: each lane's 64 bits of `lhs` and `rhs` (one
      i64, or 2 / 4 / 8 words of i32 / i16 / i8) are xor-ed and counted,
      `result[j] = acc[j] + popcount(lhs[j] ⊕ rhs[j])` with i64 lanes in
      `acc` (no narrowing per step), the inner step of
      `qnt.xnor_popcount` (AVX-512 `vpopcntq`, AVX2 `vpshufb` nibble
      lookups, Arm `cnt`, as LLVM lowers a vector popcount).

    No lane saturates: products and sums are exact, and the i32 sum wraps.
    `target` names the `qnt-lower-to-loops` target whose instruction
    `qnt-lower-vector-dot` emits (an `llvm.call_intrinsic`), or `generic`
    for portable vector arithmetic. The op is pure, so bufferization and
    buffer deallocation see through it; the intrinsic appears only at the
    end of the lowering.

    ```mlir
    %r = qnt.vector_dot %acc, %a, %b {kind = "i16_pairs", target = "x86-avx2"}
        : vector<16xi16> into vector<8xi32>
    ```
  }];
  let arguments = (ins VectorOfRankAndType<[1], [I16, I32, I64]>:$acc,
                       VectorOfRankAndType<[1], [I8, I16, I32, I64]>:$lhs,
                       VectorOfRankAndType<[1], [I8, I16, I32, I64]>:$rhs,
                       StrAttr:$kind, StrAttr:$target);
  let results = (outs VectorOfRankAndType<[1], [I16, I32, I64]>:$result);
  let assemblyFormat = [{
    $acc `,` $lhs `,` $rhs attr-dict `:` type($lhs) `into` type($result)
  }];
  let hasVerifier = 1;
}

#endif // QNT_DIALECT_QNT_IR_QNTOPS_TD

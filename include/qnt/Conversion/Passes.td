//===- Passes.td - qnt conversion passes -----------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_CONVERSION_PASSES_TD
#define QNT_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def QntLowerToArithPass : Pass<"qnt-lower-to-arith"> {
  let summary = "Lower qnt ops and quant.qcast/dcast to linalg.generic + arith "
                "(the reference semantics)";
  let description = [{
    Rewrites `qnt.fake_quant`, `qnt.requantize`, `qnt.threshold`,
    `qnt.batch_norm`, `qnt.observe` and upstream `quant.qcast` /
    `quant.dcast` into element-wise `linalg.generic` ops on tensors whose
    bodies use `arith` and `math`, with exactly the numerics of DESIGN.md:

    - quantize `q = clamp(round(x / s) + z, qmin, qmax)` with round half to
      even by default (ONNX QuantizeLinear; upstream `lower-quant-ops`
      truncates instead), dequantize `x = s · (q − z)`;
    - stochastic rounding `floor(x / s + u)` with `u` from a counter-based
      hash of the seed and the element's linear index, so results are
      reproducible;
    - `qnt.requantize` in 64-bit integer arithmetic, bit-identical to
      `tosa.rescale` lowered by `tosa-to-linalg` + `tosa-to-arith`.

    The result is the reference every optimized lowering is checked
    against. Quantized tensors at the boundary of `quant.qcast`/`dcast` are
    reinterpreted with `quant.scast`. An op whose scheme has no lowering
    (e.g. sub-channel `!quant.uniform`) is reported and the pass fails.

    Example:

    ```mlir
    %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
    ```

    becomes a `linalg.generic` computing
    `0.5 * (clamp(roundeven(x / 0.5), -128, 127))`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::quant::QuantDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def QntLowerToLoopsPass : Pass<"qnt-lower-to-loops"> {
  let summary = "Lower integer conv/matmul layers to packed GEMMs with "
                "vector micro-kernels for a CPU target";
  let description = [{
    Rewrites every integer layer `qnt-realize` produces (a `linalg.generic`
    accumulating `out + (ext(x) − z_x)·(ext(w) − z_w)` in i32 with constant
    weights: regular, 1×1, strided, padded and dilated convolutions in any
    layout, and matmuls) into a packed GEMM `C[M,N] += A[M,K]·B[K,N]`:

    - the data is packed at run time into `A[Mp][Kp]`, an im2col through the
      layer's own indexing map, encoded for the kernel's instruction
      (`x − z_x` in i16, `x + 128` in u8, or `x` in s8);
    - the weights are packed at compile time into
      `B[Np/nr][Kp/g][nr·g]`, the order the micro-kernel loads them;
    - a blocked loop nest (nc columns × kc reductions of B per block, in L2)
      runs a register-tile micro-kernel of `mr × nr` i32 accumulators whose
      inner loop is the target's dot instruction;
    - an element-wise epilogue adds the GEMM to the layer's init (its bias)
      in the layer's output layout, with the compile-time correction
      `(z_x + 128)·Σ_k w` or `z_x·Σ_k w` for the u8 / s8 encodings.

    Targets (`target=`): `x86-avx2` (vpmaddubsw + vpmaddwd on u8 × s8 quads
    where no i16 pair sum can saturate, with runs of pair sums added in i16
    lanes where the weights bound them, vpmaddwd on i16 pairs otherwise),
    `x86-avxvnni` (vpdpbusd on 256-bit registers), `x86-avx512-vnni`
    (vpdpbusd on u8 × s8 quads), `aarch64-neon-dotprod` (sdot on s8 quads),
    `aarch64-i8mm` (smmla on 2×8 by 8×2 s8 tiles), `generic` (portable
    vector arithmetic), and `host` (the best of these for the running CPU).
    Every kernel is exact for all i8 inputs. Grouped convolutions become one
    GEMM per group; binary × binary layers (`qnt.xnor_popcount`) the same
    GEMM with an xor + popcount micro-kernel.

    Layers it cannot pack (non-constant weights, depthwise channels, dynamic
    shapes) stay as they are, with a remark, for `qnt-lower-to-arith` or
    the window kernel of `qnt-vectorize-elementwise` (depthwise, whose
    constant weights this pass lays out for it). The named pipeline `qnt-lower-pipeline`
    continues to the LLVM dialect.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"host\"",
           "CPU target: generic, x86-avx2, x86-avxvnni, x86-avx512-vnni, "
           "aarch64-neon-dotprod, aarch64-i8mm or host">,
    Option<"emitRemarks", "remarks", "bool", /*default=*/"true",
           "Emit a remark for each integer layer left to the reference "
           "lowering">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::qnt::QntDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect"
  ];
}

def QntLowerVectorDotPass : Pass<"qnt-lower-vector-dot"> {
  let summary = "Lower qnt.vector_dot to its target's instruction";
  let description = [{
    Replaces each `qnt.vector_dot` by the instruction of the target it
    names: an `llvm.call_intrinsic` (`llvm.x86.avx2.pmadd.wd`,
    `llvm.x86.avx512.vpdpbusd.512`, `llvm.aarch64.neon.sdot.v4i32.v16i8`,
    ...) plus the accumulation, or portable vector arithmetic (sign or zero
    extension, multiply, shuffles, adds) on `generic`. It runs after
    bufferization inside `qnt-lower-pipeline`, since intrinsic calls have
    unknown memory effects. An unknown target is an error.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::vector::VectorDialect"
  ];
}

def QntVectorizeElementwisePass : Pass<"qnt-vectorize-elementwise"> {
  let summary = "Vector loops for the linalg ops the GEMM kernels leave: "
                "element-wise ops, sliding windows (depthwise convolution, "
                "pooling) and pads";
  let description = [{
    Everything around the `qnt-lower-to-loops` kernels, on static tensors:

    - every all-parallel linalg op (packing, GEMM epilogues, bias
      broadcasts, requantization and clamps after `qnt-lower-to-arith`,
      residual adds) is tiled to one row of its innermost loop, up to 64
      elements (a divisor of the loop, a multiple of 8 where one exists, so
      no tile is partial), and vectorized with upstream's linalg vectorizer;
    - a `linalg.generic` that reads through sliding windows (`oh·s + kh`:
      depthwise convolutions, max and average pooling, which upstream's
      vectorizer rejects) becomes loops over vectors along the loop of its
      output's last dimension: inputs read contiguously, with a constant
      stride, or broadcast; reductions accumulate in registers;
    - `tensor.pad` by a constant becomes a fill and an element-wise copy
      into the interior (instead of a strided `memref.copy` at run time).

    Ops on sub-byte elements (stored one per byte, while vectors of them are
    packed), output rows shorter than 4, and bodies with anything but arith
    and math ops are left alone. `qnt-lower-pipeline` runs it after
    `qnt-lower-to-arith`.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect"
  ];
}

#endif // QNT_CONVERSION_PASSES_TD

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

#endif // QNT_CONVERSION_PASSES_TD

//===- QntTypes.td - qnt element types -------------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_IR_QNTTYPES_TD
#define QNT_DIALECT_QNT_IR_QNTTYPES_TD

include "qnt/Dialect/Qnt/IR/QntBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributes.td"

class Qnt_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Qnt_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

// Ternary and binary types share their parameters and syntax: an expressed
// float type, an optional quantized axis and one positive scale per channel.
class Qnt_ScaledLevelsType<string name, string typeMnemonic>
    : Qnt_Type<name, typeMnemonic> {
  let parameters = (ins
    "::mlir::FloatType":$expressedType,
    "int32_t":$axis,
    "::mlir::DenseF64ArrayAttr":$scales
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// True when the type has one scale per slice along `getAxis()`.
    bool isPerAxis() const { return getAxis() >= 0; }
    /// Number of scales: 1 per tensor, or the size of the quantized axis.
    int64_t getNumChannels() const { return getScales().size(); }
    /// The scale of channel `c` (0 for per-tensor types).
    double getScale(int64_t c) const { return getScales()[c]; }
  }];
}

def Qnt_TernaryType : Qnt_ScaledLevelsType<"Ternary", "ternary"> {
  let summary = "ternary element type {-α_c, 0, +α_c}";
  let description = [{
    A value of this type is one of `{-α, 0, +α}` where `α` is the scale of
    its channel (Two-Step Quantization's optimal ternary approximation picks
    α per output filter). The stored integer is `t ∈ {-1, 0, +1}`; the real
    value is `α_c · t`.

    Per tensor and per axis (the axis follows the type, as in
    `!quant.uniform`):

    ```mlir
    tensor<16x3x3x3x!qnt.ternary<f32, 0.05>>
    tensor<16x3x3x3x!qnt.ternary<f32:0, {0.05, 0.04, ...}>>
    ```
  }];
}

def Qnt_BinaryType : Qnt_ScaledLevelsType<"Binary", "binary"> {
  let summary = "binary element type {-α_c, +α_c}";
  let description = [{
    A value of this type is `±α_c` (XNOR-Net: `ŵ = sign(w)`,
    `α = mean |w|`). The stored bit `b ∈ {0, 1}` encodes `2b − 1`, so a
    binary × binary dot product of length n is `n − 2·popcount(a xor b)`.

    ```mlir
    tensor<64x!qnt.binary<f32, 0.25>>
    tensor<8x64x!qnt.binary<f32:0, {0.5, 0.25, 0.5, 0.5, 1.0, 0.5, 0.5, 0.5}>>
    ```
  }];
}

def Qnt_ThresholdType : Qnt_Type<"Threshold", "threshold"> {
  let summary = "multi-threshold (N2UQ) element type";
  let description = [{
    Threshold quantization (N2UQ, FINN's MultiThreshold): the stored integer
    is the number of thresholds the input reaches, `q = Σ_i [x ≥ t_i]`, and
    the output levels are uniform: the real value is `scale · (q − zp)`.
    Thresholds are sorted ascending and may be given per tensor or per slice
    along an axis. With `T` thresholds, `q ∈ [0, T]` must fit the storage
    type.

    ```mlir
    // Per tensor: 3 thresholds, 4 uniform levels {-0.5, 0, 0.5, 1.0}.
    !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1>
    // Per axis 1 with 2 channels.
    !qnt.threshold<ui2:f32:1, {{-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1>
    ```
  }];
  let parameters = (ins
    "::mlir::IntegerType":$storageType,
    "::mlir::FloatType":$expressedType,
    "int32_t":$axis,
    "::mlir::DenseF64ArrayAttr":$thresholds,
    "int64_t":$numChannels,
    APFloatParameter<"output level step">:$scale,
    "int64_t":$zeroPoint
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    bool isPerAxis() const { return getAxis() >= 0; }
    /// Number of thresholds per channel.
    int64_t getNumThresholds() const {
      return getThresholds().size() / getNumChannels();
    }
    /// The sorted thresholds of channel `c`.
    ::llvm::ArrayRef<double> getChannelThresholds(int64_t c) const {
      return getThresholds().asArrayRef().slice(c * getNumThresholds(),
                                                getNumThresholds());
    }
    double getScaleValue() const { return getScale().convertToDouble(); }
  }];
}

#endif // QNT_DIALECT_QNT_IR_QNTTYPES_TD

//===- QntBase.td - qnt dialect definition ---------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_IR_QNTBASE_TD
#define QNT_DIALECT_QNT_IR_QNTBASE_TD

include "mlir/IR/OpBase.td"

def Qnt_Dialect : Dialect {
  let name = "qnt";
  let cppNamespace = "::mlir::qnt";
  let summary = "Quantized neural tensors";
  let description = [{
    The `qnt` dialect models what the upstream `quant` dialect lacks for
    quantizing neural networks: element types for schemes that are not
    uniform-affine integers (ternary, binary and threshold quantization),
    quantization simulation (`qnt.fake_quant`), calibration statistics
    (`qnt.observe`), inference batch-norm as imported (`qnt.batch_norm`),
    integer requantization with a fixed-point multiplier and shift
    (`qnt.requantize`) and multi-threshold activation quantization
    (`qnt.threshold`).

    Uniform-affine quantization of any width 2..16 (signed or unsigned,
    narrow range, per tensor or per axis) reuses the upstream
    `!quant.uniform` type; `qnt` never redefines it.
  }];
  let dependentDialects = [
    "::mlir::quant::QuantDialect"
  ];
  let useDefaultTypePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Registers the ternary, binary and threshold types (QntTypes.cpp).
    void registerTypes();
  }];
}

class Qnt_Op<string mnemonic, list<Trait> traits = []>
    : Op<Qnt_Dialect, mnemonic, traits>;

#endif // QNT_DIALECT_QNT_IR_QNTBASE_TD

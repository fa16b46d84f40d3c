// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 3,1,2 "0.5 -1.0 1.0 2.0 -0.25 0.75"
// RUN: quant-opt %s -qnt-quantization-report="calibration=%t.x.npy report=%t.json" | FileCheck %s --check-prefix=IR
// RUN: FileCheck %s --input-file=%t.json
// RUN: not quant-opt %s -qnt-quantization-report="calibration=%t.x.npy" 2>&1 | FileCheck %s --check-prefix=NOREPORT
// RUN: not quant-opt %s -qnt-quantization-report="report=%t.json" 2>&1 | FileCheck %s --check-prefix=NOCAL
// RUN: not quant-opt %s -qnt-quantization-report="calibration=%t.x.npy report=%t.missing/r.json" 2>&1 | FileCheck %s --check-prefix=WRITE

// The IR is unchanged.
// IR: qnt.fake_quant %arg0
// IR: linalg.matmul

// The weights [[1, -2], [0.5, 4]] are exact on their per-channel int8 grids
// but the input is not: 0.5 steps put -0.25 and 0.75 half a step off.
// CHECK:      "entry": "mlp",
// CHECK:      "layers": [
// CHECK:          "activation_bits": "8",
// CHECK:          "name": "fc",
// CHECK:          "op": "linalg.matmul",
// CHECK:          "sqnr_db":
// CHECK:          "weight_bits": "8"
// CHECK:      "outputs": [
// CHECK:          "result": 0,
// CHECK:          "sqnr_db":
// CHECK:      "samples": 3

// NOREPORT: error: qnt-quantization-report: report=<file.json> is required
// NOCAL: error: qnt-quantization-report: calibration=<input.npy,...> is required
// WRITE: error: qnt-quantization-report: cannot write '{{.*}}r.json'

func.func @mlp(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<1x2xf32>
  %w = arith.constant dense<[[1.0, -2.0], [0.5, 4.0]]> : tensor<2x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:1, {0.0078740157480314959, 0.031496062992125984}> : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

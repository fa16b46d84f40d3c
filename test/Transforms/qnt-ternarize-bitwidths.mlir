// qnt-ternarize from-bitwidths: the layers qnt-assign-bitwidths gave 2-bit
// weights become ternary (their uniform 2-bit quantizer replaced); the
// others keep theirs.
// RUN: quant-opt %s -qnt-ternarize=from-bitwidths=true | FileCheck %s
// RUN: not quant-opt %s -qnt-ternarize="from-bitwidths=true layers=fc1" 2>&1 | FileCheck %s --check-prefix=BOTH

// CHECK-LABEL: func.func @assigned
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32:1
// CHECK:       linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 8 : i64}
// CHECK:       qnt.fake_quant %{{.*}} to !qnt.ternary<f32:1, {0.75, 1.0}>
// CHECK-NOT:   i2<-1:1>
// CHECK:       linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 2 : i64}
// BOTH: error: qnt-ternarize: choose layers by name or from-bitwidths, not both

func.func @assigned(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %w1 = arith.constant dense<[[1.0, 2.0], [0.5, -0.5]]> : tensor<2x2xf32>
  %w1q = qnt.fake_quant %w1 to !quant.uniform<i8<-127:127>:f32:1, {0.0078740157480314959, 0.015748031496062992}> : tensor<2x2xf32>
  %h = linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 8 : i64} ins(%x, %w1q : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc1")
  %w2 = arith.constant dense<[[0.75, -1.0], [-0.75, 1.0]]> : tensor<2x2xf32>
  %w2q = qnt.fake_quant %w2 to !quant.uniform<i2<-1:1>:f32:1, {0.75, 1.0}> : tensor<2x2xf32>
  %y = linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 2 : i64} ins(%h, %w2q : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc2")
  return %y : tensor<1x2xf32>
}

// RUN: quant-opt %s -qnt-insert-fake-quant -split-input-file -verify-diagnostics | FileCheck %s
// RUN: quant-opt %s -qnt-insert-fake-quant="weight-bits=4 per-channel=false activation-scheme=symmetric power-of-two=true" -split-input-file -verify-diagnostics | FileCheck %s --check-prefix=LOW
// RUN: not quant-opt %s -qnt-insert-fake-quant=weight-bits=1 2>&1 | FileCheck %s --check-prefix=BITS

// Weights: per output channel (columns of a [K, N] matmul weight), narrow
// int8: scales max|w_c| / 127 = [1/127, 1.27/127]. Activation: calibrated
// [-1, 3] → scale 4/255, zero point round(−128 + 1/(4/255)) = −64.
// The second RUN line: per tensor 4 bit, 1.27/7 rounded up to a power of two = 0.25;
// symmetric activation 3/127 rounded up to 1/32.

// CHECK-LABEL: func.func @matmul
// CHECK:       %[[A:.*]] = qnt.observe
// CHECK-DAG:   %[[WQ:.*]] = qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32:1, {0.0078740157480314959,0.009999999849815068}> : tensor<4x2xf32>
// CHECK-DAG:   %[[AQ:.*]] = qnt.fake_quant %[[A]] to !quant.uniform<i8:f32, 0.015686274509803921:-64> : tensor<1x4xf32>
// CHECK:       linalg.matmul ins(%[[AQ]], %[[WQ]] :
// LOW-LABEL:   func.func @matmul
// LOW-DAG:     qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32, 2.500000e-01> power_of_two : tensor<4x2xf32>
// LOW-DAG:     qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 3.125000e-02> power_of_two : tensor<1x4xf32>
// BITS: error: qnt-insert-fake-quant: weight-bits must be in 2..16, got 1
func.func @matmul(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %a = qnt.observe %x {min = array<f64: -1.0>, max = array<f64: 3.0>} : tensor<1x4xf32>
  %w = arith.constant dense<[[0.5, -1.27], [1.0, 0.25], [-0.25, 0.5], [0.0, 1.0]]> : tensor<4x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%a, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A conv whose input was observed by a qnt.observe user of the value (not
// its producer); per-filter scales along the weight's F dimension.

// CHECK-LABEL: func.func @conv_observed_by_user
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32:0, {0.015748031496062992,0.031496062992125984}> : tensor<2x1x2x2xf32>
// CHECK:       qnt.fake_quant %arg0 to !quant.uniform<i8:f32, 0.0039215686274509803:-128> : tensor<1x1x3x3xf32>
func.func @conv_observed_by_user(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %unused = qnt.observe %x {min = array<f64: 0.0>, max = array<f64: 1.0>} : tensor<1x1x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[2.0, -1.0], [0.5, 0.0]]], [[[4.0, 1.0], [1.0, -4.0]]]]> : tensor<2x1x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %c : tensor<1x2x2x2xf32>
}

// -----

// No statistics: the weight is quantized, the activation stays float with a
// remark; a weight that already has a quantizer keeps it.

// CHECK-LABEL: func.func @no_statistics
// CHECK:       %[[T:.*]] = qnt.fake_quant %{{.*}} to !qnt.ternary<f32:1, {1.0, 1.0}>
// CHECK-NOT:   qnt.fake_quant
// CHECK:       linalg.matmul ins(%arg0, %[[T]] :
func.func @no_statistics(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<1.0> : tensor<4x2xf32>
  %wq = qnt.fake_quant %w to !qnt.ternary<f32:1, {1.0, 1.0}> : tensor<4x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  // expected-remark @+1 {{activation left in float: its input has no calibrated range}}
  %y = linalg.matmul ins(%x, %wq : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

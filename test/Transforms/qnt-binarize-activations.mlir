// XNOR-Net's binary activations: qnt-binarize activations=true puts a sign
// quantizer on the middle layer's input (scale 1), qnt-calibrate sets its
// scale to the mean |x| it measures, and qnt-realize computes the layer by
// xnor and popcount.
// RUN: quant-opt %s -qnt-binarize=activations=true | FileCheck %s
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 2,1,4 "1 -2 3 -4 0.5 0.5 -0.5 -0.5"
// RUN: quant-opt %s -qnt-binarize=activations=true -qnt-calibrate=calibration=%t.x.npy | FileCheck %s --check-prefix=CALIBRATED
// RUN: quant-opt %s -qnt-binarize=activations=true -qnt-calibrate=calibration=%t.x.npy -qnt-insert-fake-quant -qnt-realize | FileCheck %s --check-prefix=REALIZED

// The first layer's weights are the identity, so the middle layer reads x:
// mean |x| over both samples = (10 + 2) / 8 = 1.5.

// CHECK-LABEL: func.func @three_layers
// CHECK:       %[[H:.*]] = linalg.matmul
// CHECK:       %[[S:.*]] = qnt.fake_quant %[[H]] to !qnt.binary<f32, 1.0> : tensor<1x4xf32>
// CHECK:       %[[W:.*]] = qnt.fake_quant %{{.*}} to !qnt.binary<f32:1, {{.*}}> : tensor<4x3xf32>
// CHECK:       linalg.matmul ins(%[[S]], %[[W]] :
// CHECK:       linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<1x3xf32>, tensor<3x2xf32>)

// CALIBRATED-LABEL: func.func @three_layers
// CALIBRATED:       qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32
// CALIBRATED:       %[[S:.*]] = qnt.fake_quant %{{.*}} to !qnt.binary<f32, 1.5> : tensor<1x4xf32>
// CALIBRATED:       linalg.matmul ins(%[[S]],

// REALIZED-LABEL: func.func @three_layers
// REALIZED:       qnt.threshold %{{.*}} thresholds dense<0> : tensor<1xi32> : tensor<1x4xi32> -> tensor<1x4xi8>
// REALIZED:       qnt.pack_bits %{{.*}} {axis = 1 : i64} : tensor<1x4xi8> -> tensor<1x1xi8>
// REALIZED:       qnt.xnor_popcount {{.*}}num_bits = 4 : i64
// REALIZED-NOT:   qnt.fake_quant
func.func @three_layers(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w0 = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]]> : tensor<4x4xf32>
  %e0 = tensor.empty() : tensor<1x4xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h = linalg.matmul ins(%x, %w0 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f0 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %w1 = arith.constant dense<[[0.5, -0.25, 1.0], [-0.5, 0.25, 1.0], [0.5, 0.25, -1.0], [-0.5, -0.25, 1.0]]> : tensor<4x3xf32>
  %e1 = tensor.empty() : tensor<1x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x3xf32>) -> tensor<1x3xf32>
  %g = linalg.matmul ins(%h, %w1 : tensor<1x4xf32>, tensor<4x3xf32>) outs(%f1 : tensor<1x3xf32>) -> tensor<1x3xf32>
  %w2 = arith.constant dense<[[1.0, -1.0], [0.5, 0.5], [-0.25, 0.75]]> : tensor<3x2xf32>
  %e2 = tensor.empty() : tensor<1x2xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%g, %w2 : tensor<1x3xf32>, tensor<3x2xf32>) outs(%f2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

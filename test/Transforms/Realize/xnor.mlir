// Binary activations × binary weights (XNOR-Net): qnt-realize packs the
// bits along the channels (K) into words and computes qnt.xnor_popcount.
// A 3×3 stride-2 convolution over 11 channels (one i16 word per pixel, 5
// tail bits) with one pixel of zero padding, then a dense layer over K = 36
// (one i64 word, 28 tail bits) that reads the conv's binarized output.
// Scales are powers of two, so the float simulation (fake-quant) is exact
// and the realized integers must give the same logits bit for bit.
// RUN: quant-opt %s -qnt-realize | FileCheck %s
// RUN: quant-opt %s -qnt-realize -o %t.int.mlir
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 8,1,5,5,11 randn:5
// RUN: quant-run %s --input %t.x.npy --output %t.fq.npy
// RUN: quant-run %t.int.mlir --input %t.x.npy --output %t.int.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.fq.npy %t.int.npy 1000 | FileCheck %s --check-prefix=EXACT

// The input's signs (x ≥ 0 counted by qnt.threshold, 2c − 1), packed into
// one i16 per pixel and padded with 0 words (−1 bits); the weights packed
// at compile time. Padded positions are added back through the init: the
// border outputs get Σ of the weights they met there.
// CHECK-LABEL: func.func @xnor
// CHECK:       %[[C:.*]] = qnt.threshold %arg0 thresholds dense<0.000000e+00> : tensor<1xf32> : tensor<1x5x5x11xf32> -> tensor<1x5x5x11xi8>
// CHECK:       %[[S:.*]] = linalg.generic {{.*}} ins(%[[C]] : tensor<1x5x5x11xi8>)
// CHECK:         arith.shli
// CHECK:         arith.subi
// CHECK:       %[[P:.*]] = qnt.pack_bits %[[S]] {axis = 3 : i64} : tensor<1x5x5x11xi8> -> tensor<1x5x5x1xi16>
// CHECK:       %[[PAD:.*]] = tensor.pad %[[P]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK:       %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<3x3x1x4xi16>
// CHECK:       %[[CORR:.*]] = arith.constant dense<{{.*}}> : tensor<1x3x3x4xi32>
// CHECK:       %[[INIT:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %[[CORR]] : tensor<1x3x3x4xi32>, tensor<1x3x3x4xi32>)
// CHECK:       %[[ACC:.*]] = qnt.xnor_popcount %[[PAD]], %[[W]], %[[INIT]] {{.*}}num_bits = 99 : i64{{.*}} : (tensor<1x7x7x1xi16>, tensor<3x3x1x4xi16>, tensor<1x3x3x4xi32>) -> tensor<1x3x3x4xi32>
// CHECK:       %[[C2:.*]] = qnt.threshold %[[ACC]] thresholds dense<0> : tensor<1xi32>
// CHECK:       %[[F:.*]] = tensor.collapse_shape %[[C2]]
// CHECK:       %[[S2:.*]] = linalg.generic {{.*}} ins(%[[F]] : tensor<1x36xi8>)
// CHECK:       %[[P2:.*]] = qnt.pack_bits %[[S2]] {axis = 1 : i64} : tensor<1x36xi8> -> tensor<1x1xi64>
// CHECK:       %[[W2:.*]] = arith.constant dense<{{.*}}> : tensor<1x3xi64>
// CHECK:       qnt.xnor_popcount %[[P2]], %[[W2]], %{{.*}} {{.*}}num_bits = 36 : i64{{.*}} : (tensor<1x1xi64>, tensor<1x3xi64>, tensor<1x3xi32>) -> tensor<1x3xi32>
// CHECK-NOT:   qnt.fake_quant
// CHECK-NOT:   linalg.conv
// CHECK-NOT:   linalg.matmul
// EXACT: sqnr_ok inf

func.func @xnor(%x: tensor<1x5x5x11xf32>) -> tensor<1x3xf32> {
  %zero = arith.constant 0.0 : f32
  %xb = qnt.fake_quant %x to !qnt.binary<f32, 0.5> : tensor<1x5x5x11xf32>
  %p = tensor.pad %xb low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x5x5x11xf32> to tensor<1x7x7x11xf32>
  %w = arith.constant dense<[[[[-0.25, -0.125, 0.5, 0.25], [-0.25, -0.125, 0.5, 0.25], [-0.25, -0.125, 0.5, 0.25], [0.25, -0.125, -0.5, -0.25], [0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, 0.25], [0.25, 0.125, 0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [-0.25, -0.125, 0.5, -0.25], [0.25, 0.125, 0.5, 0.25], [0.25, 0.125, 0.5, -0.25]], [[0.25, -0.125, 0.5, -0.25], [0.25, -0.125, -0.5, 0.25], [0.25, -0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [0.25, -0.125, -0.5, 0.25], [0.25, 0.125, -0.5, -0.25], [-0.25, 0.125, 0.5, 0.25], [-0.25, -0.125, 0.5, -0.25], [-0.25, -0.125, -0.5, -0.25], [0.25, 0.125, 0.5, -0.25], [-0.25, 0.125, 0.5, 0.25]], [[-0.25, 0.125, 0.5, 0.25], [0.25, -0.125, 0.5, 0.25], [-0.25, 0.125, 0.5, 0.25], [0.25, 0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [-0.25, 0.125, 0.5, 0.25], [0.25, 0.125, 0.5, -0.25], [-0.25, -0.125, 0.5, 0.25], [0.25, 0.125, 0.5, -0.25], [0.25, -0.125, 0.5, 0.25], [0.25, 0.125, 0.5, -0.25]]], [[[-0.25, -0.125, 0.5, -0.25], [0.25, -0.125, 0.5, -0.25], [0.25, -0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [-0.25, 0.125, -0.5, 0.25], [0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [0.25, 0.125, 0.5, 0.25], [0.25, 0.125, 0.5, 0.25], [0.25, -0.125, 0.5, -0.25]], [[-0.25, -0.125, 0.5, 0.25], [-0.25, -0.125, 0.5, 0.25], [0.25, -0.125, -0.5, 0.25], [-0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [0.25, -0.125, -0.5, 0.25], [-0.25, -0.125, 0.5, -0.25], [-0.25, 0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [-0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25]], [[0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, 0.5, -0.25], [0.25, 0.125, -0.5, -0.25], [-0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, 0.5, 0.25], [0.25, 0.125, 0.5, -0.25], [0.25, 0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [-0.25, 0.125, 0.5, 0.25]]], [[[-0.25, 0.125, -0.5, 0.25], [0.25, 0.125, 0.5, 0.25], [0.25, -0.125, -0.5, -0.25], [0.25, -0.125, 0.5, -0.25], [0.25, -0.125, -0.5, 0.25], [0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, -0.5, 0.25], [-0.25, -0.125, 0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [0.25, -0.125, -0.5, -0.25]], [[0.25, 0.125, 0.5, -0.25], [-0.25, -0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [-0.25, -0.125, -0.5, 0.25], [0.25, 0.125, 0.5, 0.25], [0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, -0.5, 0.25], [0.25, -0.125, 0.5, -0.25], [-0.25, -0.125, 0.5, 0.25], [0.25, -0.125, -0.5, 0.25], [-0.25, -0.125, 0.5, -0.25]], [[0.25, 0.125, 0.5, -0.25], [0.25, -0.125, 0.5, 0.25], [0.25, -0.125, -0.5, 0.25], [-0.25, 0.125, 0.5, -0.25], [0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, -0.5, 0.25], [-0.25, 0.125, -0.5, -0.25], [-0.25, -0.125, 0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [-0.25, 0.125, -0.5, -0.25], [0.25, -0.125, 0.5, -0.25]]]]> : tensor<3x3x11x4xf32>
  %wb = qnt.fake_quant %w to !qnt.binary<f32:3, {0.25, 0.125, 0.5, 0.25}> : tensor<3x3x11x4xf32>
  %e = tensor.empty() : tensor<1x3x3x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%p, %wb : tensor<1x7x7x11xf32>, tensor<3x3x11x4xf32>) outs(%f : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  %flat = tensor.collapse_shape %c [[0], [1, 2, 3]] : tensor<1x3x3x4xf32> into tensor<1x36xf32>
  %fb = qnt.fake_quant %flat to !qnt.binary<f32, 0.5> : tensor<1x36xf32>
  %w2 = arith.constant dense<[[-0.25, -0.5, -0.125], [0.25, 0.5, -0.125], [0.25, 0.5, 0.125], [-0.25, -0.5, 0.125], [0.25, 0.5, 0.125], [0.25, -0.5, -0.125], [0.25, 0.5, -0.125], [0.25, -0.5, 0.125], [-0.25, 0.5, -0.125], [0.25, 0.5, -0.125], [0.25, 0.5, 0.125], [0.25, 0.5, -0.125], [0.25, -0.5, 0.125], [0.25, -0.5, 0.125], [-0.25, -0.5, -0.125], [0.25, 0.5, -0.125], [-0.25, -0.5, 0.125], [0.25, 0.5, -0.125], [0.25, 0.5, 0.125], [-0.25, -0.5, -0.125], [-0.25, 0.5, 0.125], [-0.25, 0.5, 0.125], [0.25, -0.5, -0.125], [-0.25, 0.5, 0.125], [-0.25, 0.5, 0.125], [0.25, 0.5, -0.125], [0.25, 0.5, -0.125], [-0.25, 0.5, -0.125], [-0.25, -0.5, -0.125], [-0.25, 0.5, 0.125], [-0.25, -0.5, 0.125], [-0.25, -0.5, -0.125], [-0.25, 0.5, 0.125], [0.25, -0.5, 0.125], [0.25, 0.5, 0.125], [0.25, 0.5, 0.125]]> : tensor<36x3xf32>
  %w2b = qnt.fake_quant %w2 to !qnt.binary<f32:1, {0.25, 0.5, 0.125}> : tensor<36x3xf32>
  %bias = arith.constant dense<[0.25, -0.5, 0.125]> : tensor<3xf32>
  %e2 = tensor.empty() : tensor<1x3xf32>
  %b2 = linalg.broadcast ins(%bias : tensor<3xf32>) outs(%e2 : tensor<1x3xf32>) dimensions = [0]
  %y = linalg.matmul ins(%fb, %w2b : tensor<1x36xf32>, tensor<36x3xf32>) outs(%b2 : tensor<1x3xf32>) -> tensor<1x3xf32>
  return %y : tensor<1x3xf32>
}

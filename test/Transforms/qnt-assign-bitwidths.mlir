// RUN: quant-opt %s -split-input-file -qnt-assign-bitwidths="pin-first-last=false pins=fc=w4a4 remarks=false" | FileCheck %s
// RUN: quant-opt %s -split-input-file -qnt-assign-bitwidths="pin-first-last=false pins=fc=w4a4 remarks=false" -qnt-insert-fake-quant | FileCheck %s --check-prefix=INSERT
// RUN: quant-opt %s -split-input-file -qnt-assign-bitwidths="pin-first-last=false pins=fc=w4a4 report=%t.json remarks=false" -o /dev/null && FileCheck %s --input-file=%t.json --check-prefix=REPORT

// Quantizers already there are re-decided at the chosen width: the weight
// from its constant (per channel, max|w_c| / 7 at 4 bit), the activation
// over the range its old quantizer covered: i8 scale 4/255, zero point -64
// covers [-1, 3]; at 4 bit: scale 4/15, zero point round(-8 + 1/(4/15)) = -4.

// CHECK-LABEL: func.func @requantized
// CHECK-DAG:   %[[W:.*]] = qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32:1, {0.071428571428571425,0.14285714285714285}> : tensor<4x2xf32>
// CHECK-DAG:   %[[A:.*]] = qnt.fake_quant %arg0 to !quant.uniform<i4:f32, 0.26666666666666666:-4> : tensor<1x4xf32>
// CHECK:       linalg.matmul {qnt.activation_bits = 4 : i64, qnt.weight_bits = 4 : i64} ins(%[[A]], %[[W]] :
func.func @requantized(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %a = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.015686274509803921:-64> : tensor<1x4xf32>
  %w = arith.constant dense<[[0.5, -1.0], [0.25, 0.5], [-0.25, 0.5], [0.0, 1.0]]> : tensor<4x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:1, {0.0039370078740157488,0.0078740157480314959}> : tensor<4x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%a, %wq : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

// -----

// Without a quantizer, the weight gets one; the activation gets one only
// where calibration left a range: here a qnt.observe. Without one the
// widths stay as attributes, which qnt-insert-fake-quant honours later.

// CHECK-LABEL: func.func @observed
// CHECK-DAG:   qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32:1, {0.071428571428571425,0.14285714285714285}> : tensor<4x2xf32>
// CHECK-DAG:   qnt.fake_quant %{{.*}} to !quant.uniform<i4:f32, 0.26666666666666666:-4> : tensor<1x4xf32>
// INSERT-LABEL: func.func @observed
// INSERT-COUNT-2: qnt.fake_quant
// INSERT-NOT:   qnt.fake_quant
func.func @observed(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %a = qnt.observe %x {min = array<f64: -1.0>, max = array<f64: 3.0>} : tensor<1x4xf32>
  %w = arith.constant dense<[[0.5, -1.0], [0.25, 0.5], [-0.25, 0.5], [0.0, 1.0]]> : tensor<4x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%a, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}

// -----

// A conv and a depthwise conv: MACs from the loop ranges; the weight's
// output channel is F (conv) or C (depthwise). The conv reads the function
// argument, the depthwise conv the conv's output: two activation groups.

// CHECK-LABEL: func.func @convs
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32:0, {0.2857142857142857,0.5714285714285714}> : tensor<2x1x2x2xf32>
// CHECK:       linalg.conv_2d_nchw_fchw {qnt.activation_bits = 4 : i64, qnt.weight_bits = 4 : i64}
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i{{[248]}}
// CHECK:       linalg.depthwise_conv_2d_nchw_chw {qnt.activation_bits = {{[248]}} : i64, qnt.weight_bits = {{[248]}} : i64}
// INSERT-LABEL: func.func @convs

// The report (of the last module: this one). MACs: conv 1·2·2·2 outputs ×
// 1·2·2 taps = 32, depthwise 2 outputs × 4 taps = 8; all-8-bit BOPs
// (32 + 8)·64 = 2560; the pinned conv costs 32·4·4 = 512.
// REPORT:      "all_8bit_cost": 2560,
// REPORT:      "budget": 2560,
// REPORT:      "cost_model": "bops",
// REPORT:      "layers": [
// REPORT:          "activation_bits": 4,
// REPORT:          "cost": 512,
// REPORT:          "macs": 32,
// REPORT:          "name": "fc",
// REPORT:          "op": "linalg.conv_2d_nchw_fchw",
// REPORT:          "params": 8,
// REPORT:          "pinned": true,
// REPORT:          "weight_bits": 4
// REPORT:          "macs": 8,
// REPORT:          "op": "linalg.depthwise_conv_2d_nchw_chw",
// REPORT:          "pinned": false,
// REPORT:      "strategy": "entropy",
func.func @convs(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x1x1xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[2.0, -1.0], [0.5, 0.0]]], [[[4.0, 1.0], [1.0, -4.0]]]]> : tensor<2x1x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> loc("fc")
  %dw = arith.constant dense<[[[1.0, -1.0], [0.5, 0.25]], [[0.1, 0.2], [0.3, -0.4]]]> : tensor<2x2x2xf32>
  %e2 = tensor.empty() : tensor<1x2x1x1xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x2x1x1xf32>) -> tensor<1x2x1x1xf32>
  %d = linalg.depthwise_conv_2d_nchw_chw ins(%c, %dw : tensor<1x2x2x2xf32>, tensor<2x2x2xf32>) outs(%f2 : tensor<1x2x1x1xf32>) -> tensor<1x2x1x1xf32>
  return %d : tensor<1x2x1x1xf32>
}

// RUN: quant-opt %s -split-input-file -qnt-realize -verify-diagnostics | FileCheck %s

// A matmul with per-channel int8 weights, its bias, a ReLU and an output
// quantizer. Weights: column scales max|w_c|/127 = 1/127, 4/127; 0.5/(1/127)
// = 63.5 and -2/(4/127) = -63.5 round half to even to 64 and -64. Bias
// b_c / (s_x·s_w_c): 0.25 / (0.5/127) = 63.5 → 64, -1 / (2/127) = -63.5 →
// -64. Requantize by s_x·s_w_c / s_y = (0.5/127)/0.25 and (2/127)/0.25:
// 1082196484·2^-36 and 1082196484·2^-34. ReLU clamps at the zero point.

// CHECK-LABEL: func.func @matmul_relu
// CHECK:       %[[XQ:.*]] = quant.qcast %arg0 : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32, 5.000000e-01:-1>>
// CHECK:       %[[X:.*]] = quant.scast %[[XQ]] : {{.*}} to tensor<1x2xi8>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[}}[127, -64], [64, 127]]> : tensor<2x2xi8>
// CHECK-DAG:   %[[B:.*]] = arith.constant dense<[64, -64]> : tensor<2xi32>
// CHECK:       %[[INIT:.*]] = linalg.broadcast ins(%[[B]] : tensor<2xi32>) {{.*}} dimensions = [0]
// CHECK:       %[[ACC:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[W]] : tensor<1x2xi8>, tensor<2x2xi8>) outs(%[[INIT]] : tensor<1x2xi32>)
// CHECK:         arith.extsi %{{.*}} : i8 to i32
// CHECK:         arith.subi %{{.*}}, %c-1_i32 : i32
// CHECK:         arith.extsi %{{.*}} : i8 to i32
// CHECK:         arith.muli
// CHECK:         arith.addi
// CHECK:       %[[Y:.*]] = qnt.requantize %[[ACC]] multiplier [1082196484, 1082196484] shift [36, 34] axis 1 zp -128 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
// CHECK:       %[[YQ:.*]] = quant.scast %[[Y]] : tensor<1x2xi8> to tensor<1x2x!quant.uniform<i8:f32, 2.500000e-01:-128>>
// CHECK:       %[[YF:.*]] = quant.dcast %[[YQ]]
// CHECK:       return %[[YF]]
func.func @matmul_relu(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5:-1> : tensor<1x2xf32>
  %w = arith.constant dense<[[1.0, -2.0], [0.5, 4.0]]> : tensor<2x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:1, {0.0078740157480314959, 0.031496062992125984}> : tensor<2x2xf32>
  %b = arith.constant dense<[0.25, -1.0]> : tensor<2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %init = linalg.broadcast ins(%b : tensor<2xf32>) outs(%e : tensor<1x2xf32>) dimensions = [0]
  %y = linalg.matmul ins(%xq, %wq : tensor<1x2xf32>, tensor<2x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<1x2xf32>) outs(%e : tensor<1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %gt = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %gt, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x2xf32>
  %rq = qnt.fake_quant %r to !quant.uniform<i8:f32, 0.25:-128> : tensor<1x2xf32>
  return %rq : tensor<1x2xf32>
}

// -----

// A padded convolution: the zero padding becomes the zero point; ReLU6
// (min(max(x, 0), 6)) clamps to [z, z + 6/s] = [-128, -104]. The logits of a
// layer without an output quantizer are dequantized per channel at
// s_x·s_w_c (0.5·1/127).

// CHECK-LABEL: func.func @conv_pad_relu6
// CHECK:       %[[X:.*]] = quant.scast %{{.*}} to tensor<1x1x2x2xi8>
// CHECK:       %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:         tensor.yield %c3_i8 : i8
// CHECK:       linalg.generic {{.*}} ins(%[[P]], %{{.*}} : tensor<1x1x4x4xi8>, tensor<1x1x3x3xi8>)
// CHECK:       qnt.requantize %{{.*}} zp -128 clamp [-128, -104]
// CHECK-LABEL: func.func @terminal_layer
// CHECK:       %[[ACC:.*]] = linalg.generic
// CHECK:       %[[Q:.*]] = quant.scast %[[ACC]] : tensor<1x2xi32> to tensor<1x2x!quant.uniform<i32:f32:1, {0.003937007874015748,0.015748031496062992}>>
// CHECK:       %[[F:.*]] = quant.dcast %[[Q]]
// CHECK:       return %[[F]]
func.func @conv_pad_relu6(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5:3> : tensor<1x1x2x2xf32>
  %p = tensor.pad %xq low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %zero : f32
  } : tensor<1x1x2x2xf32> to tensor<1x1x4x4xf32>
  %w = arith.constant dense<1.0> : tensor<1x1x3x3xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959}> : tensor<1x1x3x3xf32>
  %e = tensor.empty() : tensor<1x1x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%p, %wq : tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) outs(%f : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x1x2x2xf32>) outs(%e : tensor<1x1x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    %n = arith.minimumf %m, %six : f32
    linalg.yield %n : f32
  } -> tensor<1x1x2x2xf32>
  %rq = qnt.fake_quant %r to !quant.uniform<i8:f32, 0.25:-128> : tensor<1x1x2x2xf32>
  return %rq : tensor<1x1x2x2xf32>
}
func.func @terminal_layer(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<1x2xf32>
  %w = arith.constant dense<[[1.0, -2.0], [0.5, 4.0]]> : tensor<2x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:1, {0.0078740157480314959, 0.031496062992125984}> : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Residual add: both inputs to the scale 2·max(s_a, s_b) = 1 with 2^20 of
// headroom (multipliers 0.25·2^20 = 2^18 and 0.5·2^20 = 2^19: shift-only
// 2^-(-18)... as fixed point 2^30·2^-12 and 2^30·2^-11), add, then
// requantize by 1/(2^20·0.5) = 2^-19: a power of two, so shift-only.

// CHECK-LABEL: func.func @residual_add
// CHECK:       %[[A:.*]] = linalg.generic {{.*}} ins(%{{.*}} : tensor<4xi8>) outs(%{{.*}} : tensor<4xi32>)
// CHECK:         arith.subi %{{.*}}, %c2_i32
// CHECK:       %[[RA:.*]] = qnt.requantize %[[A]] multiplier [1073741824] shift [12] zp 0 clamp [-2147483648, 2147483647] : tensor<4xi32> -> tensor<4xi32>
// CHECK:       %[[B:.*]] = linalg.generic
// CHECK:       %[[RB:.*]] = qnt.requantize %[[B]] multiplier [1073741824] shift [11] zp 0
// CHECK:       %[[S:.*]] = linalg.generic {{.*}} ins(%[[RA]], %[[RB]] : tensor<4xi32>, tensor<4xi32>)
// CHECK:         arith.addi
// CHECK:       qnt.requantize %[[S]] shift [19] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
func.func @residual_add(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %aq = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.25:2> : tensor<4xf32>
  %bq = qnt.fake_quant %b to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
  %e = tensor.empty() : tensor<4xf32>
  %s = linalg.add ins(%aq, %bq : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %sq = qnt.fake_quant %s to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
  return %sq : tensor<4xf32>
}

// -----

// Average pooling as torch-mlir writes it (sum pooling, divide, flatten):
// Σ(x − z) in i32, then requantize by s_x/(N·s_y) = 0.5/(4·0.25) = 2^-1.
// Max pooling over -inf padding: padding and init are the lowest level,
// the max runs on i8, and an unchanged grid needs no requantize.

// CHECK-LABEL: func.func @average_pool
// CHECK:       %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<1x2x2x2xi8>, tensor<2x2xf32>) outs(%{{.*}} : tensor<1x2x1x1xi32>)
// CHECK:         arith.subi %{{.*}}, %c-4_i32
// CHECK:       %[[Q:.*]] = qnt.requantize %[[S]] shift [1] zp 0 clamp [-128, 127] : tensor<1x2x1x1xi32> -> tensor<1x2x1x1xi8>
// CHECK:       tensor.collapse_shape %[[Q]] {{\[}}[0], [1, 2, 3]] : tensor<1x2x1x1xi8> into tensor<1x2xi8>
// CHECK-LABEL: func.func @max_pool
// CHECK:       tensor.pad
// CHECK:         tensor.yield %c-128_i8 : i8
// CHECK:       %[[INIT:.*]] = linalg.fill ins(%c-128_i8{{.*}} : i8)
// CHECK:       %[[M:.*]] = linalg.generic {{.*}} outs(%[[INIT]] : tensor<1x1x1x1xi8>)
// CHECK:         arith.maxsi
// CHECK-NOT:   qnt.requantize
// CHECK:       quant.scast %[[M]]
func.func @average_pool(%x: tensor<1x2x2x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant 4.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5:-4> : tensor<1x2x2x2xf32>
  %e = tensor.empty() : tensor<1x2x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x1x1xf32>) -> tensor<1x2x1x1xf32>
  %window = tensor.empty() : tensor<2x2xf32>
  %sum = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%xq, %window : tensor<1x2x2x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2x1x1xf32>) -> tensor<1x2x1x1xf32>
  %avg = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sum : tensor<1x2x1x1xf32>) outs(%e : tensor<1x2x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %four : f32
    linalg.yield %d : f32
  } -> tensor<1x2x1x1xf32>
  %flat = tensor.collapse_shape %avg [[0], [1, 2, 3]] : tensor<1x2x1x1xf32> into tensor<1x2xf32>
  %q = qnt.fake_quant %flat to !quant.uniform<i8:f32, 0.25> : tensor<1x2xf32>
  return %q : tensor<1x2xf32>
}
func.func @max_pool(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<1x1x2x2xf32>
  %p = tensor.pad %xq low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %ninf : f32
  } : tensor<1x1x2x2xf32> to tensor<1x1x4x4xf32>
  %e = tensor.empty() : tensor<1x1x1x1xf32>
  %f = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %window = tensor.empty() : tensor<3x3xf32>
  %m = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%p, %window : tensor<1x1x4x4xf32>, tensor<3x3xf32>) outs(%f : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %mq = qnt.fake_quant %m to !quant.uniform<i8:f32, 0.5> : tensor<1x1x1x1xf32>
  return %mq : tensor<1x1x1x1xf32>
}

// -----

// What has no integer form stays float between a dequantize and a quantize,
// with a remark. A layer with ternary weights accumulates without
// multiplying: its signs packed four per byte (1, -1, 0, 1 → 0b01'00'11'01
// = 77) and qnt.signed_accumulate, at scale s_x·α_c.

// CHECK-LABEL: func.func @float_island
// CHECK:       quant.dcast
// CHECK:       math.exp
// CHECK:       quant.qcast
// CHECK-LABEL: func.func @ternary_layer
// CHECK:       %[[P:.*]] = arith.constant dense<77> : tensor<1xi8>
// CHECK:       %[[W:.*]] = qnt.unpack %[[P]] : tensor<1xi8> -> tensor<2x2xi2>
// CHECK:       %[[ACC:.*]] = qnt.signed_accumulate %{{.*}}, %[[W]], %{{.*}} {{.*}} : (tensor<1x2xi8>, tensor<2x2xi2>, tensor<1x2xi32>) -> tensor<1x2xi32>
// CHECK:       quant.scast %[[ACC]] : tensor<1x2xi32> to tensor<1x2x!quant.uniform<i32:f32:1, {5.000000e-01,5.000000e-01}>>
// CHECK-NOT:   linalg.matmul
func.func @float_island(%x: tensor<4xf32>) -> tensor<4xf32> {
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
  %e = tensor.empty() : tensor<4xf32>
  // expected-remark @below {{stays float: 'linalg.generic' has no integer form; its output is quantized here}}
  // expected-remark @below {{stays float: it computes on dequantized integers (no integer form)}}
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%xq : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.exp %in : f32
    linalg.yield %v : f32
  } -> tensor<4xf32>
  %yq = qnt.fake_quant %y to !quant.uniform<i8:f32, 0.125> : tensor<4xf32>
  return %yq : tensor<4xf32>
}
func.func @ternary_layer(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<1x2xf32>
  %w = arith.constant dense<[[1.0, -1.0], [0.0, 1.0]]> : tensor<2x2xf32>
  %wq = qnt.fake_quant %w to !qnt.ternary<f32:1, {1.0, 1.0}> : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// 4-bit weights are stored packed, two per byte, first element in the low
// nibble (qnt.unpack): row-major [1, -7, 2, 4, -1, 7] (3.5 rounds to even 4)
// gives bytes 0x91, 0x42, 0x7F. 4-bit activations are stored one per byte:
// i8 holding the 4-bit grid [-8, 7].

// CHECK-LABEL: func.func @packed_int4_weights
// CHECK:       quant.qcast %{{.*}} : tensor<1x3xf32> to tensor<1x3x!quant.uniform<i8<-8:7>:f32, 5.000000e-01>>
// CHECK:       %[[P:.*]] = arith.constant dense<[-111, 66, 127]> : tensor<3xi8>
// CHECK:       %[[W:.*]] = qnt.unpack %[[P]] : tensor<3xi8> -> tensor<3x2xi4>
// CHECK:       linalg.generic {{.*}} ins(%{{.*}}, %[[W]] : tensor<1x3xi8>, tensor<3x2xi4>)
// CHECK:         arith.extsi %{{.*}} : i8 to i32
// CHECK:         arith.extsi %{{.*}} : i4 to i32
func.func @packed_int4_weights(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i4:f32, 0.5> : tensor<1x3xf32>
  %w = arith.constant dense<[[1.0, -7.0], [2.0, 3.5], [-1.0, 7.0]]> : tensor<3x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i4<-7:7>:f32:1, {1.0, 1.0}> : tensor<3x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<1x3xf32>, tensor<3x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

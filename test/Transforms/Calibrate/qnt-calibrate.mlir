// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 1,10 "0 1 2 3 4 5 6 7 8 100"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.batch.npy 2,10 "0 1 2 3 4 5 6 7 8 100 -5 1 2 3 4 5 6 7 8 9"
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.x.npy num-bins=4 record-histograms=true" | FileCheck %s
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.x.npy method=percentile percentile=90 num-bins=100" | FileCheck %s --check-prefix=PCT
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.x.npy method=mse" | FileCheck %s --check-prefix=MSE
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.x.npy method=entropy" | FileCheck %s --check-prefix=KL
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.batch.npy num-bins=4 record-histograms=true activation-scheme=symmetric" | FileCheck %s --check-prefix=BATCH
// RUN: quant-opt %s -qnt-calibrate 2>&1 | FileCheck %s --check-prefix=NODATA

// The first layer reads the argument (one sample: 0..8 and 100), the second
// the ReLU of x[0..3] (0..3). minmax: scale 100/255 and 3/255, zero point
// -128; the observe keeps the histogram (4 bins over [0, 100]).
// CHECK-LABEL: func.func @mlp
// CHECK:       %[[O1:.*]] = qnt.observe %arg0 {histogram = array<i64: 9, 0, 0, 1>, max = array<f64: 1.000000e+02>, min = array<f64: 0.000000e+00>, name = "input of fc1", num_bins = 4 : i64}
// CHECK:       %[[Q1:.*]] = qnt.fake_quant %[[O1]] to !quant.uniform<i8:f32, 0.39215686274509803:-128>
// CHECK:       linalg.matmul ins(%[[Q1]],
// CHECK:       %[[O2:.*]] = qnt.observe %{{.*}} {histogram = array<i64: 1, 1, 1, 1>, max = array<f64: 3.000000e+00>, min = array<f64: 0.000000e+00>, name = "input of fc2", num_bins = 4 : i64}
// CHECK:       %[[Q2:.*]] = qnt.fake_quant %[[O2]] to !quant.uniform<i8:f32, 0.011764705882352941:-128>
// CHECK:       linalg.matmul ins(%[[Q2]],

// percentile 90 of ten values drops the outlier: [0, 9], scale 9/255.
// PCT-LABEL: func.func @mlp
// PCT:       qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 0.035294117647058823:-128>

// MSE and KL clip the outlier too (the exact threshold is checked by the
// unit tests): not the minmax scale.
// MSE-LABEL: func.func @mlp
// MSE-NOT:   0.39215686274509803
// MSE:       qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32
// KL-LABEL:  func.func @mlp
// KL-NOT:    0.39215686274509803
// KL:        qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32

// Two samples in one [2, 10] file: min -5 over both; symmetric: 100/127.
// BATCH-LABEL: func.func @mlp
// BATCH:       qnt.observe %arg0 {histogram = array<i64: 19, 0, 0, 1>, max = array<f64: 1.000000e+02>, min = array<f64: -5.000000e+00>
// BATCH:       qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 0.78740157480314965>

// NODATA: remark: loc("fc1"): no calibration data: the input of this op has no range and stays float (give qnt-calibrate calibration=<input.npy>)
// NODATA: remark: loc("fc2"): no calibration data

func.func @mlp(%x: tensor<1x10xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<10x4xf32>
  %e = tensor.empty() : tensor<1x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x10xf32>, tensor<10x4xf32>) outs(%f : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc1")
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<1x4xf32>) outs(%e : tensor<1x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %gt = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %gt, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  %w2 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [0.5, 0.5], [1.0, -1.0]]> : tensor<4x2xf32>
  %e2 = tensor.empty() : tensor<1x2xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%r, %w2 : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f2 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc2")
  return %y : tensor<1x2xf32>
}

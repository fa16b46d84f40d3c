// Bad options, data and models: a clear error and a non-zero exit.
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 1,4 "1 2 3 4"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.nan.npy 1,4 "1 nan 3 4"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.shape.npy 3,3 "1 2 3 4 5 6 7 8 9"
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.x.npy percentile=20" 2>&1 | FileCheck %s --check-prefix=PCT
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.x.npy activation-bits=1" 2>&1 | FileCheck %s --check-prefix=BITS
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.x.npy num-bins=0" 2>&1 | FileCheck %s --check-prefix=BINS
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.missing.npy" 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.nan.npy" 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.shape.npy" 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.x.npy entry=nope" 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not quant-opt %s -split-input-file -qnt-calibrate="calibration=%t.x.npy" 2>&1 | FileCheck %s --check-prefix=MODEL

// PCT: error: qnt-calibrate: percentile must be in (50, 100], got 20
// BITS: error: qnt-calibrate: activation-bits must be in 2..16, got 1
// BINS: error: qnt-calibrate: num-bins must be in 1..16777216, got 0
// MISSING: error: qnt-calibrate: calibration: {{.*}}missing.npy
// NAN: error: qnt-calibrate: calibration: '{{.*}}nan.npy' contains NaN or Inf
// SHAPE: error: qnt-calibrate: calibration: '{{.*}}shape.npy': an array of shape [3,3] is neither a sample of shape [1,4] nor a batch of them
// ENTRY: error: qnt-calibrate: entry: no function named 'nope' with a body

// The model itself computes NaN (0 · log 0 on the first element).
// MODEL: error: qnt-calibrate: the float model computes NaN or Inf on the calibration inputs
func.func @nan_model(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4xf32>
  %l = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<1x4xf32>) outs(%e : tensor<1x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %zero, %zero : f32
    linalg.yield %d : f32
  } -> tensor<1x4xf32>
  %w = arith.constant dense<1.0> : tensor<4x2xf32>
  %e2 = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%l, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// MODEL: error: qnt-calibrate: no function has a quantizable op (a convolution or matmul with a constant weight)
func.func @no_layers(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  return %x : tensor<1x4xf32>
}

// -----

// MODEL: error: qnt-calibrate: several functions have quantizable ops; choose one with entry=<name>
func.func @a(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<1.0> : tensor<4x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
func.func @b(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %y = func.call @a(%x) : (tensor<1x4xf32>) -> tensor<1x2xf32>
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<1.0> : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %z = linalg.matmul ins(%y, %w : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %z : tensor<1x2xf32>
}

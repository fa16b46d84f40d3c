// RUN: quant-opt %s -split-input-file -qnt-vectorize-elementwise | FileCheck %s

// A per-channel element-wise op (qnt-lower-to-arith's requantization has
// this form): tiled to rows of the innermost loop, 32 lanes here, and
// vectorized; the per-channel operand is read as a vector too.

// CHECK-LABEL: func.func @per_channel
// CHECK: scf.for %{{.*}} = %c0 to %c2 step %c1
// CHECK: scf.for %{{.*}} = %c0 to %c4 step %c1
// CHECK: vector.transfer_read %{{.*}} : tensor<{{.*}}xi32>, vector<32xi32>
// CHECK: vector.transfer_read %{{.*}} : tensor<32xi64>, vector<32xi64>
// CHECK: arith.muli %{{.*}} : vector<32xi64>
// CHECK: arith.trunci %{{.*}} : vector<32xi64> to vector<32xi8>
// CHECK: vector.transfer_write %{{.*}} : vector<32xi8>
// CHECK-NOT: linalg.generic
func.func @per_channel(%x: tensor<2x4x32xi32>, %m: tensor<32xi64>) -> tensor<2x4x32xi8> {
  %e = tensor.empty() : tensor<2x4x32xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>, affine_map<(a, b, c) -> (c)>, affine_map<(a, b, c) -> (a, b, c)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %m : tensor<2x4x32xi32>, tensor<32xi64>) outs(%e : tensor<2x4x32xi8>) {
  ^bb0(%in: i32, %mul: i64, %out: i8):
    %0 = arith.extsi %in : i32 to i64
    %1 = arith.muli %0, %mul : i64
    %2 = arith.trunci %1 : i64 to i8
    linalg.yield %2 : i8
  } -> tensor<2x4x32xi8>
  return %r : tensor<2x4x32xi8>
}

// -----

// An innermost loop of 200: tiles of 40 (its largest divisor up to 64 that
// is a multiple of 8).

// CHECK-LABEL: func.func @divisor
// CHECK: scf.for %{{.*}} = %c0 to %c200 step %c40
// CHECK: vector<40xf32>
func.func @divisor(%x: tensor<200xf32>) -> tensor<200xf32> {
  %e = tensor.empty() : tensor<200xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a) -> (a)>, affine_map<(a) -> (a)>], iterator_types = ["parallel"]} ins(%x : tensor<200xf32>) outs(%e : tensor<200xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.mulf %in, %in : f32
    linalg.yield %0 : f32
  } -> tensor<200xf32>
  return %r : tensor<200xf32>
}

// -----

// Left alone: sub-byte elements (one per byte in memory, packed in a
// vector), a reduction, and an innermost loop shorter than 4.

// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: vector.
// CHECK-COUNT-3: linalg.generic
func.func @left_alone(%x: tensor<4x8xi8>, %y: tensor<8x3xf32>) -> (tensor<4x8xi4>, tensor<4xi32>, tensor<8x3xf32>) {
  %e4 = tensor.empty() : tensor<4x8xi4>
  %a = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a, b)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xi8>) outs(%e4 : tensor<4x8xi4>) {
  ^bb0(%in: i8, %out: i4):
    %0 = arith.trunci %in : i8 to i4
    linalg.yield %0 : i4
  } -> tensor<4x8xi4>
  %z = arith.constant dense<0> : tensor<4xi32>
  %b = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8xi8>) outs(%z : tensor<4xi32>) {
  ^bb0(%in: i8, %out: i32):
    %0 = arith.extsi %in : i8 to i32
    %1 = arith.addi %out, %0 : i32
    linalg.yield %1 : i32
  } -> tensor<4xi32>
  %e3 = tensor.empty() : tensor<8x3xf32>
  %c = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a, b)>], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<8x3xf32>) outs(%e3 : tensor<8x3xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.negf %in : f32
    linalg.yield %0 : f32
  } -> tensor<8x3xf32>
  return %a, %b, %c : tensor<4x8xi4>, tensor<4xi32>, tensor<8x3xf32>
}

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
// vector), and output rows shorter than 4 (an element-wise op and a
// reduction).

// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: vector.
// CHECK-COUNT-3: linalg.generic
func.func @left_alone(%x: tensor<3x8xi8>, %y: tensor<8x3xf32>) -> (tensor<4x8xi4>, tensor<3xi32>, tensor<8x3xf32>) {
  %e4 = tensor.empty() : tensor<4x8xi4>
  %xi = arith.constant dense<1> : tensor<4x8xi8>
  %a = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a, b)>], iterator_types = ["parallel", "parallel"]} ins(%xi : tensor<4x8xi8>) outs(%e4 : tensor<4x8xi4>) {
  ^bb0(%in: i8, %out: i4):
    %0 = arith.trunci %in : i8 to i4
    linalg.yield %0 : i4
  } -> tensor<4x8xi4>
  %z = arith.constant dense<0> : tensor<3xi32>
  %b = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<3x8xi8>) outs(%z : tensor<3xi32>) {
  ^bb0(%in: i8, %out: i32):
    %0 = arith.extsi %in : i8 to i32
    %1 = arith.addi %out, %0 : i32
    linalg.yield %1 : i32
  } -> tensor<3xi32>
  %e3 = tensor.empty() : tensor<8x3xf32>
  %c = linalg.generic {indexing_maps = [affine_map<(a, b) -> (a, b)>, affine_map<(a, b) -> (a, b)>], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<8x3xf32>) outs(%e3 : tensor<8x3xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.negf %in : f32
    linalg.yield %0 : f32
  } -> tensor<8x3xf32>
  return %a, %b, %c : tensor<4x8xi4>, tensor<3xi32>, tensor<8x3xf32>
}

// -----

// A depthwise convolution as qnt-realize writes it (stride 2): vectors
// along ow, the output's last dimension; the input read with stride 2, the
// per-channel weight broadcast, kh and kw accumulate in a register.

// CHECK-LABEL: func.func @depthwise
// CHECK: scf.for %{{.*}} = %c0 to %c16 step %c16
// CHECK: vector.transfer_read %{{.*}} : tensor<1x4x8x16xi32>, vector<16xi32>
// CHECK: scf.for
// CHECK: scf.for {{.*}} -> (vector<16xi32>)
// CHECK: tensor.extract_slice %{{.*}}[%{{.*}}] [16] [2] : tensor<2448xi8> to tensor<16xi8>
// CHECK: tensor.extract %arg1{{.*}} : tensor<4x3x3xi8>
// CHECK: vector.broadcast %{{.*}} : i8 to vector<16xi8>
// CHECK: arith.muli %{{.*}} : vector<16xi32>
// CHECK: vector.transfer_write %{{.*}} : vector<16xi32>, tensor<1x4x8x16xi32>
// CHECK-NOT: linalg.generic
func.func @depthwise(%x: tensor<1x4x18x34xi8>, %w: tensor<4x3x3xi8>, %init: tensor<1x4x8x16xi32>) -> tensor<1x4x8x16xi32> {
  %r = linalg.generic {indexing_maps = [affine_map<(n, c, oh, ow, kh, kw) -> (n, c, oh * 2 + kh, ow * 2 + kw)>, affine_map<(n, c, oh, ow, kh, kw) -> (c, kh, kw)>, affine_map<(n, c, oh, ow, kh, kw) -> (n, c, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %w : tensor<1x4x18x34xi8>, tensor<4x3x3xi8>) outs(%init : tensor<1x4x8x16xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %z = arith.constant -5 : i32
    %1 = arith.subi %0, %z : i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %1, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x4x8x16xi32>
  return %r : tensor<1x4x8x16xi32>
}

// -----

// A depthwise convolution in NHWC with constant weights (c, kh, kw): read
// along c they would be 9 elements apart, so they are laid out (kh, kw, c)
// at compile time and every read is contiguous; their extension and zero
// point (ext(w) - 1) are applied at compile time too.

// CHECK-LABEL: func.func @depthwise_nhwc_constant
// CHECK: %[[W:.*]] = arith.constant dense<{{\[\[\[}}-1, 8, 17, 26, 35, 44, 53, 62], [0, 9,{{.*}}> : tensor<3x3x8xi32>
// CHECK: vector.transfer_read %arg0{{.*}} : tensor<1x6x6x8xi8>, vector<8xi8>
// CHECK: vector.transfer_read %[[W]][%{{.*}}, %{{.*}}, %{{.*}}]{{.*}} : tensor<3x3x8xi32>, vector<8xi32>
// CHECK-NOT: arith.subi {{.*}} : vector<8xi32>
// CHECK-NOT: tensor.extract_slice
// CHECK-NOT: linalg.generic
func.func @depthwise_nhwc_constant(%x: tensor<1x6x6x8xi8>, %init: tensor<1x4x4x8xi32>) -> tensor<1x4x4x8xi32> {
  %w = arith.constant dense<[[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[9, 10, 11], [12, 13, 14], [15, 16, 17]], [[18, 19, 20], [21, 22, 23], [24, 25, 26]], [[27, 28, 29], [30, 31, 32], [33, 34, 35]], [[36, 37, 38], [39, 40, 41], [42, 43, 44]], [[45, 46, 47], [48, 49, 50], [51, 52, 53]], [[54, 55, 56], [57, 58, 59], [60, 61, 62]], [[63, 64, 65], [66, 67, 68], [69, 70, 71]]]> : tensor<8x3x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(n, oh, ow, c, kh, kw) -> (n, oh + kh, ow + kw, c)>, affine_map<(n, oh, ow, c, kh, kw) -> (c, kh, kw)>, affine_map<(n, oh, ow, c, kh, kw) -> (n, oh, ow, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %w : tensor<1x6x6x8xi8>, tensor<8x3x3xi8>) outs(%init : tensor<1x4x4x8xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %zw = arith.constant 1 : i32
    %w1 = arith.subi %2, %zw : i32
    %3 = arith.muli %0, %w1 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x4x4x8xi32>
  return %r : tensor<1x4x4x8xi32>
}

// -----

// A 2×2 max pooling in NHWC: vectors along the channels, read contiguously.

// CHECK-LABEL: func.func @max_pool_nhwc
// CHECK: vector.transfer_read %arg0{{.*}} : tensor<1x8x8x32xi8>, vector<32xi8>
// CHECK: arith.maxsi %{{.*}} : vector<32xi8>
func.func @max_pool_nhwc(%x: tensor<1x8x8x32xi8>, %init: tensor<1x4x4x32xi8>) -> tensor<1x4x4x32xi8> {
  %window = tensor.empty() : tensor<2x2xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(n, oh, ow, c, kh, kw) -> (n, oh * 2 + kh, ow * 2 + kw, c)>, affine_map<(n, oh, ow, c, kh, kw) -> (kh, kw)>, affine_map<(n, oh, ow, c, kh, kw) -> (n, oh, ow, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %window : tensor<1x8x8x32xi8>, tensor<2x2xi8>) outs(%init : tensor<1x4x4x32xi8>) {
  ^bb0(%a: i8, %unused: i8, %o: i8):
    %0 = arith.maxsi %o, %a : i8
    linalg.yield %0 : i8
  } -> tensor<1x4x4x32xi8>
  return %r : tensor<1x4x4x32xi8>
}

// -----

// A pad by a constant: a fill and an element-wise copy into the interior,
// vectorized like any element-wise op (no strided memref.copy at run time).

// CHECK-LABEL: func.func @pad
// CHECK-NOT: tensor.pad
// CHECK: %[[FILL:.*]] = arith.constant dense<-128> : vector<30xi8>
// CHECK: vector.transfer_write %[[FILL]], {{.*}} : vector<30xi8>, tensor<1x3x30x30xi8>
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 1, 1] [1, 3, 28, 28] [1, 1, 1, 1]
// CHECK: vector.transfer_read %arg0{{.*}} : tensor<1x3x28x28xi8>, vector<28xi8>
// CHECK: tensor.insert_slice
func.func @pad(%x: tensor<1x3x28x28xi8>) -> tensor<1x3x30x30xi8> {
  %c = arith.constant -128 : i8
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %c : i8
  } : tensor<1x3x28x28xi8> to tensor<1x3x30x30xi8>
  return %p : tensor<1x3x30x30xi8>
}

// -----

// Left alone: along the output's last loop (n) the weight words are 64
// apart, 512 bytes (qnt.xnor_popcount's reference form); a load per lane
// would lose to the scalar loop.

// CHECK-LABEL: func.func @wide_stride
// CHECK-NOT: vector.
// CHECK: linalg.generic
func.func @wide_stride(%x: tensor<4x64xi64>, %w: tensor<16x64xi64>, %init: tensor<4x16xi64>) -> tensor<4x16xi64> {
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<4x64xi64>, tensor<16x64xi64>) outs(%init : tensor<4x16xi64>) {
  ^bb0(%a: i64, %b: i64, %o: i64):
    %0 = arith.xori %a, %b : i64
    %1 = math.ctpop %0 : i64
    %2 = arith.addi %o, %1 : i64
    linalg.yield %2 : i64
  } -> tensor<4x16xi64>
  return %r : tensor<4x16xi64>
}

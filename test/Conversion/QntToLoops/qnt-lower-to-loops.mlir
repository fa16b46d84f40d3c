// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=x86-avx2 -verify-diagnostics | FileCheck %s --check-prefix=AVX2
// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=x86-avx512-vnni -verify-diagnostics | FileCheck %s --check-prefix=VNNI
// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=aarch64-neon-dotprod -verify-diagnostics | FileCheck %s --check-prefix=SDOT
// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=aarch64-i8mm -verify-diagnostics | FileCheck %s --check-prefix=SMMLA
// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=generic -verify-diagnostics | FileCheck %s --check-prefix=GENERIC
// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=x86-avxvnni -verify-diagnostics | FileCheck %s --check-prefix=AVXVNNI

// An integer matmul as qnt-realize writes it: M = 3, K = 5, N = 6,
// data zero point -3, constant weights.

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

// GENERIC-LABEL: func.func @matmul
// The data: x − z in i16 (an im2col through the layer's map), padded to
// an even K and a multiple of mr = 3 rows.
// GENERIC: %[[COLS:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<3x5xi8>) outs(%{{.*}} : tensor<3x5xi16>)
// GENERIC:   arith.extsi %{{.*}} : i8 to i16
// GENERIC:   arith.subi
// GENERIC: %[[A:.*]] = tensor.pad %[[COLS]] low[0, 0] high[0, 1]
// GENERIC: } : tensor<3x5xi16> to tensor<3x6xi16>
// The weights, packed at compile time: 1 block of nr = 16 columns, 3 pairs of
// K, 16 × 2 values each: (w[0][0], w[1][0]) = (1, -2), then (w[0][1],
// w[1][1]) = (2, -4).
// GENERIC: %[[B:.*]] = arith.constant dense<{{\[\[\[}}1, -2, 2, -4, {{.*}}]]]> : tensor<1x3x32xi16>
// One block of K: C needs no zero fill, the tiles start from zero.
// GENERIC-NOT: linalg.fill
// GENERIC: scf.for
// GENERIC: scf.for
// GENERIC: scf.for
// GENERIC: scf.for
// GENERIC: arith.constant dense<0> : vector<8xi32>
// GENERIC-NOT: vector.transfer_read %{{.*}} : tensor<3x16xi32>, vector<8xi32>
// GENERIC: scf.for {{.*}} -> (vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>, vector<8xi32>)
// GENERIC: vector.transfer_read %[[A]]{{.*}} : tensor<3x6xi16>, vector<2xi16>
// GENERIC: vector.bitcast %{{.*}} : vector<2xi16> to vector<1xi32>
// GENERIC: vector.broadcast %{{.*}} : i32 to vector<8xi32>
// GENERIC: vector.transfer_read %[[B]]{{.*}} : tensor<1x3x32xi16>, vector<16xi16>
// GENERIC-COUNT-6: qnt.vector_dot {{.*}} {kind = "i16_pairs", target = "generic"} : vector<16xi16> into vector<8xi32>
// GENERIC-COUNT-6: vector.transfer_write
// The epilogue adds the GEMM to the bias in the layer's own layout.
// GENERIC: %[[C:.*]] = tensor.extract_slice %{{.*}}[0, 0] [3, 6] [1, 1]
// GENERIC: linalg.generic {{.*}} ins(%[[C]] : tensor<3x6xi32>) outs(%{{.*}} : tensor<3x6xi32>)
// GENERIC: arith.addi
// GENERIC-NOT: arith.subi
// GENERIC: linalg.yield

// AVX2 picks vpmaddubsw here: every weight is within ±64, so no i16 pair
// sum 255·(|w0| + |w1|) can saturate; within ±12 (T·255·2·12 ≤ 32767 for
// T = 5), runs of 5 steps add their pair sums in i16 lanes
// (u8s8_pairs_i16), each run widened into i32 by a dot with ones.
// AVX2-LABEL: func.func @matmul
// AVX2: arith.xori %{{.*}}, %c-128_i8 : i8
// AVX2: arith.constant dense<{{.*}}> : tensor<1x2x64xi8>
// AVX2: %[[STEPS:.*]] = arith.constant 5 : index
// AVX2: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %[[STEPS]] iter_args
// AVX2: arith.constant dense<0> : vector<16xi16>
// AVX2: qnt.vector_dot {{.*}} {kind = "u8s8_pairs_i16", target = "x86-avx2"} : vector<32xi8> into vector<16xi16>
// AVX2: %[[ONES:.*]] = arith.constant dense<1> : vector<16xi16>
// AVX2: qnt.vector_dot %{{.*}}, %{{.*}}, %[[ONES]] {kind = "i16_pairs", target = "x86-avx2"} : vector<16xi16> into vector<8xi32>
// AVX2: arith.constant dense<[625, -375, {{.*}}]> : tensor<6xi32>

// AVX-VNNI: the same quads in 256-bit registers.
// AVXVNNI-LABEL: func.func @matmul
// AVXVNNI: arith.constant dense<{{.*}}> : tensor<1x2x64xi8>
// AVXVNNI: qnt.vector_dot {{.*}} {kind = "u8s8_quads", target = "x86-avxvnni"} : vector<32xi8> into vector<8xi32>
// AVXVNNI: arith.constant dense<[625, -375, {{.*}}]> : tensor<6xi32>

// VNNI-LABEL: func.func @matmul
// u8 data (x + 128 is x xor 0x80), s8 weights in quads, a compile-time
// correction (z + 128)·Σ_k w = 125·Σ_k w per column (Σ_k w = 5, -3, ...).
// VNNI: arith.xori %{{.*}}, %c-128_i8 : i8
// VNNI: arith.constant dense<{{.*}}> : tensor<1x2x128xi8>
// VNNI: qnt.vector_dot {{.*}} {kind = "u8s8_quads", target = "x86-avx512-vnni"} : vector<64xi8> into vector<16xi32>
// VNNI: %[[CORR:.*]] = arith.constant dense<[625, -375, {{.*}}]> : tensor<6xi32>
// VNNI: linalg.generic {{.*}} ins(%{{.*}}, %[[CORR]] : tensor<3x6xi32>, tensor<6xi32>)
// VNNI: arith.addi
// VNNI: arith.subi

// 2×2 tiles: two rows of 8 data elements (two 8-byte reads joined), weight
// vectors of 2 columns × 8 reductions, K padded to 8, M to pairs of rows;
// the tile is stored back as two rows of 2.
// SMMLA-LABEL: func.func @matmul
// SMMLA: tensor.pad %{{.*}} low[0, 0] high[1, 3]
// SMMLA: } : tensor<3x5xi8> to tensor<4x8xi8>
// SMMLA: arith.constant dense<{{.*}}> : tensor<1x1x64xi8>
// SMMLA: vector.transfer_read %{{.*}} : tensor<4x8xi8>, vector<8xi8>
// SMMLA: vector.shuffle %{{.*}}, %{{.*}} [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] : vector<8xi8>, vector<8xi8>
// SMMLA-COUNT-8: qnt.vector_dot {{.*}} {kind = "s8s8_mmla", target = "aarch64-i8mm"} : vector<16xi8> into vector<4xi32>
// SMMLA: vector.shuffle %{{.*}}, %{{.*}} [0, 1] : vector<4xi32>, vector<4xi32>
// SMMLA: vector.transfer_write %{{.*}} : vector<2xi32>, tensor<4x8xi32>
// SMMLA: arith.constant dense<[-15, 9, {{.*}}]> : tensor<6xi32>

// SDOT-LABEL: func.func @matmul
// s8 data as it is, the correction z·Σ_k w.
// SDOT-NOT: arith.xori
// SDOT: qnt.vector_dot {{.*}} {kind = "s8s8_quads", target = "aarch64-neon-dotprod"} : vector<16xi8> into vector<4xi32>
// SDOT: arith.constant dense<[-15, 9, {{.*}}]> : tensor<6xi32>

func.func @matmul(%x: tensor<3x5xi8>) -> tensor<3x6xi32> {
  %w = arith.constant dense<[[1, 2, 3, 4, 5, 6], [-2, -4, -6, -8, -10, -12], [7, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [-1, -1, -1, -1, -1, -1]]> : tensor<5x6xi8>
  %init = arith.constant dense<100> : tensor<3x6xi32>
  %r = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<3x5xi8>, tensor<5x6xi8>) outs(%init : tensor<3x6xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %z = arith.constant -3 : i32
    %1 = arith.subi %0, %z : i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %1, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<3x6xi32>
  return %r : tensor<3x6xi32>
}

// -----

// A strided NCHW convolution: M = (n, oh, ow), N = f, K = (c, kh, kw); the
// im2col generic reads the padded input through the conv's own map.

// GENERIC-LABEL: func.func @conv_nchw
// GENERIC: linalg.generic {indexing_maps = [#[[IN:.*]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x2x7x7xi8>) outs(%{{.*}} : tensor<1x3x3x2x3x3xi16>)
// GENERIC: tensor.collapse_shape %{{.*}} {{\[\[}}0, 1, 2], [3, 4, 5]] : tensor<1x3x3x2x3x3xi16> into tensor<9x18xi16>
// GENERIC: qnt.vector_dot
// GENERIC: tensor.expand_shape %{{.*}} {{\[\[}}0, 1, 2], [3]] output_shape [1, 3, 3, 4] : tensor<9x4xi32> into tensor<1x3x3x4xi32>
// GENERIC: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x3x3x4xi32>) outs(%{{.*}} : tensor<1x4x3x3xi32>)
func.func @conv_nchw(%x: tensor<1x2x7x7xi8>) -> tensor<1x4x3x3xi32> {
  %w = arith.constant dense<1> : tensor<4x2x3x3xi8>
  %init = arith.constant dense<0> : tensor<1x4x3x3xi32>
  %r = linalg.generic {indexing_maps = [affine_map<(n, f, oh, ow, c, kh, kw) -> (n, c, oh * 2 + kh, ow * 2 + kw)>, affine_map<(n, f, oh, ow, c, kh, kw) -> (f, c, kh, kw)>, affine_map<(n, f, oh, ow, c, kh, kw) -> (n, f, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x2x7x7xi8>, tensor<4x2x3x3xi8>) outs(%init : tensor<1x4x3x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %0, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x4x3x3xi32>
  return %r : tensor<1x4x3x3xi32>
}

// -----

// One weight of 65: a pair of u8 × s8 products can reach 255·(65 + 65) >
// 32767, so AVX2 keeps the exact i16 pairs (vpmaddwd); VNNI is exact either
// way.

// AVX2-LABEL: func.func @large_weight
// AVX2: qnt.vector_dot {{.*}} {kind = "i16_pairs", target = "x86-avx2"} : vector<16xi16> into vector<8xi32>
// VNNI-LABEL: func.func @large_weight
// VNNI: qnt.vector_dot {{.*}} {kind = "u8s8_quads", target = "x86-avx512-vnni"}
func.func @large_weight(%x: tensor<2x4xi8>, %init: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %w = arith.constant dense<[[1, 2, 3], [65, 0, 0], [0, 0, 0], [-64, 64, 1]]> : tensor<4x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<2x4xi8>, tensor<4x3xi8>) outs(%init : tensor<2x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %4 = arith.muli %0, %2 : i32
    %5 = arith.addi %o, %4 : i32
    linalg.yield %5 : i32
  } -> tensor<2x3xi32>
  return %r : tensor<2x3xi32>
}

// -----

// Weights up to ±40: vpmaddubsw pair sums cannot saturate, but two of them
// could overflow an i16 lane (2·255·80 > 32767): every step is widened
// (u8s8_quads_i16: vpmaddubsw, then vpmaddwd by ones).

// AVX2-LABEL: func.func @wide_weights
// AVX2-NOT: u8s8_pairs_i16
// AVX2: qnt.vector_dot {{.*}} {kind = "u8s8_quads_i16", target = "x86-avx2"} : vector<32xi8> into vector<8xi32>
func.func @wide_weights(%x: tensor<2x4xi8>, %init: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %w = arith.constant dense<[[1, 2, 3], [40, 0, 0], [0, 0, 0], [-40, 33, 1]]> : tensor<4x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<2x4xi8>, tensor<4x3xi8>) outs(%init : tensor<2x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %4 = arith.muli %0, %2 : i32
    %5 = arith.addi %o, %4 : i32
    linalg.yield %5 : i32
  } -> tensor<2x3xi32>
  return %r : tensor<2x3xi32>
}

// -----

// A weight zero point that takes w − z_w out of s8 (here -128 − 127):
// VNNI keeps exactness with 512-bit vpmaddwd on i16 pairs.

// VNNI-LABEL: func.func @weight_zero_point
// VNNI: arith.constant dense<"0x01FF01FF{{.*}}"> : tensor<1x2x64xi16>
// VNNI: qnt.vector_dot {{.*}} {kind = "i16_pairs", target = "x86-avx512-vnni"} : vector<32xi16> into vector<16xi32>
func.func @weight_zero_point(%x: tensor<2x4xi8>, %init: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %w = arith.constant dense<-128> : tensor<4x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<2x4xi8>, tensor<4x3xi8>) outs(%init : tensor<2x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %zw = arith.constant 127 : i32
    %3 = arith.subi %2, %zw : i32
    %4 = arith.muli %0, %3 : i32
    %5 = arith.addi %o, %4 : i32
    linalg.yield %5 : i32
  } -> tensor<2x3xi32>
  return %r : tensor<2x3xi32>
}

// -----

// Left alone, with the reason: a depthwise layer in NCHW (for the window
// kernel) and weights computed at run time (for the reference lowering).

// GENERIC-LABEL: func.func @left_alone
// GENERIC-NOT: qnt.vector_dot
// GENERIC: return
func.func @left_alone(%x: tensor<1x3x5x5xi8>, %w: tensor<4x2xi8>, %y: tensor<2x4xi8>) -> (tensor<1x3x3x3xi32>, tensor<2x2xi32>) {
  %dw = arith.constant dense<1> : tensor<3x3x3xi8>
  %i1 = arith.constant dense<0> : tensor<1x3x3x3xi32>
  // expected-remark @below {{qnt-lower-to-loops: a depthwise layer: the channels are not the last dimension of the data and the output; left to the window kernel of qnt-vectorize-elementwise}}
  %r = linalg.generic {indexing_maps = [affine_map<(n, c, oh, ow, kh, kw) -> (n, c, oh + kh, ow + kw)>, affine_map<(n, c, oh, ow, kh, kw) -> (c, kh, kw)>, affine_map<(n, c, oh, ow, kh, kw) -> (n, c, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %dw : tensor<1x3x5x5xi8>, tensor<3x3x3xi8>) outs(%i1 : tensor<1x3x3x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %0, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x3x3x3xi32>
  %i2 = arith.constant dense<0> : tensor<2x2xi32>
  // expected-remark @below {{qnt-lower-to-loops: neither input is a constant (weights are packed at compile time); left to the reference lowering}}
  %s = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%y, %w : tensor<2x4xi8>, tensor<4x2xi8>) outs(%i2 : tensor<2x2xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %0, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<2x2xi32>
  return %r, %s : tensor<1x3x3x3xi32>, tensor<2x2xi32>
}

// -----

// Ternary weights (qnt.signed_accumulate) take the same GEMM: packed as
// -1 / 0 / +1; binary weights (i1 through qnt.unpack) as -1 / +1.

// GENERIC-LABEL: func.func @sign_weights
// Pairs (w[0][n], w[1][n]) per column: (1, 0), (-1, -1) and (+1, +1),
// (-1, -1).
// GENERIC: arith.constant dense<{{\[\[\[}}1, 0, -1, -1, 0, {{.*}}> : tensor<1x2x32xi16>
// GENERIC: qnt.vector_dot
// GENERIC: arith.constant dense<{{\[\[\[}}1, 1, -1, -1, 0, {{.*}}> : tensor<1x2x32xi16>
// GENERIC: qnt.vector_dot
// GENERIC-NOT: qnt.signed_accumulate
func.func @sign_weights(%x: tensor<1x4xi8>, %init: tensor<1x2xi32>) -> (tensor<1x2xi32>, tensor<1x2xi32>) {
  %t = arith.constant dense<[[1, -1], [0, -1], [-1, 0], [1, 1]]> : tensor<4x2xi2>
  %r = qnt.signed_accumulate %x, %t, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x4xi8>, tensor<4x2xi2>, tensor<1x2xi32>) -> tensor<1x2xi32>
  // Bits (k, n) row-major, low bit first: 0b01100101 = 101.
  %packed = arith.constant dense<[101]> : tensor<1xi8>
  %b = qnt.unpack %packed : tensor<1xi8> -> tensor<4x2xi1>
  %s = qnt.signed_accumulate %x, %b, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x4xi8>, tensor<4x2xi1>, tensor<1x2xi32>) -> tensor<1x2xi32>
  return %r, %s : tensor<1x2xi32>, tensor<1x2xi32>
}

// -----

// Binary data x binary weights (qnt.xnor_popcount): the words are packed
// like weights (i16 words, 4 per 64-bit lane), each step xors a broadcast
// data lane with the weight lanes and counts into i64 accumulators, and the
// epilogue gives init + num_bits - 2 * count. Words of single bits stay.

// VNNI-LABEL: func.func @xnor
// VNNI: arith.constant dense<{{.*}}> : tensor<1x2x128xi16>
// VNNI: qnt.vector_dot {{.*}} {kind = "xor_popcount", target = "x86-avx512-vnni"} : vector<32xi16> into vector<8xi64>
// VNNI: arith.trunci {{.*}} : vector<8xi64> to vector<8xi32>
// VNNI: arith.constant dense<-30> : tensor<3xi32>
// VNNI: linalg.generic
// VNNI: %[[C:.*]] = arith.constant -2 : i32
// VNNI: arith.muli %{{.*}}, %[[C]] : i32
// VNNI: arith.addi
// VNNI: arith.subi
// VNNI-NOT: qnt.xnor_popcount %x,
// SDOT-LABEL: func.func @xnor
// SDOT: qnt.vector_dot {{.*}} {kind = "xor_popcount", target = "aarch64-neon-dotprod"} : vector<8xi16> into vector<2xi64>
// GENERIC-LABEL: func.func @xnor
// GENERIC: qnt.vector_dot {{.*}} {kind = "xor_popcount", target = "generic"} : vector<16xi16> into vector<4xi64>
func.func @xnor(%x: tensor<2x5xi16>, %init: tensor<2x3xi32>, %b: tensor<2x30xi1>) -> (tensor<2x3xi32>, tensor<2x3xi32>) {
  %w = arith.constant dense<[[1, 2, 3, 4, 5], [-1, -2, -3, -4, -5], [7, 0, 0, 0, 7]]> : tensor<3x5xi16>
  %r = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 30 : i64} : (tensor<2x5xi16>, tensor<3x5xi16>, tensor<2x3xi32>) -> tensor<2x3xi32>
  %w1 = arith.constant dense<true> : tensor<3x30xi1>
  // expected-remark @below {{qnt-lower-to-loops: the words are single bits (not packed into bytes); left to the reference lowering}}
  %s = qnt.xnor_popcount %b, %w1, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 30 : i64} : (tensor<2x30xi1>, tensor<3x30xi1>, tensor<2x3xi32>) -> tensor<2x3xi32>
  return %r, %s : tensor<2x3xi32>, tensor<2x3xi32>
}

// -----

// A depthwise layer in NHWC with a channel count that fills no vector of
// the tap-pair kernel (3) is left to qnt-vectorize-elementwise's window
// kernel, but its constant weights (c, kh, kw) are laid out (kh, kw, c)
// and extended to i32 here, while they are still constants (the JIT passes
// large constants as arguments afterwards).

// GENERIC-LABEL: func.func @depthwise_nhwc
// GENERIC: %[[W:.*]] = arith.constant dense<{{\[\[\[}}0, 4, 8], [1, 5, 9]], {{\[\[}}2, 6, 10], [3, 7, 11]]]> : tensor<2x2x3xi32>
// GENERIC: linalg.generic {indexing_maps = [#{{.*}}, #[[MAP:.*]], #{{.*}}]{{.*}} ins(%arg0, %[[W]] :
func.func @depthwise_nhwc(%x: tensor<1x3x3x3xi8>, %init: tensor<1x2x2x3xi32>) -> tensor<1x2x2x3xi32> {
  %w = arith.constant dense<[[[0, 1], [2, 3]], [[4, 5], [6, 7]], [[8, 9], [10, 11]]]> : tensor<3x2x2xi8>
  // expected-remark @below {{qnt-lower-to-loops: a depthwise layer: the channel count is not a multiple of the target's vector lanes; left to the window kernel of qnt-vectorize-elementwise}}
  %r = linalg.generic {indexing_maps = [affine_map<(n, oh, ow, c, kh, kw) -> (n, oh + kh, ow + kw, c)>, affine_map<(n, oh, ow, c, kh, kw) -> (c, kh, kw)>, affine_map<(n, oh, ow, c, kh, kw) -> (n, oh, ow, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %w : tensor<1x3x3x3xi8>, tensor<3x2x2xi8>) outs(%init : tensor<1x2x2x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %0, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x2x2x3xi32>
  return %r : tensor<1x2x2x3xi32>
}

// -----

// A grouped convolution (loop g indexes data, weights and output as a
// dimension of its own): one packed GEMM per group, each on its group's
// slices, inserted into the output in turn.

// VNNI-LABEL: func.func @grouped
// VNNI: tensor.extract_slice %arg0[0, 0, 0, 0, 0] [1, 1, 3, 5, 5] [1, 1, 1, 1, 1] : tensor<1x2x3x5x5xi8> to tensor<1x3x5x5xi8>
// VNNI: qnt.vector_dot
// VNNI: tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 0, 0] [1, 1, 4, 3, 3] [1, 1, 1, 1, 1] : tensor<1x4x3x3xi32> into tensor<1x2x4x3x3xi32>
// VNNI: tensor.extract_slice %arg0[0, 1, 0, 0, 0] [1, 1, 3, 5, 5] [1, 1, 1, 1, 1] : tensor<1x2x3x5x5xi8> to tensor<1x3x5x5xi8>
// VNNI: qnt.vector_dot
// VNNI: tensor.insert_slice %{{.*}} into %{{.*}}[0, 1, 0, 0, 0] [1, 1, 4, 3, 3] [1, 1, 1, 1, 1] : tensor<1x4x3x3xi32> into tensor<1x2x4x3x3xi32>
// VNNI-NOT: linalg.generic {{.*}}reduction
func.func @grouped(%x: tensor<1x2x3x5x5xi8>, %init: tensor<1x2x4x3x3xi32>) -> tensor<1x2x4x3x3xi32> {
  %w = arith.constant dense<3> : tensor<2x4x3x3x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g, c, oh + kh, ow + kw)>, affine_map<(n, g, f, oh, ow, c, kh, kw) -> (g, f, c, kh, kw)>, affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g, f, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x2x3x5x5xi8>, tensor<2x4x3x3x3xi8>) outs(%init : tensor<1x2x4x3x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %3 = arith.muli %0, %2 : i32
    %4 = arith.addi %o, %3 : i32
    linalg.yield %4 : i32
  } -> tensor<1x2x4x3x3xi32>
  return %r : tensor<1x2x4x3x3xi32>
}

// -----

// 4-bit weights of a matrix-vector product are stored as nibbles w + 8, two
// per byte (64 bytes hold the 128 weights of a 32-column panel step),
// unpacked in registers by a mask and a shift; the row sums of the data
// take the + 8 back out in the epilogue.

// VNNI-LABEL: func.func @nibbles
// VNNI: %[[ROWS:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]{{.*}} outs(%{{.*}} : tensor<1xi32>)
// VNNI: arith.extui %{{.*}} : i8 to i32
// VNNI: arith.constant dense<{{.*}}> : tensor<1x2x64xi8>
// VNNI: %[[BYTES:.*]] = vector.transfer_read {{.*}} : tensor<1x2x64xi8>, vector<64xi8>
// VNNI: %[[LOW:.*]] = arith.andi %[[BYTES]], %[[MASK:.*]] : vector<64xi8>
// VNNI: %[[SHIFTED:.*]] = arith.shrui %[[BYTES]], %{{.*}} : vector<64xi8>
// VNNI: %[[HIGH:.*]] = arith.andi %[[SHIFTED]], %[[MASK]] : vector<64xi8>
// VNNI: qnt.vector_dot %{{.*}}, %{{.*}}, %[[LOW]] {kind = "u8s8_quads"
// VNNI: qnt.vector_dot %{{.*}}, %{{.*}}, %[[HIGH]] {kind = "u8s8_quads"
// VNNI: %[[ROWS1:.*]] = tensor.extract_slice %[[ROWS]][0] [1] [1]
// VNNI: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}}, %[[ROWS1]] : tensor<1x3xi32>, tensor<3xi32>, tensor<1xi32>)
// VNNI: arith.constant 8 : i32
// VNNI: arith.muli
// VNNI: arith.subi
func.func @nibbles(%x: tensor<1x8xi8>, %init: tensor<1x3xi32>) -> tensor<1x3xi32> {
  %w = arith.constant dense<[[1, -8, 7], [0, 2, -3], [4, 4, 4], [-1, -1, -1], [7, 6, 5], [-8, -7, -6], [3, 0, 3], [2, 2, 2]]> : tensor<8x3xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x8xi8>, tensor<8x3xi8>) outs(%init : tensor<1x3xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %2 = arith.extsi %b : i8 to i32
    %4 = arith.muli %0, %2 : i32
    %5 = arith.addi %o, %4 : i32
    linalg.yield %5 : i32
  } -> tensor<1x3xi32>
  return %r : tensor<1x3xi32>
}

// -----

// A depthwise layer in NHWC: the tap-pair kernel. Per pixel and 16
// channels, taps go two at a time: both data vectors extended to i16 and
// interleaved, against the weights interleaved alike at compile time
// (5 pairs of the 9 taps; the last against weight 0), into vpmaddwd. The
// data zero point (-2) is the per-channel correction -2 * sum of w; the
// bias broadcast is read in place.

// VNNI-LABEL: func.func @depthwise_pairs
// VNNI-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<5x32xi16>
// VNNI-DAG: %[[CORR:.*]] = arith.constant dense<-18> : tensor<16xi32>
// VNNI: scf.for
// VNNI: scf.for
// VNNI: scf.for
// VNNI: %[[X0:.*]] = vector.transfer_read %arg0{{.*}} : tensor<1x5x5x16xi8>, vector<16xi8>
// VNNI: %[[E0:.*]] = arith.extsi %[[X0]] : vector<16xi8> to vector<16xi16>
// VNNI: %[[X1:.*]] = vector.transfer_read %arg0{{.*}} : tensor<1x5x5x16xi8>, vector<16xi8>
// VNNI: %[[E1:.*]] = arith.extsi %[[X1]] : vector<16xi8> to vector<16xi16>
// VNNI: %[[XX:.*]] = vector.shuffle %[[E0]], %[[E1]] [0, 16, 1, 17, {{.*}}] : vector<16xi16>, vector<16xi16>
// VNNI: %[[WW:.*]] = vector.transfer_read %[[W]]{{.*}} : tensor<5x32xi16>, vector<32xi16>
// VNNI: qnt.vector_dot %{{.*}}, %{{.*}}, %{{.*}} {kind = "i16_pairs", target = "x86-avx512-vnni"} : vector<32xi16> into vector<16xi32>
// VNNI-COUNT-4: qnt.vector_dot
// VNNI: vector.transfer_read %arg1{{.*}} : tensor<16xi32>, vector<16xi32>
// VNNI: vector.transfer_read %[[CORR]]
// VNNI: arith.addi
// VNNI: arith.subi
// VNNI: vector.transfer_write
// VNNI-NOT: linalg.generic
func.func @depthwise_pairs(%x: tensor<1x5x5x16xi8>, %bias: tensor<16xi32>) -> tensor<1x3x3x16xi32> {
  %w = arith.constant dense<1> : tensor<16x3x3xi8>
  %e = tensor.empty() : tensor<1x3x3x16xi32>
  %init = linalg.broadcast ins(%bias : tensor<16xi32>) outs(%e : tensor<1x3x3x16xi32>) dimensions = [0, 1, 2]
  %r = linalg.generic {indexing_maps = [affine_map<(n, oh, ow, c, kh, kw) -> (n, oh + kh, ow + kw, c)>, affine_map<(n, oh, ow, c, kh, kw) -> (c, kh, kw)>, affine_map<(n, oh, ow, c, kh, kw) -> (n, oh, ow, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%x, %w : tensor<1x5x5x16xi8>, tensor<16x3x3xi8>) outs(%init : tensor<1x3x3x16xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %z = arith.constant -2 : i32
    %1 = arith.subi %0, %z : i32
    %2 = arith.extsi %b : i8 to i32
    %4 = arith.muli %1, %2 : i32
    %5 = arith.addi %o, %4 : i32
    linalg.yield %5 : i32
  } -> tensor<1x3x3x16xi32>
  return %r : tensor<1x3x3x16xi32>
}

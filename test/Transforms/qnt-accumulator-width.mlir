// RUN: quant-opt %s -qnt-accumulator-width=remarks=true -split-input-file -verify-diagnostics | FileCheck %s

// int8 activations (zero point -3: x - z in [-125, 130]) times constant
// int8 weights whose largest magnitude is 127, K = 64: terms in
// [-16510, 16510], sums need 22 bits (2n + log2 K = 22). A u8 x s8 pair can
// reach 255 * 254 > 32767: vpmaddubsw would saturate.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @int8_full_range
// CHECK: qnt.accumulator = {analytic_bits = 22 : i64, bits = 22 : i64, i16_pairs = false, i16_run = 1 : i64, reduction = 64 : i64, sums = array<i64: -1056640, 1056640>, term = array<i64: -16510, 16510>, total_bits = 22 : i64}
func.func @int8_full_range(%x: tensor<1x64xi8>) -> tensor<1x4xi32> {
  %w = arith.constant dense<[[-93, 18, 89, 78], [68, -111, -62, -97], [-1, 67, -12, -7], [39, -30, 74, -74], [-103, -3, -120, 101], [86, -28, 127, 28], [68, 69, -127, 51], [-13, -59, 57, 78], [-69, 24, 114, -101], [103, -46, -120, -122], [-121, 39, 11, -125], [113, 98, -30, 48], [-72, 121, -19, 58], [-120, 8, -71, 68], [-15, 113, -1, 14], [-68, -39, -68, 46], [-71, 67, -10, 116], [-53, 110, -122, -21], [87, 107, 15, 109], [37, -102, -80, 34], [127, 58, 93, -52], [-97, 63, -42, 102], [57, 122, 55, 1], [112, 120, -19, 2], [85, 106, 44, -79], [-50, -55, 23, 122], [98, 0, 89, 113], [2, -27, 23, 91], [-119, -5, -65, 63], [77, -24, -21, 43], [-83, -34, 13, 98], [52, 71, 45, 61], [-32, -105, -15, 42], [3, -100, 72, -86], [6, 88, -27, -33], [-2, 60, -120, -7], [-116, -49, 53, 90], [124, 30, 24, 21], [-27, 38, -84, -84], [1, -69, 124, -124], [70, -76, 11, 108], [93, 13, -68, -24], [4, -39, 116, 89], [20, -37, -10, 105], [-59, 41, 13, 28], [118, 59, -126, -29], [73, 92, 83, 117], [99, 113, 62, 4], [80, -94, 5, 72], [16, -75, -18, 116], [-113, -4, 95, -34], [18, 14, -76, 113], [2, -22, -3, 81], [-36, -21, -39, -127], [10, 11, 32, 74], [29, -43, -10, 26], [-120, 78, -69, 35], [-82, 13, 22, -81], [93, -104, 77, 14], [77, 90, 82, 111], [-62, -119, 88, 114], [45, -109, -106, 95], [-123, -12, -124, 66], [66, -56, -64, -59]]> : tensor<64x4xi8>
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<1x4xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<1x4xi32>) -> tensor<1x4xi32>
  // expected-remark @below {{accumulator: K = 64, terms in [-16510, 16510], sums need 22 bits (2n + log2 K = 22); u8 x s8 pairs in i16: may saturate (max |w| = 127, from the constant); an i16 accumulator holds 1 terms}}
  %acc = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x64xi8>, tensor<64x4xi8>) outs(%init : tensor<1x4xi32>) {
  ^bb0(%a: i8, %b: i8, %c: i32):
    %ae = arith.extsi %a : i8 to i32
    %zp = arith.constant -3 : i32
    %ac = arith.subi %ae, %zp : i32
    %be = arith.extsi %b : i8 to i32
    %p = arith.muli %ac, %be : i32
    %s = arith.addi %c, %p : i32
    linalg.yield %s : i32
  } -> tensor<1x4xi32>
  return %acc : tensor<1x4xi32>
}

// -----

// The same layer with weights that stay within ±60 (8-bit storage): the
// actual values make the u8 x s8 pairs exact in i16.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @int8_small_weights
// CHECK: i16_pairs = true
func.func @int8_small_weights(%x: tensor<1x64xi8>) -> tensor<1x4xi32> {
  %w = arith.constant dense<[[-46, 42, 19, -37], [-16, -23, -52, -39], [-40, -28, 7, -39], [24, -26, 22, 31], [-23, -2, 29, -19], [3, 0, -46, -57], [-21, -11, -17, -7], [41, -60, -27, -47], [-28, 55, 33, 5], [-34, 17, -5, 44], [-58, -32, -58, -10], [-42, -56, 32, -40], [-3, 30, 4, 26], [-6, 9, 46, -32], [20, 42, 28, 6], [-3, -32, 7, 23], [-57, -10, 26, 13], [42, -19, 24, 20], [-6, -53, 34, -22], [-44, -33, 52, -54], [-21, -51, 49, -51], [-21, 57, 60, -22], [35, -40, -7, 12], [-28, -44, -59, 11], [52, 48, -56, 15], [44, -33, 55, 12], [-2, -39, 45, 51], [51, 39, 30, 19], [5, -56, -12, -35], [-16, -48, -34, 13], [26, 54, -5, 15], [-36, 3, -47, 60], [25, -11, -23, 4], [3, -58, -19, 18], [51, -9, 55, -24], [-58, -40, -35, 49], [-19, 43, 12, 40], [-43, -17, -6, -33], [-26, 26, -48, 47], [-12, 59, 10, -16], [57, 52, 47, 27], [8, 2, 38, 8], [-30, -52, 32, -55], [-50, -43, -39, -39], [56, 8, -33, -26], [37, -18, 16, 4], [47, -28, -13, -17], [-17, -46, -23, -30], [51, 60, 17, 39], [31, 53, 2, -43], [14, 10, 38, -47], [-19, -55, -8, -51], [-12, 50, 40, -42], [46, -44, -17, -46], [18, 15, 40, 58], [-12, -51, 13, 10], [-32, 12, -50, -26], [-14, 54, -23, 12], [8, 58, -46, -2], [54, -25, -47, 40], [-55, 45, -23, -59], [18, 25, -59, -49], [-8, -46, 45, 53], [41, -55, -36, -30]]> : tensor<64x4xi8>
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<1x4xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<1x4xi32>) -> tensor<1x4xi32>
  // expected-remark @below {{accumulator: K = 64, terms in [-7800, 7800], sums need 20 bits (2n + log2 K = 22); u8 x s8 pairs in i16: exact (max |w| = 60, from the constant); an i16 accumulator holds 4 terms}}
  %acc = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x64xi8>, tensor<64x4xi8>) outs(%init : tensor<1x4xi32>) {
  ^bb0(%a: i8, %b: i8, %c: i32):
    %ae = arith.extsi %a : i8 to i32
    %zp = arith.constant -3 : i32
    %ac = arith.subi %ae, %zp : i32
    %be = arith.extsi %b : i8 to i32
    %p = arith.muli %ac, %be : i32
    %s = arith.addi %c, %p : i32
    linalg.yield %s : i32
  } -> tensor<1x4xi32>
  return %acc : tensor<1x4xi32>
}

// -----

// 4-bit weights read from their packed bytes (qnt.unpack: 0x7F = [-1, 7],
// 0x81 = [1, -8]): i16 pairs are exact whatever the values.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @int4_weights
// CHECK: qnt.accumulator = {{{.*}}i16_pairs = true, i16_run = 31 : i64, reduction = 2 : i64{{.*}}}
func.func @int4_weights(%x: tensor<1x2xi8>) -> tensor<1x2xi32> {
  %bytes = arith.constant dense<[127, -127]> : tensor<2xi8>
  %w = qnt.unpack %bytes : tensor<2xi8> -> tensor<2x2xi4>
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<1x2xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<1x2xi32>) -> tensor<1x2xi32>
  // expected-remark @below {{accumulator: K = 2, terms in [-1016, 1024], sums need 13 bits (2n + log2 K = 17); u8 x s8 pairs in i16: exact (max |w| = 8, from the constant); an i16 accumulator holds 31 terms}}
  %acc = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x2xi8>, tensor<2x2xi4>) outs(%init : tensor<1x2xi32>) {
  ^bb0(%a: i8, %b: i4, %c: i32):
    %ae = arith.extsi %a : i8 to i32
    %be = arith.extsi %b : i4 to i32
    %p = arith.muli %ae, %be : i32
    %s = arith.addi %c, %p : i32
    linalg.yield %s : i32
  } -> tensor<1x2xi32>
  return %acc : tensor<1x2xi32>
}

// -----

// Ternary weights: each term is ±(x - z) or 0 (|x - z| ≤ 130), K = 8; the bias init
// [-100, 50] is added: 12 bits in total.
// CHECK-LABEL: func.func @ternary
// CHECK: qnt.signed_accumulate {{.*}}qnt.accumulator = {{{.*}}bits = 12 : i64{{.*}}reduction = 8 : i64{{.*}}total_bits = 12 : i64}
func.func @ternary(%x: tensor<1x8xi8>, %t: tensor<8x4xi2>) -> tensor<1x4xi32> {
  %bias = arith.constant dense<[-100, 50, 0, 7]> : tensor<4xi32>
  %e = tensor.empty() : tensor<1x4xi32>
  %init = linalg.broadcast ins(%bias : tensor<4xi32>) outs(%e : tensor<1x4xi32>) dimensions = [0]
  // expected-remark @below {{accumulator: K = 8, terms in [-130, 130], sums need 12 bits (2n + log2 K = 19); u8 x s8 pairs in i16: exact (max |w| = 1, by type); an i16 accumulator holds 252 terms}}
  %acc = qnt.signed_accumulate %x, %t, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %acc : tensor<1x4xi32>
}

// -----

// Binary x binary: K = 100 terms of ±1.
// CHECK-LABEL: func.func @xnor
// CHECK: qnt.xnor_popcount {{.*}}qnt.accumulator = {{{.*}}bits = 8 : i64{{.*}}reduction = 100 : i64
func.func @xnor(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-remark @below {{accumulator: K = 100, terms in [-1, 1], sums need 8 bits (2n + log2 K = 9)}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

// i16 x i16 products summed over K = 4096 can exceed the i32 accumulator.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @overflow(%x: tensor<1x4096xi16>, %w: tensor<4096x2xi16>) -> tensor<1x2xi32> {
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<1x2xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<1x2xi32>) -> tensor<1x2xi32>
  // expected-error @below {{the i32 accumulator can overflow: 4096 terms in [-1073709056, 1073741824] need 44 bits}}
  %acc = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x4096xi16>, tensor<4096x2xi16>) outs(%init : tensor<1x2xi32>) {
  ^bb0(%a: i16, %b: i16, %c: i32):
    %ae = arith.extsi %a : i16 to i32
    %be = arith.extsi %b : i16 to i32
    %p = arith.muli %ae, %be : i32
    %s = arith.addi %c, %p : i32
    linalg.yield %s : i32
  } -> tensor<1x2xi32>
  return %acc : tensor<1x2xi32>
}

// -----

// An element-wise generic is not a contraction: no attribute.
// CHECK-LABEL: func.func @elementwise
// CHECK-NOT: qnt.accumulator
func.func @elementwise(%x: tensor<4xi32>) -> tensor<4xi32> {
  %e = tensor.empty() : tensor<4xi32>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%x : tensor<4xi32>) outs(%e : tensor<4xi32>) {
  ^bb0(%a: i32, %b: i32):
    %s = arith.addi %a, %a : i32
    linalg.yield %s : i32
  } -> tensor<4xi32>
  return %y : tensor<4xi32>
}

// -----

// 4-bit activations stored in i8 (what qnt-realize writes): the producer's
// range bounds the data, not the i8 type. The requantization clamps to
// [-8, 7], so with zero point -8 the data is x - z in [0, 15]; against
// weights up to 7 and K = 4 the terms lie in [-105, 105], as for i4 data.
#mk4 = affine_map<(m, n, k) -> (m, k)>
#kn4 = affine_map<(m, n, k) -> (k, n)>
#mn4 = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @four_bit_activations_in_bytes
// CHECK: term = array<i64: -105, 105>
func.func @four_bit_activations_in_bytes(%acc0: tensor<1x4xi32>) -> tensor<1x2xi32> {
  %x = qnt.requantize %acc0 multiplier [1073741824] shift [40] zp -8 clamp [-8, 7] : tensor<1x4xi32> -> tensor<1x4xi8>
  %w = arith.constant dense<[[7, -7], [1, 2], [0, 3], [-5, 4]]> : tensor<4x2xi8>
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<1x2xi32>
  %init = linalg.fill ins(%zero : i32) outs(%e : tensor<1x2xi32>) -> tensor<1x2xi32>
  // expected-remark @below {{accumulator: K = 4, terms in [-105, 105]}}
  %acc = linalg.generic {indexing_maps = [#mk4, #kn4, #mn4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<1x4xi8>, tensor<4x2xi8>) outs(%init : tensor<1x2xi32>) {
  ^bb0(%a: i8, %b: i8, %c: i32):
    %ae = arith.extsi %a : i8 to i32
    %zp = arith.constant -8 : i32
    %ac = arith.subi %ae, %zp : i32
    %be = arith.extsi %b : i8 to i32
    %p = arith.muli %ac, %be : i32
    %s = arith.addi %c, %p : i32
    linalg.yield %s : i32
  } -> tensor<1x2xi32>
  return %acc : tensor<1x2xi32>
}

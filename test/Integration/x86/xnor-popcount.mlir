// qnt.pack_bits and qnt.xnor_popcount, executed: ±1 dot products of length
// K = 70 (not a multiple of the word) for 2 × 3 random sign vectors, with the
// bits packed into i64 words (2 per row, 58 tail bits), i8 words (9 per
// row) and left unpacked (i1). All three give init + Σ x·w (computed by
// brute force when the test was written), and the packed words are the
// bits low-first.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefI64(tensor<*xi64>) attributes { llvm.emit_c_interface }

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @main() {
  %x = arith.constant dense<[[1, -1, 1, -1, -1, -1, 1, -1, -1, -1, -1, 1, 1, -1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1, -1, 1, 1, -1, -1, 1, -1, -1, -1, 1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, 1, 1, 1, 1, 1, -1, -1, 1, -1, 1, -1, 1, 1, -1, -1, 1, 1, 1, 1, 1], [-1, -1, 1, 1, -1, -1, 1, 1, 1, 1, 1, -1, 1, 1, -1, -1, 1, -1, -1, 1, -1, -1, 1, 1, 1, -1, -1, 1, 1, 1, -1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1, -1, 1, 1, 1, -1, -1, 1, 1, 1, 1, 1, -1, 1, 1, -1, -1, -1, -1, 1, -1, -1]]> : tensor<2x70xi8>
  %w = arith.constant dense<[[1, -1, -1, -1, -1, -1, 1, -1, -1, -1, 1, -1, 1, 1, 1, 1, -1, -1, 1, 1, 1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, -1, 1, -1, -1, -1, 1, -1, -1, 1, 1, -1, -1, 1, 1, 1, -1, 1, 1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1], [-1, 1, 1, -1, -1, 1, -1, 1, -1, 1, 1, -1, 1, 1, 1, -1, -1, -1, -1, -1, -1, 1, -1, 1, 1, -1, -1, -1, -1, -1, -1, 1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, -1, -1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, -1, 1, -1, -1, 1, -1], [-1, 1, 1, -1, 1, 1, 1, -1, 1, -1, 1, -1, 1, -1, 1, 1, 1, -1, -1, 1, -1, -1, 1, -1, -1, 1, -1, 1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, 1, -1, 1, 1, -1, 1, -1, 1, 1, 1, -1, 1, 1, 1, -1, -1, -1, -1, -1, 1, 1, -1, -1, 1, -1, 1, 1, 1, -1, 1]]> : tensor<3x70xi8>
  %init = arith.constant dense<[[0, 1, 2], [10, 11, 12]]> : tensor<2x3xi32>

  %x64 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
  %w64 = qnt.pack_bits %w {axis = 1 : i64} : tensor<3x70xi8> -> tensor<3x2xi64>
  %shown = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
  %p = tensor.cast %shown : tensor<2x2xi64> to tensor<*xi64>
  call @printMemrefI64(%p) : (tensor<*xi64>) -> ()
  // CHECK:      {{\[}}[7673077702577952837,   62],
  // CHECK-NEXT:  [8042531800536922060,   8]]
  %r64 = qnt.xnor_popcount %x64, %w64, %init {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 70 : i64} : (tensor<2x2xi64>, tensor<3x2xi64>, tensor<2x3xi32>) -> tensor<2x3xi32>
  %u64 = tensor.cast %r64 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u64) : (tensor<*xi32>) -> ()
  // CHECK:      {{\[}}[2,   1,   4],
  // CHECK-NEXT:  [8,   15,   2]]

  %x8 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x9xi8>
  %w8 = qnt.pack_bits %w {axis = 1 : i64} : tensor<3x70xi8> -> tensor<3x9xi8>
  %r8 = qnt.xnor_popcount %x8, %w8, %init {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 70 : i64} : (tensor<2x9xi8>, tensor<3x9xi8>, tensor<2x3xi32>) -> tensor<2x3xi32>
  %u8 = tensor.cast %r8 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u8) : (tensor<*xi32>) -> ()
  // CHECK:      {{\[}}[2,   1,   4],
  // CHECK-NEXT:  [8,   15,   2]]

  %x1 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x70xi1>
  %w1 = qnt.pack_bits %w {axis = 1 : i64} : tensor<3x70xi8> -> tensor<3x70xi1>
  %r1 = qnt.xnor_popcount %x1, %w1, %init {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 70 : i64} : (tensor<2x70xi1>, tensor<3x70xi1>, tensor<2x3xi32>) -> tensor<2x3xi32>
  %u1 = tensor.cast %r1 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u1) : (tensor<*xi32>) -> ()
  // CHECK:      {{\[}}[2,   1,   4],
  // CHECK-NEXT:  [8,   15,   2]]
  return
}

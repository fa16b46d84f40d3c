// qnt.signed_accumulate adds and subtracts (x − z) by ternary and binary
// weights. x − z = [3, -1, 4, 2] (x = [0, -4, 1, -1], z = -3).
// Ternary columns [1, 0, -1, 1] and [-1, -1, 0, 1]: 3 − 4 + 2 = 1 and
// −3 + 1 + 2 = 0, onto the init [10, 20]. Binary bits 1011 and 0100 (k = 0
// first) as ±1: [+1, +1, −1, +1] and [−1, −1, +1, −1]: 3 − 1 − 4 + 2 = 0 and
// −3 + 1 + 4 − 2 = 0, the second one from the packed byte.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @main() {
  %x = arith.constant dense<[[0, -4, 1, -1]]> : tensor<1x4xi8>
  %init = arith.constant dense<[[10, 20]]> : tensor<1x2xi32>
  %t = arith.constant dense<[[1, -1], [0, -1], [-1, 0], [1, 1]]> : tensor<4x2xi2>
  %r = qnt.signed_accumulate %x, %t, %init {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x4xi8>, tensor<4x2xi2>, tensor<1x2xi32>) -> tensor<1x2xi32>
  %u = tensor.cast %r : tensor<1x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  // CHECK: {{\[}}[11,   20]]

  // Bits row-major over [k][n]: (1,0), (1,0), (0,1), (1,0), low bit first:
  // 0b01100101 = 101, read by qnt.unpack.
  %packed = arith.constant dense<[101]> : tensor<1xi8>
  %b = qnt.unpack %packed : tensor<1xi8> -> tensor<4x2xi1>
  %zero = arith.constant dense<0> : tensor<1x2xi32>
  %s = qnt.signed_accumulate %x, %b, %zero {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x4xi8>, tensor<4x2xi1>, tensor<1x2xi32>) -> tensor<1x2xi32>
  %v = tensor.cast %s : tensor<1x2xi32> to tensor<*xi32>
  call @printMemrefI32(%v) : (tensor<*xi32>) -> ()
  // CHECK: {{\[}}[0,   0]]
  return
}

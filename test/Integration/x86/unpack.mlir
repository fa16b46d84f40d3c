// qnt.unpack reads sub-byte integers in the documented layout: element k at
// bits [B·(k mod 8/B), +B) of byte ⌊k/(8/B)⌋, low bits first, two's
// complement.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // 0x21 0xF8 0x7F: 1, 2 | -8, -1 | -1 (the last high nibble is padding).
  vector.print str "int4\n"
  %p4 = arith.constant dense<[33, -8, 127]> : tensor<3xi8>
  %u4 = qnt.unpack %p4 : tensor<3xi8> -> tensor<5xi4>
  %e4 = tensor.empty() : tensor<5xi32>
  %w4 = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%u4 : tensor<5xi4>) outs(%e4 : tensor<5xi32>) {
  ^bb0(%in: i4, %out: i32):
    %v = arith.extsi %in : i4 to i32
    linalg.yield %v : i32
  } -> tensor<5xi32>
  %c4 = tensor.cast %w4 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%c4) : (tensor<*xi32>) -> ()
  // CHECK-LABEL: int4
  // CHECK: [1,  2,  -8,  -1,  -1]

  // 0xE4 = 0b11'10'01'00: 0, 1, -2, -1; as a 2x2 tensor.
  vector.print str "int2\n"
  %p2 = arith.constant dense<[-28]> : tensor<1xi8>
  %u2 = qnt.unpack %p2 : tensor<1xi8> -> tensor<2x2xi2>
  %e2 = tensor.empty() : tensor<2x2xi32>
  %w2 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%u2 : tensor<2x2xi2>) outs(%e2 : tensor<2x2xi32>) {
  ^bb0(%in: i2, %out: i32):
    %v = arith.extsi %in : i2 to i32
    linalg.yield %v : i32
  } -> tensor<2x2xi32>
  %c2 = tensor.cast %w2 : tensor<2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%c2) : (tensor<*xi32>) -> ()
  // CHECK-LABEL: int2
  // CHECK: {{\[}}[0,   1],
  // CHECK-NEXT: [-2,   -1]]

  // 0xA5 = 0b1010'0101, 0x01: bits low first, zero-extended.
  vector.print str "int1\n"
  %p1 = arith.constant dense<[-91, 1]> : tensor<2xi8>
  %u1 = qnt.unpack %p1 : tensor<2xi8> -> tensor<9xi1>
  %e1 = tensor.empty() : tensor<9xi32>
  %w1 = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%u1 : tensor<9xi1>) outs(%e1 : tensor<9xi32>) {
  ^bb0(%in: i1, %out: i32):
    %v = arith.extui %in : i1 to i32
    linalg.yield %v : i32
  } -> tensor<9xi32>
  %c1 = tensor.cast %w1 : tensor<9xi32> to tensor<*xi32>
  call @printMemrefI32(%c1) : (tensor<*xi32>) -> ()
  // CHECK-LABEL: int1
  // CHECK: [1,  0,  1,  0,  0,  1,  0,  1,  1]
  return
}

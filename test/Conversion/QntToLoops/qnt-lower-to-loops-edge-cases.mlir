// Inputs qnt-lower-to-loops cannot pack stay as they were, each with a
// remark naming the op and the reason; nothing else changes. A bad option
// value is an error and writes no output.

// RUN: quant-opt %s -split-input-file -qnt-lower-to-loops=target=x86-avx512-vnni -verify-diagnostics | FileCheck %s
// RUN: not quant-opt %s -qnt-lower-to-loops=remarks=maybe -o %t.mlir 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not test -e %t.mlir

// OPTION: 'maybe' is invalid value for boolean argument

// CHECK-LABEL: func.func @empty
// CHECK-NEXT: return
func.func @empty() {
  return
}

// -----

// CHECK-LABEL: func.func @dynamic
// CHECK: linalg.generic
// CHECK-NOT: qnt.vector_dot
func.func @dynamic(%x: tensor<?x4xi8>, %init: tensor<?x2xi32>) -> tensor<?x2xi32> {
  %w = arith.constant dense<1> : tensor<4x2xi8>
  // expected-remark @below {{qnt-lower-to-loops: an operand is not a non-empty statically shaped tensor; left to the reference lowering}}
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<?x4xi8>, tensor<4x2xi8>) outs(%init : tensor<?x2xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %1 = arith.extsi %b : i8 to i32
    %2 = arith.muli %0, %1 : i32
    %3 = arith.addi %o, %2 : i32
    linalg.yield %3 : i32
  } -> tensor<?x2xi32>
  return %r : tensor<?x2xi32>
}

// -----

// CHECK-LABEL: func.func @zero_size
// CHECK: linalg.generic
// CHECK-NOT: qnt.vector_dot
func.func @zero_size(%x: tensor<0x4xi8>, %init: tensor<0x2xi32>) -> tensor<0x2xi32> {
  %w = arith.constant dense<1> : tensor<4x2xi8>
  // expected-remark @below {{qnt-lower-to-loops: an operand is not a non-empty statically shaped tensor; left to the reference lowering}}
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<0x4xi8>, tensor<4x2xi8>) outs(%init : tensor<0x2xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %1 = arith.extsi %b : i8 to i32
    %2 = arith.muli %0, %1 : i32
    %3 = arith.addi %o, %2 : i32
    linalg.yield %3 : i32
  } -> tensor<0x2xi32>
  return %r : tensor<0x2xi32>
}

// -----

// Data wider than 8 bits (an i16 layer) has no 8-bit kernel.
// CHECK-LABEL: func.func @wide_data
// CHECK-NOT: qnt.vector_dot
func.func @wide_data(%x: tensor<2x4xi16>, %init: tensor<2x2xi32>) -> tensor<2x2xi32> {
  %w = arith.constant dense<1> : tensor<4x2xi8>
  // expected-remark @below {{qnt-lower-to-loops: the data is wider than 8 bits; left to the reference lowering}}
  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<2x4xi16>, tensor<4x2xi8>) outs(%init : tensor<2x2xi32>) {
  ^bb0(%a: i16, %b: i8, %o: i32):
    %0 = arith.extsi %a : i16 to i32
    %1 = arith.extsi %b : i8 to i32
    %2 = arith.muli %0, %1 : i32
    %3 = arith.addi %o, %2 : i32
    linalg.yield %3 : i32
  } -> tensor<2x2xi32>
  return %r : tensor<2x2xi32>
}

// -----

// Over 256 groups are not split into GEMMs.
// CHECK-LABEL: func.func @many_groups
// CHECK-NOT: qnt.vector_dot
func.func @many_groups(%x: tensor<1x300x2x3x3xi8>, %init: tensor<1x300x2x1x1xi32>) -> tensor<1x300x2x1x1xi32> {
  %w = arith.constant dense<1> : tensor<300x2x2x3x3xi8>
  // expected-remark @below {{qnt-lower-to-loops: 300 groups (at most 256 are split into GEMMs); left to the reference lowering}}
  %r = linalg.generic {indexing_maps = [affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g, c, oh + kh, ow + kw)>, affine_map<(n, g, f, oh, ow, c, kh, kw) -> (g, f, c, kh, kw)>, affine_map<(n, g, f, oh, ow, c, kh, kw) -> (n, g, f, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : tensor<1x300x2x3x3xi8>, tensor<300x2x2x3x3xi8>) outs(%init : tensor<1x300x2x1x1xi32>) {
  ^bb0(%a: i8, %b: i8, %o: i32):
    %0 = arith.extsi %a : i8 to i32
    %1 = arith.extsi %b : i8 to i32
    %2 = arith.muli %0, %1 : i32
    %3 = arith.addi %o, %2 : i32
    linalg.yield %3 : i32
  } -> tensor<1x300x2x1x1xi32>
  return %r : tensor<1x300x2x1x1xi32>
}

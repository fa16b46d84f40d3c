// RUN: quant-opt %s -split-input-file -qnt-lower-vector-dot -verify-diagnostics | FileCheck %s

// Each target's instruction for qnt.vector_dot.

// CHECK-LABEL: func.func @avx2
// CHECK: %[[P:.*]] = llvm.call_intrinsic "llvm.x86.avx2.pmadd.wd"(%arg1, %arg2) : (vector<16xi16>, vector<16xi16>) -> vector<8xi32>
// CHECK: arith.addi %arg0, %[[P]] : vector<8xi32>
func.func @avx2(%acc: vector<8xi32>, %a: vector<16xi16>, %b: vector<16xi16>) -> vector<8xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "i16_pairs", target = "x86-avx2"} : vector<16xi16> into vector<8xi32>
  return %r : vector<8xi32>
}

// CHECK-LABEL: func.func @vnni
// CHECK: llvm.call_intrinsic "llvm.x86.avx512.vpdpbusd.512"(%arg0, %arg1, %arg2) : (vector<16xi32>, vector<64xi8>, vector<64xi8>) -> vector<16xi32>
// CHECK-NOT: arith.addi
func.func @vnni(%acc: vector<16xi32>, %a: vector<64xi8>, %b: vector<64xi8>) -> vector<16xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "u8s8_quads", target = "x86-avx512-vnni"} : vector<64xi8> into vector<16xi32>
  return %r : vector<16xi32>
}

// CHECK-LABEL: func.func @avxvnni
// CHECK: llvm.call_intrinsic "llvm.x86.avx512.vpdpbusd.256"(%arg0, %arg1, %arg2) : (vector<8xi32>, vector<32xi8>, vector<32xi8>) -> vector<8xi32>
func.func @avxvnni(%acc: vector<8xi32>, %a: vector<32xi8>, %b: vector<32xi8>) -> vector<8xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "u8s8_quads", target = "x86-avxvnni"} : vector<32xi8> into vector<8xi32>
  return %r : vector<8xi32>
}

// CHECK-LABEL: func.func @vnni_pairs
// CHECK: llvm.call_intrinsic "llvm.x86.avx512.pmaddw.d.512"
func.func @vnni_pairs(%acc: vector<16xi32>, %a: vector<32xi16>, %b: vector<32xi16>) -> vector<16xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "i16_pairs", target = "x86-avx512-vnni"} : vector<32xi16> into vector<16xi32>
  return %r : vector<16xi32>
}

// CHECK-LABEL: func.func @sdot
// CHECK: llvm.call_intrinsic "llvm.aarch64.neon.sdot.v4i32.v16i8"(%arg0, %arg1, %arg2) : (vector<4xi32>, vector<16xi8>, vector<16xi8>) -> vector<4xi32>
func.func @sdot(%acc: vector<4xi32>, %a: vector<16xi8>, %b: vector<16xi8>) -> vector<4xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "s8s8_quads", target = "aarch64-neon-dotprod"} : vector<16xi8> into vector<4xi32>
  return %r : vector<4xi32>
}

// CHECK-LABEL: func.func @smmla
// CHECK: llvm.call_intrinsic "llvm.aarch64.neon.smmla.v4i32.v16i8"(%arg0, %arg1, %arg2) : (vector<4xi32>, vector<16xi8>, vector<16xi8>) -> vector<4xi32>
func.func @smmla(%acc: vector<4xi32>, %a: vector<16xi8>, %b: vector<16xi8>) -> vector<4xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "s8s8_mmla", target = "aarch64-i8mm"} : vector<16xi8> into vector<4xi32>
  return %r : vector<4xi32>
}

// The portable 2×2 tile: row i of lhs against row j of rhs, summed.
// CHECK-LABEL: func.func @generic_mmla
// CHECK: vector.shuffle %{{.*}}, %{{.*}} [8, 9, 10, 11, 12, 13, 14, 15]
// CHECK: vector.reduction <add>
// CHECK: vector.from_elements
func.func @generic_mmla(%acc: vector<4xi32>, %a: vector<16xi8>, %b: vector<16xi8>) -> vector<4xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "s8s8_mmla", target = "generic"} : vector<16xi8> into vector<4xi32>
  return %r : vector<4xi32>
}

// Portable: extend (zero-extend an unsigned lhs), multiply, add the lanes
// of each group.
// CHECK-LABEL: func.func @generic_quads
// CHECK-NOT: llvm.call_intrinsic
// CHECK: %[[A:.*]] = arith.extui %arg1 : vector<8xi8> to vector<8xi32>
// CHECK: %[[B:.*]] = arith.extsi %arg2 : vector<8xi8> to vector<8xi32>
// CHECK: %[[P:.*]] = arith.muli %[[A]], %[[B]] : vector<8xi32>
// CHECK: %[[T0:.*]] = vector.shuffle %[[P]], %[[P]] [0, 4] : vector<8xi32>, vector<8xi32>
// CHECK: %[[T1:.*]] = vector.shuffle %[[P]], %[[P]] [1, 5]
// CHECK: %[[S1:.*]] = arith.addi %[[T0]], %[[T1]] : vector<2xi32>
// CHECK: vector.shuffle %[[P]], %[[P]] [2, 6]
// CHECK: vector.shuffle %[[P]], %[[P]] [3, 7]
// CHECK: %[[S3:.*]] = arith.addi
// CHECK: arith.addi %arg0, %[[S3]] : vector<2xi32>
func.func @generic_quads(%acc: vector<2xi32>, %a: vector<8xi8>, %b: vector<8xi8>) -> vector<2xi32> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "u8s8_quads", target = "generic"} : vector<8xi8> into vector<2xi32>
  return %r : vector<2xi32>
}

// -----

// Pair sums into i16 lanes: vpmaddubsw + vpaddw on AVX2; portable: the sums
// in i32, narrowed to the i16 lanes.

// CHECK-LABEL: func.func @pairs_i16
// CHECK: %[[P:.*]] = llvm.call_intrinsic "llvm.x86.avx2.pmadd.ub.sw"(%arg1, %arg2) : (vector<32xi8>, vector<32xi8>) -> vector<16xi16>
// CHECK: arith.addi %arg0, %[[P]] : vector<16xi16>
// CHECK: %[[W:.*]] = arith.addi %{{.*}}, %{{.*}} : vector<16xi32>
// CHECK: %[[N:.*]] = arith.trunci %[[W]] : vector<16xi32> to vector<16xi16>
// CHECK: arith.addi %arg0, %[[N]] : vector<16xi16>
func.func @pairs_i16(%acc: vector<16xi16>, %a: vector<32xi8>, %b: vector<32xi8>) -> (vector<16xi16>, vector<16xi16>) {
  %r = qnt.vector_dot %acc, %a, %b {kind = "u8s8_pairs_i16", target = "x86-avx2"} : vector<32xi8> into vector<16xi16>
  %s = qnt.vector_dot %acc, %a, %b {kind = "u8s8_pairs_i16", target = "generic"} : vector<32xi8> into vector<16xi16>
  return %r, %s : vector<16xi16>, vector<16xi16>
}

// -----

func.func @unknown_target(%acc: vector<8xi32>, %a: vector<16xi16>, %b: vector<16xi16>) -> vector<8xi32> {
  // expected-error @below {{'qnt.vector_dot' op names an unknown target 'host'}}
  %r = qnt.vector_dot %acc, %a, %b {kind = "i16_pairs", target = "host"} : vector<16xi16> into vector<8xi32>
  return %r : vector<8xi32>
}

// -----

// xor + popcount on 64-bit lanes, whatever the words: LLVM's vector popcount
// becomes the target's instruction (vpopcntq, vpshufb lookups, cnt).

// CHECK-LABEL: func.func @xor_popcount
// CHECK: %[[X:.*]] = vector.bitcast %arg1 : vector<32xi16> to vector<8xi64>
// CHECK: %[[Y:.*]] = vector.bitcast %arg2 : vector<32xi16> to vector<8xi64>
// CHECK: %[[D:.*]] = arith.xori %[[X]], %[[Y]] : vector<8xi64>
// CHECK: %[[N:.*]] = llvm.intr.ctpop(%[[D]]) : (vector<8xi64>) -> vector<8xi64>
// CHECK: arith.addi %arg0, %[[N]] : vector<8xi64>
func.func @xor_popcount(%acc: vector<8xi64>, %a: vector<32xi16>, %b: vector<32xi16>) -> vector<8xi64> {
  %r = qnt.vector_dot %acc, %a, %b {kind = "xor_popcount", target = "x86-avx512-vnni"} : vector<32xi16> into vector<8xi64>
  return %r : vector<8xi64>
}

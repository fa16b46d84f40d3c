// RUN: not quant-opt %s -qnt-lower-to-loops=target=sparc -o %t.mlir 2>&1 | FileCheck %s
// RUN: not test -e %t.mlir
// RUN: not quant-opt %s -qnt-lower-pipeline=target=x86 2>&1 | FileCheck %s --check-prefix=PIPELINE

// CHECK: error: qnt-lower-to-loops: unknown target 'sparc'; expected one of: generic, x86-avx2, x86-avxvnni, x86-avx512-vnni, aarch64-neon-dotprod, aarch64-i8mm, host
// PIPELINE: error: qnt-lower-to-loops: unknown target 'x86'
func.func @f(%x: tensor<2xi8>) -> tensor<2xi8> {
  return %x : tensor<2xi8>
}

// The quant-opt driver itself (not the plugin in a stock mlir-opt).
// REQUIRES: quant-opt-driver

// quant-opt fails cleanly (non-zero exit, no crash, a message that names the
// problem) on bad inputs and bad command lines. `not` fails the test if the
// tool crashes instead of exiting with an error.

// RUN: not quant-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: cannot open input file '{{.*}}does-not-exist.mlir'

// RUN: not quant-opt %S/Inputs/malformed.mlir 2>&1 | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: malformed.mlir:4:56: error: expected ':'
// MALFORMED-NEXT: %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5>

// RUN: not quant-opt %s --no-such-pass 2>&1 | FileCheck %s --check-prefix=UNKNOWN-FLAG
// UNKNOWN-FLAG: Unknown command line argument '--no-such-pass'

// RUN: not quant-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN-PASS
// UNKNOWN-PASS: 'no-such-pass' does not refer to a registered pass or pass pipeline

// RUN: not quant-opt %s --pass-pipeline='builtin.module(qnt-lower-to-arith{bogus=1})' 2>&1 | FileCheck %s --check-prefix=UNKNOWN-OPTION
// RUN: not quant-opt %s --qnt-lower-to-arith=bogus=1 2>&1 | FileCheck %s --check-prefix=UNKNOWN-OPTION
// UNKNOWN-OPTION: error: <Pass-Options-Parser>: no such option bogus

// The pass is registered and its flag shows the ODS summary; the dialect is
// registered too.
// RUN: quant-opt --help | FileCheck %s --check-prefix=HELP
// HELP: Available Dialects: {{.*}} qnt, {{.*}}quant
// HELP: --qnt-lower-to-arith {{ *}}- Lower qnt ops and quant.qcast/dcast to linalg.generic + arith (the reference semantics)

// The input itself is valid, so only the option errors above can fail it.
// RUN: quant-opt %s -qnt-lower-to-arith | FileCheck %s --check-prefix=VALID
// VALID-LABEL: func.func @valid
// VALID-NOT: qnt.
func.func @valid(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.observe %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

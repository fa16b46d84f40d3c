// A bad value for any option of any qnt pass or pipeline is an error that
// names the option and the value, exits non-zero and writes no output file.
// (Options whose values need a model, like calibration files and budgets,
// have their own negative tests beside their passes.)

// RUN: not quant-opt %s -qnt-fold-batchnorm=remarks=2 -o %t.0.mlir 2>&1 | FileCheck %s --check-prefix=E0
// RUN: not test -e %t.0.mlir
// E0: '2' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-ternarize=method=magic -o %t.1.mlir 2>&1 | FileCheck %s --check-prefix=E1
// RUN: not test -e %t.1.mlir
// E1: Cannot find option named 'magic'
// RUN: not quant-opt %s -qnt-ternarize=quantize-first-last=x -o %t.2.mlir 2>&1 | FileCheck %s --check-prefix=E2
// RUN: not test -e %t.2.mlir
// E2: 'x' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-ternarize=layers=nosuchlayer -o %t.3.mlir 2>&1 | FileCheck %s --check-prefix=E3
// RUN: not test -e %t.3.mlir
// E3: no convolution or matmul is named 'nosuchlayer'
// RUN: not quant-opt %s -qnt-binarize=activations=maybe -o %t.4.mlir 2>&1 | FileCheck %s --check-prefix=E4
// RUN: not test -e %t.4.mlir
// E4: 'maybe' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-binarize=quantize-first-last=x -o %t.5.mlir 2>&1 | FileCheck %s --check-prefix=E5
// RUN: not test -e %t.5.mlir
// E5: 'x' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-binarize=layers=nosuch -o %t.6.mlir 2>&1 | FileCheck %s --check-prefix=E6
// RUN: not test -e %t.6.mlir
// E6: no convolution or matmul is named 'nosuch'
// RUN: not quant-opt %s -qnt-insert-fake-quant=activation-scheme=sideways -o %t.7.mlir 2>&1 | FileCheck %s --check-prefix=E7
// RUN: not test -e %t.7.mlir
// E7: Cannot find option named 'sideways'
// RUN: not quant-opt %s -qnt-insert-fake-quant=weight-bits=40 -o %t.8.mlir 2>&1 | FileCheck %s --check-prefix=E8
// RUN: not test -e %t.8.mlir
// E8: weight-bits must be in 2..16, got 40
// RUN: not quant-opt %s -qnt-insert-fake-quant=activation-bits=0 -o %t.9.mlir 2>&1 | FileCheck %s --check-prefix=E9
// RUN: not test -e %t.9.mlir
// E9: activation-bits must be in 2..16, got 0
// RUN: not quant-opt %s -qnt-insert-fake-quant=per-channel=maybe -o %t.10.mlir 2>&1 | FileCheck %s --check-prefix=E10
// RUN: not test -e %t.10.mlir
// E10: 'maybe' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-insert-fake-quant=power-of-two=maybe -o %t.11.mlir 2>&1 | FileCheck %s --check-prefix=E11
// RUN: not test -e %t.11.mlir
// E11: 'maybe' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-insert-fake-quant=weight-narrow-range=maybe -o %t.12.mlir 2>&1 | FileCheck %s --check-prefix=E12
// RUN: not test -e %t.12.mlir
// E12: 'maybe' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-calibrate=num-bins=0 -o %t.13.mlir 2>&1 | FileCheck %s --check-prefix=E13
// RUN: not test -e %t.13.mlir
// E13: num-bins must be in 1..16777216, got 0
// RUN: not quant-opt %s -qnt-calibrate=method=guess -o %t.14.mlir 2>&1 | FileCheck %s --check-prefix=E14
// RUN: not test -e %t.14.mlir
// E14: Cannot find option named 'guess'
// RUN: not quant-opt %s -qnt-accumulator-width=remarks=x -o %t.15.mlir 2>&1 | FileCheck %s --check-prefix=E15
// RUN: not test -e %t.15.mlir
// E15: 'x' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-realize=double-round=x -o %t.16.mlir 2>&1 | FileCheck %s --check-prefix=E16
// RUN: not test -e %t.16.mlir
// E16: 'x' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-realize=remarks=x -o %t.17.mlir 2>&1 | FileCheck %s --check-prefix=E17
// RUN: not test -e %t.17.mlir
// E17: 'x' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-assign-bitwidths=cost=nonsense -o %t.18.mlir 2>&1 | FileCheck %s --check-prefix=E18
// RUN: not test -e %t.18.mlir
// E18: Cannot find option named 'nonsense'
// RUN: not quant-opt %s -qnt-assign-bitwidths=strategy=coin -o %t.19.mlir 2>&1 | FileCheck %s --check-prefix=E19
// RUN: not test -e %t.19.mlir
// E19: Cannot find option named 'coin'
// RUN: not quant-opt %s -qnt-lower-to-loops=target=sparc -o %t.20.mlir 2>&1 | FileCheck %s --check-prefix=E20
// RUN: not test -e %t.20.mlir
// E20: unknown target 'sparc'
// RUN: not quant-opt %s -qnt-lower-to-loops=remarks=maybe -o %t.21.mlir 2>&1 | FileCheck %s --check-prefix=E21
// RUN: not test -e %t.21.mlir
// E21: 'maybe' is invalid value for boolean argument
// RUN: not quant-opt %s -qnt-lower-pipeline=target=mips -o %t.22.mlir 2>&1 | FileCheck %s --check-prefix=E22
// RUN: not test -e %t.22.mlir
// E22: unknown target 'mips'

func.func @f(%x: tensor<2xi8>) -> tensor<2xi8> {
  return %x : tensor<2xi8>
}

// Bad options and inputs: a clear error and a non-zero exit.
// RUN: not quant-opt %s -qnt-assign-bitwidths=candidates=8,9 2>&1 | FileCheck %s --check-prefix=CAND
// RUN: not quant-opt %s -qnt-assign-bitwidths=budget=0 2>&1 | FileCheck %s --check-prefix=BUDGET
// RUN: not quant-opt %s -qnt-assign-bitwidths=budget=1.5 2>&1 | FileCheck %s --check-prefix=BUDGET
// RUN: not quant-opt %s -qnt-assign-bitwidths=pins=fc1 2>&1 | FileCheck %s --check-prefix=PINFORM
// RUN: not quant-opt %s -qnt-assign-bitwidths=pins=fc1=w9a8 2>&1 | FileCheck %s --check-prefix=PINWIDTH
// RUN: not quant-opt %s -qnt-assign-bitwidths=pins=nope=4 2>&1 | FileCheck %s --check-prefix=PINNAME
// RUN: not quant-opt %s -qnt-assign-bitwidths="pin-first-last=false pins=fc2=w4a4,fc3=w4a8" 2>&1 | FileCheck %s --check-prefix=PINSHARED
// RUN: not quant-opt %s -qnt-assign-bitwidths=cost=latency 2>&1 | FileCheck %s --check-prefix=LATNONE
// RUN: not quant-opt %s -qnt-assign-bitwidths="cost=latency latency-table=%t.missing.json" 2>&1 | FileCheck %s --check-prefix=LATMISSING
// RUN: not quant-opt %s -qnt-assign-bitwidths="cost=latency latency-table=%s" 2>&1 | FileCheck %s --check-prefix=LATJSON
// RUN: echo '{"macs_per_ns": {"w8a8": 10}}' > %t.table.json
// RUN: not quant-opt %s -qnt-assign-bitwidths="cost=latency latency-table=%t.table.json" 2>&1 | FileCheck %s --check-prefix=LATKEY
// RUN: not quant-opt %s -qnt-assign-bitwidths=strategy=sensitivity 2>&1 | FileCheck %s --check-prefix=NOCAL
// RUN: not quant-opt %s -qnt-assign-bitwidths="strategy=sensitivity calibration=%t.missing.npy" 2>&1 | FileCheck %s --check-prefix=CALMISSING
// RUN: not quant-opt %s -qnt-assign-bitwidths="strategy=sensitivity calibration=%S/Inputs/calibration.npy" 2>&1 | FileCheck %s --check-prefix=CALSHAPE
// RUN: %python -c "import struct; h=\"{'descr': '<f4', 'fortran_order': False, 'shape': (1, 4), }\"; h+=' '*(118-len(h))+'\n'; open('%t.nan.npy','wb').write(b'\x93NUMPY\x01\x00'+struct.pack('<H',len(h))+h.encode()+struct.pack('<4f',1,float('nan'),0,0))"
// RUN: not quant-opt %s -qnt-assign-bitwidths="strategy=sensitivity calibration=%t.nan.npy" 2>&1 | FileCheck %s --check-prefix=CALNAN
// RUN: not quant-opt %s -qnt-assign-bitwidths="strategy=sensitivity calibration=%t.nan.npy,%t.nan.npy" 2>&1 | FileCheck %s --check-prefix=CALCOUNT
// RUN: not quant-opt %s -qnt-assign-bitwidths="report=%t.missing-dir/r.json" 2>&1 | FileCheck %s --check-prefix=REPORT

// CAND: error: qnt-assign-bitwidths: candidates must be in 2..8, got 9
// BUDGET: error: qnt-assign-bitwidths: budget must be in (0, 1] (a fraction of the all-8-bit cost)
// PINFORM: error: qnt-assign-bitwidths: pins: 'fc1': no '=' (expected name=B or name=wBaB, B in 2..8)
// PINWIDTH: error: qnt-assign-bitwidths: pins: 'fc1=w9a8': not a width
// PINNAME: error: qnt-assign-bitwidths: pins: no convolution or matmul is named 'nope'
// PINSHARED: error: loc("fc3"): qnt-assign-bitwidths: pinned to 8-bit activations, but a layer reading the same tensor is pinned to 4
// LATNONE: error: qnt-assign-bitwidths: cost=latency needs latency-table=<file.json>
// LATMISSING: error: qnt-assign-bitwidths: latency-table: cannot read '{{.*}}missing.json'
// LATJSON: error: qnt-assign-bitwidths: latency-table: '{{.*}}' is not JSON
// LATKEY: error: qnt-assign-bitwidths: latency-table: no rate for w{{[0-9]}}a{{[0-9]}}
// NOCAL: error: qnt-assign-bitwidths: strategy=sensitivity needs calibration=<input.npy,...>
// CALMISSING: error: qnt-assign-bitwidths: calibration: {{.*}}missing.npy
// CALSHAPE: error: qnt-assign-bitwidths: calibration: '{{.*}}calibration.npy': an array of shape [8,4,16] is neither a sample of shape [1,4] nor a batch of them
// CALNAN: error: qnt-assign-bitwidths: calibration: '{{.*}}nan.npy' contains NaN or Inf
// CALCOUNT: error: qnt-assign-bitwidths: calibration: 'three_layers' takes 1 inputs, 2 files given
// REPORT: error: qnt-assign-bitwidths: report: cannot write '{{.*}}r.json'

func.func @three_layers(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [0.5, 0.5, 0.5, 0.5], [1.0, -1.0, 1.0, -1.0], [0.1, 0.2, 0.3, 0.4]]> : tensor<4x4xf32>
  %e1 = tensor.empty() : tensor<1x4xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h1 = linalg.matmul ins(%x, %w1 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f1 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc1")
  %w2 = arith.constant dense<[[0.9, -0.1, -1.1, 0.05], [0.2, 0.2, -0.2, 3.0], [1.0, 1.0, 1.0, 1.0], [0.5, -0.5, 0.25, 0.0]]> : tensor<4x4xf32>
  %h2 = linalg.matmul ins(%h1, %w2 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f1 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc2")
  %h3 = linalg.matmul ins(%h1, %w2 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f1 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc3")
  %s = linalg.add ins(%h2, %h3 : tensor<1x4xf32>, tensor<1x4xf32>) outs(%e1 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %w4 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [0.5, 0.5], [1.0, -1.0]]> : tensor<4x2xf32>
  %e4 = tensor.empty() : tensor<1x2xf32>
  %f4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%s, %w4 : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f4 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc4")
  return %y : tensor<1x2xf32>
}

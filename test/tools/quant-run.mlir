// quant-run: .npy in and out, batches, integer types, latency, bad input.
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 1,4 "1 2 3 4"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.batch.npy 3,1,4 "1 2 3 4 -1 -2 -3 -4 0 0 0 1"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.rows.npy 2,4 "1 2 3 4 0 0 0 1"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.wide.npy 1,5 "1 2 3 4 5"
// RUN: quant-run %s --entry mlp --input %t.x.npy | FileCheck %s --check-prefix=ONE
// An ONNX TensorProto (dims 1, 4; FLOAT; raw_data), as the ONNX test suites
// store inputs.
// RUN: %python -c "import struct; d = struct.pack('<4f', 1, 2, 3, 4); open('%t.x.pb', 'wb').write(bytes([8, 1, 8, 4, 16, 1, 74, len(d)]) + d)"
// RUN: quant-run %s --entry mlp --input %t.x.pb | FileCheck %s --check-prefix=ONE
// RUN: %python -c "open('%t.bad.pb', 'wb').write(bytes([8, 1, 8, 4, 16, 1, 74, 9, 0]))"
// RUN: not quant-run %s --entry mlp --input %t.bad.pb 2>&1 | FileCheck %s --check-prefix=BADPB
// RUN: quant-run %s --entry mlp --input %t.batch.npy | FileCheck %s --check-prefix=BATCH
// RUN: quant-run %s --entry mlp --input %t.rows.npy --output %t.out.npy
// RUN: %python -c "print(open('%t.out.npy', 'rb').read()[10:70])" | FileCheck %s --check-prefix=WRITTEN
// RUN: not quant-run %s --entry mlp --input %t.x.npy --no-such-option 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.i8.npy 4 "-128 1 127 -1" "|i1"
// RUN: quant-run %s --entry widen --input %t.i8.npy --bench 3 | FileCheck %s --check-prefix=INT
// RUN: not quant-run %s --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=AMBIGUOUS
// RUN: not quant-run %s --entry mlp --input %t.wide.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not quant-run %s --entry mlp --input %t.missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not quant-run %s --entry mlp 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not quant-run %s --entry widen --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not quant-run %s --entry dynamic --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=DYNAMIC
// RUN: not quant-run %s --entry nope --input %t.x.npy 2>&1 | FileCheck %s --check-prefix=NOPE
// RUN: not quant-run %t.missing.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE

// y = relu(x·w1)·w2 with the ReLU in the middle.
// ONE: result #0: <f4 [1,2]
// ONE-NEXT: 1.250000e+01 7.500000e+00
// BATCH: result #0: <f4 [3,1,2]
// BATCH-NEXT: 1.250000e+01 7.500000e+00 0.000000e+00 0.000000e+00 1.000000e+00 -1.000000e+00
// WRITTEN: 'descr': '<f4', 'fortran_order': False, 'shape': (2, 2)
// OPTION: Unknown command line argument '--no-such-option'
// INT: latency per call (ms, 3 runs of 1 calls): min {{[0-9.]+}} median {{[0-9.]+}} max {{[0-9.]+}}
// INT: result #0: <i4 [4]
// INT-NEXT: -256 2 254 -2
// AMBIGUOUS: quant-run: error: the module has 3 public functions with a body; choose one with --entry
// SHAPE: quant-run: error: '{{.*}}wide.npy' has shape [1,5]; the argument takes [1,4] (or a batch of them along a leading dimension)
// MISSING: quant-run: error: {{.*}}missing.npy
// COUNT: quant-run: error: 'mlp' takes 1 inputs, 0 given
// DTYPE: quant-run: error: '{{.*}}x.npy' holds <f4 data; the argument is i8
// DYNAMIC: quant-run: error: function 'dynamic': argument #0 has type tensor<?x4xf32>
// NOPE: quant-run: error: no function named 'nope' with a body
// NOFILE: quant-run: error: cannot parse
// BADPB: quant-run: error: '{{.*}}bad.pb': malformed TensorProto: field runs past the end

func.func @mlp(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<[[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]]> : tensor<4x4xf32>
  %e = tensor.empty() : tensor<1x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h = linalg.matmul ins(%x, %w1 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f : tensor<1x4xf32>) -> tensor<1x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%h : tensor<1x4xf32>) outs(%e : tensor<1x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %gt = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %gt, %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  %w2 = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [0.5, 0.5], [1.0, -1.0]]> : tensor<4x2xf32>
  %e2 = tensor.empty() : tensor<1x2xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%r, %w2 : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f2 : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// i8 → i32: 2·x sign-extended (so -128 → -256 and 127 → 254, no wrap).
func.func @widen(%x: tensor<4xi8>) -> tensor<4xi32> {
  %e = tensor.empty() : tensor<4xi32>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%x : tensor<4xi8>) outs(%e : tensor<4xi32>) {
  ^bb0(%in: i8, %out: i32):
    %w = arith.extsi %in : i8 to i32
    %d = arith.addi %w, %w : i32
    linalg.yield %d : i32
  } -> tensor<4xi32>
  return %y : tensor<4xi32>
}

func.func @dynamic(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %x : tensor<?x4xf32>
}

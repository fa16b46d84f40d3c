// qnt-ptq-pipeline on bad input: a clear error and a non-zero exit.
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 1,4 "1 2 3 4"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.inf.npy 1,4 "1 inf 3 4"
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.wide.npy 1,5 "1 2 3 4 5"
// RUN: not quant-opt %s -qnt-ptq-pipeline="calibration=%t.x.npy" 2>&1 | FileCheck %s --check-prefix=NOLAYER
// RUN: not quant-opt %s -qnt-ptq-pipeline="calibration=%t.inf.npy entry=no_layers" 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not quant-opt %s -qnt-ptq-pipeline="calibration=%t.x.npy method=fancy" 2>&1 | FileCheck %s --check-prefix=METHOD
// RUN: not quant-opt %s -qnt-ptq-pipeline="calibration=%t.x.npy bits=1" 2>&1 | FileCheck %s --check-prefix=BITS

// NOLAYER: error: qnt-calibrate: no function has a quantizable op (a convolution or matmul with a constant weight)
// ENTRY: error: qnt-calibrate: function 'no_layers' has no quantizable op (a convolution or matmul with a constant weight)
// METHOD: for the --method option: Cannot find option named 'fancy'!
// BITS: error: qnt-calibrate: activation-bits must be in 2..16, got 1
func.func @no_layers(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %e = tensor.empty() : tensor<1x4xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<1x4xf32>) outs(%e : tensor<1x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.exp %in : f32
    linalg.yield %v : f32
  } -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}

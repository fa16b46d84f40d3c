// TSQ's sparse activation quantizer Q_ε (fake_quant sparse_threshold): set
// by qnt-calibrate's `sparsity`, and realized in integers.
// RUN: quant-opt %s -qnt-realize | FileCheck %s
// RUN: quant-opt %s -qnt-realize -o %t.int.mlir
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 6,1,3 randn:11
// RUN: quant-run %s --input %t.x.npy --output %t.fq.npy
// RUN: quant-run %t.int.mlir --input %t.x.npy --output %t.int.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.fq.npy %t.int.npy 1000 | FileCheck %s --check-prefix=EXACT
// RUN: quant-opt %s -qnt-calibrate="calibration=%t.x.npy sparsity=0.5 entry=tsq" | FileCheck %s --check-prefix=CALIBRATE
// RUN: not quant-opt %s -qnt-calibrate="calibration=%t.x.npy sparsity=1.5" 2>&1 | FileCheck %s --check-prefix=BAD

// On the input (float): keep x > 0.3, i.e. x ≥ the next float. After the
// matmul (weights on their grid, zero bias: the accumulator is exact) the
// threshold moves onto it: keep acc·s > 0.6 with s = 0.25·0.5 = 0.125, so
// acc ≥ ⌊0.6/0.125⌋ + 1 = 5; elsewhere the zero point.
// CHECK-LABEL: func.func @tsq
// CHECK:       %[[Q:.*]] = quant.scast %{{.*}} to tensor<1x3xi8>
// CHECK:       %[[K:.*]] = qnt.threshold %arg0 thresholds dense<0.300000042> : tensor<1xf32> : tensor<1x3xf32> -> tensor<1x3xi8>
// CHECK:       linalg.generic {{.*}} ins(%[[K]], %[[Q]] : tensor<1x3xi8>, tensor<1x3xi8>)
// CHECK:         arith.select
// CHECK:       %[[ACC:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x2xi32>)
// CHECK:       %[[R:.*]] = qnt.requantize %[[ACC]]
// CHECK:       %[[KA:.*]] = qnt.threshold %[[ACC]] thresholds dense<5> : tensor<1xi32> : tensor<1x2xi32> -> tensor<1x2xi8>
// CHECK:       linalg.generic {{.*}} ins(%[[KA]], %[[R]] : tensor<1x2xi8>, tensor<1x2xi8>)
// CHECK-NOT:   qnt.fake_quant
// EXACT: sqnr_ok inf
// CALIBRATE: qnt.fake_quant %{{.*}} sparse_threshold
// BAD: error: qnt-calibrate: sparsity must be in [0, 1), got 1.5

func.func @tsq(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %xq = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.25:-20> sparse_threshold 0.3 : tensor<1x3xf32>
  %w = arith.constant dense<[[1.0, -0.5], [0.5, 1.0], [-1.0, 1.5]]> : tensor<3x2xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32, 0.5> : tensor<3x2xf32>
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<1x3xf32>, tensor<3x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<1x2xf32>) outs(%e : tensor<1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x2xf32>
  %rq = qnt.fake_quant %r to !quant.uniform<i8:f32, 0.125:-128> sparse_threshold 0.6 : tensor<1x2xf32>
  return %rq : tensor<1x2xf32>
}

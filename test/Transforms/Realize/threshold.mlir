// Threshold quantizers (N2UQ, FINN's MultiThreshold) in the integer graph.
// RUN: quant-opt %s -qnt-realize | FileCheck %s
// RUN: quant-opt %s -qnt-realize -o %t.int.mlir
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.x.npy 5,1,3 randn:7
// RUN: quant-run %s --input %t.x.npy --output %t.fq.npy
// RUN: quant-run %t.int.mlir --input %t.x.npy --output %t.int.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.fq.npy %t.int.npy 1000 | FileCheck %s --check-prefix=EXACT

// On the input (float at the boundary) the float thresholds count
// directly. After the matmul (weights exact on their grid, zero bias, so
// the accumulator is exact) the thresholds move onto the i32 accumulator:
// ⌈t / (s_x·s_w)⌉ with s_x·s_w = 0.25·0.5 = 0.125: -0.3 → -2, 0.1 → 1,
// 0.7 → 6; after the ReLU, -0.3 is always reached (i32 min).

// CHECK-LABEL: func.func @threshold_mlp
// CHECK:       %[[X:.*]] = qnt.threshold %arg0 thresholds dense<[-1.000000e+00, 0.000000e+00, 1.000000e+00]> : tensor<3xf32> : tensor<1x3xf32> -> tensor<1x3xi8>
// CHECK:       %[[ACC:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3xi8>, tensor<3x2xi8>)
// CHECK:         arith.subi %{{.*}}, %c1_i32
// CHECK:       qnt.threshold %[[ACC]] thresholds dense<[-2147483648, 1, 6]> : tensor<3xi32> : tensor<1x2xi32> -> tensor<1x2xi8>
// CHECK-NOT:   qnt.fake_quant
// EXACT: sqnr_ok inf

func.func @threshold_mlp(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  // 4 levels {-0.25, 0, 0.25, 0.5} counted by thresholds -1, 0, 1.
  %xq = qnt.fake_quant %x to !qnt.threshold<ui2:f32, {-1.0, 0.0, 1.0}, 0.25:1> : tensor<1x3xf32>
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
  %rq = qnt.fake_quant %r to !qnt.threshold<ui2:f32, {-0.3, 0.1, 0.7}, 0.5:0> : tensor<1x2xf32>
  return %rq : tensor<1x2xf32>
}

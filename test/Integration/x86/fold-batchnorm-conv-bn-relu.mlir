// qnt-fold-batchnorm end to end: a conv + batch-norm + ReLU network is run
// folded and unfolded in ONE execution and the outputs are compared.
//
//   conv 3x3 stride 2 (tensor.pad 1)   -> BN (torch-mlir generic, outs = input) -> ReLU
//   depthwise conv 3x3 (tensor.pad 1)  -> BN and ReLU (maximumf) in one generic
//   conv 1x1 with bias (broadcast init) -> qnt.batch_norm -> ReLU
//   global average pooling -> fully connected (transpose + matmul + bias)
//   -> BatchNorm1d (generic, (d0, d1) -> (d1))
//
// Running variances span 1e-3 .. 10 (both ends in the depthwise layer, where
// eps = 1e-5 is 1% of the smallest, so a fold that dropped or misplaced eps
// would show), a third of the gammas are negative, and every conv filter is
// scaled so that its output on the fixed input has the mean square its
// running variance records (so the activations stay O(1)). The parameters
// are fixed pseudo-random values; `expected` is this network evaluated in
// float64 by an independent Python model.
//
// @net holds its batch-norm statistics as constants: qnt-fold-batchnorm folds
// all four into the conv / depthwise / matmul weights and biases. @net_ref
// is the same network with the statistics sliced out of a function argument:
// not constants, so nothing in it is folded (remarks=false keeps the
// expected "not folded" remarks out of the log), and batch-norm is computed
// at run time. @main runs both on the same input, prints both outputs and
//   fold_matches_reference:   max|net - net_ref| <= 1e-5 * max|net_ref|
//   reference_matches_python: max|net_ref - expected| <= 1e-5 * max|expected|,
//                             expected = this network in float64 (Python)
// The printed values are checked to the digits on which every float within
// 1e-5 (relative to the largest output) of the float64 result agrees.
//
// RUN 1 executes the folded module; RUN 2 the unfolded one (same output);
// RUN 3 checks that @net really was folded, so that RUN 1 cannot pass by
// folding nothing.

// RUN: quant-opt %s -qnt-fold-batchnorm=remarks=false | quant-opt %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s
// RUN: quant-opt %s %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s
// RUN: quant-opt %s -qnt-fold-batchnorm=remarks=false | FileCheck %s --check-prefix=IR

// CHECK-LABEL: net:
// CHECK-NEXT:  Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [1, 5] strides = [5, 1] data =
// CHECK-NEXT:  {{\[\[}}-1.336{{[0-9.e+-]*}}, {{ *}}0.2322{{[0-9.e+-]*}}, {{ *}}-0.1749{{[0-9.e+-]*}}, {{ *}}-2.5883{{[0-9.e+-]*}}, {{ *}}-1.1562{{[0-9.e+-]*}}{{\]\]}}
// CHECK-LABEL: net_ref:
// CHECK-NEXT:  Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [1, 5] strides = [5, 1] data =
// CHECK-NEXT:  {{\[\[}}-1.336{{[0-9.e+-]*}}, {{ *}}0.2322{{[0-9.e+-]*}}, {{ *}}-0.1749{{[0-9.e+-]*}}, {{ *}}-2.5883{{[0-9.e+-]*}}, {{ *}}-1.1562{{[0-9.e+-]*}}{{\]\]}}
// CHECK-NEXT:  fold_matches_reference: 1
// CHECK-NEXT:  reference_matches_python: 1

// IR-LABEL: func.func @net(
// IR-NOT:   math.rsqrt
// IR:       %[[B1:.+]] = linalg.broadcast ins(%{{.+}} : tensor<6xf32>) outs(%{{.+}} : tensor<1x6x5x5xf32>) dimensions = [0, 2, 3]
// IR:       linalg.conv_2d_nchw_fchw {{.*}}strides = dense<2> : vector<2xi64>} ins({{.*}}) outs(%[[B1]] : tensor<1x6x5x5xf32>)
// IR-NOT:   math.rsqrt
// IR:       %[[B2:.+]] = linalg.broadcast ins(%{{.+}} : tensor<6xf32>) outs(%{{.+}} : tensor<1x6x5x5xf32>) dimensions = [0, 2, 3]
// IR:       %[[DW:.+]] = linalg.depthwise_conv_2d_nchw_chw {{.*}} outs(%[[B2]] : tensor<1x6x5x5xf32>)
// IR-NOT:   math.rsqrt
// IR:       linalg.generic {{.*}} ins(%[[DW]] : tensor<1x6x5x5xf32>)
// IR-NEXT:  ^bb0(%[[IN:.+]]: f32, %{{.+}}: f32):
// IR-NEXT:    arith.maximumf %[[IN]], %{{.+}} : f32
// IR-NOT:   math.rsqrt
// IR:       %[[B3:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x5x5xf32>) dimensions = [0, 2, 3]
// IR:       linalg.conv_2d_nchw_fchw {{.*}} outs(%[[B3]] : tensor<1x8x5x5xf32>)
// IR-NOT:   qnt.batch_norm
// IR-NOT:   math.rsqrt
// IR:       %[[B5:.+]] = linalg.broadcast ins(%{{.+}} : tensor<5xf32>) outs(%{{.+}} : tensor<1x5xf32>) dimensions = [0]
// IR:       %[[MM:.+]] = linalg.matmul ins({{.*}}) outs(%[[B5]] : tensor<1x5xf32>)
// IR-NEXT:  return %[[MM]]
// IR-LABEL: func.func @net_ref(
// IR:       qnt.batch_norm

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#ch2 = affine_map<(d0, d1) -> (d1)>

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @net(%x: tensor<1x3x9x9xf32>) -> tensor<1x5xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %eps = arith.constant 1.000000e-05 : f64
  %count = arith.constant 2.500000e+01 : f32
  %w1 = arith.constant dense<[[[[-0.04207, -0.01204, 0.02397], [0.1163, -0.02283, 0.1201], [0.0004744, 0.009152, 0.00676]], [[-0.1384, -0.01722, -0.09116], [-0.1427, 0.08606, -0.09424], [-0.007624, 0.06477, 0.01625]], [[-0.05006, 0.005278, 0.01595], [0.08176, -0.1133, 0.01734], [-0.07233, -0.06416, 0.07831]]], [[[0.004751, 0.03802, 0.1601], [0.2541, -0.03496, 0.06931], [0.003421, 0.007493, 0.1187]], [[-0.02935, 0.0205, -0.01353], [0.272, 0.1227, 0.2319], [0.2724, -0.1481, 0.03666]], [[0.273, 0.2094, -0.2235], [-0.233, -0.03565, -0.2633], [-0.1597, -0.2629, 0.1044]]], [[[0.2254, 0.3151, -0.2743], [0.1716, 0.1272, -0.2834], [0.3038, 0.3711, -0.2226]], [[0.3591, -0.08075, -0.01011], [0.3888, 0.2638, -0.2687], [-0.05435, 0.01238, -0.1277]], [[-0.2415, -0.144, 0.1763], [-0.3813, 0.0429, -0.04726], [-0.3825, -0.1338, 0.09833]]], [[[0.01402, -0.4983, 0.5547], [0.3298, 0.5394, -0.452], [-0.2681, -0.5266, 0.319]], [[-0.2625, -0.4237, -0.08891], [0.4705, 0.3648, -0.2761], [-0.401, 0.4794, 0.08074]], [[0.2293, -0.4696, -0.5061], [0.2152, -0.08541, -0.489], [0.5013, 0.1538, 0.345]]], [[[-1.227, 1.05, -1.278], [1.069, -0.1363, -0.474], [0.1564, 1.258, -0.6845]], [[-1.093, 0.07936, -0.7711], [-1.151, -0.9981, -1.326], [-0.8793, -0.5544, -0.5747]], [[0.7652, -0.6191, 0.0002612], [-0.9497, -0.4509, -1.421], [-0.7358, -1.429, 0.6873]]], [[[0.03012, -0.1832, -0.01489], [0.2564, -0.2323, 0.1882], [-0.04001, -0.002949, 0.1974]], [[-0.06307, 0.003945, 0.1108], [0.2846, -0.0928, 0.196], [0.122, 0.08022, -0.05622]], [[-0.08992, -0.2629, -0.2184], [-0.2532, 0.1421, -0.1442], [-0.1987, -0.2452, 0.2014]]]]> : tensor<6x3x3x3xf32>
  %w2 = arith.constant dense<[[[-0.000749, 8.165e-05, -0.008832], [0.0001399, -0.01462, -0.006966], [-0.01212, -0.002968, -0.01354]], [[-1.949, -0.7989, -1.09], [0.3494, 0.1191, 1.022], [0.643, 0.8814, 1.547]], [[-0.1166, -0.1834, 0.5115], [-0.3699, 0.2365, 0.1511], [-0.4814, 0.3538, 0.4135]], [[0.1613, 0.2963, 0.3956], [-0.4569, 0.0301, 0.005537], [0.4243, 0.3859, 0.4135]], [[0.08592, 0.4014, 0.1869], [0.1976, -0.276, -0.4791], [-0.375, -0.1424, -0.4037]], [[0.4375, 0.07624, 0.1664], [0.1644, 0.2353, -0.01394], [-0.6471, 0.3878, 0.3234]]]> : tensor<6x3x3xf32>
  %w3 = arith.constant dense<[[[[0.07407]], [[-0.2192]], [[-0.1829]], [[-0.1277]], [[0.1262]], [[-0.1015]]], [[[0.4504]], [[-3.241]], [[-2.921]], [[-1.537]], [[1.143]], [[1.278]]], [[[1.944]], [[-2.315]], [[0.183]], [[-0.391]], [[-0.3725]], [[-4.222]]], [[[0.3104]], [[-0.2371]], [[0.377]], [[0.3439]], [[-0.3804]], [[-0.03235]]], [[[0.4251]], [[0.622]], [[-0.06717]], [[-0.3074]], [[-0.3856]], [[0.5921]]], [[[-0.5872]], [[0.1653]], [[-0.7272]], [[0.04885]], [[0.919]], [[-0.7458]]], [[[1.292]], [[0.03529]], [[1.561]], [[0.8206]], [[-1.084]], [[1.605]]], [[[-0.03348]], [[-1.148]], [[-1.199]], [[-0.02006]], [[-0.1189]], [[-0.4784]]]]> : tensor<8x6x1x1xf32>
  %b3 = arith.constant dense<[-0.1072, 0.5804, 1.179, -0.09138, 0.3494, 0.5075, 0.01104, 0.09731]> : tensor<8xf32>
  %w5 = arith.constant dense<[[0.5354, 0.3062, -0.453, -0.9554, 0.9042, -0.7894, -0.05893, -0.3311], [-0.4284, 0.5063, 1.009, -0.5081, 0.3305, -0.4218, 0.1214, -0.2238], [-0.7046, -0.7166, -0.619, 0.8601, -0.006196, -0.5932, 0.8607, 1.052], [-0.106, -0.7634, -0.6516, -0.867, -0.3349, -0.8661, -0.5527, -0.512], [0.1475, 0.8203, 0.5288, -0.1848, -0.1824, 0.0512, -0.2609, -0.3427]]> : tensor<5x8xf32>
  %b5 = arith.constant dense<[-0.9278, -0.4713, 0.9908, -0.7924, 0.007193]> : tensor<5xf32>
  // conv 3x3, stride 2, padding 1 (tensor.pad), no bias: 3 -> 6 channels
  %xp = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %zero : f32
  } : tensor<1x3x9x9xf32> to tensor<1x3x11x11xf32>
  %e1 = tensor.empty() : tensor<1x6x5x5xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%xp, %w1 : tensor<1x3x11x11xf32>, tensor<6x3x3x3xf32>) outs(%f1 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %gamma1 = arith.constant dense<[1.402, -1.256, 0.7293, 0.9629, -1.182, 0.9259]> : tensor<6xf32>
  %beta1 = arith.constant dense<[0.2138, 0.1193, 0.1817, -0.04247, 0.5093, 0.248]> : tensor<6xf32>
  %mean1 = arith.constant dense<[-0.09132, -0.03513, 1.456, -0.4519, 0.9945, 0.3969]> : tensor<6xf32>
  %var1 = arith.constant dense<[0.1, 0.35, 1.2, 3.3, 10.0, 0.6]> : tensor<6xf32>
  // BatchNorm2d as torch-mlir writes it: one generic, outs = its input
  %bn1 = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1, %gamma1, %beta1, %mean1, %var1 : tensor<1x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) outs(%c1 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    linalg.yield %6 : f32
  } -> tensor<1x6x5x5xf32>
  %r1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bn1 : tensor<1x6x5x5xf32>) outs(%e1 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.cmpf ugt, %in, %zero : f32
    %1 = arith.select %0, %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<1x6x5x5xf32>
  // depthwise conv 3x3, padding 1; batch-norm and ReLU (maximumf) in ONE generic
  %rp = tensor.pad %r1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %zero : f32
  } : tensor<1x6x5x5xf32> to tensor<1x6x7x7xf32>
  %e2 = tensor.empty() : tensor<1x6x5x5xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %c2 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%rp, %w2 : tensor<1x6x7x7xf32>, tensor<6x3x3xf32>) outs(%f2 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %gamma2 = arith.constant dense<[1.002, -0.6906, 0.9942, 0.9501, -0.9222, 0.9842]> : tensor<6xf32>
  %beta2 = arith.constant dense<[-0.152, 0.1403, 0.07085, -0.01755, -0.1344, -0.03483]> : tensor<6xf32>
  %mean2 = arith.constant dense<[-0.05557, -0.9322, 0.01785, -0.2654, -0.3118, 0.1842]> : tensor<6xf32>
  %var2 = arith.constant dense<[0.001, 10.0, 0.05, 0.5, 2.0, 0.2]> : tensor<6xf32>
  %r2 = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c2, %gamma2, %beta2, %mean2, %var2 : tensor<1x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) outs(%e2 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    %7 = arith.maximumf %6, %zero : f32
    linalg.yield %7 : f32
  } -> tensor<1x6x5x5xf32>
  // conv 1x1 with bias (broadcast into the init) 6 -> 8; qnt.batch_norm; ReLU
  %e3 = tensor.empty() : tensor<1x8x5x5xf32>
  %f3 = linalg.broadcast ins(%b3 : tensor<8xf32>) outs(%e3 : tensor<1x8x5x5xf32>) dimensions = [0, 2, 3]
  %c3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%r2, %w3 : tensor<1x6x5x5xf32>, tensor<8x6x1x1xf32>) outs(%f3 : tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %gamma3 = arith.constant dense<[0.8929, -0.8306, 1.203, 0.9876, -1.078, 1.381, 1.283, -0.87]> : tensor<8xf32>
  %beta3 = arith.constant dense<[0.4567, 0.000667, 0.1572, -0.1295, -0.008932, -0.35, 0.3573, 0.2731]> : tensor<8xf32>
  %mean3 = arith.constant dense<[-0.322, -2.92, -1.9, 0.5924, 0.08851, -0.06477, 0.8562, -0.4467]> : tensor<8xf32>
  %var3 = arith.constant dense<[0.1, 10.0, 6.355, 0.3799, 0.5552, 0.6107, 9.945, 1.508]> : tensor<8xf32>
  %bn3 = qnt.batch_norm %c3, %gamma3, %beta3, %mean3, %var3 {epsilon = 1.000000e-05 : f32} : tensor<1x8x5x5xf32>, tensor<8xf32>
  %e3r = tensor.empty() : tensor<1x8x5x5xf32>
  %r3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bn3 : tensor<1x8x5x5xf32>) outs(%e3r : tensor<1x8x5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.cmpf ugt, %in, %zero : f32
    %1 = arith.select %0, %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<1x8x5x5xf32>
  // global average pooling, flatten
  %e4 = tensor.empty() : tensor<1x8x1x1xf32>
  %f4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %win = tensor.empty() : tensor<5x5xf32>
  %s4 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%r3, %win : tensor<1x8x5x5xf32>, tensor<5x5xf32>) outs(%f4 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %a4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s4 : tensor<1x8x1x1xf32>) outs(%e4 : tensor<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.divf %in, %count : f32
    linalg.yield %0 : f32
  } -> tensor<1x8x1x1xf32>
  %flat = tensor.collapse_shape %a4 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
  // fully connected (transpose + matmul, bias broadcast into the init) + BatchNorm1d
  %e5t = tensor.empty() : tensor<8x5xf32>
  %w5t = linalg.transpose ins(%w5 : tensor<5x8xf32>) outs(%e5t : tensor<8x5xf32>) permutation = [1, 0]
  %e5 = tensor.empty() : tensor<1x5xf32>
  %f5 = linalg.broadcast ins(%b5 : tensor<5xf32>) outs(%e5 : tensor<1x5xf32>) dimensions = [0]
  %m5 = linalg.matmul ins(%flat, %w5t : tensor<1x8xf32>, tensor<8x5xf32>) outs(%f5 : tensor<1x5xf32>) -> tensor<1x5xf32>
  %gamma5 = arith.constant dense<[0.728, -0.658, 0.6375, 1.042, -1.194]> : tensor<5xf32>
  %beta5 = arith.constant dense<[0.001963, 0.2021, -0.4678, 0.1656, 0.236]> : tensor<5xf32>
  %mean5 = arith.constant dense<[-1.104, 0.6573, 0.4944, -1.74, -1.545]> : tensor<5xf32>
  %var5 = arith.constant dense<[0.1, 10.0, 1.0, 0.3, 3.0]> : tensor<5xf32>
  %y = linalg.generic {indexing_maps = [#id2, #ch2, #ch2, #ch2, #ch2, #id2], iterator_types = ["parallel", "parallel"]} ins(%m5, %gamma5, %beta5, %mean5, %var5 : tensor<1x5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) outs(%m5 : tensor<1x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    linalg.yield %6 : f32
  } -> tensor<1x5xf32>
  return %y : tensor<1x5xf32>
}

func.func @net_ref(%x: tensor<1x3x9x9xf32>, %stats: tensor<100xf32>) -> tensor<1x5xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %eps = arith.constant 1.000000e-05 : f64
  %count = arith.constant 2.500000e+01 : f32
  %w1 = arith.constant dense<[[[[-0.04207, -0.01204, 0.02397], [0.1163, -0.02283, 0.1201], [0.0004744, 0.009152, 0.00676]], [[-0.1384, -0.01722, -0.09116], [-0.1427, 0.08606, -0.09424], [-0.007624, 0.06477, 0.01625]], [[-0.05006, 0.005278, 0.01595], [0.08176, -0.1133, 0.01734], [-0.07233, -0.06416, 0.07831]]], [[[0.004751, 0.03802, 0.1601], [0.2541, -0.03496, 0.06931], [0.003421, 0.007493, 0.1187]], [[-0.02935, 0.0205, -0.01353], [0.272, 0.1227, 0.2319], [0.2724, -0.1481, 0.03666]], [[0.273, 0.2094, -0.2235], [-0.233, -0.03565, -0.2633], [-0.1597, -0.2629, 0.1044]]], [[[0.2254, 0.3151, -0.2743], [0.1716, 0.1272, -0.2834], [0.3038, 0.3711, -0.2226]], [[0.3591, -0.08075, -0.01011], [0.3888, 0.2638, -0.2687], [-0.05435, 0.01238, -0.1277]], [[-0.2415, -0.144, 0.1763], [-0.3813, 0.0429, -0.04726], [-0.3825, -0.1338, 0.09833]]], [[[0.01402, -0.4983, 0.5547], [0.3298, 0.5394, -0.452], [-0.2681, -0.5266, 0.319]], [[-0.2625, -0.4237, -0.08891], [0.4705, 0.3648, -0.2761], [-0.401, 0.4794, 0.08074]], [[0.2293, -0.4696, -0.5061], [0.2152, -0.08541, -0.489], [0.5013, 0.1538, 0.345]]], [[[-1.227, 1.05, -1.278], [1.069, -0.1363, -0.474], [0.1564, 1.258, -0.6845]], [[-1.093, 0.07936, -0.7711], [-1.151, -0.9981, -1.326], [-0.8793, -0.5544, -0.5747]], [[0.7652, -0.6191, 0.0002612], [-0.9497, -0.4509, -1.421], [-0.7358, -1.429, 0.6873]]], [[[0.03012, -0.1832, -0.01489], [0.2564, -0.2323, 0.1882], [-0.04001, -0.002949, 0.1974]], [[-0.06307, 0.003945, 0.1108], [0.2846, -0.0928, 0.196], [0.122, 0.08022, -0.05622]], [[-0.08992, -0.2629, -0.2184], [-0.2532, 0.1421, -0.1442], [-0.1987, -0.2452, 0.2014]]]]> : tensor<6x3x3x3xf32>
  %w2 = arith.constant dense<[[[-0.000749, 8.165e-05, -0.008832], [0.0001399, -0.01462, -0.006966], [-0.01212, -0.002968, -0.01354]], [[-1.949, -0.7989, -1.09], [0.3494, 0.1191, 1.022], [0.643, 0.8814, 1.547]], [[-0.1166, -0.1834, 0.5115], [-0.3699, 0.2365, 0.1511], [-0.4814, 0.3538, 0.4135]], [[0.1613, 0.2963, 0.3956], [-0.4569, 0.0301, 0.005537], [0.4243, 0.3859, 0.4135]], [[0.08592, 0.4014, 0.1869], [0.1976, -0.276, -0.4791], [-0.375, -0.1424, -0.4037]], [[0.4375, 0.07624, 0.1664], [0.1644, 0.2353, -0.01394], [-0.6471, 0.3878, 0.3234]]]> : tensor<6x3x3xf32>
  %w3 = arith.constant dense<[[[[0.07407]], [[-0.2192]], [[-0.1829]], [[-0.1277]], [[0.1262]], [[-0.1015]]], [[[0.4504]], [[-3.241]], [[-2.921]], [[-1.537]], [[1.143]], [[1.278]]], [[[1.944]], [[-2.315]], [[0.183]], [[-0.391]], [[-0.3725]], [[-4.222]]], [[[0.3104]], [[-0.2371]], [[0.377]], [[0.3439]], [[-0.3804]], [[-0.03235]]], [[[0.4251]], [[0.622]], [[-0.06717]], [[-0.3074]], [[-0.3856]], [[0.5921]]], [[[-0.5872]], [[0.1653]], [[-0.7272]], [[0.04885]], [[0.919]], [[-0.7458]]], [[[1.292]], [[0.03529]], [[1.561]], [[0.8206]], [[-1.084]], [[1.605]]], [[[-0.03348]], [[-1.148]], [[-1.199]], [[-0.02006]], [[-0.1189]], [[-0.4784]]]]> : tensor<8x6x1x1xf32>
  %b3 = arith.constant dense<[-0.1072, 0.5804, 1.179, -0.09138, 0.3494, 0.5075, 0.01104, 0.09731]> : tensor<8xf32>
  %w5 = arith.constant dense<[[0.5354, 0.3062, -0.453, -0.9554, 0.9042, -0.7894, -0.05893, -0.3311], [-0.4284, 0.5063, 1.009, -0.5081, 0.3305, -0.4218, 0.1214, -0.2238], [-0.7046, -0.7166, -0.619, 0.8601, -0.006196, -0.5932, 0.8607, 1.052], [-0.106, -0.7634, -0.6516, -0.867, -0.3349, -0.8661, -0.5527, -0.512], [0.1475, 0.8203, 0.5288, -0.1848, -0.1824, 0.0512, -0.2609, -0.3427]]> : tensor<5x8xf32>
  %b5 = arith.constant dense<[-0.9278, -0.4713, 0.9908, -0.7924, 0.007193]> : tensor<5xf32>
  // conv 3x3, stride 2, padding 1 (tensor.pad), no bias: 3 -> 6 channels
  %xp = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %zero : f32
  } : tensor<1x3x9x9xf32> to tensor<1x3x11x11xf32>
  %e1 = tensor.empty() : tensor<1x6x5x5xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %c1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%xp, %w1 : tensor<1x3x11x11xf32>, tensor<6x3x3x3xf32>) outs(%f1 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %gamma1 = tensor.extract_slice %stats[0] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %beta1 = tensor.extract_slice %stats[6] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %mean1 = tensor.extract_slice %stats[12] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %var1 = tensor.extract_slice %stats[18] [6] [1] : tensor<100xf32> to tensor<6xf32>
  // BatchNorm2d as torch-mlir writes it: one generic, outs = its input
  %bn1 = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1, %gamma1, %beta1, %mean1, %var1 : tensor<1x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) outs(%c1 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    linalg.yield %6 : f32
  } -> tensor<1x6x5x5xf32>
  %r1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bn1 : tensor<1x6x5x5xf32>) outs(%e1 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.cmpf ugt, %in, %zero : f32
    %1 = arith.select %0, %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<1x6x5x5xf32>
  // depthwise conv 3x3, padding 1; batch-norm and ReLU (maximumf) in ONE generic
  %rp = tensor.pad %r1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %zero : f32
  } : tensor<1x6x5x5xf32> to tensor<1x6x7x7xf32>
  %e2 = tensor.empty() : tensor<1x6x5x5xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %c2 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%rp, %w2 : tensor<1x6x7x7xf32>, tensor<6x3x3xf32>) outs(%f2 : tensor<1x6x5x5xf32>) -> tensor<1x6x5x5xf32>
  %gamma2 = tensor.extract_slice %stats[24] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %beta2 = tensor.extract_slice %stats[30] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %mean2 = tensor.extract_slice %stats[36] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %var2 = tensor.extract_slice %stats[42] [6] [1] : tensor<100xf32> to tensor<6xf32>
  %r2 = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c2, %gamma2, %beta2, %mean2, %var2 : tensor<1x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) outs(%e2 : tensor<1x6x5x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    %7 = arith.maximumf %6, %zero : f32
    linalg.yield %7 : f32
  } -> tensor<1x6x5x5xf32>
  // conv 1x1 with bias (broadcast into the init) 6 -> 8; qnt.batch_norm; ReLU
  %e3 = tensor.empty() : tensor<1x8x5x5xf32>
  %f3 = linalg.broadcast ins(%b3 : tensor<8xf32>) outs(%e3 : tensor<1x8x5x5xf32>) dimensions = [0, 2, 3]
  %c3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%r2, %w3 : tensor<1x6x5x5xf32>, tensor<8x6x1x1xf32>) outs(%f3 : tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %gamma3 = tensor.extract_slice %stats[48] [8] [1] : tensor<100xf32> to tensor<8xf32>
  %beta3 = tensor.extract_slice %stats[56] [8] [1] : tensor<100xf32> to tensor<8xf32>
  %mean3 = tensor.extract_slice %stats[64] [8] [1] : tensor<100xf32> to tensor<8xf32>
  %var3 = tensor.extract_slice %stats[72] [8] [1] : tensor<100xf32> to tensor<8xf32>
  %bn3 = qnt.batch_norm %c3, %gamma3, %beta3, %mean3, %var3 {epsilon = 1.000000e-05 : f32} : tensor<1x8x5x5xf32>, tensor<8xf32>
  %e3r = tensor.empty() : tensor<1x8x5x5xf32>
  %r3 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bn3 : tensor<1x8x5x5xf32>) outs(%e3r : tensor<1x8x5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.cmpf ugt, %in, %zero : f32
    %1 = arith.select %0, %in, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<1x8x5x5xf32>
  // global average pooling, flatten
  %e4 = tensor.empty() : tensor<1x8x1x1xf32>
  %f4 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %win = tensor.empty() : tensor<5x5xf32>
  %s4 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%r3, %win : tensor<1x8x5x5xf32>, tensor<5x5xf32>) outs(%f4 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %a4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s4 : tensor<1x8x1x1xf32>) outs(%e4 : tensor<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.divf %in, %count : f32
    linalg.yield %0 : f32
  } -> tensor<1x8x1x1xf32>
  %flat = tensor.collapse_shape %a4 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
  // fully connected (transpose + matmul, bias broadcast into the init) + BatchNorm1d
  %e5t = tensor.empty() : tensor<8x5xf32>
  %w5t = linalg.transpose ins(%w5 : tensor<5x8xf32>) outs(%e5t : tensor<8x5xf32>) permutation = [1, 0]
  %e5 = tensor.empty() : tensor<1x5xf32>
  %f5 = linalg.broadcast ins(%b5 : tensor<5xf32>) outs(%e5 : tensor<1x5xf32>) dimensions = [0]
  %m5 = linalg.matmul ins(%flat, %w5t : tensor<1x8xf32>, tensor<8x5xf32>) outs(%f5 : tensor<1x5xf32>) -> tensor<1x5xf32>
  %gamma5 = tensor.extract_slice %stats[80] [5] [1] : tensor<100xf32> to tensor<5xf32>
  %beta5 = tensor.extract_slice %stats[85] [5] [1] : tensor<100xf32> to tensor<5xf32>
  %mean5 = tensor.extract_slice %stats[90] [5] [1] : tensor<100xf32> to tensor<5xf32>
  %var5 = tensor.extract_slice %stats[95] [5] [1] : tensor<100xf32> to tensor<5xf32>
  %y = linalg.generic {indexing_maps = [#id2, #ch2, #ch2, #ch2, #ch2, #id2], iterator_types = ["parallel", "parallel"]} ins(%m5, %gamma5, %beta5, %mean5, %var5 : tensor<1x5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>, tensor<5xf32>) outs(%m5 : tensor<1x5xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %0 = arith.truncf %eps : f64 to f32
    %1 = arith.addf %in_3, %0 : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.subf %in, %in_2 : f32
    %4 = arith.mulf %3, %2 : f32
    %5 = arith.mulf %4, %in_0 : f32
    %6 = arith.addf %5, %in_1 : f32
    linalg.yield %6 : f32
  } -> tensor<1x5xf32>
  return %y : tensor<1x5xf32>
}

// max_i |a_i - b_i| <= tol * max_i |b_i| (and b not all zero), as i32 0 / 1.
func.func @close(%a: tensor<1x5xf32>, %b: tensor<1x5xf32>, %tol: f32) -> i32 {
  %zero = arith.constant 0.000000e+00 : f32
  %e = tensor.empty() : tensor<f32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %err, %mag = linalg.generic {indexing_maps = [#id2, #id2, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%a, %b : tensor<1x5xf32>, tensor<1x5xf32>) outs(%init, %init : tensor<f32>, tensor<f32>) {
  ^bb0(%p: f32, %q: f32, %m: f32, %n: f32):
    %d = arith.subf %p, %q : f32
    %ad = math.absf %d : f32
    %aq = math.absf %q : f32
    %m2 = arith.maximumf %m, %ad : f32
    %n2 = arith.maximumf %n, %aq : f32
    linalg.yield %m2, %n2 : f32, f32
  } -> (tensor<f32>, tensor<f32>)
  %errv = tensor.extract %err[] : tensor<f32>
  %magv = tensor.extract %mag[] : tensor<f32>
  %bound = arith.mulf %tol, %magv : f32
  %ok = arith.cmpf ole, %errv, %bound : f32
  %nonzero = arith.cmpf ogt, %magv, %zero : f32
  %both = arith.andi %ok, %nonzero : i1
  %r = arith.extui %both : i1 to i32
  return %r : i32
}

func.func @main() {
  %x = arith.constant dense<[[[[-0.2559, 0.5114, -0.2261, -0.3151, -0.93, -0.2133, 1.112, 0.4241, 1.037], [0.2489, 0.3948, 0.1853, -1.666, 0.8553, 0.5064, 0.4988, -1.691, -1.744], [-0.8896, -0.4682, 0.3054, -0.04591, 0.521, -0.6422, 0.3087, 0.3942, -0.6611], [1.718, 0.5566, 1.197, -0.6203, -0.7395, -0.344, -0.1064, 0.6321, 0.2484], [-0.4474, -0.9569, -0.5206, 1.221, -0.8079, 0.2448, 0.4265, -1.49, 0.04847], [1.306, -2.014, -0.3216, -0.1061, -0.8173, 0.4974, -0.06228, -1.465, 0.8278], [0.6693, 0.9458, 1.441, 0.3622, 0.1193, -1.299, 0.6154, -0.6118, -0.4527], [-1.265, -0.9676, -0.5311, 1.289, -2.032, -1.458, 0.2394, 1.443, 0.5785], [-1.9, -2.518, 0.3574, -0.7363, -1.12, 0.9774, 1.102, 0.1573, 0.2458]], [[0.4344, 1.594, 0.619, 0.5186, 0.5477, -1.568, 1.282, 0.9551, 0.5296], [-1.974, -0.6337, 0.8423, -1.811, -0.184, 1.02, -1.311, 1.61, 0.552], [-0.1501, 0.3249, 0.6498, 0.1204, 1.146, -0.6615, -0.4147, 1.042, 0.0268], [-0.8805, 0.9465, 1.465, -0.4448, -1.38, -0.1347, -0.149, -0.298, 1.405], [-1.027, 1.261, -1.268, -0.787, 0.6315, 1.129, 0.859, 0.3452, 0.1424], [0.1525, 0.5753, -0.1762, 0.2774, 0.5727, 0.0008395, 0.764, 0.5659, 2.011], [0.3249, -0.4276, -0.3726, -0.01311, 0.9238, -0.3366, 0.3858, 1.837, -2.565], [-1.124, 0.2439, 0.3983, 0.2386, -0.4312, 0.6551, 0.2821, -0.5221, 2.43], [0.3551, -0.5542, -0.09945, -0.2256, -0.06274, -2.728, -0.4869, 1.009, -1.169]], [[-0.0667, 0.9535, 0.8562, 1.491, -1.701, -0.3534, -0.3409, 0.6233, 1.092], [-2.683, 1.089, -1.448, 0.6831, -1.492, 0.1759, 1.195, -0.1493, 0.1911], [0.7971, 0.1414, -0.08848, 1.533, 1.048, -0.2938, 2.745, -1.147, 0.9146], [-0.2657, 0.1324, 0.705, 0.2222, 0.6386, -1.527, -1.51, 0.6149, -0.9632], [-1.027, -1.47, 1.266, 0.7466, 1.473, -0.9377, 0.001006, -1.14, 0.766], [1.589, -0.8902, 1.56, 0.988, -0.1778, -1.972, 1.407, -0.09626, -0.6028], [0.3996, 0.41, 1.498, -1.02, 1.136, 1.487, 1.452, -0.1806, -0.744], [1.019, 0.1152, 0.1242, 1.424, -0.2634, -2.297, -0.3872, -1.854, 0.8188], [0.317, -0.6112, -0.009599, 0.8326, 0.07895, 1.327, -0.06128, 1.04, 1.491]]]]> : tensor<1x3x9x9xf32>
  %stats = arith.constant dense<[1.402, -1.256, 0.7293, 0.9629, -1.182, 0.9259, 0.2138, 0.1193, 0.1817, -0.04247, 0.5093, 0.248, -0.09132, -0.03513, 1.456, -0.4519, 0.9945, 0.3969, 0.1, 0.35, 1.2, 3.3, 10.0, 0.6, 1.002, -0.6906, 0.9942, 0.9501, -0.9222, 0.9842, -0.152, 0.1403, 0.07085, -0.01755, -0.1344, -0.03483, -0.05557, -0.9322, 0.01785, -0.2654, -0.3118, 0.1842, 0.001, 10.0, 0.05, 0.5, 2.0, 0.2, 0.8929, -0.8306, 1.203, 0.9876, -1.078, 1.381, 1.283, -0.87, 0.4567, 0.000667, 0.1572, -0.1295, -0.008932, -0.35, 0.3573, 0.2731, -0.322, -2.92, -1.9, 0.5924, 0.08851, -0.06477, 0.8562, -0.4467, 0.1, 10.0, 6.355, 0.3799, 0.5552, 0.6107, 9.945, 1.508, 0.728, -0.658, 0.6375, 1.042, -1.194, 0.001963, 0.2021, -0.4678, 0.1656, 0.236, -1.104, 0.6573, 0.4944, -1.74, -1.545, 0.1, 10.0, 1.0, 0.3, 3.0]> : tensor<100xf32>
  %expected = arith.constant dense<[[-1.33647966, 0.232236534, -0.174931511, -2.58834863, -1.15625393]]> : tensor<1x5xf32>
  %y = call @net(%x) : (tensor<1x3x9x9xf32>) -> tensor<1x5xf32>
  %r = call @net_ref(%x, %stats) : (tensor<1x3x9x9xf32>, tensor<100xf32>) -> tensor<1x5xf32>
  %tol = arith.constant 1.000000e-05 : f32
  %fold_ok = call @close(%y, %r, %tol) : (tensor<1x5xf32>, tensor<1x5xf32>, f32) -> i32
  %python_ok = call @close(%r, %expected, %tol) : (tensor<1x5xf32>, tensor<1x5xf32>, f32) -> i32
  // The casts to unranked come last: bufferization cannot alias otherwise.
  %yu = tensor.cast %y : tensor<1x5xf32> to tensor<*xf32>
  %ru = tensor.cast %r : tensor<1x5xf32> to tensor<*xf32>
  vector.print str "net:\n"
  call @printMemrefF32(%yu) : (tensor<*xf32>) -> ()
  vector.print str "net_ref:\n"
  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()
  vector.print str "fold_matches_reference: "
  vector.print %fold_ok : i32
  vector.print str "reference_matches_python: "
  vector.print %python_ok : i32
  return
}

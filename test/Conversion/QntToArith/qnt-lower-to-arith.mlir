// RUN: quant-opt %s -qnt-lower-to-arith -split-input-file | FileCheck %s

// Structure of the reference lowering: every qnt op (and quant.qcast/dcast)
// becomes linalg.generic ops on tensors with the exact scalar arith/math
// sequence of DESIGN.md. The greedy driver hoists the body constants to the
// function entry, so they are matched with CHECK-DAG.

//===----------------------------------------------------------------------===//
// qnt.fake_quant, !quant.uniform per tensor
//===----------------------------------------------------------------------===//

// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @fake_quant_i8
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
// CHECK-DAG: %[[QMAX:.*]] = arith.constant 1.270000e+02 : f32
// CHECK-DAG: %[[QMIN:.*]] = arith.constant -1.280000e+02 : f32
// CHECK-DAG: %[[ZP:.*]] = arith.constant -3.000000e+00 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 5.000000e-02 : f32
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x8xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID2]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<2x8xf32>) outs(%[[INIT]] : tensor<2x8xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[DIV:.*]] = arith.divf %[[IN]], %[[S]] : f32
// CHECK-NEXT: %[[RND:.*]] = math.roundeven %[[DIV]] : f32
// CHECK-NEXT: %[[ADD:.*]] = arith.addf %[[RND]], %[[ZP]] : f32
// CHECK-NEXT: %[[LO:.*]] = arith.maxnumf %[[ADD]], %[[QMIN]] : f32
// CHECK-NEXT: %[[HI:.*]] = arith.minnumf %[[LO]], %[[QMAX]] : f32
// CHECK-NEXT: %[[SUB:.*]] = arith.subf %[[HI]], %[[ZP]] : f32
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[SUB]], %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]] : f32
// CHECK-NEXT: } -> tensor<2x8xf32>
// CHECK: return %[[R]] : tensor<2x8xf32>
// CHECK-NOT: qnt.
func.func @fake_quant_i8(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.05:-3> : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// Unsigned storage: the clamp range is [0, 255].
// CHECK-LABEL: func.func @fake_quant_u8
// CHECK-DAG: %[[QMAX:.*]] = arith.constant 2.550000e+02 : f32
// CHECK-DAG: %[[QMIN:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ZP:.*]] = arith.constant 1.280000e+02 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 2.000000e-02 : f32
// CHECK: linalg.generic
// CHECK: arith.divf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: math.roundeven
// CHECK-NEXT: arith.addf %{{.*}}, %[[ZP]] : f32
// CHECK-NEXT: arith.maxnumf %{{.*}}, %[[QMIN]] : f32
// CHECK-NEXT: arith.minnumf %{{.*}}, %[[QMAX]] : f32
// CHECK-NEXT: arith.subf %{{.*}}, %[[ZP]] : f32
// CHECK-NEXT: arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NOT: qnt.
func.func @fake_quant_u8(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u8:f32, 0.02:128> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// Narrow range: the clamp range is the type's [-127, 127]. With a zero point
// of 0 the `subf q, 0.0` folds away.
// CHECK-LABEL: func.func @fake_quant_narrow_range
// CHECK-DAG: %[[QMAX:.*]] = arith.constant 1.270000e+02 : f32
// CHECK-DAG: %[[QMIN:.*]] = arith.constant -1.270000e+02 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 1.000000e-01 : f32
// CHECK: arith.maxnumf %{{.*}}, %[[QMIN]] : f32
// CHECK-NEXT: %[[Q:.*]] = arith.minnumf %{{.*}}, %[[QMAX]] : f32
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[Q]], %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]]
// CHECK-NOT: qnt.
func.func @fake_quant_narrow_range(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8<-127:127>:f32, 0.1> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// 4-bit and 16-bit storage.
// CHECK-LABEL: func.func @fake_quant_i4_i16
// CHECK-DAG: arith.constant 7.000000e+00 : f32
// CHECK-DAG: arith.constant -8.000000e+00 : f32
// CHECK-DAG: arith.constant 3.276700e+04 : f32
// CHECK-DAG: arith.constant -3.276800e+04 : f32
// CHECK-COUNT-2: math.roundeven
// CHECK-NOT: qnt.
func.func @fake_quant_i4_i16(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = qnt.fake_quant %x to !quant.uniform<i4:f32, 0.5> : tensor<8xf32>
  %1 = qnt.fake_quant %x to !quant.uniform<i16:f32, 0.001> : tensor<8xf32>
  return %0, %1 : tensor<8xf32>, tensor<8xf32>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.fake_quant rounding modes
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @rounding_nearest_away
// CHECK: %[[DIV:.*]] = arith.divf
// CHECK-NEXT: %[[RND:.*]] = math.round %[[DIV]] : f32
// CHECK-NEXT: arith.addf %[[RND]]
// CHECK-NOT: math.roundeven
// CHECK-NOT: qnt.
func.func @rounding_nearest_away(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding nearest_away : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @rounding_floor
// CHECK: %[[DIV:.*]] = arith.divf
// CHECK-NEXT: %[[RND:.*]] = math.floor %[[DIV]] : f32
// CHECK-NEXT: arith.addf %[[RND]]
// CHECK-NOT: math.round
// CHECK-NOT: qnt.
func.func @rounding_floor(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding floor : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Stochastic rounding: floor(x / s + u), u = (mix32(index ^ key) >> 8) · 2^-24
// where key = stochasticSeedKey(42) = 142593372 and mix32 is murmur3's fmix32
// (multipliers 0x85ebca6b and 0xc2b2ae35). Per-axis scales and zero points
// are 1-D constant tensors read through the channel map.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH0:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @rounding_stochastic_per_axis
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
// CHECK-DAG: %[[QMAX:.*]] = arith.constant 7.000000e+00 : f32
// CHECK-DAG: %[[QMIN:.*]] = arith.constant -7.000000e+00 : f32
// CHECK-DAG: %[[TWO_M24:.*]] = arith.constant 5.96046448E-8 : f32
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : i32
// CHECK-DAG: %[[MIX2:.*]] = arith.constant -1028477387 : i32
// CHECK-DAG: %[[C13:.*]] = arith.constant 13 : i32
// CHECK-DAG: %[[MIX1:.*]] = arith.constant -2048144789 : i32
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : i32
// CHECK-DAG: %[[KEY:.*]] = arith.constant 142593372 : i32
// CHECK-DAG: %[[COLS:.*]] = arith.constant 8 : index
// CHECK-DAG: %[[SCALES:.*]] = arith.constant dense<[5.000000e-01, 2.500000e-01]> : tensor<2xf32>
// CHECK-DAG: %[[ZPS:.*]] = arith.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x8xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH0]], #[[$CH0]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[SCALES]], %[[ZPS]] : tensor<2x8xf32>, tensor<2xf32>, tensor<2xf32>) outs(%[[INIT]] : tensor<2x8xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[S:[^:]+]]: f32, %[[ZP:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[I0:.*]] = linalg.index 0 : index
// CHECK-NEXT: %[[I1:.*]] = linalg.index 1 : index
// CHECK-NEXT: %[[ROW:.*]] = arith.muli %[[I0]], %[[COLS]] : index
// CHECK-NEXT: %[[LIN:.*]] = arith.addi %[[ROW]], %[[I1]] : index
// CHECK-NEXT: %[[LIN64:.*]] = arith.index_castui %[[LIN]] : index to i64
// CHECK-NEXT: %[[LIN32:.*]] = arith.trunci %[[LIN64]] : i64 to i32
// CHECK-NEXT: %[[H0:.*]] = arith.xori %[[LIN32]], %[[KEY]] : i32
// CHECK-NEXT: %[[SH0:.*]] = arith.shrui %[[H0]], %[[C16]] : i32
// CHECK-NEXT: %[[H1:.*]] = arith.xori %[[H0]], %[[SH0]] : i32
// CHECK-NEXT: %[[H2:.*]] = arith.muli %[[H1]], %[[MIX1]] : i32
// CHECK-NEXT: %[[SH1:.*]] = arith.shrui %[[H2]], %[[C13]] : i32
// CHECK-NEXT: %[[H3:.*]] = arith.xori %[[H2]], %[[SH1]] : i32
// CHECK-NEXT: %[[H4:.*]] = arith.muli %[[H3]], %[[MIX2]] : i32
// CHECK-NEXT: %[[SH2:.*]] = arith.shrui %[[H4]], %[[C16]] : i32
// CHECK-NEXT: %[[H5:.*]] = arith.xori %[[H4]], %[[SH2]] : i32
// CHECK-NEXT: %[[TOP24:.*]] = arith.shrui %[[H5]], %[[C8]] : i32
// CHECK-NEXT: %[[UF:.*]] = arith.uitofp %[[TOP24]] : i32 to f32
// CHECK-NEXT: %[[U:.*]] = arith.mulf %[[UF]], %[[TWO_M24]] : f32
// CHECK-NEXT: %[[DIV:.*]] = arith.divf %[[IN]], %[[S]] : f32
// CHECK-NEXT: %[[DITHERED:.*]] = arith.addf %[[DIV]], %[[U]] : f32
// CHECK-NEXT: %[[RND:.*]] = math.floor %[[DITHERED]] : f32
// CHECK-NEXT: %[[ADD:.*]] = arith.addf %[[RND]], %[[ZP]] : f32
// CHECK-NEXT: %[[LO:.*]] = arith.maxnumf %[[ADD]], %[[QMIN]] : f32
// CHECK-NEXT: %[[HI:.*]] = arith.minnumf %[[LO]], %[[QMAX]] : f32
// CHECK-NEXT: %[[SUB:.*]] = arith.subf %[[HI]], %[[ZP]] : f32
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[SUB]], %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]] : f32
// CHECK-NOT: qnt.
func.func @rounding_stochastic_per_axis(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i4<-7:7>:f32:0, {0.5, 0.25}> rounding stochastic seed 42 : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// Per axis 1 with zero points: the channel map reads d1.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH1:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @fake_quant_per_axis_zero_points
// CHECK-DAG: %[[SCALES:.*]] = arith.constant dense<[1.000000e-01, 2.000000e-01, 4.000000e-01]> : tensor<3xf32>
// CHECK-DAG: %[[ZPS:.*]] = arith.constant dense<[3.000000e+00, 5.000000e+00, 1.280000e+02]> : tensor<3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH1]], #[[$CH1]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%{{.*}}, %[[SCALES]], %[[ZPS]] : tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[S:[^:]+]]: f32, %[[ZP:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: arith.divf %[[IN]], %[[S]] : f32
// CHECK-NEXT: math.roundeven
// CHECK-NEXT: arith.addf %{{.*}}, %[[ZP]] : f32
// CHECK-NOT: qnt.
func.func @fake_quant_per_axis_zero_points(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u8:f32:1, {0.1:3, 0.2:5, 0.4:128}> : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Dynamic shapes: the init tensor and the linear index use tensor.dim; an
// f16 dither is computed in f32 and truncated.
// CHECK-LABEL: func.func @fake_quant_dynamic_f16_stochastic
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf16>)
// CHECK-DAG: %[[KEY:.*]] = arith.constant 1364076727 : i32
// CHECK-DAG: %[[COLS:.*]] = arith.constant 4 : index
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[DIM:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x4xf16>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[DIM]]) : tensor<?x4xf16>
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[INIT]] : tensor<?x4xf16>)
// CHECK: arith.muli %{{.*}}, %[[COLS]] : index
// CHECK: arith.xori %{{.*}}, %[[KEY]] : i32
// CHECK: %[[U32:.*]] = arith.mulf %{{.*}} : f32
// CHECK-NEXT: %[[U:.*]] = arith.truncf %[[U32]] : f32 to f16
// CHECK-NEXT: %[[DIV:.*]] = arith.divf %{{.*}} : f16
// CHECK-NEXT: %[[DITHERED:.*]] = arith.addf %[[DIV]], %[[U]] : f16
// CHECK-NEXT: math.floor %[[DITHERED]] : f16
// CHECK: } -> tensor<?x4xf16>
// CHECK-NOT: qnt.
func.func @fake_quant_dynamic_f16_stochastic(%x: tensor<?x4xf16>) -> tensor<?x4xf16> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f16:1, {0.5, 0.25, 0.125, 1.0}> rounding stochastic seed 1 : tensor<?x4xf16>
  return %0 : tensor<?x4xf16>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.fake_quant, !qnt.ternary / !qnt.binary / !qnt.threshold
//===----------------------------------------------------------------------===//

// Ternary: the uniform grid with levels clamped to [-1, 1] and zero points 0.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH1:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @ternary_per_axis
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[MONE:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG: %[[ALPHAS:.*]] = arith.constant dense<[5.000000e-01, 2.500000e-01, 1.250000e-01]> : tensor<3xf32>
// CHECK-DAG: %[[ZPS:.*]] = arith.constant dense<0.000000e+00> : tensor<3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH1]], #[[$CH1]], #[[$ID2]]]
// CHECK-SAME: ins(%{{.*}}, %[[ALPHAS]], %[[ZPS]] : tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[A:[^:]+]]: f32, %[[ZP:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[DIV:.*]] = arith.divf %[[IN]], %[[A]] : f32
// CHECK-NEXT: %[[RND:.*]] = math.roundeven %[[DIV]] : f32
// CHECK-NEXT: %[[ADD:.*]] = arith.addf %[[RND]], %[[ZP]] : f32
// CHECK-NEXT: %[[LO:.*]] = arith.maxnumf %[[ADD]], %[[MONE]] : f32
// CHECK-NEXT: %[[HI:.*]] = arith.minnumf %[[LO]], %[[ONE]] : f32
// CHECK-NEXT: %[[SUB:.*]] = arith.subf %[[HI]], %[[ZP]] : f32
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[SUB]], %[[A]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]] : f32
// CHECK-NOT: qnt.
func.func @ternary_per_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = qnt.fake_quant %x to !qnt.ternary<f32:1, {0.5, 0.25, 0.125}> : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @ternary_per_tensor
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[MONE:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG: %[[A:.*]] = arith.constant 5.000000e-02 : f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}} : tensor<16x3xf32>)
// CHECK: arith.divf %{{.*}}, %[[A]] : f32
// CHECK: arith.maxnumf %{{.*}}, %[[MONE]] : f32
// CHECK-NEXT: %[[T:.*]] = arith.minnumf %{{.*}}, %[[ONE]] : f32
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[T]], %[[A]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]] : f32
// CHECK-NOT: qnt.
func.func @ternary_per_tensor(%x: tensor<16x3xf32>) -> tensor<16x3xf32> {
  %0 = qnt.fake_quant %x to !qnt.ternary<f32, 0.05> : tensor<16x3xf32>
  return %0 : tensor<16x3xf32>
}

// -----

// Binary: x >= 0 ? +alpha_c : -alpha_c, no division and no rounding.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH0:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @binary_per_axis
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>)
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ALPHAS:.*]] = arith.constant dense<[5.000000e-01, 2.500000e-01, 5.000000e-01, 1.000000e+00]> : tensor<4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH0]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[ALPHAS]] : tensor<4x8xf32>, tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[A:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[NONNEG:.*]] = arith.cmpf oge, %[[IN]], %[[ZERO]] : f32
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[A]] : f32
// CHECK-NEXT: %[[SEL:.*]] = arith.select %[[NONNEG]], %[[A]], %[[NEG]] : f32
// CHECK-NEXT: linalg.yield %[[SEL]] : f32
// CHECK-NOT: arith.divf
// CHECK-NOT: qnt.
func.func @binary_per_axis(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = qnt.fake_quant %x to !qnt.binary<f32:0, {0.5, 0.25, 0.5, 1.0}> : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// Per tensor: -alpha folds to a constant.
// CHECK-LABEL: func.func @binary_per_tensor
// CHECK-DAG: %[[NEG:.*]] = arith.constant -2.500000e-01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[A:.*]] = arith.constant 2.500000e-01 : f32
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[NONNEG:.*]] = arith.cmpf oge, %[[IN]], %[[ZERO]] : f32
// CHECK-NEXT: %[[SEL:.*]] = arith.select %[[NONNEG]], %[[A]], %[[NEG]] : f32
// CHECK-NEXT: linalg.yield %[[SEL]] : f32
// CHECK-NOT: qnt.
func.func @binary_per_tensor(%x: tensor<64xf32>) -> tensor<64xf32> {
  %0 = qnt.fake_quant %x to !qnt.binary<f32, 0.25> : tensor<64xf32>
  return %0 : tensor<64xf32>
}

// -----

// Threshold: a reduction over the thresholds counts x >= t in float, starting
// from -zp, then an element-wise generic multiplies by the scale.
// CHECK: #[[$IN3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK: #[[$TAB:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @threshold_fake_quant_per_axis
// CHECK-SAME: (%[[X:.*]]: tensor<1x2xf32>)
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[TABLE:.*]] = arith.constant dense<{{\[\[}}-2.000000e-01, 3.000000e-01, 8.000000e-01], [-1.000000e+00, 0.000000e+00, 1.000000e+00]]> : tensor<2x3xf32>
// CHECK-DAG: %[[MZP:.*]] = arith.constant -1.000000e+00 : f32
// CHECK: %[[E0:.*]] = tensor.empty() : tensor<1x2xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[MZP]] : f32) outs(%[[E0]] : tensor<1x2xf32>) -> tensor<1x2xf32>
// CHECK: %[[COUNT:.*]] = linalg.generic {indexing_maps = [#[[$IN3]], #[[$TAB]], #[[$IN3]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[TABLE]] : tensor<1x2xf32>, tensor<2x3xf32>) outs(%[[ACC]] : tensor<1x2xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[T:[^:]+]]: f32, %[[OUT:[^:]+]]: f32):
// CHECK-NEXT: %[[GE:.*]] = arith.cmpf oge, %[[IN]], %[[T]] : f32
// CHECK-NEXT: %[[STEP:.*]] = arith.select %[[GE]], %[[ONE]], %[[ZERO]] : f32
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[OUT]], %[[STEP]] : f32
// CHECK-NEXT: linalg.yield %[[SUM]] : f32
// CHECK: %[[E1:.*]] = tensor.empty() : tensor<1x2xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID2]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[COUNT]] : tensor<1x2xf32>) outs(%[[E1]] : tensor<1x2xf32>)
// CHECK-NEXT: ^bb0(%[[C:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[MUL:.*]] = arith.mulf %[[C]], %[[SCALE]] : f32
// CHECK-NEXT: linalg.yield %[[MUL]] : f32
// CHECK: return %[[R]]
// CHECK-NOT: qnt.
func.func @threshold_fake_quant_per_axis(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %0 = qnt.fake_quant %x to !qnt.threshold<ui2:f32:1, {{-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1> : tensor<1x2xf32>
  return %0 : tensor<1x2xf32>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.threshold
//===----------------------------------------------------------------------===//

// Float thresholds per tensor: the count is accumulated in the result type.
// CHECK: #[[$IN3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK: #[[$ROW:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @threshold_float
// CHECK-SAME: (%[[X:.*]]: tensor<1x8xf32>)
// CHECK-DAG: %[[TABLE:.*]] = arith.constant dense<[-5.000000e-01, 0.000000e+00, 5.000000e-01]> : tensor<3xf32>
// CHECK-DAG: %[[BIAS:.*]] = arith.constant 0 : i8
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x8xi8>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[BIAS]] : i8) outs(%[[E]] : tensor<1x8xi8>) -> tensor<1x8xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$IN3]], #[[$ROW]], #[[$IN3]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[TABLE]] : tensor<1x8xf32>, tensor<3xf32>) outs(%[[ACC]] : tensor<1x8xi8>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %[[T:[^:]+]]: f32, %[[OUT:[^:]+]]: i8):
// CHECK-NEXT: %[[GE:.*]] = arith.cmpf oge, %[[IN]], %[[T]] : f32
// CHECK-NEXT: %[[STEP:.*]] = arith.extui %[[GE]] : i1 to i8
// CHECK-NEXT: %[[SUM:.*]] = arith.addi %[[OUT]], %[[STEP]] : i8
// CHECK-NEXT: linalg.yield %[[SUM]] : i8
// CHECK: return %[[R]]
// CHECK-NOT: qnt.
func.func @threshold_float(%x: tensor<1x8xf32>) -> tensor<1x8xi8> {
  %0 = qnt.threshold %x thresholds dense<[-0.5, 0.0, 0.5]> : tensor<3xf32> : tensor<1x8xf32> -> tensor<1x8xi8>
  return %0 : tensor<1x8xi8>
}

// -----

// Integer thresholds per axis with out_bias: signed comparison, the count
// starts at out_bias.
// CHECK: #[[$IN3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK: #[[$TAB:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-LABEL: func.func @threshold_int_per_axis
// CHECK-SAME: (%[[ACC_IN:.*]]: tensor<1x2xi32>)
// CHECK-DAG: %[[TABLE:.*]] = arith.constant dense<{{\[\[}}-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32>
// CHECK-DAG: %[[BIAS:.*]] = arith.constant 2 : i8
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[BIAS]] : i8) outs(%{{.*}} : tensor<1x2xi8>) -> tensor<1x2xi8>
// CHECK: linalg.generic {indexing_maps = [#[[$IN3]], #[[$TAB]], #[[$IN3]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[ACC_IN]], %[[TABLE]] : tensor<1x2xi32>, tensor<2x3xi32>) outs(%[[ACC]] : tensor<1x2xi8>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i32, %[[T:[^:]+]]: i32, %[[OUT:[^:]+]]: i8):
// CHECK-NEXT: %[[GE:.*]] = arith.cmpi sge, %[[IN]], %[[T]] : i32
// CHECK-NEXT: %[[STEP:.*]] = arith.extui %[[GE]] : i1 to i8
// CHECK-NEXT: %[[SUM:.*]] = arith.addi %[[OUT]], %[[STEP]] : i8
// CHECK-NEXT: linalg.yield %[[SUM]] : i8
// CHECK-NOT: qnt.
func.func @threshold_int_per_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.threshold %acc thresholds dense<[[-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32> axis 1 {out_bias = 2 : i64} : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.requantize
//===----------------------------------------------------------------------===//

// r = clamp(((x * m + 2^(s-1)) >> s) + zp). With single rounding, no input
// zero point and s >= 32, in 32-bit lanes: the high word h of the 64-bit
// product, r = (h + 2^(s-33)) >> (s - 32) = (h + 32) >> 6 for s = 38.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @requantize_multiplier
// CHECK-SAME: (%[[X:.*]]: tensor<1x16xi32>)
// CHECK-DAG: %[[HI:.*]] = arith.constant 127 : i32
// CHECK-DAG: %[[LO:.*]] = arith.constant -128 : i32
// CHECK-DAG: %[[ZP:.*]] = arith.constant -3 : i32
// CHECK-DAG: %[[M:.*]] = arith.constant 1717986918 : i64
// CHECK-DAG: %[[W:.*]] = arith.constant 32 : i64
// CHECK-DAG: %[[RND:.*]] = arith.constant 32 : i32
// CHECK-DAG: %[[SH:.*]] = arith.constant 6 : i32
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<1x16xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID2]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<1x16xi32>) outs(%[[INIT]] : tensor<1x16xi8>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i32, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[V:.*]] = arith.extsi %[[IN]] : i32 to i64
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[V]], %[[M]] : i64
// CHECK-NEXT: %[[PH:.*]] = arith.shrsi %[[P]], %[[W]] : i64
// CHECK-NEXT: %[[H:.*]] = arith.trunci %[[PH]] : i64 to i32
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[H]], %[[RND]] : i32
// CHECK-NEXT: %[[Q:.*]] = arith.shrsi %[[S]], %[[SH]] : i32
// CHECK-NEXT: %[[Z:.*]] = arith.addi %[[Q]], %[[ZP]] : i32
// CHECK-NEXT: %[[C1:.*]] = arith.maxsi %[[Z]], %[[LO]] : i32
// CHECK-NEXT: %[[C2:.*]] = arith.minsi %[[C1]], %[[HI]] : i32
// CHECK-NEXT: %[[T:.*]] = arith.trunci %[[C2]] : i32 to i8
// CHECK-NEXT: linalg.yield %[[T]] : i8
// CHECK: return %[[R]]
// CHECK-NOT: qnt.
func.func @requantize_multiplier(%acc: tensor<1x16xi32>) -> tensor<1x16xi8> {
  %0 = qnt.requantize %acc multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] : tensor<1x16xi32> -> tensor<1x16xi8>
  return %0 : tensor<1x16xi8>
}

// -----

// A shift of 32 also needs the low word: the carry of its top bit.
// CHECK-LABEL: func.func @requantize_shift_32
// CHECK: %[[P:.*]] = arith.muli {{.*}} : i64
// CHECK: %[[H:.*]] = arith.trunci {{.*}} : i64 to i32
// CHECK: %[[L:.*]] = arith.trunci %[[P]] : i64 to i32
// CHECK: %[[B:.*]] = arith.shrui %[[L]], %{{.*}} : i32
// CHECK: %[[C:.*]] = arith.andi %[[B]], %{{.*}} : i32
// CHECK: arith.addi %[[H]], %[[C]] : i32
func.func @requantize_shift_32(%acc: tensor<4xi32>) -> tensor<4xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824] shift [32] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// Double rounding, an input zero point or a shift below 32: 64-bit lanes.
// CHECK-LABEL: func.func @requantize_wide
// CHECK: arith.muli {{.*}} : i64
// CHECK: arith.addi {{.*}} : i64
// CHECK: arith.shrsi {{.*}} : i64
// CHECK-NOT: : i32 to i8
// CHECK: arith.trunci {{.*}} : i64 to i8
func.func @requantize_wide(%acc: tensor<4xi32>) -> tensor<4xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824] shift [36] zp 0 clamp [-128, 127] double_round : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// Per axis: shifts, rounding terms and multipliers are i64 constant tensors.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH1:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @requantize_per_axis
// CHECK-DAG: %[[SHIFTS:.*]] = arith.constant dense<[31, 40]> : tensor<2xi64>
// CHECK-DAG: %[[ROUNDS:.*]] = arith.constant dense<[1073741824, 549755813888]> : tensor<2xi64>
// CHECK-DAG: %[[MULTS:.*]] = arith.constant dense<[1073741824, 1500000000]> : tensor<2xi64>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH1]], #[[$CH1]], #[[$CH1]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%{{.*}}, %[[SHIFTS]], %[[ROUNDS]], %[[MULTS]] : tensor<1x2xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i32, %[[SH:[^:]+]]: i64, %[[RND:[^:]+]]: i64, %[[M:[^:]+]]: i64, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[V:.*]] = arith.extsi %[[IN]] : i32 to i64
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[V]], %[[M]] : i64
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[P]], %[[RND]] : i64
// CHECK-NEXT: %[[Q:.*]] = arith.shrsi %[[S]], %[[SH]] : i64
// CHECK-NEXT: arith.maxsi %[[Q]]
// CHECK-NEXT: arith.minsi
// CHECK-NEXT: arith.trunci %{{.*}} : i64 to i8
// CHECK-NOT: qnt.
func.func @requantize_per_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824, 1500000000] shift [31, 40] axis 1 zp 0 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

// Double rounding: the rounding term is selected by the sign of v;
// 2^39 ± 2^30 for shift 40, plain 2^30 for shift 31 (not > 31).
// CHECK-LABEL: func.func @requantize_double_round
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[SHIFTS:.*]] = arith.constant dense<[31, 40]> : tensor<2xi64>
// CHECK-DAG: %[[RPOS:.*]] = arith.constant dense<[1073741824, 550829555712]> : tensor<2xi64>
// CHECK-DAG: %[[RNEG:.*]] = arith.constant dense<[1073741824, 548682072064]> : tensor<2xi64>
// CHECK-DAG: %[[MULTS:.*]] = arith.constant dense<[1073741824, 1500000000]> : tensor<2xi64>
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %[[SHIFTS]], %[[RPOS]], %[[RNEG]], %[[MULTS]] : tensor<1x2xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i32, %[[SH:[^:]+]]: i64, %[[P1:[^:]+]]: i64, %[[N1:[^:]+]]: i64, %[[M:[^:]+]]: i64, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[V:.*]] = arith.extsi %[[IN]] : i32 to i64
// CHECK-NEXT: %[[NONNEG:.*]] = arith.cmpi sge, %[[V]], %[[ZERO]] : i64
// CHECK-NEXT: %[[RND:.*]] = arith.select %[[NONNEG]], %[[P1]], %[[N1]] : i64
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[V]], %[[M]] : i64
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[P]], %[[RND]] : i64
// CHECK-NEXT: arith.shrsi %[[S]], %[[SH]] : i64
// CHECK-NOT: qnt.
func.func @requantize_double_round(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824, 1500000000] shift [31, 40] axis 1 zp 0 clamp [-128, 127] double_round : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

// Shift only: no multiplication; the rounding term of shift 0 is 0.
// CHECK-LABEL: func.func @requantize_shift_only
// CHECK-DAG: %[[HI:.*]] = arith.constant 127 : i64
// CHECK-DAG: %[[LO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[SHIFTS:.*]] = arith.constant dense<[4, 0]> : tensor<2xi64>
// CHECK-DAG: %[[ROUNDS:.*]] = arith.constant dense<[8, 0]> : tensor<2xi64>
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %[[SHIFTS]], %[[ROUNDS]] : tensor<1x2xi32>, tensor<2xi64>, tensor<2xi64>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i32, %[[SH:[^:]+]]: i64, %[[RND:[^:]+]]: i64, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[V:.*]] = arith.extsi %[[IN]] : i32 to i64
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[V]], %[[RND]] : i64
// CHECK-NEXT: %[[Q:.*]] = arith.shrsi %[[S]], %[[SH]] : i64
// CHECK-NEXT: %[[C1:.*]] = arith.maxsi %[[Q]], %[[LO]] : i64
// CHECK-NEXT: %[[C2:.*]] = arith.minsi %[[C1]], %[[HI]] : i64
// CHECK-NEXT: arith.trunci %[[C2]] : i64 to i8
// CHECK-NOT: arith.muli
// CHECK-NOT: qnt.
func.func @requantize_shift_only(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.requantize %acc shift [4, 0] axis 1 zp 0 clamp [0, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

// Unsigned result: the clamp is [0, 255] and the truncation keeps the bits
// (the 32-bit form: shift 33).
// CHECK-LABEL: func.func @requantize_unsigned
// CHECK-DAG: %[[HI:.*]] = arith.constant 255 : i32
// CHECK-DAG: %[[LO:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[ZP:.*]] = arith.constant 128 : i32
// CHECK: arith.shrsi {{.*}} : i64
// CHECK: %[[Q:.*]] = arith.shrsi {{.*}} : i32
// CHECK-NEXT: %[[Z:.*]] = arith.addi %[[Q]], %[[ZP]] : i32
// CHECK-NEXT: %[[C1:.*]] = arith.maxsi %[[Z]], %[[LO]] : i32
// CHECK-NEXT: %[[C2:.*]] = arith.minsi %[[C1]], %[[HI]] : i32
// CHECK-NEXT: arith.trunci %[[C2]] : i32 to i8
// CHECK-NOT: qnt.
func.func @requantize_unsigned(%acc: tensor<4xi32>) -> tensor<4xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824] shift [33] zp 128 clamp [0, 255] unsigned : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// i16 input with an input zero point: v = sext(x) - input_zp.
// CHECK-LABEL: func.func @requantize_i16_input_zp
// CHECK-DAG: %[[IZP:.*]] = arith.constant -7 : i64
// CHECK-DAG: %[[M:.*]] = arith.constant 1073741824 : i64
// CHECK: ^bb0(%[[IN:[^:]+]]: i16, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[X:.*]] = arith.extsi %[[IN]] : i16 to i64
// CHECK-NEXT: %[[V:.*]] = arith.subi %[[X]], %[[IZP]] : i64
// CHECK-NEXT: arith.muli %[[V]], %[[M]] : i64
// CHECK-NOT: qnt.
func.func @requantize_i16_input_zp(%x: tensor<4xi16>) -> tensor<4xi8> {
  %0 = qnt.requantize %x multiplier [1073741824] shift [31] zp 5 clamp [-128, 127] {input_zp = -7 : i64} : tensor<4xi16> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.batch_norm and qnt.observe
//===----------------------------------------------------------------------===//

// y = (x - mean) / sqrt(var + eps) * gamma + beta; the parameters are SSA
// generic inputs read along the channel axis (NCHW: d1).
// CHECK: #[[$ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK: #[[$C1:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_norm_nchw
// CHECK-SAME: (%[[X:[^:]+]]: tensor<1x8x4x4xf32>, %[[G:[^:]+]]: tensor<8xf32>, %[[B:[^:]+]]: tensor<8xf32>, %[[M:[^:]+]]: tensor<8xf32>, %[[V:[^:]+]]: tensor<8xf32>)
// CHECK-DAG: %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<1x8x4x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID4]], #[[$C1]], #[[$C1]], #[[$C1]], #[[$C1]], #[[$ID4]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[X]], %[[G]], %[[B]], %[[M]], %[[V]] : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%[[INIT]] : tensor<1x8x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[XI:[^:]+]]: f32, %[[GI:[^:]+]]: f32, %[[BI:[^:]+]]: f32, %[[MI:[^:]+]]: f32, %[[VI:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[VE:.*]] = arith.addf %[[VI]], %[[EPS]] : f32
// CHECK-NEXT: %[[SD:.*]] = math.sqrt %[[VE]] : f32
// CHECK-NEXT: %[[XC:.*]] = arith.subf %[[XI]], %[[MI]] : f32
// CHECK-NEXT: %[[N:.*]] = arith.divf %[[XC]], %[[SD]] : f32
// CHECK-NEXT: %[[SC:.*]] = arith.mulf %[[N]], %[[GI]] : f32
// CHECK-NEXT: %[[Y:.*]] = arith.addf %[[SC]], %[[BI]] : f32
// CHECK-NEXT: linalg.yield %[[Y]] : f32
// CHECK: return %[[R]]
// CHECK-NOT: qnt.
func.func @batch_norm_nchw(%x: tensor<1x8x4x4xf32>, %gamma: tensor<8xf32>, %beta: tensor<8xf32>, %mean: tensor<8xf32>, %var: tensor<8xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.batch_norm %x, %gamma, %beta, %mean, %var : tensor<1x8x4x4xf32>, tensor<8xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// -----

// NHWC (axis 3) in f16: epsilon is converted to f16.
// CHECK: #[[$ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK: #[[$C3:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @batch_norm_nhwc
// CHECK-DAG: %[[EPS:.*]] = arith.constant 1.000400e-03 : f16
// CHECK: linalg.generic {indexing_maps = [#[[$ID4]], #[[$C3]], #[[$C3]], #[[$C3]], #[[$C3]], #[[$ID4]]]
// CHECK: arith.addf %{{.*}}, %[[EPS]] : f16
// CHECK-NEXT: math.sqrt %{{.*}} : f16
// CHECK-NEXT: arith.subf
// CHECK-NEXT: arith.divf
// CHECK-NOT: qnt.
func.func @batch_norm_nhwc(%x: tensor<1x4x4x8xf16>, %p: tensor<8xf16>) -> tensor<1x4x4x8xf16> {
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {axis = 3 : i64, epsilon = 1.0e-03 : f32} : tensor<1x4x4x8xf16>, tensor<8xf16>
  return %0 : tensor<1x4x4x8xf16>
}

// -----

// An observer is the identity after calibration.
// CHECK-LABEL: func.func @observe_only
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// CHECK-NEXT: return %[[X]] : tensor<4xf32>
// CHECK-NOT: qnt.
func.func @observe_only(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.observe %x {name = "a", min = array<f64: -1.5>, max = array<f64: 4.0>, num_bins = 2, histogram = array<i64: 3, 1>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @observe_then_fake_quant
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<4xf32>)
// CHECK-NOT: qnt.
func.func @observe_then_fake_quant(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.observe %x {name = "a"} : tensor<4xf32>
  %1 = qnt.fake_quant %0 to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// quant.qcast / quant.dcast
//===----------------------------------------------------------------------===//

// qcast: round half to even and saturate, convert to the storage type, then
// reinterpret as the quantized type with quant.scast.
// CHECK-LABEL: func.func @qcast_i8
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// CHECK-DAG: %[[QMAX:.*]] = arith.constant 1.270000e+02 : f32
// CHECK-DAG: %[[QMIN:.*]] = arith.constant -1.280000e+02 : f32
// CHECK-DAG: %[[ZP:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4xi8>
// CHECK: %[[Q:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4xf32>) outs(%[[INIT]] : tensor<4xi8>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: f32, %{{[^:]+}}: i8):
// CHECK-NEXT: %[[DIV:.*]] = arith.divf %[[IN]], %[[S]] : f32
// CHECK-NEXT: %[[RND:.*]] = math.roundeven %[[DIV]] : f32
// CHECK-NEXT: %[[ADD:.*]] = arith.addf %[[RND]], %[[ZP]] : f32
// CHECK-NEXT: %[[LO:.*]] = arith.maxnumf %[[ADD]], %[[QMIN]] : f32
// CHECK-NEXT: %[[HI:.*]] = arith.minnumf %[[LO]], %[[QMAX]] : f32
// CHECK-NEXT: %[[INT:.*]] = arith.fptosi %[[HI]] : f32 to i8
// CHECK-NEXT: linalg.yield %[[INT]] : i8
// CHECK: %[[R:.*]] = quant.scast %[[Q]] : tensor<4xi8> to tensor<4x!quant.uniform<i8:f32, 5.000000e-01:1>>
// CHECK: return %[[R]]
// CHECK-NOT: quant.qcast
func.func @qcast_i8(%x: tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.5:1>> {
  %0 = quant.qcast %x : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.5:1>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 0.5:1>>
}

// -----

// Unsigned storage converts with fptoui.
// CHECK-LABEL: func.func @qcast_u8
// CHECK-DAG: arith.constant 2.550000e+02 : f32
// CHECK-DAG: arith.constant 0.000000e+00 : f32
// CHECK: tensor.empty() : tensor<4xi8>
// CHECK: %[[HI:.*]] = arith.minnumf
// CHECK-NEXT: %[[INT:.*]] = arith.fptoui %[[HI]] : f32 to i8
// CHECK-NEXT: linalg.yield %[[INT]] : i8
// CHECK: quant.scast %{{.*}} : tensor<4xi8> to tensor<4x!quant.uniform<u8:f32, 5.000000e-01:128>>
// CHECK-NOT: arith.fptosi
// CHECK-NOT: quant.qcast
func.func @qcast_u8(%x: tensor<4xf32>) -> tensor<4x!quant.uniform<u8:f32, 0.5:128>> {
  %0 = quant.qcast %x : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.5:128>>
  return %0 : tensor<4x!quant.uniform<u8:f32, 0.5:128>>
}

// -----

// Per-axis, narrow range.
// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH0:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @qcast_per_axis
// CHECK-DAG: %[[QMIN:.*]] = arith.constant -1.270000e+02 : f32
// CHECK-DAG: %[[SCALES:.*]] = arith.constant dense<[1.000000e-01, 2.000000e-01]> : tensor<2xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH0]], #[[$CH0]], #[[$ID2]]]
// CHECK-SAME: ins(%{{.*}}, %[[SCALES]], %{{.*}} : tensor<2x3xf32>, tensor<2xf32>, tensor<2xf32>) outs(%{{.*}} : tensor<2x3xi8>)
// CHECK: arith.maxnumf %{{.*}}, %[[QMIN]] : f32
// CHECK: arith.fptosi %{{.*}} : f32 to i8
// CHECK: quant.scast %{{.*}} : tensor<2x3xi8> to tensor<2x3x!quant.uniform<i8<-127:127>:f32:0, {1.000000e-01,2.000000e-01}>>
// CHECK-NOT: quant.qcast
func.func @qcast_per_axis(%x: tensor<2x3xf32>) -> tensor<2x3x!quant.uniform<i8<-127:127>:f32:0, {0.1, 0.2}>> {
  %0 = quant.qcast %x : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i8<-127:127>:f32:0, {0.1, 0.2}>>
  return %0 : tensor<2x3x!quant.uniform<i8<-127:127>:f32:0, {0.1, 0.2}>>
}

// -----

// dcast: reinterpret as the storage type, convert, x = s * (q - z).
// CHECK-LABEL: func.func @dcast_i8
// CHECK-SAME: (%[[Q:.*]]: tensor<4x!quant.uniform<i8:f32, 5.000000e-01:1>>)
// CHECK-DAG: %[[ZP:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[STORED:.*]] = quant.scast %[[Q]] : tensor<4x!quant.uniform<i8:f32, 5.000000e-01:1>> to tensor<4xi8>
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4xf32>
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[STORED]] : tensor<4xi8>) outs(%[[INIT]] : tensor<4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i8, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[F:.*]] = arith.sitofp %[[IN]] : i8 to f32
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[F]], %[[ZP]] : f32
// CHECK-NEXT: %[[X:.*]] = arith.mulf %[[C]], %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[X]] : f32
// CHECK: return %[[R]]
// CHECK-NOT: quant.dcast
func.func @dcast_i8(%q: tensor<4x!quant.uniform<i8:f32, 0.5:1>>) -> tensor<4xf32> {
  %0 = quant.dcast %q : tensor<4x!quant.uniform<i8:f32, 0.5:1>> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @dcast_u8
// CHECK: quant.scast %{{.*}} : tensor<4x!quant.uniform<u8:f32, 5.000000e-01:128>> to tensor<4xi8>
// CHECK: ^bb0(%[[IN:[^:]+]]: i8, %{{[^:]+}}: f32):
// CHECK-NEXT: arith.uitofp %[[IN]] : i8 to f32
// CHECK-NOT: arith.sitofp
// CHECK-NOT: quant.dcast
func.func @dcast_u8(%q: tensor<4x!quant.uniform<u8:f32, 0.5:128>>) -> tensor<4xf32> {
  %0 = quant.dcast %q : tensor<4x!quant.uniform<u8:f32, 0.5:128>> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK: #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK: #[[$CH1:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @dcast_per_axis
// CHECK-DAG: %[[SCALES:.*]] = arith.constant dense<[1.000000e-01, 2.000000e-01, 4.000000e-01]> : tensor<3xf32>
// CHECK-DAG: %[[ZPS:.*]] = arith.constant dense<[3.000000e+00, 5.000000e+00, 1.280000e+02]> : tensor<3xf32>
// CHECK: %[[STORED:.*]] = quant.scast %{{.*}} to tensor<2x3xi8>
// CHECK: linalg.generic {indexing_maps = [#[[$ID2]], #[[$CH1]], #[[$CH1]], #[[$ID2]]]
// CHECK-SAME: ins(%[[STORED]], %[[SCALES]], %[[ZPS]] : tensor<2x3xi8>, tensor<3xf32>, tensor<3xf32>)
// CHECK-NEXT: ^bb0(%[[IN:[^:]+]]: i8, %[[S:[^:]+]]: f32, %[[ZP:[^:]+]]: f32, %{{[^:]+}}: f32):
// CHECK-NEXT: %[[F:.*]] = arith.uitofp %[[IN]] : i8 to f32
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[F]], %[[ZP]] : f32
// CHECK-NEXT: arith.mulf %[[C]], %[[S]] : f32
// CHECK-NOT: quant.dcast
func.func @dcast_per_axis(%q: tensor<2x3x!quant.uniform<u8:f32:1, {0.1:3, 0.2:5, 0.4:128}>>) -> tensor<2x3xf32> {
  %0 = quant.dcast %q : tensor<2x3x!quant.uniform<u8:f32:1, {0.1:3, 0.2:5, 0.4:128}>> to tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// qnt.pack_bits: 70 values padded with 0 (bit 0) to 2 words of 64, the axis
// split into (word, bit), and each positive value's bit or-ed in at its
// position j.
// CHECK-LABEL: func.func @pack_bits
// CHECK:      %[[PAD:.*]] = tensor.pad %{{.*}} low[0, 0] high[0, 58]
// CHECK:      %[[SPLIT:.*]] = tensor.expand_shape %[[PAD]] {{\[\[}}0], [1, 2]] output_shape [2, 2, 64] : tensor<2x128xi8> into tensor<2x2x64xi8>
// CHECK:      linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[SPLIT]] : tensor<2x2x64xi8>) outs(%{{.*}} : tensor<2x2xi64>)
// CHECK:        %[[POS:.*]] = arith.cmpi sgt
// CHECK:        %[[BIT:.*]] = arith.extui %[[POS]] : i1 to i64
// CHECK:        %[[J:.*]] = linalg.index 2 : index
// CHECK:        %[[SHIFT:.*]] = arith.index_castui %[[J]] : index to i64
// CHECK:        %[[AT:.*]] = arith.shli %[[BIT]], %[[SHIFT]] : i64
// CHECK:        arith.ori %{{.*}}, %[[AT]] : i64
// CHECK-NOT:  qnt.pack_bits
func.func @pack_bits(%x: tensor<2x70xi8>) -> tensor<2x2xi64> {
  %0 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
  return %0 : tensor<2x2xi64>
}

// -----

// qnt.xnor_popcount: init + num_bits, then 2·popcount(x ⊕ w) subtracted per
// word pair; no multiplication.
// CHECK-LABEL: func.func @xnor_popcount
// CHECK-DAG:  %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG:  %[[K:.*]] = arith.constant 100 : i32
// CHECK:      %[[START:.*]] = linalg.generic
// CHECK:        arith.addi %{{.*}}, %[[K]] : i32
// CHECK:      linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<4x2xi64>, tensor<8x2xi64>) outs(%[[START]] : tensor<4x8xi32>)
// CHECK:        %[[X:.*]] = arith.xori %{{.*}}, %{{.*}} : i64
// CHECK:        %[[N:.*]] = math.ctpop %[[X]] : i64
// CHECK:        %[[N32:.*]] = arith.trunci %[[N]] : i64 to i32
// CHECK:        %[[TWICE:.*]] = arith.shli %[[N32]], %[[ONE]] : i32
// CHECK:        arith.subi %{{.*}}, %[[TWICE]] : i32
// CHECK-NOT:  arith.muli
// CHECK-NOT:  qnt.xnor_popcount
func.func @xnor_popcount(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

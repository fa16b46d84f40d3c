// Widths chosen for layers with hand-set weight distributions
// (Inputs/gen_layers.py): a near-binary layer drops to 2 bit, a heavy-tailed
// one keeps 8, whether the gain comes from the weights' entropy (data-free)
// or from measured output noise on calibration inputs.
//
// Costs below are in weight bits: each layer has 256 weights, so the
// all-8-bit cost of a 4-layer module is 8192. The first and last layers are
// pinned to 8 (4096); budget 0.85 leaves 2867 for the two middle layers:
// one can keep 8 bit (2048) only if the other drops to 2 (512).
//
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.85 cost=weight-bits remarks=false" | FileCheck %s
// RUN: quant-opt %S/Inputs/branches.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.85 cost=weight-bits remarks=false" | FileCheck %s --check-prefix=BRANCH
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="strategy=sensitivity calibration=%S/Inputs/calibration.npy budget=0.85 cost=weight-bits remarks=false" | FileCheck %s
// RUN: quant-opt %S/Inputs/branches.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="strategy=sensitivity calibration=%S/Inputs/calibration.npy budget=0.85 cost=weight-bits remarks=false" | FileCheck %s --check-prefix=BRANCH
// RUN: quant-opt %S/Inputs/branches.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.6 cost=bops remarks=false" | FileCheck %s --check-prefix=BOPS
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="strategy=uniform budget=0.85 cost=weight-bits remarks=false" | FileCheck %s --check-prefix=UNIFORM
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.3 cost=weight-bits pin-first-last=false remarks=false" | FileCheck %s --check-prefix=UNPINNED
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.85 cost=weight-bits pins=heavy_tail=2,near_binary=w8a4 remarks=false" | FileCheck %s --check-prefix=PINS
// RUN: quant-opt %S/Inputs/chain.mlir -mlir-print-debuginfo -mlir-print-local-scope -qnt-assign-bitwidths="budget=0.75 cost=latency latency-table=%S/Inputs/latency-x86.json remarks=false" | FileCheck %s --check-prefix=LATENCY
// RUN: quant-opt %S/Inputs/chain.mlir -qnt-assign-bitwidths="budget=0.85 cost=weight-bits" -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: not quant-opt %S/Inputs/chain.mlir -qnt-assign-bitwidths="budget=0.5 cost=weight-bits" -o /dev/null 2>&1 | FileCheck %s --check-prefix=INFEASIBLE

// CHECK-LABEL: func.func @chain
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32:1
// CHECK:       linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("first")
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i2<-1:1>:f32:1
// CHECK:       linalg.matmul {qnt.activation_bits = {{[0-9]}} : i64, qnt.weight_bits = 2 : i64} {{.*}} loc("near_binary")
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32:1
// CHECK:       linalg.matmul {qnt.activation_bits = {{[0-9]}} : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("heavy_tail")
// CHECK:       linalg.matmul {qnt.activation_bits = 8 : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("last")

// Two layers read the stem's output: whatever their weights get, they share
// one activation width.
// BRANCH-LABEL: func.func @branches
// BRANCH:       linalg.matmul {{.*}} loc("stem")
// BRANCH:       linalg.matmul {qnt.activation_bits = [[A:[0-9]]] : i64, qnt.weight_bits = 2 : i64} {{.*}} loc("left")
// BRANCH:       linalg.matmul {qnt.activation_bits = [[A]] : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("right")

// With BOPs, activation widths cost too. Scored alone, the near-binary
// layer's input would drop to 2 bit while the heavy-tailed one's stayed at
// 8; sharing the tensor, both read it at one width.
// BOPS-LABEL: func.func @branches
// BOPS:       {qnt.activation_bits = [[A:[0-9]]] : i64, qnt.weight_bits = 2 : i64} {{.*}} loc("left")
// BOPS:       {qnt.activation_bits = [[A]] : i64, qnt.weight_bits = {{[0-9]}} : i64} {{.*}} loc("right")

// Uniform: the widest single width that fits is 4 (4096 + 2·1024 = 6144).
// UNIFORM-LABEL: func.func @chain
// UNIFORM:       qnt.weight_bits = 8 : i64} {{.*}} loc("first")
// UNIFORM:       {qnt.activation_bits = 4 : i64, qnt.weight_bits = 4 : i64} {{.*}} loc("near_binary")
// UNIFORM:       {qnt.activation_bits = 4 : i64, qnt.weight_bits = 4 : i64} {{.*}} loc("heavy_tail")
// UNIFORM:       qnt.weight_bits = 8 : i64} {{.*}} loc("last")

// Unpinned, budget 0.3 (2457 of 8192): the ends may drop too; the
// heavy-tailed layer still gets the 8 bits it needs (2048 + 3·... no: 2048 +
// 3·512 = 3584 is too much), so everything is 2 bit but nothing is pinned.
// UNPINNED-LABEL: func.func @chain
// UNPINNED:       qnt.weight_bits = 2 : i64} {{.*}} loc("first")
// UNPINNED:       qnt.weight_bits = 2 : i64} {{.*}} loc("near_binary")
// UNPINNED:       qnt.weight_bits = 2 : i64} {{.*}} loc("heavy_tail")
// UNPINNED:       qnt.weight_bits = 2 : i64} {{.*}} loc("last")

// Pins by name override the estimate.
// PINS-LABEL: func.func @chain
// PINS:       {qnt.activation_bits = 4 : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("near_binary")
// PINS:       qnt.weight_bits = 2 : i64} {{.*}} loc("heavy_tail")

// Latency: 4×4 runs twice as fast as 8×8 in the table, so at 0.75 of the
// all-8-bit time the middle layers go to w4a4 or below.
// LATENCY-LABEL: func.func @chain
// LATENCY:       {qnt.activation_bits = 8 : i64, qnt.weight_bits = 8 : i64} {{.*}} loc("first")
// LATENCY:       {qnt.activation_bits = {{[24]}} : i64, qnt.weight_bits = {{[24]}} : i64} {{.*}} loc("near_binary")

// REMARK: remark: loc("near_binary"): w2a8: gain 0.1864, cost 512; activation quantizer left to qnt-insert-fake-quant (no calibrated range yet)

// INFEASIBLE: error: qnt-assign-bitwidths: budget 0.50 is infeasible: the cheapest choice the constraints allow costs 5120 of the all-8-bit 8192 (budget >= 0.6250)

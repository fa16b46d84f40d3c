//===- Passes.td - qnt graph transformations -------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD
#define QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def QntFoldBatchNormPass : Pass<"qnt-fold-batchnorm"> {
  let summary = "Fold batch-norm and every per-channel affine op into the "
                "weights and bias of the preceding conv / matmul";
  let description = [{
    Folds `y = a_c · x + b_c` (constant `a`, `b` per output channel, or one
    pair per tensor) into the linear op that produces `x`: the weights of
    channel `c` are scaled by `a_c` and the bias becomes `a_c · bias_c + b_c`
    (Jacob et al. 2018 fold batch-norm before quantization).

    Batch-norm is recognised by meaning, not spelling: `qnt.batch_norm`,
    torch-mlir's single `linalg.generic` (`(x − mean)·rsqrt(var + eps)·γ + β`),
    a chain of element-wise generics (as TOSA `sub`/`mul`/`add`/`rsqrt`
    become after `tosa-to-linalg`), a plain per-channel scale or bias add,
    or the affine head of a generic that goes on to apply an activation.
    Element-wise generics whose inputs are all constants are evaluated first,
    so statistics computed from constants (`rsqrt(var + eps)`) count as
    constants.

    Producers: any `linalg` convolution or contraction with a constant
    weight operand (`linalg.conv_2d_nchw_fchw`, `_nhwc_hwcf`,
    `_nhwc_fhwc`, depthwise convs, `linalg.matmul`, `batch_matmul`, ...), with
    any strides, dilations and input padding. The weight may be reached
    through `linalg.transpose` (torch-mlir's fully-connected layers) and
    `qnt.fake_quant`; a weight quantizer is moved behind the fold, its
    per-channel scales multiplied by `|a_c|` (a per-tensor quantizer becomes
    per-axis). The bias is read from the output init (`linalg.fill`,
    `linalg.broadcast`, a broadcasting generic or a constant) and written back
    as a `linalg.broadcast` of a constant.

    Batch-norm *before* a linear op (pre-activation blocks) folds the other
    way when no padding separates them: the weights are scaled along their
    input channel and `Σ W·b` is added to each output channel's bias.

    Nothing is folded, and a remark says why, when the linear op's result has
    other users, an operand of the affine op is not a constant, the affine
    op varies along a dimension that is not an output channel of the linear
    op, or the weight is not a constant.

    Example:

    ```mlir
    %c = linalg.conv_2d_nchw_fchw ins(%x, %w : ...) outs(%zero : ...)
    %y = qnt.batch_norm %c, %gamma, %beta, %mean, %var : ...
    ```

    becomes one `linalg.conv_2d_nchw_fchw` with scaled weights whose init is
    the broadcast folded bias.
  }];
  let options = [
    Option<"emitRemarks", "remarks", "bool", /*default=*/"true",
           "Emit a remark for every per-channel affine op that is not "
           "folded, saying why">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def QntTernarizePass : Pass<"qnt-ternarize"> {
  let summary = "Replace layer weights by ternary weights with a per-output-"
                "channel scale";
  let description = [{
    For every selected convolution or matmul with a constant weight, each
    output channel's filter `w` becomes `α·ŵ` with `ŵ ∈ {-1, 0, +1}`, and a
    `qnt.fake_quant` to `!qnt.ternary` (per axis: the weight's output-channel
    dimension, one `α` per channel) marks it for realization.

    - `method=otwa` (default): Two-Step Quantization's optimal ternary
      approximation, the exact minimiser of ‖w − αŵ‖² (sort |w|, keep the
      r largest with r maximising (Σ|w|)²/r, α = wᵀŵ/ŵᵀŵ).
    - `method=twn`: the TWN threshold 0.7·mean|w|, α = mean of the kept |w|.

    Layers: all by default, those whose location name is listed in
    `layers`, or (`from-bitwidths`) those `qnt-assign-bitwidths` gave 2-bit
    weights. The first and last layers of each function keep their
    precision unless `quantize-first-last` is set. Weights already behind a
    quantizer are left alone (with a remark).

    ```mlir
    %w = arith.constant dense<[[0.9, -0.1, -1.1, 0.05]]> : tensor<1x4xf32>
    // becomes
    %w = arith.constant dense<[[1.0, 0.0, -1.0, 0.0]]> : tensor<1x4xf32>
    %q = qnt.fake_quant %w to !qnt.ternary<f32:0, {1.0}> : tensor<1x4xf32>
    ```
  }];
  let options = [
    Option<"method", "method", "::mlir::qnt::TernarizeMethod",
           /*default=*/"::mlir::qnt::TernarizeMethod::otwa",
           "How ternary weights are chosen",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::TernarizeMethod::otwa, "otwa",
                        "optimal ternary approximation (exact)"),
             clEnumValN(::mlir::qnt::TernarizeMethod::twn, "twn",
                        "threshold 0.7·mean|w| (Ternary Weight Networks)"))}]>,
    ListOption<"layers", "layers", "std::string",
               "Location names of the layers to ternarize (default: all)">,
    Option<"fromBitwidths", "from-bitwidths", "bool", /*default=*/"false",
           "Ternarize the layers qnt-assign-bitwidths set to 2-bit weights "
           "(replacing their uniform 2-bit quantizer)">,
    Option<"quantizeFirstLast", "quantize-first-last", "bool",
           /*default=*/"false",
           "Also ternarize the first and last layer of each function">
  ];
  let dependentDialects = ["::mlir::qnt::QntDialect"];
}

def QntBinarizePass : Pass<"qnt-binarize"> {
  let summary = "Replace layer weights by binary weights (XNOR-Net)";
  let description = [{
    Like `qnt-ternarize`, with `ŵ = sign(w) ∈ {-1, +1}` (sign(0) = +1) and
    `α = mean|w|` per output channel, the exact minimiser of ‖w − αŵ‖² over
    binary ŵ; the weights are marked with a `qnt.fake_quant` to
    `!qnt.binary`.

    With `activations`, each selected layer's input is binarized too
    (XNOR-Net's sign activations): a `qnt.fake_quant` to
    `!qnt.binary<f32, 1.0>` on the tensor it reads (before any padding, so
    padding stays 0). `qnt-calibrate` then sets the scale β to the mean
    |x| it measures (the real-valued scale XNOR-Net's K approximates per
    position); `qnt-realize` folds β · α_c into the layer's requantization
    and computes the layer by xnor and popcount (`qnt.xnor_popcount`).
    An input that already has a quantizer keeps it (with a remark).
  }];
  let options = [
    ListOption<"layers", "layers", "std::string",
               "Location names of the layers to binarize (default: all)">,
    Option<"quantizeFirstLast", "quantize-first-last", "bool",
           /*default=*/"false",
           "Also binarize the first and last layer of each function">,
    Option<"activations", "activations", "bool", /*default=*/"false",
           "Also binarize the layers' inputs (sign, scale set by "
           "qnt-calibrate)">
  ];
  let dependentDialects = ["::mlir::qnt::QntDialect"];
}

def QntInsertFakeQuantPass : Pass<"qnt-insert-fake-quant"> {
  let summary = "Decide the quantizers of every conv/matmul: weights from "
                "their constants, activations from calibration statistics";
  let description = [{
    For every convolution or matmul with a constant weight that has no
    quantizer yet:

    - the weight gets a `qnt.fake_quant` with a symmetric `!quant.uniform`
      grid of `weight-bits` (narrow range `[-(2^(b-1)-1), 2^(b-1)-1]` unless
      `weight-narrow-range=false`), one scale per output channel
      (`max |w_c| / qmax`) or one per tensor;
    - its data input gets a `qnt.fake_quant` whose grid covers the range
      that calibration recorded on a `qnt.observe` of that value: affine
      (`activation-scheme=affine`, signed storage, 0 exactly representable)
      or symmetric. Without statistics the activation stays float and a
      remark names the op.

    `power-of-two` rounds every scale up to a power of two (WAGE shift
    scales); the quantizers then carry `power_of_two`.

    ```mlir
    %a = qnt.observe %x {min = array<f64: -1.0>, max = array<f64: 3.0>} : ...
    %y = linalg.matmul ins(%a, %w : ...) outs(...)
    // becomes
    %aq = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.0156862745:-64> : ...
    %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32:1, {...}> : ...
    %y = linalg.matmul ins(%aq, %wq : ...) outs(...)
    ```
  }];
  let options = [
    Option<"weightBits", "weight-bits", "unsigned", /*default=*/"8",
           "Bit width of weights (2..16)">,
    Option<"activationBits", "activation-bits", "unsigned", /*default=*/"8",
           "Bit width of activations (2..16)">,
    Option<"perChannel", "per-channel", "bool", /*default=*/"true",
           "One weight scale per output channel (false: one per tensor)">,
    Option<"activationScheme", "activation-scheme",
           "::mlir::qnt::ActivationScheme",
           /*default=*/"::mlir::qnt::ActivationScheme::affine",
           "How activations are quantized",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::ActivationScheme::affine, "affine",
                        "scale and zero point cover [min, max]"),
             clEnumValN(::mlir::qnt::ActivationScheme::symmetric,
                        "symmetric", "zero point 0, covers ±max|x|"))}]>,
    Option<"powerOfTwo", "power-of-two", "bool", /*default=*/"false",
           "Round every scale up to a power of two (shift-only requantize)">,
    Option<"weightNarrowRange", "weight-narrow-range", "bool",
           /*default=*/"true",
           "Weights use [-(2^(b-1)-1), 2^(b-1)-1], symmetric around 0">
  ];
  let dependentDialects = [
    "::mlir::qnt::QntDialect",
    "::mlir::quant::QuantDialect"
  ];
}

def QntAssignBitwidthsPass : Pass<"qnt-assign-bitwidths", "::mlir::ModuleOp"> {
  let summary = "Choose a weight and activation bit width per layer under a "
                "budget (EAGL / ALPS, exact multiple-choice knapsack)";
  let description = [{
    Every quantizable layer (a convolution, depthwise convolution or matmul
    with a constant weight) gets a weight width `w` and an activation width
    `a` from `candidates`. Each choice has an estimated gain and a cost; an
    exact multiple-choice knapsack (dynamic programming over the Pareto
    frontier, `Utils/Knapsack.h`) maximises the total gain with the total
    cost at most `budget` × the cost of the all-8-bit model.

    Strategies (docs/MixedPrecision.md gives the formulas):
    - `entropy` (EAGL, data-free): the gain of width `b` is the Shannon
      entropy, in bits per weight, of the layer's weights quantized at `b`
      bits (symmetric, per output channel), minus that at the narrowest
      candidate. A layer whose weights take few distinct values gains
      nothing from more bits.
    - `sensitivity` (ALPS-like, without training): runs the function on the
      `calibration` inputs with one layer's weights (or one activation
      tensor) fake-quantized at a time and scores each width by minus the
      increase of the output's quantization noise (MSE over signal power).
    - `uniform`: the widest single width (weights and activations) that
      fits the budget: the baseline.

    Costs (`cost`): `weight-bits` (Σ params × w, model size), `bops`
    (Σ MACs × w × a) or `latency` (Σ MACs / rate(w, a) from the JSON table
    in `latency-table`).

    Constraints: the first and last layer of each function stay at 8/8 bit
    (`pin-first-last=false` frees them); layers that read the same
    activation tensor (branches, residual blocks) get the same activation
    width; `pins` fixes named layers (`name=8`, or `name=w4a8`).

    The widths are written on each layer as `qnt.weight_bits` and
    `qnt.activation_bits`, and onto its `qnt.fake_quant` ops: existing
    quantizers are re-decided at the new width, weights without one get
    one, and activations get one when their range is known (a
    `qnt.observe` with min/max); `qnt-insert-fake-quant` honours the
    attributes later. `report` writes a JSON report. A budget below the
    cheapest feasible choice is an error that names that minimum.
  }];
  let options = [
    Option<"strategy", "strategy", "::mlir::qnt::BitwidthStrategy",
           /*default=*/"::mlir::qnt::BitwidthStrategy::entropy",
           "How the gain of each width is estimated",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::BitwidthStrategy::entropy, "entropy",
                        "entropy of the quantized weights (EAGL, data-free)"),
             clEnumValN(::mlir::qnt::BitwidthStrategy::sensitivity,
                        "sensitivity",
                        "measured output noise, one layer at a time"),
             clEnumValN(::mlir::qnt::BitwidthStrategy::uniform, "uniform",
                        "one width for every layer (baseline)"))}]>,
    ListOption<"candidates", "candidates", "unsigned",
               "Candidate bit widths (2..8; default 8,4,2)">,
    Option<"budget", "budget", "double", /*default=*/"1.0",
           "Budget as a fraction of the all-8-bit cost (0, 1]">,
    Option<"costModel", "cost", "::mlir::qnt::BitwidthCost",
           /*default=*/"::mlir::qnt::BitwidthCost::bops",
           "What the budget limits",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::BitwidthCost::weightBits, "weight-bits",
                        "model size: params × weight bits"),
             clEnumValN(::mlir::qnt::BitwidthCost::bops, "bops",
                        "bit operations: MACs × weight bits × activation "
                        "bits"),
             clEnumValN(::mlir::qnt::BitwidthCost::latency, "latency",
                        "MACs / rate(w, a) from latency-table"))}]>,
    Option<"latencyTable", "latency-table", "std::string", /*default=*/"",
           "JSON file {\"target\": name, \"macs_per_ns\": {\"w8a8\": r, "
           "...}} for cost=latency">,
    Option<"pinFirstLast", "pin-first-last", "bool", /*default=*/"true",
           "Keep the first and last layer of each function at 8/8 bit">,
    ListOption<"pins", "pins", "std::string",
               "Fixed widths by layer location name: name=B or name=wBaB">,
    ListOption<"calibration", "calibration", "std::string",
               "Calibration inputs (.npy, one per function argument, a "
               "leading batch dimension allowed) for strategy=sensitivity">,
    Option<"sensitivityBase", "sensitivity-base", "unsigned",
           /*default=*/"0",
           "strategy=sensitivity: the width every other layer sits at while "
           "one is measured (0: float; ALPS starts from the 4-bit model)">,
    Option<"entry", "entry", "std::string", /*default=*/"",
           "The function to assign (default: the only function with layers)">,
    Option<"report", "report", "std::string", /*default=*/"",
           "Write a JSON report (per layer and totals) to this file">,
    Option<"emitRemarks", "remarks", "bool", /*default=*/"true",
           "Emit a remark with each layer's choice">
  ];
  let dependentDialects = [
    "::mlir::qnt::QntDialect",
    "::mlir::quant::QuantDialect"
  ];
}

def QntCalibratePass : Pass<"qnt-calibrate", "::mlir::ModuleOp"> {
  let summary = "Run the float model on calibration inputs and quantize "
                "every activation that feeds a conv / matmul";
  let description = [{
    Executes the entry function (JIT through MLIR's ExecutionEngine, on a
    clone instrumented to also return the activations) on the calibration
    inputs given as `.npy` files, one per function argument; a file may hold
    one sample or a leading batch of them. For every activation that a
    quantizable layer, a residual add or a pooling reads, it records the
    statistics on a `qnt.observe` (min, max and, with `record-histograms`,
    the histogram of `num-bins` bins over them) and picks the quantizer's
    clipping range:

    - `minmax`: the observed range;
    - `percentile`: the `percentile`-th and (100 − `percentile`)-th
      percentiles;
    - `mse`: the range minimising the expected squared quantization error;
    - `entropy`: TensorRT's KL-divergence threshold (MXNet/TVM algorithm).

    It then inserts (or re-decides) the activation's `qnt.fake_quant`, at the
    width `qnt-assign-bitwidths` chose for the layers reading it or else
    `activation-bits`. A binary (sign) quantizer already on a layer's
    input (`qnt-binarize activations=true`) stays binary; its scale β
    becomes the mean |x| measured there. Without calibration data it
    quantizes nothing and
    a remark names every activation left without a range. NaN or Inf in the
    data or in the float model's activations, missing or mis-shaped files,
    and an entry function without a quantizable op are errors.
  }];
  let options = [
    ListOption<"calibration", "calibration", "std::string",
               "Calibration inputs (.npy, float32, one per function argument; "
               "a leading batch dimension allowed)">,
    Option<"entry", "entry", "std::string", /*default=*/"",
           "The function to calibrate (default: the only one with layers)">,
    Option<"method", "method", "::mlir::qnt::CalibrationMethod",
           /*default=*/"::mlir::qnt::CalibrationMethod::minmax",
           "How the clipping range is chosen",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::CalibrationMethod::minmax, "minmax",
                        "observed min and max"),
             clEnumValN(::mlir::qnt::CalibrationMethod::percentile,
                        "percentile", "percentiles (see `percentile`)"),
             clEnumValN(::mlir::qnt::CalibrationMethod::mse, "mse",
                        "minimum expected quantization MSE"),
             clEnumValN(::mlir::qnt::CalibrationMethod::entropy, "entropy",
                        "minimum KL divergence (TensorRT)"))}]>,
    Option<"percentile", "percentile", "double", /*default=*/"99.99",
           "Percentile kept by method=percentile, in (50, 100]">,
    Option<"numBins", "num-bins", "unsigned", /*default=*/"2048",
           "Histogram bins (at least 2^bits for method=entropy)">,
    Option<"recordHistograms", "record-histograms", "bool",
           /*default=*/"false",
           "Keep each histogram on its qnt.observe (large: num-bins values)">,
    Option<"activationBits", "activation-bits", "unsigned", /*default=*/"8",
           "Activation width where no qnt.activation_bits was assigned "
           "(2..16)">,
    Option<"activationScheme", "activation-scheme",
           "::mlir::qnt::ActivationScheme",
           /*default=*/"::mlir::qnt::ActivationScheme::affine",
           "How activations are quantized",
           [{::llvm::cl::values(
             clEnumValN(::mlir::qnt::ActivationScheme::affine, "affine",
                        "scale and zero point cover the range"),
             clEnumValN(::mlir::qnt::ActivationScheme::symmetric,
                        "symmetric", "zero point 0, covers ±max|x|"))}]>,
    Option<"powerOfTwo", "power-of-two", "bool", /*default=*/"false",
           "Round every scale up to a power of two">,
    Option<"sparsity", "sparsity", "double", /*default=*/"0.0",
           "TSQ's sparse activation quantizer: the value below which this "
           "fraction of each activation lies becomes its sparse_threshold "
           "(values at or below it quantize to 0); 0 turns it off">
  ];
  let dependentDialects = [
    "::mlir::qnt::QntDialect",
    "::mlir::quant::QuantDialect"
  ];
}

def QntAccumulatorWidthPass : Pass<"qnt-accumulator-width"> {
  let summary = "Bound the partial sums of every integer dot product and "
                "record what narrower arithmetic is exact";
  let description = [{
    For every integer contraction of the L2 graph (the i32-accumulating
    `linalg.generic` of a realized layer, `qnt.signed_accumulate`,
    `qnt.xnor_popcount`) it bounds the partial sums by interval arithmetic:
    each term from the operand ranges (the element types; the actual values
    of a constant weight, through `qnt.unpack`; the zero points the body
    subtracts), times the reduction length K. It attaches the result as
    `qnt.accumulator`:

    - `bits`: signed bits that hold every sum of up to K terms (compare the
      a-priori `analytic_bits` = 2n + ⌈log2 K⌉ for n-bit operands), and
      `total_bits` including the constant init (bias);
    - `i16_pairs`: whether u8 × s8 product pairs summed in saturating i16
      (x86 `vpmaddubsw`, the activation offset to u8) are exact: 255 ·
      2 · max|w| ≤ 32767, i.e. max|w| ≤ 64 — always for weights of 7 bits
      or fewer, and for 8-bit weights whose values stay within ±64;
    - `i16_run`: how many terms an i16 accumulator adds exactly.

    A sum that can exceed the i32 accumulator is an error naming the op.
    Vectorized lowerings read the attribute to pick the faster exact path.

    ```mlir
    %acc = linalg.generic {...} ins(%x, %w : tensor<1x576xi8>, tensor<576x64xi4>) ...
    // gets
    //   qnt.accumulator = {analytic_bits = 18, bits = 14, i16_pairs = true,
    //                      i16_run = 32, reduction = 576, ...}
    ```
  }];
  let options = [
    Option<"emitRemarks", "remarks", "bool", /*default=*/"false",
           "Also describe each bound in a remark">
  ];
}

def QntRealizePass : Pass<"qnt-realize"> {
  let summary = "Rewrite a fake-quant graph into integer-only inference";
  let description = [{
    Every activation tensor with a per-tensor `qnt.fake_quant` becomes an
    integer tensor (its quantizer's storage type), computed from integers:

    - a convolution or matmul (any linalg conv / contraction, found by its
      indexing maps) with a quantized constant weight becomes a
      `linalg.generic` with the same indexing maps accumulating
      `(x − z_x) · w` in i32 into the bias, pre-quantized to i32 with scale
      `s_x · s_w`; a `qnt.requantize` with per-channel fixed-point
      multipliers `s_x·s_w / s_y` (TFLite/gemmlowp: multiplier in
      `[2^30, 2^31)`, a shift; shift-only when the ratio is a power of two,
      as with WAGE power-of-two scales) takes it to the output quantizer,
      with ReLU / ReLU6 / clamp fused into its clamp bounds;
    - residual adds rescale both inputs to a common fixed-point scale
      (`2^20`, TFLite's scheme) and requantize the sum;
    - average pooling (`pooling_*_sum` then a divide) sums in i32 and
      requantizes by `s_x / (N·s_y)`; max pooling runs on the integers;
    - padding, reshapes and transposes follow their operand (the padding
      value quantized).

    A layer whose result is not quantized (the logits) accumulates in i32
    and is dequantized per channel. Anything else stays float: its inputs are
    dequantized (`quant.scast` + `quant.dcast`) and its output quantized
    (`quant.qcast` + `quant.scast`) at the boundary, and a remark names
    each op that stays float and why. `qnt-lower-to-arith` gives every op
    here its exact integer semantics.
  }];
  let options = [
    Option<"doubleRound", "double-round", "bool", /*default=*/"false",
           "Requantize with TOSA's double rounding (default: single "
           "rounding, as TFLite)">,
    Option<"emitRemarks", "remarks", "bool", /*default=*/"true",
           "Emit a remark for every op that stays float">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::qnt::QntDialect",
    "::mlir::quant::QuantDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def QntQuantizationReportPass
    : Pass<"qnt-quantization-report", "::mlir::ModuleOp"> {
  let summary = "Measure each layer's output SQNR, fake-quant vs float, on "
                "calibration inputs, and write a JSON report";
  let description = [{
    Runs the entry function twice on the calibration inputs (JIT, as
    `qnt-calibrate` does): as it is, with its `qnt.fake_quant` ops, and with
    every quantizer removed (the float model). Both are instrumented to
    return every layer's output. The report gives, per layer (name, op,
    location, weight and activation width), the signal-to-quantization-noise
    ratio `10·log10(Σx² / Σ(x − x̂)²)` of its output, and the same for each
    result of the function. The IR is not changed.
  }];
  let options = [
    ListOption<"calibration", "calibration", "std::string",
               "Inputs (.npy, float32, one per function argument)">,
    Option<"entry", "entry", "std::string", /*default=*/"",
           "The function (default: the only one with layers)">,
    Option<"report", "report", "std::string", /*default=*/"",
           "The JSON file to write (required)">
  ];
}

#endif // QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD

// qnt.requantize against upstream tosa.rescale, bit for bit.
//
// Both ops run on the same i32 inputs and every element is compared. tosa.rescale
// is lowered by tosa-to-linalg + tosa-to-arith{include-apply-rescale=true}, once
// with the 64-bit apply_scale lowering and once with use-32-bit=true; qnt.requantize
// by qnt-lower-to-arith. For each (multiplier, shift) pair, with SINGLE_ROUND and
// DOUBLE_ROUND, to i8 with output zero point -3 and to i32 (zero point 0), the
// input is 64 windows of 4096 consecutive values: all of [-65536, 65536), both
// ends of i32, around +-2^k (k = 18..30), where the i8 result starts to saturate,
// and around rounding points (k + 1/2) 2^s / m near +1e9 and -1.3e9. A per-channel
// rescale (channels on the last dimension) covers all pairs at once.
//
// Every pair has m * 2^-s < 1, so the scaled value fits in i32, as TOSA
// requires of apply_scale. Outside that domain the two differ by design: the
// upstream lowering truncates the scaled value to i32 and adds the zero point
// in i32 (both wrap), qnt.requantize computes in i64 and saturates.
//
// Each report prints the mismatch count (must be 0) and, so that the test cannot
// pass vacuously, the sum of the qnt.requantize outputs and the number of
// elements where double rounding changed the result; those were computed in
// Python from applyScale in lib/Dialect/Qnt/Utils/Numerics.cpp.

// RUN: quant-opt %s --pass-pipeline="builtin.module(func.func(tosa-to-linalg,tosa-to-arith{include-apply-rescale=true}))" \
// RUN:   | quant-opt %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s
// RUN: quant-opt %s --pass-pipeline="builtin.module(func.func(tosa-to-linalg,tosa-to-arith{include-apply-rescale=true use-32-bit=true}))" \
// RUN:   | quant-opt %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

// CHECK-LABEL: pair 1073741824 31 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -132347
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -132347
// CHECK-NEXT: double_round changed 0
// CHECK-LABEL: pair 1073741824 31 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -614399975424
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -614399975424
// CHECK-NEXT: double_round changed 0
// CHECK-LABEL: pair 1717986918 38 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -233214
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -233209
// CHECK-NEXT: double_round changed 279
// CHECK-LABEL: pair 1717986918 38 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -7679980337
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -7679980337
// CHECK-NEXT: double_round changed 1634
// CHECK-LABEL: pair 1518500250 36 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -160060
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -160058
// CHECK-NEXT: double_round changed 244
// CHECK-LABEL: pair 1518500250 36 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -27152882476
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -27152882480
// CHECK-NEXT: double_round changed 4096
// CHECK-LABEL: pair 2147483647 62 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -786434
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -786432
// CHECK-NEXT: double_round changed 2
// CHECK-LABEL: pair 2147483647 62 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -2
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum 0
// CHECK-NEXT: double_round changed 2
// CHECK-LABEL: pair 1431655765 33 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -135287
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -135272
// CHECK-NEXT: double_round changed 765
// CHECK-LABEL: pair 1431655765 33 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -204800001375
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -204800001365
// CHECK-NEXT: double_round changed 43700
// CHECK-LABEL: pair 1 2 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -133622
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -133622
// CHECK-NEXT: double_round changed 0
// CHECK-LABEL: pair 1 2 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -307199975424
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -307199975424
// CHECK-NEXT: double_round changed 0
// CHECK-LABEL: pair 1395864371 40 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -458836
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -458836
// CHECK-NEXT: double_round changed 130
// CHECK-LABEL: pair 1395864371 40 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -1559978146
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -1559978146
// CHECK-NEXT: double_round changed 258
// CHECK-LABEL: pair 1073741824 32 i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -133622
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -133607
// CHECK-NEXT: double_round changed 765
// CHECK-LABEL: pair 1073741824 32 i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -307199975424
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -307199975414
// CHECK-NEXT: double_round changed 65538
// CHECK-LABEL: per_channel i8
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -106750
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -106737
// CHECK-NEXT: double_round changed 617
// CHECK-LABEL: per_channel i32
// CHECK-NEXT: single: mismatches 0
// CHECK-NEXT: single: sum -1275
// CHECK-NEXT: double: mismatches 0
// CHECK-NEXT: double: sum -1275
// CHECK-NEXT: double_round changed 3606

// Compares qnt (q) with tosa (t) for single (s) and double (d) rounding and
// prints: mismatches and sum of q for each rounding, and #(qs != qd).
func.func @report_i8(%qs: tensor<?x?xi8>, %ts: tensor<?x?xi8>,
                     %qd: tensor<?x?xi8>, %td: tensor<?x?xi8>) {
  %zero = arith.constant 0 : i64
  %e = tensor.empty() : tensor<i64>
  %init = linalg.fill ins(%zero : i64) outs(%e : tensor<i64>) -> tensor<i64>
  %r:5 = linalg.generic {
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>,
                       affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>,
                       affine_map<(i, j) -> ()>, affine_map<(i, j) -> ()>,
                       affine_map<(i, j) -> ()>, affine_map<(i, j) -> ()>,
                       affine_map<(i, j) -> ()>],
      iterator_types = ["reduction", "reduction"]}
      ins(%qs, %ts, %qd, %td : tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>)
      outs(%init, %init, %init, %init, %init : tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) {
  ^bb0(%a: i8, %b: i8, %c: i8, %d: i8, %ms: i64, %md: i64, %ss: i64, %sd: i64, %ch: i64):
    %ne_s = arith.cmpi ne, %a, %b : i8
    %ne_d = arith.cmpi ne, %c, %d : i8
    %ne_c = arith.cmpi ne, %a, %c : i8
    %i_s = arith.extui %ne_s : i1 to i64
    %i_d = arith.extui %ne_d : i1 to i64
    %i_c = arith.extui %ne_c : i1 to i64
    %ms1 = arith.addi %ms, %i_s : i64
    %md1 = arith.addi %md, %i_d : i64
    %ch1 = arith.addi %ch, %i_c : i64
    %wa = arith.extsi %a : i8 to i64
    %wc = arith.extsi %c : i8 to i64
    %ss1 = arith.addi %ss, %wa : i64
    %sd1 = arith.addi %sd, %wc : i64
    linalg.yield %ms1, %md1, %ss1, %sd1, %ch1 : i64, i64, i64, i64, i64
  } -> (tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>)
  %ms = tensor.extract %r#0[] : tensor<i64>
  %md = tensor.extract %r#1[] : tensor<i64>
  %ss = tensor.extract %r#2[] : tensor<i64>
  %sd = tensor.extract %r#3[] : tensor<i64>
  %ch = tensor.extract %r#4[] : tensor<i64>
  vector.print str "single: mismatches "
  vector.print %ms : i64
  vector.print str "single: sum "
  vector.print %ss : i64
  vector.print str "double: mismatches "
  vector.print %md : i64
  vector.print str "double: sum "
  vector.print %sd : i64
  vector.print str "double_round changed "
  vector.print %ch : i64
  return
}


// Compares qnt (q) with tosa (t) for single (s) and double (d) rounding and
// prints: mismatches and sum of q for each rounding, and #(qs != qd).
func.func @report_i32(%qs: tensor<?x?xi32>, %ts: tensor<?x?xi32>,
                     %qd: tensor<?x?xi32>, %td: tensor<?x?xi32>) {
  %zero = arith.constant 0 : i64
  %e = tensor.empty() : tensor<i64>
  %init = linalg.fill ins(%zero : i64) outs(%e : tensor<i64>) -> tensor<i64>
  %r:5 = linalg.generic {
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>,
                       affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>,
                       affine_map<(i, j) -> ()>, affine_map<(i, j) -> ()>,
                       affine_map<(i, j) -> ()>, affine_map<(i, j) -> ()>,
                       affine_map<(i, j) -> ()>],
      iterator_types = ["reduction", "reduction"]}
      ins(%qs, %ts, %qd, %td : tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>)
      outs(%init, %init, %init, %init, %init : tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>) {
  ^bb0(%a: i32, %b: i32, %c: i32, %d: i32, %ms: i64, %md: i64, %ss: i64, %sd: i64, %ch: i64):
    %ne_s = arith.cmpi ne, %a, %b : i32
    %ne_d = arith.cmpi ne, %c, %d : i32
    %ne_c = arith.cmpi ne, %a, %c : i32
    %i_s = arith.extui %ne_s : i1 to i64
    %i_d = arith.extui %ne_d : i1 to i64
    %i_c = arith.extui %ne_c : i1 to i64
    %ms1 = arith.addi %ms, %i_s : i64
    %md1 = arith.addi %md, %i_d : i64
    %ch1 = arith.addi %ch, %i_c : i64
    %wa = arith.extsi %a : i32 to i64
    %wc = arith.extsi %c : i32 to i64
    %ss1 = arith.addi %ss, %wa : i64
    %sd1 = arith.addi %sd, %wc : i64
    linalg.yield %ms1, %md1, %ss1, %sd1, %ch1 : i64, i64, i64, i64, i64
  } -> (tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>, tensor<i64>)
  %ms = tensor.extract %r#0[] : tensor<i64>
  %md = tensor.extract %r#1[] : tensor<i64>
  %ss = tensor.extract %r#2[] : tensor<i64>
  %sd = tensor.extract %r#3[] : tensor<i64>
  %ch = tensor.extract %r#4[] : tensor<i64>
  vector.print str "single: mismatches "
  vector.print %ms : i64
  vector.print str "single: sum "
  vector.print %ss : i64
  vector.print str "double: mismatches "
  vector.print %md : i64
  vector.print str "double: sum "
  vector.print %sd : i64
  vector.print str "double_round changed "
  vector.print %ch : i64
  return
}

// m * 2^-s = 1073741824 * 2^-31 = 0.5
func.func @pair_0() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, -1787, -2299, 999997953, -1300002047]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<31> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1073741824 31 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1073741824] shift [31] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1073741824] shift [31] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1073741824 31 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1073741824] shift [31] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1073741824] shift [31] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1717986918 * 2^-38 = 0.00625
func.func @pair_1() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, 18832, -22128, 999997872, -1300001968]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1717986918> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<38> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1717986918 38 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1717986918 38 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1717986918] shift [38] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1717986918] shift [38] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1518500250 * 2^-36 = 0.0220971
func.func @pair_2() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, 3858, -7727, 999997933, -1300002026]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1518500250> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<36> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1518500250 36 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1518500250] shift [36] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1518500250] shift [36] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1518500250 36 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1518500250] shift [36] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1518500250] shift [36] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 2147483647 * 2^-62 = 4.65661e-10
func.func @pair_3() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, 2147479552, -2147483648, 1073739776, -1073743872]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<2147483647> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<62> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 2147483647 62 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [2147483647] shift [62] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [2147483647] shift [62] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 2147483647 62 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [2147483647] shift [62] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [2147483647] shift [62] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1431655765 * 2^-33 = 0.166667
func.func @pair_4() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, -1265, -2801, 999997951, -1300002047]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1431655765> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<33> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1431655765 33 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1431655765] shift [33] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1431655765] shift [33] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1431655765 33 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1431655765] shift [33] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1431655765] shift [33] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1 * 2^-2 = 0.25
func.func @pair_5() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, -1526, -2550, 999997954, -1300002046]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<2> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1 2 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1] shift [2] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1] shift [2] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1 2 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1] shift [2] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1] shift [2] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1395864371 * 2^-40 = 0.00126953
func.func @pair_6() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, 100746, -100903, 999998149, -1300001950]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1395864371> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<40> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1395864371 40 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1395864371] shift [40] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1395864371] shift [40] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1395864371 40 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1395864371] shift [40] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1395864371] shift [40] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// m * 2^-s = 1073741824 * 2^-32 = 0.25
func.func @pair_7() {
  %bases = arith.constant dense<[-65536, -61440, -57344, -53248, -49152, -45056, -40960, -36864, -32768, -28672, -24576, -20480, -16384, -12288, -8192, -4096, 0, 4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440, -2147483648, 2147479552, 260096, -264192, 522240, -526336, 1046528, -1050624, 2095104, -2099200, 4192256, -4196352, 8386560, -8390656, 16775168, -16779264, 33552384, -33556480, 67106816, -67110912, 134215680, -134219776, 268433408, -268437504, 536868864, -536872960, 1073739776, -1073743872, -1526, -2550, 999997954, -1300002046]> : tensor<64xi32>
  %e = tensor.empty() : tensor<64x4096xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(r, j) -> (r)>, affine_map<(r, j) -> (r, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%bases : tensor<64xi32>) outs(%e : tensor<64x4096xi32>) {
  ^bb0(%base: i32, %out: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %v = arith.addi %base, %ji : i32
    linalg.yield %v : i32
  } -> tensor<64x4096xi32>
  %m = "tosa.const"() <{values = dense<1073741824> : tensor<1xi32>}> : () -> tensor<1xi32>
  %s = "tosa.const"() <{values = dense<32> : tensor<1xi8>}> : () -> tensor<1xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "pair 1073741824 32 i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qs = qnt.requantize %x multiplier [1073741824] shift [32] zp -3 clamp [-128, 127] : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<64x4096xi8>
  %i8qd = qnt.requantize %x multiplier [1073741824] shift [32] zp -3 clamp [-128, 127] double_round : tensor<64x4096xi32> -> tensor<64x4096xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<64x4096xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<64x4096xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "pair 1073741824 32 i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qs = qnt.requantize %x multiplier [1073741824] shift [32] zp 0 clamp [-2147483648, 2147483647] : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = false, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<64x4096xi32>, tensor<1xi32>, tensor<1xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<64x4096xi32>
  %i32qd = qnt.requantize %x multiplier [1073741824] shift [32] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<64x4096xi32> -> tensor<64x4096xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<64x4096xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<64x4096xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

// All pairs at once as channels of a per-channel rescale: column c holds
// offset_c + n * stride_c (n < 8192, clamped to i32), spanning the
// unsaturated range of the i8 result of pair c.
func.func @per_channel() {
  %stride = arith.constant dense<[1, 7, 3, 73400321, 1, 1, 27, 1]> : tensor<8xi64>
  %offset = arith.constant dense<[-4096, -28672, -12288, -300647714816, -4096, -4096, -110592, -4096]> : tensor<8xi64>
  %e = tensor.empty() : tensor<8192x8xi32>
  %x = linalg.generic {indexing_maps = [affine_map<(n, c) -> (c)>, affine_map<(n, c) -> (c)>, affine_map<(n, c) -> (n, c)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%stride, %offset : tensor<8xi64>, tensor<8xi64>) outs(%e : tensor<8192x8xi32>) {
  ^bb0(%st: i64, %off: i64, %out: i32):
    %n = linalg.index 0 : index
    %ni = arith.index_cast %n : index to i64
    %p = arith.muli %ni, %st : i64
    %v = arith.addi %off, %p : i64
    %lo = arith.constant -2147483648 : i64
    %hi = arith.constant 2147483647 : i64
    %v1 = arith.maxsi %v, %lo : i64
    %v2 = arith.minsi %v1, %hi : i64
    %v3 = arith.trunci %v2 : i64 to i32
    linalg.yield %v3 : i32
  } -> tensor<8192x8xi32>
  %m = "tosa.const"() <{values = dense<[1073741824, 1717986918, 1518500250, 2147483647, 1431655765, 1, 1395864371, 1073741824]> : tensor<8xi32>}> : () -> tensor<8xi32>
  %s = "tosa.const"() <{values = dense<[31, 38, 36, 62, 33, 2, 40, 32]> : tensor<8xi8>}> : () -> tensor<8xi8>
  %izp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  vector.print str "per_channel i8\n"
  %i8ozp = "tosa.const"() <{values = dense<-3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %i8ts = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = true, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<8192x8xi32>, tensor<8xi32>, tensor<8xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<8192x8xi8>
  %i8qs = qnt.requantize %x multiplier [1073741824, 1717986918, 1518500250, 2147483647, 1431655765, 1, 1395864371, 1073741824] shift [31, 38, 36, 62, 33, 2, 40, 32] axis 1 zp -3 clamp [-128, 127] : tensor<8192x8xi32> -> tensor<8192x8xi8>
  %i8td = tosa.rescale %x, %m, %s, %izp, %i8ozp {input_unsigned = false, output_unsigned = false, per_channel = true, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<8192x8xi32>, tensor<8xi32>, tensor<8xi8>, tensor<1xi32>, tensor<1xi8>) -> tensor<8192x8xi8>
  %i8qd = qnt.requantize %x multiplier [1073741824, 1717986918, 1518500250, 2147483647, 1431655765, 1, 1395864371, 1073741824] shift [31, 38, 36, 62, 33, 2, 40, 32] axis 1 zp -3 clamp [-128, 127] double_round : tensor<8192x8xi32> -> tensor<8192x8xi8>
  %i8qs_ = tensor.cast %i8qs : tensor<8192x8xi8> to tensor<?x?xi8>
  %i8ts_ = tensor.cast %i8ts : tensor<8192x8xi8> to tensor<?x?xi8>
  %i8qd_ = tensor.cast %i8qd : tensor<8192x8xi8> to tensor<?x?xi8>
  %i8td_ = tensor.cast %i8td : tensor<8192x8xi8> to tensor<?x?xi8>
  call @report_i8(%i8qs_, %i8ts_, %i8qd_, %i8td_) : (tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>, tensor<?x?xi8>) -> ()
  vector.print str "per_channel i32\n"
  %i32ozp = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
  %i32ts = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = true, rounding_mode = SINGLE_ROUND, scale32 = true} : (tensor<8192x8xi32>, tensor<8xi32>, tensor<8xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<8192x8xi32>
  %i32qs = qnt.requantize %x multiplier [1073741824, 1717986918, 1518500250, 2147483647, 1431655765, 1, 1395864371, 1073741824] shift [31, 38, 36, 62, 33, 2, 40, 32] axis 1 zp 0 clamp [-2147483648, 2147483647] : tensor<8192x8xi32> -> tensor<8192x8xi32>
  %i32td = tosa.rescale %x, %m, %s, %izp, %i32ozp {input_unsigned = false, output_unsigned = false, per_channel = true, rounding_mode = DOUBLE_ROUND, scale32 = true} : (tensor<8192x8xi32>, tensor<8xi32>, tensor<8xi8>, tensor<1xi32>, tensor<1xi32>) -> tensor<8192x8xi32>
  %i32qd = qnt.requantize %x multiplier [1073741824, 1717986918, 1518500250, 2147483647, 1431655765, 1, 1395864371, 1073741824] shift [31, 38, 36, 62, 33, 2, 40, 32] axis 1 zp 0 clamp [-2147483648, 2147483647] double_round : tensor<8192x8xi32> -> tensor<8192x8xi32>
  %i32qs_ = tensor.cast %i32qs : tensor<8192x8xi32> to tensor<?x?xi32>
  %i32ts_ = tensor.cast %i32ts : tensor<8192x8xi32> to tensor<?x?xi32>
  %i32qd_ = tensor.cast %i32qd : tensor<8192x8xi32> to tensor<?x?xi32>
  %i32td_ = tensor.cast %i32td : tensor<8192x8xi32> to tensor<?x?xi32>
  call @report_i32(%i32qs_, %i32ts_, %i32qd_, %i32td_) : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>, tensor<?x?xi32>) -> ()
  return
}

func.func @main() {
  call @pair_0() : () -> ()
  call @pair_1() : () -> ()
  call @pair_2() : () -> ()
  call @pair_3() : () -> ()
  call @pair_4() : () -> ()
  call @pair_5() : () -> ()
  call @pair_6() : () -> ()
  call @pair_7() : () -> ()
  call @per_channel() : () -> ()
  return
}

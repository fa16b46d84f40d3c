// Executes stochastic rounding in qnt.fake_quant and checks it is the
// documented counter-based dither, reproducible from the seed:
//   key = mix32(lo32(seed) ^ hi32(seed) * 0x9e3779b9)
//   dither(i) = (mix32(i ^ key) >> 8) * 2^-24,  q = floor(x / s + dither(i))
// with i the row-major linear index of the element (mix32, stochasticSeedKey
// and stochasticDither in lib/Dialect/Qnt/Utils/Numerics.cpp). The expected
// values were computed with a Python transcription of those functions in f32.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

// Prints the sum and the mean of a 1-D tensor (sums of 0/1 and of multiples
// of 0.25 are exact in f32 at this size).
func.func @print_sum_and_mean(%t: tensor<4096xf32>) {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<f32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<f32>) -> tensor<f32>
  %sum = linalg.reduce ins(%t : tensor<4096xf32>) outs(%init : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %v = tensor.extract %sum[] : tensor<f32>
  %n = arith.constant 4096.0 : f32
  %mean = arith.divf %v, %n : f32
  vector.print str "sum = "
  vector.print %v : f32
  vector.print str "mean = "
  vector.print %mean : f32
  return
}

func.func @main() {
  %x = arith.constant dense<[[0.3, -0.3, 0.7, 1.1], [-1.6, 2.25, 0.05, -0.95]]> : tensor<2x4xf32>

  // Seed 42: each element lands on one of its two neighbouring grid points.
  vector.print str "seed_42_first\n"
  %y0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding stochastic seed 42 : tensor<2x4xf32>
  %u0 = tensor.cast %y0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_42_first
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, 0, 1, 1],
  // CHECK-NEXT: [-1.5, 2, 0, -1]]

  // A second op with the same seed reproduces the values exactly.
  vector.print str "seed_42_second\n"
  %y1 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding stochastic seed 42 : tensor<2x4xf32>
  %u1 = tensor.cast %y1 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_42_second
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, 0, 1, 1],
  // CHECK-NEXT: [-1.5, 2, 0, -1]]

  // The dither depends on the linear index only, not on the shape:
  // the same elements as a flat tensor<8xf32> get the same values.
  %flat = tensor.collapse_shape %x [[0, 1]] : tensor<2x4xf32> into tensor<8xf32>
  // Flattened input, seed 42.
  vector.print str "seed_42_flat\n"
  %y2 = qnt.fake_quant %flat to !quant.uniform<i8:f32, 0.5> rounding stochastic seed 42 : tensor<8xf32>
  %u2 = tensor.cast %y2 : tensor<8xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_42_flat
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [0.5, 0, 1, 1, -1.5, 2, 0, -1]

  // Another seed draws other dithers: several elements round the other way.
  vector.print str "seed_7\n"
  %y3 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding stochastic seed 7 : tensor<2x4xf32>
  %u3 = tensor.cast %y3 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_7
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, -0.5, 0.5, 1],
  // CHECK-NEXT: [-1.5, 2.5, 0, -1]]

  // The high 32 bits of the seed matter: 2^32 + 42 is not 42.
  vector.print str "seed_42_plus_2_32\n"
  %y4 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding stochastic seed 4294967338 : tensor<2x4xf32>
  %u4 = tensor.cast %y4 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_42_plus_2_32
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, 0, 1, 1.5],
  // CHECK-NEXT: [-2, 2.5, 0, -1]]

  // Negative seeds are read as their 64-bit pattern.
  vector.print str "seed_minus_1\n"
  %y5 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> rounding stochastic seed -1 : tensor<2x4xf32>
  %u5 = tensor.cast %y5 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_minus_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, -0.5, 0.5, 1],
  // CHECK-NEXT: [-1.5, 2, 0.5, -1]]

  // Per-axis scales and zero points; row 1 saturates at -128 (zero point -124).
  vector.print str "seed_42_per_axis\n"
  %y6 = qnt.fake_quant %x to !quant.uniform<i8:f32:0, {0.5:3, 0.25:-124}> rounding stochastic seed 42 : tensor<2x4xf32>
  %u6 = tensor.cast %y6 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: seed_42_per_axis
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, 0, 1, 1],
  // CHECK-NEXT: [-1, 2.25, 0, -1]]

  // Unbiased on average: 4096 copies of 0.3 with scale 1 round to 0 or 1, and
  // the mean is close to 0.3 (1225 ones).
  vector.print str "mean_of_0.3\n"
  %c7 = arith.constant dense<0.3> : tensor<4096xf32>
  %y7 = qnt.fake_quant %c7 to !quant.uniform<i8:f32, 1.0> rounding stochastic seed 2024 : tensor<4096xf32>
  call @print_sum_and_mean(%y7) : (tensor<4096xf32>) -> ()
  // CHECK-LABEL: mean_of_0.3
  // CHECK-NEXT: sum = 1225
  // CHECK-NEXT: mean = 0.299072

  // The same for -0.3 on a grid of step 0.25 (-1.2 rounds to -2 or -1 steps).
  vector.print str "mean_of_-0.3\n"
  %c8 = arith.constant dense<-0.3> : tensor<4096xf32>
  %y8 = qnt.fake_quant %c8 to !quant.uniform<i8:f32, 0.25> rounding stochastic seed 99 : tensor<4096xf32>
  call @print_sum_and_mean(%y8) : (tensor<4096xf32>) -> ()
  // CHECK-LABEL: mean_of_-0.3
  // CHECK-NEXT: sum = -1234.5
  // CHECK-NEXT: mean = -0.301392

  return
}

// Deliberately malformed input for ../quant-opt-errors.mlir: the fake_quant
// is missing its `: type` and the function is never closed.
func.func @malformed(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5>
  return %0 : tensor<4xf32>

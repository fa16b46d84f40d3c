/*===- qnt-capi.c - the qnt C API, end to end ---------------------*- C -*-===*\
|*                                                                            *|
|* Part of the quant-opt project.                                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

/* RUN: qnt-capi-test 2>&1 | FileCheck %s
 * REQUIRES: quant-opt-driver
 */

#include "qnt-c/Dialects.h"
#include "qnt-c/Passes.h"

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/RegisterEverything.h"

#include <stdio.h>

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static void printType(const char *label, MlirType type) {
  printf("%s: ", label);
  if (mlirTypeIsNull(type))
    printf("<null>");
  else
    mlirTypePrint(type, printToStdout, NULL);
  printf("\n");
}

static void testTypes(MlirContext ctx) {
  printf("types\n");
  // CHECK-LABEL: types
  MlirType f32 = mlirF32TypeGet(ctx);
  double scales[] = {0.5, 0.25};
  MlirType ternary = qntTernaryTypeGet(ctx, f32, 0, 2, scales);
  printType("ternary", ternary);
  // CHECK: ternary: !qnt.ternary<f32:0, {0.5, 0.25}>
  printf("isa ternary %d binary %d axis %d scales %ld scale1 %g\n",
         qntTypeIsATernary(ternary), qntTypeIsABinary(ternary),
         qntScaledLevelsTypeGetAxis(ternary),
         (long)qntScaledLevelsTypeGetNumScales(ternary),
         qntScaledLevelsTypeGetScale(ternary, 1));
  // CHECK: isa ternary 1 binary 0 axis 0 scales 2 scale1 0.25

  MlirType binary = qntBinaryTypeGet(ctx, f32, -1, 1, scales);
  printType("binary", binary);
  // CHECK: binary: !qnt.binary<f32, 0.5>

  double thresholds[] = {-1.0, 0.0, 1.0, -2.0, 0.0, 2.0};
  MlirType threshold =
      qntThresholdTypeGet(ctx, mlirIntegerTypeUnsignedGet(ctx, 2), f32, 1, 2, 3,
                          thresholds, 0.5, 1);
  printType("threshold", threshold);
  // CHECK: threshold: !qnt.threshold<ui2:f32:1, {{[{][{]}}-1.0, 0.0, 1.0},
  // {-2.0, 0.0, 2.0}}, 0.5:1>
  printf("channels %ld thresholds %ld t[1][2] %g scale %g zp %ld\n",
         (long)qntThresholdTypeGetNumChannels(threshold),
         (long)qntThresholdTypeGetNumThresholds(threshold),
         qntThresholdTypeGetThreshold(threshold, 1, 2),
         qntThresholdTypeGetScale(threshold),
         (long)qntThresholdTypeGetZeroPoint(threshold));
  // CHECK: channels 2 thresholds 3 t[1][2] 2 scale 0.5 zp 1

  // Invalid parameters give a null type and a diagnostic, not a crash.
  double negative[] = {-1.0};
  printType("invalid", qntTernaryTypeGet(ctx, f32, -1, 1, negative));
  // CHECK: error: scale #0 must be positive and finite, got -1.0{{.*}}
  // CHECK: invalid: <null>
}

static void testPass(MlirContext ctx) {
  printf("pass\n");
  // CHECK-LABEL: pass
  const char *source =
      "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
      "  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : "
      "tensor<4xf32>\n"
      "  return %0 : tensor<4xf32>\n"
      "}\n";
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module)) {
    printf("parse failed\n");
    return;
  }
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, mlirCreateQntConversionQntLowerToArithPass());
  MlirLogicalResult result =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  printf("result %d\n", mlirLogicalResultIsSuccess(result));
  // CHECK: result 1
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");
  // CHECK: linalg.generic
  // CHECK: math.roundeven
  // CHECK-NOT: qnt.fake_quant
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
}

int main(void) {
  // Diagnostics go to stderr: keep stdout in step with them.
  setvbuf(stdout, NULL, _IONBF, 0);
  MlirContext ctx = mlirContextCreate();
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(registry);
  mlirDialectHandleInsertDialect(mlirGetDialectHandle__qnt__(), registry);
  mlirContextAppendDialectRegistry(ctx, registry);
  mlirDialectRegistryDestroy(registry);
  mlirContextLoadAllAvailableDialects(ctx);
  mlirRegisterQntPasses();

  testTypes(ctx);
  testPass(ctx);

  mlirContextDestroy(ctx);
  return 0;
}

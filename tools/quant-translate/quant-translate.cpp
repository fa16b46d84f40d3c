//===- quant-translate.cpp - mlir-translate with quant-opt's importers ---===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
//   quant-translate --import-onnx model.onnx -o model.mlir
//
// mlir-translate's driver with the ONNX importer registered, plus every
// upstream translation.
//
//===----------------------------------------------------------------------===//

#include "qnt/Target/Onnx/OnnxImport.h"

#include "mlir/InitAllTranslations.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  mlir::registerAllTranslations();
  mlir::qnt::registerOnnxImportTranslation();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "quant-opt translation driver"));
}

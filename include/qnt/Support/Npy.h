//===- Npy.h - NumPy .npy arrays: read and write ----------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Inputs, outputs and calibration sets are exchanged as NumPy `.npy` files
// (format versions 1.0, 2.0 and 3.0; C order; little-endian f32, f64, i8,
// u8, i32, i64). Malformed files give an error that says what is wrong.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_SUPPORT_NPY_H
#define QNT_SUPPORT_NPY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::qnt {

enum class NpyType { F32, F64, I8, U8, I32, I64 };

/// The numpy `descr` of a type ("<f4", "|i1", ...) and its element size.
llvm::StringRef npyDescr(NpyType type);
unsigned npyElementSize(NpyType type);

/// A dense C-order array.
struct NpyArray {
  NpyType type = NpyType::F32;
  llvm::SmallVector<int64_t> shape;
  std::vector<char> data; // little-endian elements, row-major

  int64_t getNumElements() const;
  /// The elements, for an array of the matching type.
  template <typename T> llvm::ArrayRef<T> values() const {
    return llvm::ArrayRef<T>(reinterpret_cast<const T *>(data.data()),
                             data.size() / sizeof(T));
  }
};

/// Parses the bytes of a `.npy` file.
llvm::Expected<NpyArray> parseNpy(llvm::StringRef bytes);
/// Reads a `.npy` file (errors name the file).
llvm::Expected<NpyArray> readNpyFile(llvm::StringRef path);

/// Serializes `array` as a version 1.0 `.npy` file (header padded to 64
/// bytes, as numpy writes it).
std::string serializeNpy(const NpyArray &array);
llvm::Error writeNpyFile(llvm::StringRef path, const NpyArray &array);

} // namespace mlir::qnt

#endif // QNT_SUPPORT_NPY_H

//===- NpyTest.cpp - .npy reading and writing ----------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Support/Npy.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace mlir::qnt;

namespace {

NpyArray makeF32(llvm::ArrayRef<int64_t> shape, llvm::ArrayRef<float> values) {
  NpyArray array;
  array.type = NpyType::F32;
  array.shape.assign(shape.begin(), shape.end());
  array.data.resize(values.size() * sizeof(float));
  std::memcpy(array.data.data(), values.data(), array.data.size());
  return array;
}

/// The exact bytes numpy's np.save writes for a float32 array of shape
/// (2, 3): version 1.0, a 118-byte header padded so the data starts at 128.
TEST(Npy, WritesWhatNumpyWrites) {
  NpyArray array = makeF32({2, 3}, {1, 2, 3, 4, 5, 6});
  std::string bytes = serializeNpy(array);
  std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': "
                       "(2, 3), }";
  header.append(118 - 1 - header.size(), ' ');
  header += '\n';
  std::string expected = std::string("\x93NUMPY\x01\x00\x76\x00", 10) + header;
  ASSERT_EQ(bytes.substr(0, 128), expected);
  EXPECT_EQ(bytes.size(), 128u + 24u);
}

TEST(Npy, RoundTripsEveryTypeAndRank) {
  for (NpyType type : {NpyType::F32, NpyType::F64, NpyType::I8, NpyType::U8,
                       NpyType::I32, NpyType::I64})
    for (auto shape :
         {llvm::SmallVector<int64_t>{}, llvm::SmallVector<int64_t>{5},
          llvm::SmallVector<int64_t>{2, 3},
          llvm::SmallVector<int64_t>{1, 2, 0, 4}}) {
      NpyArray array;
      array.type = type;
      array.shape = shape;
      array.data.resize(array.getNumElements() * npyElementSize(type));
      for (size_t i = 0; i < array.data.size(); ++i)
        array.data[i] = static_cast<char>(i * 37 + 11);
      std::string bytes = serializeNpy(array);
      ASSERT_EQ((bytes.size() - array.data.size()) % 64, 0u);
      llvm::Expected<NpyArray> parsed = parseNpy(bytes);
      ASSERT_TRUE(static_cast<bool>(parsed)) << toString(parsed.takeError());
      EXPECT_EQ(parsed->type, type);
      EXPECT_EQ(parsed->shape, shape);
      EXPECT_EQ(parsed->data, array.data);
    }
}

TEST(Npy, ReadsVersionTwoHeaders) {
  std::string header = "{'descr': '<i4', 'fortran_order': False, 'shape': "
                       "(2,), }\n";
  std::string bytes("\x93NUMPY\x02\x00", 8);
  uint32_t len = header.size();
  bytes.append(reinterpret_cast<const char *>(&len), 4);
  bytes += header;
  int32_t values[] = {-7, 9};
  bytes.append(reinterpret_cast<const char *>(values), sizeof(values));
  llvm::Expected<NpyArray> parsed = parseNpy(bytes);
  ASSERT_TRUE(static_cast<bool>(parsed)) << toString(parsed.takeError());
  EXPECT_EQ(parsed->values<int32_t>()[0], -7);
  EXPECT_EQ(parsed->values<int32_t>()[1], 9);
}

std::string errorOf(llvm::StringRef bytes) {
  llvm::Expected<NpyArray> parsed = parseNpy(bytes);
  if (parsed)
    return "";
  return toString(parsed.takeError());
}

TEST(Npy, ExplainsMalformedFiles) {
  EXPECT_NE(errorOf("PK\x03\x04 not numpy").find("no \\x93NUMPY magic"),
            std::string::npos);
  std::string good = serializeNpy(makeF32({2}, {1, 2}));
  EXPECT_NE(
      errorOf(good.substr(0, good.size() - 1)).find("the header promises 8"),
      std::string::npos);
  std::string complex = good;
  complex.replace(complex.find("<f4"), 3, "<c8");
  EXPECT_NE(errorOf(complex).find("unsupported .npy dtype '<c8'"),
            std::string::npos);
  std::string fortran = good;
  fortran.replace(fortran.find("False"), 5, "True ");
  EXPECT_NE(errorOf(fortran).find("Fortran-order"), std::string::npos);
  EXPECT_NE(errorOf(std::string("\x93NUMPY\x09\x00", 8) + "xx")
                .find("unsupported .npy format version 9"),
            std::string::npos);
  llvm::Expected<NpyArray> missing = readNpyFile("no/such/file.npy");
  ASSERT_FALSE(static_cast<bool>(missing));
  EXPECT_NE(
      toString(missing.takeError()).find("cannot read 'no/such/file.npy'"),
      std::string::npos);
}

} // namespace

//===- OnnxTensorTest.cpp - TensorProto decoding --------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Support/OnnxTensor.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace mlir::qnt;

namespace {

/// A minimal protobuf writer, for building TensorProto messages by hand.
struct Writer {
  std::string out;
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out += char((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out += char(v);
  }
  void key(int field, int wire) { varint(uint64_t(field) << 3 | wire); }
  void intField(int field, uint64_t v) {
    key(field, 0);
    varint(v);
  }
  void bytesField(int field, const std::string &payload) {
    key(field, 2);
    varint(payload.size());
    out += payload;
  }
};

template <typename T> std::string raw(std::initializer_list<T> values) {
  std::string s;
  for (T v : values) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    s.append(bytes, sizeof(T));
  }
  return s;
}

TEST(OnnxTensor, RawFloatData) {
  Writer w;
  w.intField(1, 2); // dims 2 x 3, not packed
  w.intField(1, 3);
  w.intField(2, 1); // FLOAT
  w.bytesField(8, "x");
  w.bytesField(9, raw<float>({1, 2, 3, 4, 5, -6.5f}));
  llvm::Expected<NpyArray> a = parseOnnxTensor(w.out);
  ASSERT_TRUE(bool(a)) << llvm::toString(a.takeError());
  EXPECT_EQ(a->type, NpyType::F32);
  EXPECT_EQ(a->shape, (llvm::SmallVector<int64_t>{2, 3}));
  EXPECT_EQ(a->values<float>()[5], -6.5f);
}

TEST(OnnxTensor, PackedTypedFields) {
  // int8 values travel in int32_data; dims packed.
  Writer dims;
  dims.varint(4);
  Writer ints;
  for (int32_t v : {-128, -1, 0, 127})
    ints.varint(uint64_t(int64_t(v))); // negative int32 as 10-byte varint
  Writer w;
  w.bytesField(1, dims.out);
  w.intField(2, 3); // INT8
  w.bytesField(5, ints.out);
  llvm::Expected<NpyArray> a = parseOnnxTensor(w.out);
  ASSERT_TRUE(bool(a)) << llvm::toString(a.takeError());
  EXPECT_EQ(a->type, NpyType::I8);
  llvm::ArrayRef<int8_t> v = a->values<int8_t>();
  EXPECT_EQ(std::vector<int8_t>(v.begin(), v.end()),
            (std::vector<int8_t>{-128, -1, 0, 127}));

  // float_data, packed fixed32; a scalar (no dims).
  Writer f;
  f.intField(2, 1);
  f.bytesField(4, raw<float>({0.25f}));
  a = parseOnnxTensor(f.out);
  ASSERT_TRUE(bool(a)) << llvm::toString(a.takeError());
  EXPECT_TRUE(a->shape.empty());
  EXPECT_EQ(a->values<float>()[0], 0.25f);

  // int64 raw.
  Writer l;
  l.intField(1, 2);
  l.intField(2, 7);
  l.bytesField(9, raw<int64_t>({-5, int64_t(1) << 40}));
  a = parseOnnxTensor(l.out);
  ASSERT_TRUE(bool(a)) << llvm::toString(a.takeError());
  EXPECT_EQ(a->values<int64_t>()[1], int64_t(1) << 40);
}

TEST(OnnxTensor, ErrorsSayWhat) {
  Writer w;
  w.intField(1, 3);
  w.intField(2, 1);
  w.bytesField(9, raw<float>({1, 2}));
  llvm::Expected<NpyArray> a = parseOnnxTensor(w.out);
  ASSERT_FALSE(bool(a));
  EXPECT_EQ(llvm::toString(a.takeError()),
            "malformed TensorProto: raw_data holds 8 bytes for 3 elements");

  Writer s;
  s.intField(2, 8); // STRING
  a = parseOnnxTensor(s.out);
  ASSERT_FALSE(bool(a));
  EXPECT_EQ(llvm::toString(a.takeError()),
            "TensorProto data_type 8 is not supported (FLOAT, DOUBLE, INT8, "
            "UINT8, INT32, INT64)");

  a = parseOnnxTensor(std::string("\x0a\x05\x01", 3)); // truncated field
  ASSERT_FALSE(bool(a));
  EXPECT_EQ(llvm::toString(a.takeError()),
            "malformed TensorProto: field runs past the end");

  // Dimensions whose product overflows int64 (found by fuzzing).
  Writer huge;
  huge.intField(1, 1155602050812);
  huge.intField(1, 178257919);
  huge.intField(2, 1);
  a = parseOnnxTensor(huge.out);
  ASSERT_FALSE(bool(a));
  EXPECT_EQ(llvm::toString(a.takeError()),
            "malformed TensorProto: more elements than fit in memory");

  // Float values for an integer tensor.
  Writer mixed;
  mixed.intField(1, 1);
  mixed.intField(2, 6); // INT32
  mixed.key(4, 5);      // float_data, one fixed32
  mixed.out += raw<float>({1.5e30f});
  a = parseOnnxTensor(mixed.out);
  ASSERT_FALSE(bool(a));
  EXPECT_EQ(llvm::toString(a.takeError()),
            "malformed TensorProto: an integer tensor holds floating-point "
            "data");
}

} // namespace

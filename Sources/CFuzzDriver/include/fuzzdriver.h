#ifndef CONCORD_FUZZDRIVER_H
#define CONCORD_FUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver, for a program that has its own main (SwiftPM gives every
   executable one): linked from the fuzzer runtime by -sanitize=fuzzer. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif

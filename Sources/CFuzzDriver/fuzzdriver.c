/* Declarations only: the driver itself comes from libFuzzer's runtime. */
#include "fuzzdriver.h"

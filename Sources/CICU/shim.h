// System ICU, for link flags and for the ICUBridge C target only. Swift code never imports this
// module: Foundation on Linux carries its own ICU and the two sets of headers clash.
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <unicode/uregex.h>
#include <unicode/uchar.h>

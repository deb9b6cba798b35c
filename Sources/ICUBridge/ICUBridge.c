#include "ICUBridge.h"

#define VB_REGEX_TIME_LIMIT 300

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct VBBreaker {
  UBreakIterator *iterator;
  UText *text;
};

VBBreaker *vb_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  VBBreaker *breaker = calloc(1, sizeof(VBBreaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  *status = U_ZERO_ERROR;
  return breaker;
}

void vb_breaker_close(VBBreaker *breaker) {
  if (breaker == NULL) return;
  if (breaker->text != NULL) utext_close(breaker->text);
  ubrk_close(breaker->iterator);
  free(breaker);
}

int32_t vb_breaker_boundaries(VBBreaker *breaker, const char *utf8, int32_t length, int32_t *boundaries,
                              int32_t *statuses, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  breaker->text = utext_openUTF8(breaker->text, utf8, length, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return INT32_MIN;
  }
  ubrk_setUText(breaker->iterator, breaker->text, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return INT32_MIN;
  }
  int32_t count = 0;
  int32_t position = ubrk_first(breaker->iterator);
  while ((position = ubrk_next(breaker->iterator)) != UBRK_DONE) {
    if (count < capacity) {
      boundaries[count] = position;
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
    }
    count += 1;
  }
  *status = U_ZERO_ERROR;
  return count <= capacity ? count : -count;
}

struct VBNormalizer {
  const UNormalizer2 *casefold;
  const UNormalizer2 *nfc;
  const UNormalizer2 *nfd;
  UChar *source;
  int32_t sourceCapacity;
  UChar *target;
  int32_t targetCapacity;
};

VBNormalizer *vb_normalizer_open(int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&error);
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  VBNormalizer *normalizer = calloc(1, sizeof(VBNormalizer));
  if (normalizer == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  normalizer->casefold = casefold;
  normalizer->nfc = nfc;
  normalizer->nfd = nfd;
  *status = U_ZERO_ERROR;
  return normalizer;
}

void vb_normalizer_close(VBNormalizer *normalizer) {
  if (normalizer == NULL) return;
  free(normalizer->source);
  free(normalizer->target);
  free(normalizer);
}

static int vb_reserve(UChar **buffer, int32_t *capacity, int32_t needed) {
  if (*capacity >= needed) return 1;
  int32_t grown = needed < 64 ? 64 : needed + needed / 2;
  UChar *bigger = realloc(*buffer, (size_t)grown * sizeof(UChar));
  if (bigger == NULL) return 0;
  *buffer = bigger;
  *capacity = grown;
  return 1;
}

static int32_t vb_normalize_with(VBNormalizer *n, const UNormalizer2 *form, const char *utf8, int32_t length,
                                 char *out, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  // UTF-8 never needs more UTF-16 units than bytes.
  if (!vb_reserve(&n->source, &n->sourceCapacity, length + 1)) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return INT32_MIN;
  }
  int32_t sourceLength = 0;
  u_strFromUTF8WithSub(n->source, n->sourceCapacity, &sourceLength, utf8, length, 0xFFFD, NULL, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return INT32_MIN;
  }
  int32_t targetLength = unorm2_normalize(form, n->source, sourceLength, n->target, n->targetCapacity, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR) {
    error = U_ZERO_ERROR;
    if (!vb_reserve(&n->target, &n->targetCapacity, targetLength + 1)) {
      *status = U_MEMORY_ALLOCATION_ERROR;
      return INT32_MIN;
    }
    targetLength = unorm2_normalize(form, n->source, sourceLength, n->target, n->targetCapacity, &error);
  }
  if (U_FAILURE(error)) {
    *status = error;
    return INT32_MIN;
  }
  int32_t outLength = 0;
  u_strToUTF8(out, capacity, &outLength, n->target, targetLength, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR || (error == U_STRING_NOT_TERMINATED_WARNING && outLength > capacity)) {
    *status = U_ZERO_ERROR;
    return -outLength;
  }
  if (U_FAILURE(error)) {
    *status = error;
    return INT32_MIN;
  }
  *status = U_ZERO_ERROR;
  return outLength;
}

int32_t vb_normalizer_casefold(VBNormalizer *normalizer, const char *utf8, int32_t length, char *out,
                               int32_t capacity, int32_t *status) {
  return vb_normalize_with(normalizer, normalizer->casefold, utf8, length, out, capacity, status);
}

int32_t vb_normalizer_normalize(VBNormalizer *normalizer, int32_t form, const char *utf8, int32_t length,
                                char *out, int32_t capacity, int32_t *status) {
  return vb_normalize_with(normalizer, form == 1 ? normalizer->nfd : normalizer->nfc, utf8, length, out,
                           capacity, status);
}

int32_t vb_char_flags(int32_t c) {
  int32_t flags = 0;
  if (u_isalpha(c)) flags |= VB_CHAR_LETTER;
  if (u_isdigit(c)) flags |= VB_CHAR_DIGIT;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR))
    flags |= VB_CHAR_EMOJI;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) flags |= VB_CHAR_EMOJI_PRESENTATION;
  if (u_isUWhiteSpace(c)) flags |= VB_CHAR_SPACE;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
    flags |= VB_CHAR_MARK;
  if (type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER) flags |= VB_CHAR_NUMBER;
  if (u_ispunct(c) || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL ||
      type == U_OTHER_SYMBOL)
    flags |= VB_CHAR_PUNCT;
  int32_t wordBreak = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  if (wordBreak == U_WB_EXTEND || wordBreak == U_WB_FORMAT || wordBreak == U_WB_ZWJ || wordBreak == U_WB_WSEGSPACE)
    flags |= VB_CHAR_WB_CLINGS;
  flags |= (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK) & VB_CHAR_SB_MASK) << VB_CHAR_SB_SHIFT;
  flags |= (wordBreak & VB_CHAR_WB_MASK) << VB_CHAR_WB_SHIFT;
  UErrorCode scriptError = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &scriptError);
  int32_t syllable = u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE);
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT || wordBreak == U_WB_KATAKANA ||
      script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
      syllable == U_HST_LV_SYLLABLE || syllable == U_HST_LVT_SYLLABLE)
    flags |= VB_CHAR_DICTIONARY;
  return flags;
}

int32_t vb_char_casefold_stable(int32_t c) {
  // A string of such characters is its own NFKC_Casefold: each can be normalized apart from the
  // characters before it (ICU's hasBoundaryBefore), and each alone is unchanged.
  if (c < 0 || c > 0x10FFFF || U_IS_SURROGATE(c)) return 0;
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&error);
  if (U_FAILURE(error) || !unorm2_hasBoundaryBefore(casefold, c)) return 0;
  UChar units[2];
  int32_t length = 0;
  U16_APPEND_UNSAFE(units, length, c);
  UBool normalized = unorm2_isNormalized(casefold, units, length, &error);
  return U_SUCCESS(error) && normalized ? 1 : 0;
}

struct VBRegex {
  URegularExpression *regex;
  UText *text;
};

/* Sets the limits of a freshly opened or cloned matcher and wraps it; closes it on failure. */
static VBRegex *vb_regex_wrap(URegularExpression *regex, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  /* A pattern with catastrophic backtracking ("(a+)+$") must not hang a run: past the limit a
     match fails with U_REGEX_TIME_OUT. ICU counts in steps of its match engine, "typically on the
     order of milliseconds" each (uregex_setTimeLimit); 300 leaves ordinary rules far below it.
     The backtracking stack is bounded too (8 MB). */
  uregex_setTimeLimit(regex, VB_REGEX_TIME_LIMIT, &error);
  uregex_setStackLimit(regex, 8 * 1024 * 1024, &error);
  if (U_FAILURE(error)) {
    uregex_close(regex);
    *status = error;
    return NULL;
  }
  VBRegex *wrapper = calloc(1, sizeof(VBRegex));
  if (wrapper == NULL) {
    uregex_close(regex);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  wrapper->regex = regex;
  *status = U_ZERO_ERROR;
  return wrapper;
}

VBRegex *vb_regex_open(const char *pattern, int32_t length, uint32_t flags, int32_t *errorLine,
                       int32_t *errorOffset, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof(parseError));
  UText *patternText = utext_openUTF8(NULL, pattern, length, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  URegularExpression *regex = uregex_openUText(patternText, flags, &parseError, &error);
  utext_close(patternText);
  if (U_FAILURE(error)) {
    *status = error;
    *errorLine = parseError.line;
    *errorOffset = parseError.offset;
    return NULL;
  }
  return vb_regex_wrap(regex, status);
}

VBRegex *vb_regex_clone(const VBRegex *source, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  /* Shares the compiled pattern (reference-counted by ICU); the matcher state, the input and the
     limits are the clone's own, so the limits are set again. */
  URegularExpression *regex = uregex_clone(source->regex, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return vb_regex_wrap(regex, status);
}

void vb_regex_close(VBRegex *regex) {
  if (regex == NULL) return;
  uregex_close(regex->regex);
  if (regex->text != NULL) utext_close(regex->text);
  free(regex);
}

int32_t vb_regex_find(VBRegex *regex, const char *utf8, int32_t length, int32_t from, int32_t *matchStart,
                      int32_t *matchEnd, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  regex->text = utext_openUTF8(regex->text, utf8, length, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return -1;
  }
  uregex_setUText(regex->regex, regex->text, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return -1;
  }
  UBool found = uregex_find64(regex->regex, from, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return -1;
  }
  *status = U_ZERO_ERROR;
  if (!found) return 0;
  *matchStart = (int32_t)uregex_start64(regex->regex, 0, &error);
  *matchEnd = (int32_t)uregex_end64(regex->regex, 0, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return -1;
  }
  return 1;
}

const char *vb_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void vb_icu_version(char *buffer) {
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, buffer);
}

void vb_unicode_version(char *buffer) {
  UVersionInfo info;
  u_getUnicodeVersion(info);
  u_versionToString(info, buffer);
}

#if defined(__x86_64__)
#include <cpuid.h>

int vb_has_avx2(void) {
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  if ((ecx & (1u << 27)) == 0 || (ecx & (1u << 28)) == 0) return 0;  // OSXSAVE, AVX
  unsigned low, high;
  __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  if ((low & 6) != 6) return 0;  // XMM and YMM state saved
  if (__get_cpuid_max(0, 0) < 7) return 0;
  __cpuid_count(7, 0, eax, ebx, ecx, edx);
  return (int)((ebx >> 5) & 1);  // AVX2
}
#endif

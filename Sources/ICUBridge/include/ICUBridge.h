#ifndef VERBATIM_ICU_BRIDGE_H
#define VERBATIM_ICU_BRIDGE_H

// The only C surface Swift sees of ICU. It exposes plain C types and opaque pointers, never ICU
// headers: Foundation on Linux carries its own ICU and the two header sets must not meet in one
// Swift module (../shared/notes/native-libraries.md). All text crosses as UTF-8; offsets are
// UTF-8 byte offsets.

#include <stdint.h>

#include "ByteMasks.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Kind of break iterator.
enum { VB_BREAK_WORD = 1, VB_BREAK_SENTENCE = 3 };

typedef struct VBBreaker VBBreaker;

/// Opens a break iterator (`kind` is VB_BREAK_WORD or VB_BREAK_SENTENCE) for `locale` ("" = root).
/// Returns NULL and sets *status (an ICU UErrorCode) on failure.
VBBreaker *vb_breaker_open(int32_t kind, const char *locale, int32_t *status);
void vb_breaker_close(VBBreaker *breaker);

/// Points the iterator at `length` bytes of UTF-8 and writes every boundary after 0 (byte offsets,
/// ascending, the last one == length) into `boundaries`, with the rule status of the segment that
/// ends there into `statuses` (may be NULL). Returns the number of boundaries, or -(needed) when
/// `capacity` is too small, or INT32_MIN on an ICU error (*status set). The bytes are only read
/// during the call.
int32_t vb_breaker_boundaries(VBBreaker *breaker, const char *utf8, int32_t length, int32_t *boundaries,
                              int32_t *statuses, int32_t capacity, int32_t *status);

typedef struct VBNormalizer VBNormalizer;

/// NFKC_Casefold normalizer with reusable scratch buffers (one per thread).
VBNormalizer *vb_normalizer_open(int32_t *status);
void vb_normalizer_close(VBNormalizer *normalizer);

/// Writes NFKC_Casefold(utf8) as UTF-8 into `out`. Returns the byte length written, or -(needed)
/// when `capacity` is too small, or INT32_MIN on an ICU error (*status set).
int32_t vb_normalizer_casefold(VBNormalizer *normalizer, const char *utf8, int32_t length, char *out,
                               int32_t capacity, int32_t *status);

/// NFC or NFD normalisation (form 0 = NFC, 1 = NFD), same conventions as vb_normalizer_casefold.
int32_t vb_normalizer_normalize(VBNormalizer *normalizer, int32_t form, const char *utf8, int32_t length,
                                char *out, int32_t capacity, int32_t *status);

/// Character properties used for token classification.
enum {
  VB_CHAR_LETTER = 1,        ///< alphabetic (incl. ideographs, kana, Thai)
  VB_CHAR_DIGIT = 2,         ///< decimal digit
  VB_CHAR_EMOJI = 4,         ///< Extended_Pictographic or Regional_Indicator (keycaps are found by sequence)
  VB_CHAR_SPACE = 8,         ///< white space
  VB_CHAR_MARK = 16,         ///< combining mark
  VB_CHAR_EMOJI_PRESENTATION = 32, ///< Emoji_Presentation
  VB_CHAR_PUNCT = 64,        ///< punctuation or symbol
  VB_CHAR_NUMBER = 128,      ///< any number: general category Nd, Nl or No (½ Ⅻ ² ① 〇 as well as digits)
  VB_CHAR_WB_CLINGS = 256,   ///< Word_Break Extend, Format, ZWJ or WSegSpace: no word break beside a space
  VB_CHAR_DICTIONARY = 512,  ///< segmented from ICU's dictionaries: Han, Hiragana, Katakana, Hangul syllables, Line_Break=Complex_Context
};
/// Bits 12–15 of the flags hold the Sentence_Break class (USentenceBreak: 0 Other … 14 SContinue).
enum { VB_CHAR_SB_SHIFT = 12, VB_CHAR_SB_MASK = 0xF };
/// Bits 16–20 hold the Word_Break class (UWordBreakValues: 0 Other, 1 ALetter … 22 WSegSpace).
enum { VB_CHAR_WB_SHIFT = 16, VB_CHAR_WB_MASK = 0x1F };
/// Bit set of VB_CHAR_* flags for a code point.
int32_t vb_char_flags(int32_t codepoint);

/// 1 when NFKC_Casefold maps the code point to itself and it has a normalization boundary before it
/// (it never combines with the character before it), else 0: a string of such characters is its
/// own NFKC_Casefold.
int32_t vb_char_casefold_stable(int32_t codepoint);

typedef struct VBRegex VBRegex;

/// Compiles an ICU regular expression (UTF-8 pattern). `flags` are ICU URegexpFlag bits (2 =
/// case-insensitive). On a syntax error returns NULL, sets *status and the 1-based *errorLine and
/// *errorOffset (code points) of the problem.
VBRegex *vb_regex_open(const char *pattern, int32_t length, uint32_t flags, int32_t *errorLine,
                       int32_t *errorOffset, int32_t *status);
/// A matcher of the same compiled pattern (ICU's uregex_clone: no second compilation), with its
/// own state and the same limits. NULL with *status set on failure.
VBRegex *vb_regex_clone(const VBRegex *source, int32_t *status);
void vb_regex_close(VBRegex *regex);

/// Finds the next match in `length` bytes of UTF-8 starting at byte `from`. Returns 1 and the byte
/// range in *matchStart/*matchEnd, 0 when there is none, -1 on an ICU error (*status set).
int32_t vb_regex_find(VBRegex *regex, const char *utf8, int32_t length, int32_t from, int32_t *matchStart,
                      int32_t *matchEnd, int32_t *status);

/// Human-readable ICU error name ("U_ILLEGAL_ARGUMENT_ERROR").
const char *vb_error_name(int32_t status);

/// ICU version as "72.1" into `buffer` (at least 20 bytes).
void vb_icu_version(char *buffer);

/// Unicode version ICU implements, as "15.0".
void vb_unicode_version(char *buffer);

#ifdef __cplusplus
}
#endif

#endif

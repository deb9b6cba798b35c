#ifndef VERBATIM_BYTE_MASKS_H
#define VERBATIM_BYTE_MASKS_H

// Byte-class masks of 16 bytes at a time, for Swift loops that step over text: a header-only
// `static inline` function is compiled into the Swift code that calls it, where SSE2's
// pmovmskb turns a vector comparison into one bit per byte (Swift's SIMD types have no such
// operation). Other targets get the same answer from a byte loop. On x86-64, one mask of 32
// bytes with AVX2 (`vb_span_candidates32`), called only where `vb_has_avx2()` says the
// processor runs it.

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// One bit per byte of the 16 at `bytes` (bit 0 the first) that may start a sentence-break
/// candidate (`UnicodeSentenceBreaker`): "." "!" "?" LF CR, the lead bytes of three and four bytes
/// (E0 and above), and the two-byte leads C2, CD and D5–DF (and C0, no lead in valid UTF-8, whose
/// row would be ASCII's).
static inline uint32_t vb_sentence_stop_mask16(const uint8_t *bytes) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128((const __m128i *)bytes);
  __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC0)));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xCD)));
  // Unsigned v >= 0xD5: max(v, 0xD5) == v.
  m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xD5)), v));
  return (uint32_t)_mm_movemask_epi8(m);
#else
  uint32_t mask = 0;
  for (int i = 0; i < 16; i++) {
    uint8_t b = bytes[i];
    if (b == '.' || b == '!' || b == '?' || b == '\n' || b == '\r' || b == 0xC0 || b == 0xC2 || b == 0xCD || b >= 0xD5) {
      mask |= 1u << i;
    }
  }
  return mask;
#endif
}

/// One bit per byte of the 16 at `bytes` (bit 0 the first) that may start a control character
/// (`ControlCharacters`): a byte below 0x20 (tab, LF and CR included: the caller checks), DEL 0x7F,
/// and C2, the lead byte of the C1 controls.
static inline uint32_t vb_control_candidates16(const uint8_t *bytes) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128((const __m128i *)bytes);
  // Unsigned v < 0x20: min(v, 0x1F) == v.
  __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)));
  return (uint32_t)_mm_movemask_epi8(m);
#else
  uint32_t mask = 0;
  for (int i = 0; i < 16; i++) {
    uint8_t b = bytes[i];
    if (b < 0x20 || b == 0x7F || b == 0xC2) mask |= 1u << i;
  }
  return mask;
#endif
}

/// One bit per byte of the 16 at `bytes` (bit 0 the first) that is an ASCII letter or digit
/// (`ByteRuns.alnumRunEnd`): a byte or-ed with 0x20 is in "a"–"z", or the byte is in "0"–"9" (bytes
/// of 0x80 and above are in neither).
static inline uint32_t vb_alnum_mask16(const uint8_t *bytes) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128((const __m128i *)bytes);
  __m128i letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  __m128i digit = _mm_sub_epi8(v, _mm_set1_epi8('0'));
  // Unsigned x < n: min(x, n - 1) == x.
  __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
  m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit));
  return (uint32_t)_mm_movemask_epi8(m);
#else
  uint32_t mask = 0;
  for (int i = 0; i < 16; i++) {
    uint8_t b = bytes[i];
    if ((uint8_t)((b | 0x20) - 'a') < 26 || (uint8_t)(b - '0') < 10) {
      mask |= 1u << i;
    }
  }
  return mask;
#endif
}

#if defined(__x86_64__)
#include <immintrin.h>

/// Whether the processor runs AVX2 code and the operating system saves its registers (CPUID leaf 1
/// OSXSAVE and AVX, XCR0's XMM and YMM state, CPUID leaf 7 AVX2): `vb_span_candidates32` may run.
int vb_has_avx2(void);

/// Unsigned `x < n` in each byte: min(x, n - 1) == x.
__attribute__((target("avx2"))) static inline __m256i vb_below32(__m256i x, uint8_t n) {
  return _mm256_cmpeq_epi8(_mm256_min_epu8(x, _mm256_set1_epi8((char)(n - 1))), x);
}

/// ASCII letters and digits: the byte or-ed with 0x20 in "a"–"z", or the byte in "0"–"9".
__attribute__((target("avx2"))) static inline __m256i vb_alnum32(__m256i v) {
  __m256i letter = _mm256_sub_epi8(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), _mm256_set1_epi8('a'));
  return _mm256_or_si256(vb_below32(letter, 26), vb_below32(_mm256_sub_epi8(v, _mm256_set1_epi8('0')), 10));
}

/// `SpanCandidates.window` for the 32 bytes at `bytes` in one AVX2 step (it reads the byte before
/// them and the one after): one bit per byte (bit 0 the first) where `SpecialSpanScanner.scan` has
/// something to try. The same tests as the Swift window's, lane for lane; only where
/// `vb_has_avx2()` says so.
__attribute__((target("avx2"))) static inline uint32_t vb_span_candidates32(const uint8_t *bytes) {
  __m256i before = _mm256_loadu_si256((const __m256i *)(bytes - 1));
  __m256i current = _mm256_loadu_si256((const __m256i *)bytes);
  __m256i after = _mm256_loadu_si256((const __m256i *)(bytes + 1));
  __m256i folded = _mm256_or_si256(current, _mm256_set1_epi8(0x20));
  __m256i afterFolded = _mm256_or_si256(after, _mm256_set1_epi8(0x20));
#define VB_EQ32(v, c) _mm256_cmpeq_epi8((v), _mm256_set1_epi8((char)(c)))
  // : ; < = >, ( ), - ., # @ ^ } and 0xEF.
  __m256i marks = _mm256_or_si256(
    _mm256_or_si256(vb_below32(_mm256_sub_epi8(current, _mm256_set1_epi8(':')), 5),
                    vb_below32(_mm256_sub_epi8(current, _mm256_set1_epi8('(')), 2)),
    vb_below32(_mm256_sub_epi8(current, _mm256_set1_epi8('-')), 2));
  marks = _mm256_or_si256(marks, _mm256_or_si256(VB_EQ32(current, '#'), VB_EQ32(current, '@')));
  marks = _mm256_or_si256(marks, _mm256_or_si256(VB_EQ32(current, '^'), VB_EQ32(current, '}')));
  marks = _mm256_or_si256(marks, VB_EQ32(current, 0xEF));
  // "http", "www", "ftp": h, w or f before t or w (either case).
  __m256i url = _mm256_and_si256(
    _mm256_or_si256(_mm256_or_si256(VB_EQ32(folded, 'h'), VB_EQ32(folded, 'w')), VB_EQ32(folded, 'f')),
    _mm256_or_si256(VB_EQ32(afterFolded, 't'), VB_EQ32(afterFolded, 'w')));
  // Eyes before a byte that is no letter or digit, and "x" or "X" before anything.
  __m256i eyes = _mm256_or_si256(VB_EQ32(folded, 'o'), VB_EQ32(current, 'u'));
  eyes = _mm256_or_si256(eyes, _mm256_or_si256(VB_EQ32(current, 'B'), VB_EQ32(current, 'T')));
  eyes = _mm256_or_si256(eyes, _mm256_or_si256(VB_EQ32(current, 'D'), VB_EQ32(current, '8')));
  __m256i emoticon = _mm256_or_si256(VB_EQ32(folded, 'x'), _mm256_andnot_si256(vb_alnum32(after), eyes));
#undef VB_EQ32
  // Letters start something only at a word's start.
  __m256i found = _mm256_or_si256(marks, _mm256_andnot_si256(vb_alnum32(before), _mm256_or_si256(url, emoticon)));
  return (uint32_t)_mm256_movemask_epi8(found);
}

/// The text marks (`TextMarks` in the sentiment scorer: 1 "-", 2 "$", 4 `"` or "'", 8 "!" or "?",
/// 16 three identical ASCII letters in a row, 32 an ASCII digit) of the bytes at `bytes`, 32 at a
/// time while 34 are left (a letter run may start at a step's last byte); `*end` is set to the
/// offset where the steps stopped (a multiple of 32, at most `count` − 34 + 32), whose bytes from
/// there on the caller still reads. Only where `vb_has_avx2()` says so. Each byte's marks come from
/// two nibble tables (`vpshufb`), and-ed: the high nibble's row (2 for `! " $ ' -`, 3 for the
/// digits and "?") and the low nibble's column agree only on the mark of that byte ("?" has a bit of
/// its own, 64, so that "1", whose column holds "!", is no emphasis); bytes of 0x80 and above have
/// a row of nothing.
__attribute__((target("avx2"))) static inline uint32_t vb_text_marks_avx2(const uint8_t *bytes, intptr_t count,
                                                                         intptr_t *end) {
  // Columns (low nibble): "!" and "1"; `"` and "2"; "0", "3", "5", "6", "8", "9"; "$" and "4";
  // "'" and "7"; "-"; "?".
  const __m256i column = _mm256_setr_epi8(32, 8 | 32, 4 | 32, 32, 2 | 32, 32, 32, 4 | 32, 32, 32, 0, 0, 0, 1, 0, 64,
                                          32, 8 | 32, 4 | 32, 32, 2 | 32, 32, 32, 4 | 32, 32, 32, 0, 0, 0, 1, 0, 64);
  // Rows (high nibble): 2 (0x20–0x2F) holds "!", `"`, "$", "'", "-"; 3 (0x30–0x3F) the digits and "?".
  const __m256i row = _mm256_setr_epi8(0, 0, 1 | 2 | 4 | 8, 32 | 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                       0, 0, 1 | 2 | 4 | 8, 32 | 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i classes = _mm256_setzero_si256();
  __m256i runs = _mm256_setzero_si256();
  intptr_t index = 0;
  while (index + 34 <= count) {
    __m256i first = _mm256_loadu_si256((const __m256i *)(bytes + index));
    __m256i second = _mm256_loadu_si256((const __m256i *)(bytes + index + 1));
    __m256i third = _mm256_loadu_si256((const __m256i *)(bytes + index + 2));
    // `vpshufb` reads 0 for an index with its top bit set: the low nibble is masked, the high
    // nibble is below 16 after the shift and mask.
    __m256i low = _mm256_and_si256(first, nibble);
    __m256i high = _mm256_and_si256(_mm256_srli_epi16(first, 4), nibble);
    classes = _mm256_or_si256(classes,
                              _mm256_and_si256(_mm256_shuffle_epi8(column, low), _mm256_shuffle_epi8(row, high)));
    // Bytes of 0x80 and above stay at or above 0x80 when or-ed with 0x20: no letter.
    __m256i letter = vb_below32(_mm256_sub_epi8(_mm256_or_si256(first, _mm256_set1_epi8(0x20)), _mm256_set1_epi8('a')), 26);
    __m256i same = _mm256_and_si256(_mm256_cmpeq_epi8(first, second), _mm256_cmpeq_epi8(second, third));
    runs = _mm256_or_si256(runs, _mm256_and_si256(same, letter));
    index += 32;
  }
  *end = index;
  // The 32 bytes of marks or-ed into one.
  __m128i folded = _mm_or_si128(_mm256_castsi256_si128(classes), _mm256_extracti128_si256(classes, 1));
  folded = _mm_or_si128(folded, _mm_srli_si128(folded, 8));
  folded = _mm_or_si128(folded, _mm_srli_si128(folded, 4));
  folded = _mm_or_si128(folded, _mm_srli_si128(folded, 2));
  folded = _mm_or_si128(folded, _mm_srli_si128(folded, 1));
  uint32_t marks = (uint32_t)_mm_cvtsi128_si32(folded) & 0x7F;
  if (marks & 64) marks = (marks & ~64u) | 8;
  if (_mm256_movemask_epi8(runs) != 0) marks |= 16;
  return marks;
}

/// Standard base64 (RFC 4648 §4) of the `count` characters at `text`, 32 a step (24 bytes out)
/// while 48 are left, so that every step's 32-byte store (8 bytes past its 24) lands inside the
/// output the characters after it fill, and the last group, the only one with padding, is left to
/// the caller; returns how many characters it decoded (a multiple of 32) and sets `*invalid` to
/// nonzero if one of them is outside the alphabet. Each character's 6-bit value is the character
/// plus its range's offset ("A"–"Z" −65, "a"–"z" −71, "0"–"9" +4, "+" +19, "/" +16); each four
/// values are packed into three bytes by two multiply-adds (Muła and Lemire's AVX2 decoder) and
/// moved together by one byte shuffle per lane and one dword permute. Only where `vb_has_avx2()`
/// says so.
__attribute__((target("avx2"))) static inline intptr_t vb_base64_decode_avx2(const uint8_t *text, intptr_t count,
                                                                            uint8_t *out, int *invalid) {
  const __m256i pack = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
                                        2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  __m256i valid = _mm256_set1_epi8(-1);
  intptr_t index = 0;
  while (count - index >= 48) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(text + index));
    // Signed comparisons: a byte of 0x80 and above is negative, in no range.
    __m256i upper = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('A' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('Z' + 1), v));
    __m256i lower = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('a' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('z' + 1), v));
    __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8('0' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), v));
    __m256i plus = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('+'));
    __m256i slash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('/'));
    __m256i shift = _mm256_or_si256(_mm256_and_si256(upper, _mm256_set1_epi8(-65)),
                                    _mm256_and_si256(lower, _mm256_set1_epi8(-71)));
    shift = _mm256_or_si256(shift, _mm256_and_si256(digit, _mm256_set1_epi8(4)));
    shift = _mm256_or_si256(shift, _mm256_or_si256(_mm256_and_si256(plus, _mm256_set1_epi8(19)),
                                                   _mm256_and_si256(slash, _mm256_set1_epi8(16))));
    __m256i any = _mm256_or_si256(_mm256_or_si256(upper, lower), _mm256_or_si256(digit, _mm256_or_si256(plus, slash)));
    valid = _mm256_and_si256(valid, any);
    __m256i values = _mm256_add_epi8(v, shift);
    // Each pair of values a, b to a·64 + b (16 bits), each pair of those to ab·4096 + cd: the
    // group's 24 bits, first value highest, in the low three bytes of its dword.
    __m256i pairs = _mm256_maddubs_epi16(values, _mm256_set1_epi32(0x01400140));
    __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
    __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(groups, pack), lanes);
    _mm256_storeu_si256((__m256i *)(out + index / 4 * 3), bytes);
    index += 32;
  }
  *invalid = _mm256_movemask_epi8(valid) != -1;
  return index;
}
#endif

/// Sixteen lanes of a vector comparison (each 0 or -1), as Swift's `SIMD16<Int8>`.
typedef int8_t vb_lanes16 __attribute__((ext_vector_type(16)));

/// One bit per lane of `lanes` (bit 0 the first): the lane's top bit.
static inline uint32_t vb_lane_bits16(vb_lanes16 lanes) {
#if defined(__SSE2__)
  return (uint32_t)_mm_movemask_epi8((__m128i)lanes);
#else
  uint32_t mask = 0;
  for (int i = 0; i < 16; i++) {
    if (lanes[i] < 0) {
      mask |= 1u << i;
    }
  }
  return mask;
#endif
}

#endif

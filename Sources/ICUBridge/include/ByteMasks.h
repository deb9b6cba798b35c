#ifndef VERBATIM_BYTE_MASKS_H
#define VERBATIM_BYTE_MASKS_H

// Byte-class masks of 16 bytes at a time, for Swift loops that step over text: a header-only
// `static inline` function is compiled into the Swift code that calls it, where SSE2's
// pmovmskb turns a vector comparison into one bit per byte (Swift's SIMD types have no such
// operation). Other targets get the same answer from a byte loop.

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

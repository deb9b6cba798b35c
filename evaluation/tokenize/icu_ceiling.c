/* The ICU ceiling: how fast ICU's own break iterators walk a corpus, one text per line, with nothing
 * else done (no tokens built, no normalisation, no offsets). Any tokenizer that must take its word
 * and sentence boundaries from ICU (as Verbatim's does for non-ASCII text) is bounded by this.
 * Walks the word iterator and the sentence iterator over each line through a UTF-8 UText, reusing
 * both iterators (as Verbatim does), and prints JSON {"texts", "boundaries", "bytes"}.
 * Build: cc -O2 icu_ceiling.c -o icu_ceiling $(pkg-config --cflags --libs icu-uc icu-i18n)
 * Usage: icu_ceiling FILE [word|word+sentence]. Part of the Verbatim project (MIT). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: icu_ceiling FILE [word|word+sentence]\n");
    return 2;
  }
  int sentences = argc < 3 || strcmp(argv[2], "word") != 0;
  FILE *file = fopen(argv[1], "rb");
  if (!file) {
    perror(argv[1]);
    return 66;
  }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *bytes = malloc(size > 0 ? size : 1);
  if (fread(bytes, 1, size, file) != (size_t)size) {
    perror(argv[1]);
    return 66;
  }
  fclose(file);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *words = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
  UBreakIterator *sentenceIterator = ubrk_open(UBRK_SENTENCE, "", NULL, 0, &status);
  if (U_FAILURE(status)) {
    fprintf(stderr, "ICU: %s\n", u_errorName(status));
    return 70;
  }
  UText *text = NULL;
  long texts = 0, boundaries = 0, textBytes = 0;
  for (char *line = bytes, *end = bytes + size; line < end;) {
    char *newline = memchr(line, '\n', end - line);
    if (!newline) newline = end;
    text = utext_openUTF8(text, line, newline - line, &status);
    ubrk_setUText(words, text, &status);
    for (int32_t at = ubrk_first(words); at != UBRK_DONE; at = ubrk_next(words)) boundaries++;
    if (sentences) {
      ubrk_setUText(sentenceIterator, text, &status);
      for (int32_t at = ubrk_first(sentenceIterator); at != UBRK_DONE; at = ubrk_next(sentenceIterator)) boundaries++;
    }
    if (U_FAILURE(status)) {
      fprintf(stderr, "ICU failed on line %ld: %s\n", texts + 1, u_errorName(status));
      return 70;
    }
    texts++;
    textBytes += newline - line;
    line = newline + 1;
  }
  printf("{\"texts\": %ld, \"boundaries\": %ld, \"bytes\": %ld}\n", texts, boundaries, textBytes);
  return 0;
}

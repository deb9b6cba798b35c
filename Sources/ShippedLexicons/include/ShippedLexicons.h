// The shipped lexicons (lexicons/*.tsv, lexicons/*.txt), embedded byte for byte at build time with
// C23's #embed, so that `verbatim` works from any directory and a copied binary needs no data
// folder. A C target rather than a build-tool plugin: the sentiment model is built at build time by
// a tool that links the Sentiment module, and a plugin's tool cannot depend on a target that needs
// another plugin's output (SwiftPM builds plugin tools before it runs any plugin).
#ifndef VERBATIM_SHIPPED_LEXICONS_H
#define VERBATIM_SHIPPED_LEXICONS_H

#include <stddef.h>

/// One embedded file: its name in lexicons/ and its bytes (not NUL-terminated).
typedef struct {
  const char *name;
  const unsigned char *bytes;
  size_t count;
} vb_shipped_lexicon;

/// How many files are embedded.
size_t vb_shipped_lexicon_count(void);
/// The embedded file at `index` (< `vb_shipped_lexicon_count()`), in file-name order.
vb_shipped_lexicon vb_shipped_lexicon_at(size_t index);

#endif

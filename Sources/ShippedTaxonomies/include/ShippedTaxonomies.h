// The shipped codebooks (taxonomies/*.yaml), embedded byte for byte at build time with C23's
// #embed, so that `verbatim` works from any directory and a copied binary needs no data folder. A
// C target rather than a build-tool plugin (as ShippedLexicons): the shipped codebook is compiled at
// build time by a tool that links the Taxonomy module (the EmbedCodebook plugin), and a plugin's
// tool cannot depend on a target that needs another plugin's output.
#ifndef VERBATIM_SHIPPED_TAXONOMIES_H
#define VERBATIM_SHIPPED_TAXONOMIES_H

#include <stddef.h>

/// One embedded file: its name in taxonomies/ and its bytes (not NUL-terminated).
typedef struct {
  const char *name;
  const unsigned char *bytes;
  size_t count;
} vb_shipped_taxonomy;

/// How many files are embedded.
size_t vb_shipped_taxonomy_count(void);
/// The embedded file at `index` (< `vb_shipped_taxonomy_count()`), in file-name order.
vb_shipped_taxonomy vb_shipped_taxonomy_at(size_t index);

#endif

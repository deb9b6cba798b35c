// The bytes of every shipped codebook (see include/ShippedTaxonomies.h). A file added to or removed
// from taxonomies/ is added or removed here too: `EmbeddedData` in the Taxonomy tests compares this
// list with the folder. Each array ends with a 0 byte that `count` leaves out.
#include "ShippedTaxonomies.h"

#if !defined(__has_embed)
#error "Verbatim embeds taxonomies/ with C23's #embed: build it with a toolchain whose Clang has it (Clang 19 or later; tested with Swift 6.3.1)"
#endif

#pragma clang diagnostic ignored "-Wc23-extensions"
static const unsigned char vb_customer_feedback_yaml[] = {
#embed "../../taxonomies/customer-feedback.yaml" suffix(, )
  0};
static const vb_shipped_taxonomy vb_shipped_taxonomies[] = {
  {"customer-feedback.yaml", vb_customer_feedback_yaml, sizeof vb_customer_feedback_yaml - 1},
};

size_t vb_shipped_taxonomy_count(void) { return sizeof vb_shipped_taxonomies / sizeof vb_shipped_taxonomies[0]; }

vb_shipped_taxonomy vb_shipped_taxonomy_at(size_t index) { return vb_shipped_taxonomies[index]; }

// The bytes of every shipped lexicon file (see include/ShippedLexicons.h). A file added to or
// removed from lexicons/ is added or removed here too: the ShippedLexiconsTests suite compares this
// list with the folder. Each array ends with a 0 byte that `count` leaves out (an empty file would
// otherwise be an empty initializer).
#include "ShippedLexicons.h"

#if !defined(__has_embed)
#error "Verbatim embeds lexicons/ with C23's #embed: build it with a toolchain whose Clang has it (Clang 19 or later; tested with Swift 6.3.1)"
#endif

#pragma clang diagnostic ignored "-Wc23-extensions"
static const unsigned char vb_contrast_txt[] = {
#embed "../../lexicons/contrast.txt" suffix(, )
  0};
static const unsigned char vb_domain_customer_service_tsv[] = {
#embed "../../lexicons/domain-customer-service.tsv" suffix(, )
  0};
static const unsigned char vb_emoticons_emoji_tsv[] = {
#embed "../../lexicons/emoticons-emoji.tsv" suffix(, )
  0};
static const unsigned char vb_general_en_tsv[] = {
#embed "../../lexicons/general-en.tsv" suffix(, )
  0};
static const unsigned char vb_intensifiers_tsv[] = {
#embed "../../lexicons/intensifiers.tsv" suffix(, )
  0};
static const unsigned char vb_negators_txt[] = {
#embed "../../lexicons/negators.txt" suffix(, )
  0};
static const unsigned char vb_vader_profile_rules_tsv[] = {
#embed "../../lexicons/vader-profile-rules.tsv" suffix(, )
  0};
static const vb_shipped_lexicon vb_shipped_lexicons[] = {
  {"contrast.txt", vb_contrast_txt, sizeof vb_contrast_txt - 1},
  {"domain-customer-service.tsv", vb_domain_customer_service_tsv, sizeof vb_domain_customer_service_tsv - 1},
  {"emoticons-emoji.tsv", vb_emoticons_emoji_tsv, sizeof vb_emoticons_emoji_tsv - 1},
  {"general-en.tsv", vb_general_en_tsv, sizeof vb_general_en_tsv - 1},
  {"intensifiers.tsv", vb_intensifiers_tsv, sizeof vb_intensifiers_tsv - 1},
  {"negators.txt", vb_negators_txt, sizeof vb_negators_txt - 1},
  {"vader-profile-rules.tsv", vb_vader_profile_rules_tsv, sizeof vb_vader_profile_rules_tsv - 1},
};

size_t vb_shipped_lexicon_count(void) { return sizeof vb_shipped_lexicons / sizeof vb_shipped_lexicons[0]; }

vb_shipped_lexicon vb_shipped_lexicon_at(size_t index) { return vb_shipped_lexicons[index]; }

// libxml2 for Swift. Debian's libxml2 is built with ICU and `libxml/encoding.h` would pull in the
// system ICU headers, which clash with Foundation's own ICU; undefining LIBXML_ICU_ENABLED after
// xmlversion.h keeps them out (../shared/notes/native-libraries.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/encoding.h>

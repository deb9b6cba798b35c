#include "XMLBridge.h"
#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>

static void verbatim_xml_ignore(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

void verbatim_xml_silence_generic_errors(void) { xmlSetGenericErrorFunc(NULL, verbatim_xml_ignore); }

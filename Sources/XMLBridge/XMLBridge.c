#include "XMLBridge.h"
#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

static void verbatim_xml_ignore(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

void verbatim_xml_silence_generic_errors(void) { xmlSetGenericErrorFunc(NULL, verbatim_xml_ignore); }

void verbatim_xml_free(void *pointer) {
  if (pointer != NULL) xmlFree(pointer);
}

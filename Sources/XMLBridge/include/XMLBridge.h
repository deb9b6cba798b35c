#ifndef VERBATIM_XML_BRIDGE_H
#define VERBATIM_XML_BRIDGE_H

/// Installs a no-op generic (variadic) libxml2 error handler for the calling thread, so libxml2
/// never prints to stderr behind our back. Structured errors are collected from Swift instead.
void verbatim_xml_silence_generic_errors(void);

/// Frees memory libxml2 allocated (xmlFree is a global function pointer Swift 6 cannot touch).
void verbatim_xml_free(void *pointer);

#endif

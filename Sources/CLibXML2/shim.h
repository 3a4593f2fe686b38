#ifndef REPORTCONV_CLIBXML2_SHIM_H
#define REPORTCONV_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its encoding.h then includes <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's own ICU module on a clean build. reportconv never
// uses libxml2's ICU converters, so the flag is withdrawn before any other libxml2 header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlstring.h>



// Swift cannot define C-variadic functions, so the shim provides the one reportconv needs: a
// generic error handler that prints nothing. Every error reportconv cares about is collected
// through libxml2's structured error handlers instead.
static void reportconv_xml_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Stops libxml2 from printing to standard error, on this thread and on threads created later.
static inline void reportconv_xml_silence_generic_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, reportconv_xml_discard_generic_error);
    xmlSetGenericErrorFunc(NULL, reportconv_xml_discard_generic_error);
}
#endif

#ifndef CONCORD_LIBXML2_SHIM_H
#define CONCORD_LIBXML2_SHIM_H
/* libxml2's HTML parser (as newsboat and lxml use it) for saved web pages. */
/* Debian's libxml2 is built with ICU, and its encoding.h then pulls ICU's
   headers into this module, where they clash with Foundation's own copy of ICU.
   Concord never touches the ICU converter fields, so the headers are read
   without them. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

/* Options as ints: the enum constants import awkwardly. Not HTML_PARSE_NOIMPLIED:
   with it libxml2 2.9 nests a whole page inside a leading <style>. */
static inline int cx_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
}
/* The same, ignoring the charset the page declares (a second reading after the
   declared one failed). */
static inline int cx_html_options_ignoring_charset(void) { return cx_html_options() | HTML_PARSE_IGNORE_ENC; }
/* Feeds: recover from broken XML, never touch the network, no messages on stderr.
   Entities are not expanded (no XML_PARSE_NOENT), nor is the size limit lifted. */
static inline int cx_xml_options(void) {
    return XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}
/* The same, ignoring the charset the feed declares (read again when its bytes
   are not in it). */
static inline int cx_xml_options_ignoring_charset(void) { return cx_xml_options() | XML_PARSE_IGNORE_ENC; }
/* libxml2 writes some errors (a failed charset conversion, "encoder error") to
   stderr through its generic handler whatever the options say; on a terminal in
   curses mode that would draw over the screen. This handler drops them, and
   counts the failed charset conversions in the int that `tally` points to
   (NULL: counts nothing). libxml2 keeps the handler per
   thread; set it before each parse and clear it after. */
static void cx_count_error(void *tally, const char *msg, ...) __attribute__((unused));
static void cx_count_error(void *tally, const char *msg, ...) {
    /* Only a failed charset conversion counts: the page's bytes are not in the
       charset it declares, and the rest of the page was lost. (libxml2 passes
       its text as arguments of a format: "%s", "…") */
    if (!tally || !msg) return;
    char text[512];
    va_list args;
    va_start(args, msg);
    vsnprintf(text, sizeof text, msg, args);
    va_end(args);
    if (strstr(text, "conversion failed") || strstr(text, "encoder error")) { (*(int *)tally)++; }
}
static inline void cx_quiet_errors(int *tally) { xmlSetGenericErrorFunc(tally, cx_count_error); }
static inline int cx_element_node(void) { return XML_ELEMENT_NODE; }
static inline int cx_text_node(void) { return XML_TEXT_NODE; }
static inline int cx_cdata_node(void) { return XML_CDATA_SECTION_NODE; }
#endif

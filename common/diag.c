/* Diagnostics for every hosted tool: "file:line:col: error: message", optionally followed by the
 * offending source line and a caret under the column. Colour is used only when the text goes to a
 * terminal (and NO_COLOR is unset); tests can capture the text into a buffer instead. */
#define _POSIX_C_SOURCE 200809L  /* fileno */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cktools.h"

static unsigned nerrors;
static ck_buf *capture;

enum kind { K_ERROR, K_WARNING, K_NOTE };

static int use_colour(void)
{
    if (capture) return 0;
    const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
    if (nc && *nc) return 0;
    if (term && !strcmp(term, "dumb")) return 0;
    return isatty(fileno(stderr));
}

static void out(ck_buf *b, int colour, const char *seq)
{
    if (colour) ck_buf_printf(b, "\033[%sm", seq);
}

/* Appends the source line (up to a newline) and a caret line that reuses the line's tabs. */
static void show_source(ck_buf *b, int colour, unsigned col, const char *src, size_t srclen)
{
    size_t n = 0;
    while (n < srclen && src[n] != '\n' && src[n] != '\r') n++;
    ck_buf_put(b, src, n);
    ck_buf_u8(b, '\n');
    if (!col) return;
    for (size_t i = 0; i + 1 < col && i < n; i++) ck_buf_u8(b, src[i] == '\t' ? '\t' : ' ');
    for (size_t i = n; i + 1 < col; i++) ck_buf_u8(b, ' ');
    out(b, colour, "1;32");
    ck_buf_u8(b, '^');
    out(b, colour, "0");
    ck_buf_u8(b, '\n');
}

static void report(enum kind k, const char *file, unsigned line, unsigned col, const char *src,
                   size_t srclen, const char *fmt, va_list ap)
{
    static const char *names[] = {"error", "warning", "note"};
    static const char *colours[] = {"1;31", "1;35", "1;36"};
    int colour = use_colour();
    ck_buf b = {0};
    out(&b, colour, "1");
    if (file && *file) {
        ck_buf_printf(&b, "%s:", file);
        if (line) {
            ck_buf_printf(&b, "%u:", line);
            if (col) ck_buf_printf(&b, "%u:", col);
        }
        ck_buf_u8(&b, ' ');
    }
    out(&b, colour, "0");
    out(&b, colour, colours[k]);
    ck_buf_printf(&b, "%s:", names[k]);
    out(&b, colour, "0");
    ck_buf_u8(&b, ' ');
    ck_buf_vprintf(&b, fmt, ap);
    ck_buf_u8(&b, '\n');
    if (src) show_source(&b, colour, col, src, srclen);
    if (capture) {
        ck_buf_put(capture, b.data, b.len);
        ck_buf_reserve(capture, 0);
        capture->data[capture->len] = 0;
    } else {
        fwrite(b.data, 1, b.len, stderr);
        fflush(stderr);
    }
    ck_buf_free(&b);
    if (k == K_ERROR) nerrors++;
}

void ck_diag_error(const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(K_ERROR, file, line, col, NULL, 0, fmt, ap);
    va_end(ap);
}

void ck_diag_warning(const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(K_WARNING, file, line, col, NULL, 0, fmt, ap);
    va_end(ap);
}

void ck_diag_error_src(const char *file, unsigned line, unsigned col, const char *src, size_t srclen,
                       const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(K_ERROR, file, line, col, src, srclen, fmt, ap);
    va_end(ap);
}

void ck_diag_warning_src(const char *file, unsigned line, unsigned col, const char *src, size_t srclen,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(K_WARNING, file, line, col, src, srclen, fmt, ap);
    va_end(ap);
}

void ck_diag_note(const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(K_NOTE, file, line, col, NULL, 0, fmt, ap);
    va_end(ap);
}

unsigned ck_diag_count(void) { return nerrors; }
void ck_diag_reset(void) { nerrors = 0; }
void ck_diag_capture(ck_buf *b) { capture = b; }

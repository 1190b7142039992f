/* Diagnostics of the C front end: formats the message and hands it, with the quoted source line,
 * to the shared ck_diag module (common/diag.c), which prints "file:line:col: error: message", the
 * line and a caret. Counts errors and warnings per compilation and applies -Werror. */
#include <stdio.h>
#include <string.h>

#include "cc.h"

static void report(cc *c, int is_error, loc l, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (!is_error && c->opts->werror) {
        is_error = 1;
        snprintf(msg + strlen(msg), sizeof msg - strlen(msg), " [-Werror]");
    }
    size_t n = 0;
    const char *src = ck_source_line(l.file, l.line, &n);
    if (is_error) {
        if (++c->errors == CC_MAX_ERRORS + 1)
            ck_diag_error(l.file, l.line, l.col, "too many errors, stopping here");
        if (c->errors > CC_MAX_ERRORS) return;
        ck_diag_error_src(l.file, l.line, l.col, src, n, "%s", msg);
    } else {
        c->warnings++;
        ck_diag_warning_src(l.file, l.line, l.col, src, n, "%s", msg);
    }
}

void ckc_error(cc *c, loc l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, 1, l, fmt, ap);
    va_end(ap);
}

void ckc_warning(cc *c, loc l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, 0, l, fmt, ap);
    va_end(ap);
}

void ckc_warning_wall(cc *c, loc l, const char *fmt, ...)
{
    if (!c->opts->wall) return;
    va_list ap;
    va_start(ap, fmt);
    report(c, 0, l, fmt, ap);
    va_end(ap);
}

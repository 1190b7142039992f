/* The formatting core that printf, fprintf, snprintf and sprintf share (not an installed header).
 * Output goes to a sink: a buffer that, when full, is emptied through 'flush' (printf: to the
 * console) or, without one, overflows by only counting (snprintf). */
#ifndef CK_STDLIB_FORMAT_H
#define CK_STDLIB_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

typedef struct __ck_sink {
    char *buf;
    size_t len, cap;
    void (*flush)(struct __ck_sink *s);   /* empties buf; NULL: characters past cap are dropped */
    unsigned long long total;             /* characters produced, kept or not */
} __ck_sink;

/* conversion flags */
enum { CK_F_MINUS = 1, CK_F_PLUS = 2, CK_F_SPACE = 4, CK_F_ZERO = 8, CK_F_ALT = 16 };

/* Formats fmt with ap into s; returns the count of characters produced, or -1 when it exceeds
 * INT_MAX. */
int __ck_vformat(__ck_sink *s, const char *fmt, va_list ap);
/* One floating-point conversion (conv is one of f F e E g G a A); prec < 0 means none. */
void __ck_format_double(__ck_sink *s, double v, int conv, int flags, int width, int prec);
void __ck_sink_full(__ck_sink *s);
void __ck_sink_write(__ck_sink *s, const char *p, size_t n);
void __ck_sink_pad(__ck_sink *s, char c, int n);

static inline void __ck_sink_put(__ck_sink *s, char c)
{
    if (s->len == s->cap) __ck_sink_full(s);
    if (s->len < s->cap) s->buf[s->len++] = c;
    s->total++;
}

#endif

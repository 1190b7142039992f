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
/* The same without floating point: a conversion f F e E g G a A consumes its double and is
 * written as it stands. It does not reference the floating-point formatter. */
int __ck_ivformat(__ck_sink *s, const char *fmt, va_list ap);

/* printf.c and snprintf.c are compiled twice: as themselves, and with CK_NO_FLOAT (iprintf.c,
 * isnprintf.c) as the integer-only twins __ck_iprintf, __ck_isnprintf, ... that the compiler
 * calls for a literal format without floating-point conversions (docs/stdlib.md). */
#ifdef CK_NO_FLOAT
#define CK_FMT(name) __ck_i##name
#define CK_VFORMAT __ck_ivformat
#else
#define CK_FMT(name) name
#define CK_VFORMAT __ck_vformat
#endif
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

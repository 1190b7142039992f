/* printf, vprintf, fprintf, vfprintf: formatted output to the console through io.write, in
 * chunks of a buffer on the stack. Every stream is the console (see file.c). */
#include <stdarg.h>
#include <stdio.h>

#include <cockpit/io.h>

#include "format.h"

static void console_flush(__ck_sink *s)
{
    if (s->len) ck_io_write(s->buf, s->len);
    s->len = 0;
}

int vprintf(const char *restrict fmt, va_list ap)
{
    char buf[BUFSIZ];
    __ck_sink s = { buf, 0, sizeof buf, console_flush, 0 };
    int n = __ck_vformat(&s, fmt, ap);
    console_flush(&s);
    return n;
}

int printf(const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
    if (f == stdin) return -1;
    return vprintf(fmt, ap);
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

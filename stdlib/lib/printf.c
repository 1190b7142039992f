/* printf, vprintf, fprintf, vfprintf: formatted output to the console through io.write, in
 * chunks of a buffer on the stack. Every stream is the console (see file.c). iprintf.c compiles
 * this file again as the integer-only twins (__ck_iprintf, ...; see format.h). */
#include <stdarg.h>
#include <stdio.h>

#include <cockpit/io.h>

#include "format.h"

static void console_flush(__ck_sink *s)
{
    if (s->len) ck_io_write(s->buf, s->len);
    s->len = 0;
}

int CK_FMT(vprintf)(const char *restrict fmt, va_list ap)
{
    char buf[BUFSIZ];
    __ck_sink s = { buf, 0, sizeof buf, console_flush, 0 };
    int n = CK_VFORMAT(&s, fmt, ap);
    console_flush(&s);
    return n;
}

int CK_FMT(printf)(const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = CK_FMT(vprintf)(fmt, ap);
    va_end(ap);
    return n;
}

int CK_FMT(vfprintf)(FILE *restrict f, const char *restrict fmt, va_list ap)
{
    if (f == stdin) return -1;
    return CK_FMT(vprintf)(fmt, ap);
}

int CK_FMT(fprintf)(FILE *restrict f, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = CK_FMT(vfprintf)(f, fmt, ap);
    va_end(ap);
    return n;
}

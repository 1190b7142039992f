/* snprintf, vsnprintf, sprintf, vsprintf: formatted output to memory. isnprintf.c compiles this
 * file again as the integer-only twins (__ck_isnprintf, ...; see format.h). */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

#include "format.h"

int CK_FMT(vsnprintf)(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
    __ck_sink s = { buf, 0, n ? n - 1 : 0, NULL, 0 };
    int r = CK_VFORMAT(&s, fmt, ap);
    if (n) buf[s.len] = 0;
    return r;
}

int CK_FMT(snprintf)(char *restrict buf, size_t n, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = CK_FMT(vsnprintf)(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

int CK_FMT(vsprintf)(char *restrict buf, const char *restrict fmt, va_list ap)
{
    return CK_FMT(vsnprintf)(buf, INT_MAX, fmt, ap);
}

int CK_FMT(sprintf)(char *restrict buf, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = CK_FMT(vsnprintf)(buf, INT_MAX, fmt, ap);
    va_end(ap);
    return r;
}

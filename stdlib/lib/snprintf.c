/* snprintf, vsnprintf, sprintf, vsprintf: formatted output to memory. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

#include "format.h"

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
    __ck_sink s = { buf, 0, n ? n - 1 : 0, NULL, 0 };
    int r = __ck_vformat(&s, fmt, ap);
    if (n) buf[s.len] = 0;
    return r;
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
    return vsnprintf(buf, INT_MAX, fmt, ap);
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, INT_MAX, fmt, ap);
    va_end(ap);
    return r;
}

/* The printf format interpreter: flags, width, precision, length modifiers and every integer,
 * character, string and pointer conversion; floating point goes to format_double.c through a
 * pointer that only __ck_vformat passes, so that __ck_ivformat (the integer-only printf twins)
 * links without it. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "format.h"

void __ck_sink_full(__ck_sink *s)
{
    if (s->flush) s->flush(s);
}

void __ck_sink_write(__ck_sink *s, const char *p, size_t n)
{
    s->total += n;
    while (n) {
        if (s->len == s->cap) {
            if (!s->flush) return;
            s->flush(s);
        }
        size_t k = s->cap - s->len;
        if (k > n) k = n;
        memcpy(s->buf + s->len, p, k);
        s->len += k, p += k, n -= k;
    }
}

void __ck_sink_pad(__ck_sink *s, char c, int n)
{
    while (n-- > 0) __ck_sink_put(s, c);
}

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

/* Digits of u in base 8, 10 or 16, written backwards ending at 'end'; returns the first. */
static char *utoa(char *end, unsigned long long u, unsigned base, int upper)
{
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (u <= 0xFFFFFFFFu) {            /* 32-bit arithmetic is cheaper on the VM */
        uint32_t v = (uint32_t)u;
        do *--end = dig[v % base]; while ((v /= base) != 0);
        return end;
    }
    do *--end = dig[u % base]; while ((u /= base) != 0);
    return end;
}

/* An integer conversion: prefix ("-", "0x", ...), digits padded to prec with zeros, the whole
 * padded to width. */
static void put_int(__ck_sink *s, const char *prefix, size_t npre, const char *digits, size_t nd, int flags,
                    int width, int prec)
{
    size_t zeros = prec > 0 && (size_t)prec > nd ? (size_t)prec - nd : 0;
    size_t len = npre + zeros + nd;
    int pad = width > 0 && (size_t)width > len ? width - (int)len : 0;
    if ((flags & (CK_F_ZERO | CK_F_MINUS)) == CK_F_ZERO && prec < 0) zeros += (size_t)pad, pad = 0;
    if (!(flags & CK_F_MINUS)) __ck_sink_pad(s, ' ', pad);
    __ck_sink_write(s, prefix, npre);
    __ck_sink_pad(s, '0', (int)zeros);
    __ck_sink_write(s, digits, nd);
    if (flags & CK_F_MINUS) __ck_sink_pad(s, ' ', pad);
}

static void put_str(__ck_sink *s, const char *p, size_t n, int flags, int width)
{
    int pad = width > 0 && (size_t)width > n ? width - (int)n : 0;
    if (!(flags & CK_F_MINUS)) __ck_sink_pad(s, ' ', pad);
    __ck_sink_write(s, p, n);
    if (flags & CK_F_MINUS) __ck_sink_pad(s, ' ', pad);
}

typedef void float_fmt(__ck_sink *s, double v, int conv, int flags, int width, int prec);

static int vformat(__ck_sink *s, const char *fmt, va_list ap, float_fmt *ff)
{
    while (*fmt) {
        const char *p = fmt;
        while (*p && *p != '%') p++;
        if (p != fmt) __ck_sink_write(s, fmt, (size_t)(p - fmt));
        if (!*p) break;
        const char *spec = p++;
        int flags = 0, width = 0, prec = -1, len = LEN_NONE;
        for (;; p++) {
            if (*p == '-') flags |= CK_F_MINUS;
            else if (*p == '+') flags |= CK_F_PLUS;
            else if (*p == ' ') flags |= CK_F_SPACE;
            else if (*p == '0') flags |= CK_F_ZERO;
            else if (*p == '#') flags |= CK_F_ALT;
            else if (*p != '\'') break;     /* ' (grouping): none in the "C" locale */
        }
        if (*p == '*') {
            width = va_arg(ap, int);
            if (width < 0) flags |= CK_F_MINUS, width = width == INT_MIN ? INT_MAX : -width;
            p++;
        } else {
            while (*p >= '0' && *p <= '9') {
                width = width > (INT_MAX - 9) / 10 ? INT_MAX : width * 10 + (*p - '0');
                p++;
            }
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(ap, int);
                if (prec < 0) prec = -1;
                p++;
            } else {
                while (*p >= '0' && *p <= '9') {
                    prec = prec > (INT_MAX - 9) / 10 ? INT_MAX : prec * 10 + (*p - '0');
                    p++;
                }
            }
        }
        switch (*p) {
        case 'h': p++; if (*p == 'h') p++, len = LEN_HH; else len = LEN_H; break;
        case 'l': p++; if (*p == 'l') p++, len = LEN_LL; else len = LEN_L; break;
        case 'j': p++, len = LEN_J; break;
        case 'z': p++, len = LEN_Z; break;
        case 't': p++, len = LEN_T; break;
        case 'L': p++, len = LEN_BIG_L; break;
        }
        if (flags & CK_F_MINUS) flags &= ~CK_F_ZERO;
        if (flags & CK_F_PLUS) flags &= ~CK_F_SPACE;
        char conv = *p;
        if (!conv) {                        /* a '%' that ends the format is an error, as in glibc */
            s->total = (unsigned long long)INT_MAX + 1;
            break;
        }
        fmt = ++p;

        char buf[24], *end = buf + sizeof buf, *d;
        char pre[3];
        size_t npre = 0;
        unsigned long long u;
        switch (conv) {
        case 'd': case 'i': {
            long long v;
            switch (len) {
            case LEN_HH: v = (signed char)va_arg(ap, int); break;
            case LEN_H: v = (short)va_arg(ap, int); break;
            case LEN_L: v = va_arg(ap, long); break;
            case LEN_LL: v = va_arg(ap, long long); break;
            case LEN_J: v = va_arg(ap, intmax_t); break;
            case LEN_Z: case LEN_T: v = va_arg(ap, ptrdiff_t); break;
            default: v = va_arg(ap, int); break;
            }
            u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
            if (v < 0) pre[npre++] = '-';
            else if (flags & CK_F_PLUS) pre[npre++] = '+';
            else if (flags & CK_F_SPACE) pre[npre++] = ' ';
            d = prec == 0 && u == 0 ? end : utoa(end, u, 10, 0);
            put_int(s, pre, npre, d, (size_t)(end - d), flags, width, prec);
            break;
        }
        case 'u': case 'o': case 'x': case 'X': {
            switch (len) {
            case LEN_HH: u = (unsigned char)va_arg(ap, unsigned); break;
            case LEN_H: u = (unsigned short)va_arg(ap, unsigned); break;
            case LEN_L: u = va_arg(ap, unsigned long); break;
            case LEN_LL: u = va_arg(ap, unsigned long long); break;
            case LEN_J: u = va_arg(ap, uintmax_t); break;
            case LEN_Z: u = va_arg(ap, size_t); break;
            case LEN_T: u = (size_t)va_arg(ap, ptrdiff_t); break;
            default: u = va_arg(ap, unsigned); break;
            }
            unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
            d = prec == 0 && u == 0 ? end : utoa(end, u, base, conv == 'X');
            if ((flags & CK_F_ALT) && conv == 'o' && end - d >= prec && (d == end || *d != '0'))
                *--d = '0';                 /* '#o': the first digit is 0 */
            if ((flags & CK_F_ALT) && base == 16 && u) pre[npre++] = '0', pre[npre++] = conv;
            put_int(s, pre, npre, d, (size_t)(end - d), flags, width, prec);
            break;
        }
        case 'p': {
            void *ptr = va_arg(ap, void *);
            if (!ptr) {
                put_str(s, "(nil)", 5, flags, width);
                break;
            }
            u = (uintptr_t)ptr;
            if (flags & CK_F_PLUS) pre[npre++] = '+';
            else if (flags & CK_F_SPACE) pre[npre++] = ' ';
            pre[npre++] = '0', pre[npre++] = 'x';
            d = utoa(end, u, 16, 0);
            put_int(s, pre, npre, d, (size_t)(end - d), flags, width, prec);
            break;
        }
        case 'c':
            buf[0] = (char)va_arg(ap, int);
            put_str(s, buf, 1, flags, width);
            break;
        case 's': {
            const char *str = va_arg(ap, const char *);
            size_t n;
            if (!str) str = prec < 0 || prec >= 6 ? "(null)" : "";
            if (prec >= 0) {
                const char *z = memchr(str, 0, (size_t)prec);
                n = z ? (size_t)(z - str) : (size_t)prec;
            } else {
                n = strlen(str);
            }
            put_str(s, str, n, flags, width);
            break;
        }
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
            double v = va_arg(ap, double);
            if (ff) ff(s, v, conv, flags, width, prec);
            else __ck_sink_write(s, spec, (size_t)(p - spec));
            break;
        }
        case 'n': {
            unsigned long long t = s->total;
            switch (len) {
            case LEN_HH: *va_arg(ap, signed char *) = (signed char)t; break;
            case LEN_H: *va_arg(ap, short *) = (short)t; break;
            case LEN_L: *va_arg(ap, long *) = (long)t; break;
            case LEN_LL: *va_arg(ap, long long *) = (long long)t; break;
            case LEN_J: *va_arg(ap, intmax_t *) = (intmax_t)t; break;
            case LEN_Z: *va_arg(ap, size_t *) = (size_t)t; break;
            case LEN_T: *va_arg(ap, ptrdiff_t *) = (ptrdiff_t)t; break;
            default: *va_arg(ap, int *) = (int)t; break;
            }
            break;
        }
        case '%':
            __ck_sink_put(s, '%');
            break;
        default:                            /* unknown conversion: written as it stands */
            __ck_sink_write(s, spec, (size_t)(p - spec));
            break;
        }
    }
    return s->total > INT_MAX ? -1 : (int)s->total;
}

int __ck_vformat(__ck_sink *s, const char *fmt, va_list ap)
{
    return vformat(s, fmt, ap, __ck_format_double);
}

int __ck_ivformat(__ck_sink *s, const char *fmt, va_list ap)
{
    return vformat(s, fmt, ap, NULL);
}

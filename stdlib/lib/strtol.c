/* strtol, strtoul, strtoll, strtoull, over one parser: leading white space, an optional sign,
 * "0x"/"0X" for base 16 (and base 0), "0" for octal in base 0; on overflow the limit and
 * errno = ERANGE; *end = s when no digits were read. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

/* Parses the magnitude, saturating at 'limit'; returns it, sets *neg, and *over when the
 * digits exceeded 'limit'. */
static unsigned long long parse(const char *s, char **end, int base, unsigned long long limit, int *neg,
                                int *over)
{
    const char *p = s;
    *neg = *over = 0;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '+' || *p == '-') *neg = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && isxdigit((unsigned char)p[2]))
        p += 2, base = 16;
    else if (base == 0)
        base = p[0] == '0' ? 8 : 10;
    if (base < 2 || base > 36) {
        errno = EINVAL;
        if (end) *end = (char *)s;
        return 0;
    }
    unsigned long long v = 0, cut = limit / (unsigned)base;
    unsigned cutd = (unsigned)(limit % (unsigned)base);
    const char *digits = p;
    for (;; p++) {
        unsigned d = (unsigned)*p - '0';
        if (d > 9) {
            d = ((unsigned)*p | 32) - 'a';
            d = d < 26 ? d + 10 : 99;
        }
        if (d >= (unsigned)base) break;
        if (v > cut || (v == cut && d > cutd)) *over = 1;
        else v = v * (unsigned)base + d;
    }
    if (end) *end = (char *)(p == digits ? s : p);
    if (*over) errno = ERANGE;
    return *over ? limit : v;
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
    int neg, over;
    unsigned long long v = parse(s, end, base, (unsigned long long)LLONG_MAX + 1, &neg, &over);
    if (!neg && v > LLONG_MAX) {
        errno = ERANGE;
        return LLONG_MAX;
    }
    return neg ? (long long)(0 - v) : (long long)v;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
    int neg, over;
    unsigned long long v = parse(s, end, base, (unsigned long long)LONG_MAX + 1, &neg, &over);
    if (!neg && v > LONG_MAX) {
        errno = ERANGE;
        return LONG_MAX;
    }
    return neg ? (long)(0 - v) : (long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
    int neg, over;
    unsigned long long v = parse(s, end, base, ULLONG_MAX, &neg, &over);
    return neg && !over ? 0 - v : v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
    int neg, over;
    unsigned long long v = parse(s, end, base, ULONG_MAX, &neg, &over);
    return neg && !over ? (unsigned long)(0 - v) : (unsigned long)v;
}

/* strspn, strcspn, strpbrk over a 256-bit set of the bytes to accept or reject. */
#include <string.h>

static void byteset(unsigned set[8], const char *chars)
{
    memset(set, 0, 8 * sizeof *set);
    for (const unsigned char *p = (const unsigned char *)chars; *p; p++) set[*p >> 5] |= 1u << (*p & 31);
}

static size_t span(const char *s, const char *chars, unsigned want)
{
    unsigned set[8];
    byteset(set, chars);
    set[0] |= 1u & ~want;                 /* the terminator always ends a span */
    const unsigned char *p = (const unsigned char *)s;
    while (((set[*p >> 5] >> (*p & 31)) & 1) == want && *p) p++;
    return (size_t)((const char *)p - s);
}

size_t strspn(const char *s, const char *accept)
{
    return span(s, accept, 1);
}

size_t strcspn(const char *s, const char *reject)
{
    return span(s, reject, 0);
}

char *strpbrk(const char *s, const char *accept)
{
    s += span(s, accept, 0);
    return *s ? (char *)s : NULL;
}

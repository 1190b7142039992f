/* memmove: one VM instruction. Built as stdlib/Makefile.inc builds it (optimised, with
 * CK_STDLIB_OPT), the call below is turned into that instruction by the optimiser; without
 * optimisation it would call itself, so a plain loop is used then. */
#include <string.h>

void *memmove(void *dst, const void *src, size_t n)
{
#ifdef CK_STDLIB_OPT
    return memmove(dst, src, n);
#else
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) {
        for (size_t i = 0; i < n; i++) d[i] = s[i];
    } else {
        while (n--) d[n] = s[n];
    }
    return dst;
#endif
}

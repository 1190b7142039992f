/* memset: one VM instruction (see memmove.c for how the call below becomes it). */
#include <string.h>

void *memset(void *dst, int c, size_t n)
{
#ifdef CK_STDLIB_OPT
    return memset(dst, c, n);
#else
    unsigned char *d = dst;
    for (size_t i = 0; i < n; i++) d[i] = (unsigned char)c;
    return dst;
#endif
}

/* The few C library functions the firmware and the VM core use (string.h here), so that no C library is linked
 * (newlib-nano's versions are larger, and the RISC-V toolchain may have none). Built with
 * -fno-tree-loop-distribute-patterns: the loops must not turn back into calls to themselves. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* With -flto the compiler may call these after deciding what to keep: keep them all (tiny). */
#define USED __attribute__((used))

USED void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
    uint8_t *dp = d;
    const uint8_t *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}

USED void *memmove(void *d, const void *s, size_t n)
{
    uint8_t *dp = d;
    const uint8_t *sp = s;
    if ((uintptr_t)dp - (uintptr_t)sp >= n) {          /* no overlap that a forward copy would spoil */
        while (n--) *dp++ = *sp++;
    } else {
        while (n--) dp[n] = sp[n];
    }
    return d;
}

USED void *memset(void *d, int c, size_t n)
{
    uint8_t *dp = d;
    while (n--) *dp++ = (uint8_t)c;
    return d;
}

USED int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *p = a, *q = b;
    for (; n; n--, p++, q++)
        if (*p != *q) return *p - *q;
    return 0;
}

USED size_t strlen(const char *s)
{
    const char *p = s;
    while (*p) p++;
    return (size_t)(p - s);
}

USED int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

USED char *strcpy(char *restrict d, const char *restrict s)
{
    char *r = d;
    while ((*d++ = *s++)) { }
    return r;
}

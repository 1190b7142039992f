/* What depends on the ILP32 target (VM only, expected output in limits32.out): the limits of
 * <limits.h> and <stdint.h>, strtol and strtoul overflow at 32 bits, %ld of the extremes, and
 * the <inttypes.h> format macros. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void l(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 0);
    printf("strtol(%s) = %ld end %d errno %d", s, v, (int)(end - s), errno);
    errno = 0;
    unsigned long u = strtoul(s, &end, 0);
    printf("; strtoul = %lu errno %d\n", u, errno);
}

int main(void)
{
    printf("char %d..%d, schar %d..%d, uchar %d\n", CHAR_MIN, CHAR_MAX, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("short %d..%d, ushort %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("int %d..%d, uint %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("long %ld..%ld, ulong %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("llong %lld..%lld, ullong %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("sizes: long %u, size_t %u, pointer %u, intmax %u, SIZE_MAX %u, PTRDIFF_MAX %d\n", (unsigned)sizeof(long),
           (unsigned)sizeof(size_t), (unsigned)sizeof(void *), (unsigned)sizeof(intmax_t), (unsigned)SIZE_MAX,
           (int)PTRDIFF_MAX);
    printf("INT64_MIN %" PRId64 ", UINT64_MAX %" PRIu64 ", %" PRIx32 ", %" PRIX64 ", %" PRIuPTR "\n", INT64_MIN,
           UINT64_MAX, UINT32_MAX, (uint64_t)UINT64_C(0xABCDEF0123), (uintptr_t)4096);
    l("2147483647");
    l("2147483648");
    l("-2147483648");
    l("-2147483649");
    l("4294967295");
    l("4294967296");
    l("-4294967295");
    l("-1");
    l("0xFFFFFFFF");
    l("0x100000000");
    printf("atol(\"-2147483648\") = %ld\n", atol("-2147483648"));
    const char *twelve = "12";
    char *end = NULL;
    errno = 0;
    long v = strtol(twelve, &end, 1);
    printf("base 1: %ld, end at start %s, errno EINVAL %s\n", v, end == twelve ? "yes" : "NO", errno == EINVAL ? "yes" : "NO");
    end = NULL;
    errno = 0;
    unsigned long long u = strtoull(twelve, &end, 37);
    printf("base 37: %llu, end at start %s, errno EINVAL %s\n", u, end == twelve ? "yes" : "NO", errno == EINVAL ? "yes" : "NO");
    printf("strtoimax %" PRIdMAX ", imaxabs %" PRIdMAX "\n", strtoimax("-9223372036854775808", NULL, 10),
           imaxabs(-5));
    return 0;
}

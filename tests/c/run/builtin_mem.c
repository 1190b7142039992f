/* __builtin_memcpy/memmove/memset (LLVM intrinsics) and __builtin_memcmp/strlen/strcmp (library
 * calls), without including <string.h>. */
#include <stdio.h>

struct rec { int a, b; char name[8]; };

static char *fill(char *p, int c, unsigned n) { return __builtin_memset(p, c, n); }

int main(void)
{
    char buf[16], d[16];
    const char *s = "hello";
    fill(buf, 'x', sizeof buf);
    buf[15] = 0;
    printf("%s\n", buf);
    char *r = __builtin_memcpy(d, s, __builtin_strlen(s) + 1);
    printf("%s %d\n", r, r == d);
    printf("%s\n", (char *)__builtin_memmove(d + 1, d, 5) - 1);   /* overlapping, forwards */
    __builtin_memmove(d, d + 2, 4);                                /* overlapping, backwards */
    printf("%s\n", d);
    printf("%d %d %d %d\n", __builtin_memcmp("abc", "abd", 3) < 0, __builtin_memcmp("abc", "abd", 2),
           __builtin_strcmp("b", "a") > 0, (int)__builtin_strlen(""));
    struct rec x = {1, 2, "rec"}, y;
    __builtin_memcpy(&y, &x, sizeof y);
    printf("%d %d %s\n", y.a, y.b, y.name);
    volatile int n = 3;
    unsigned char z[4] = {1, 1, 1, 1};
    __builtin_memset(z, 0x1A5, n);                                 /* the value is truncated to a byte */
    printf("%d %d %d %d\n", z[0], z[1], z[2], z[3]);
    __builtin_memset(z, 0, 0);
    __builtin_memcpy(z, "", 0);
    printf("%d\n", z[0]);
    return 0;
}

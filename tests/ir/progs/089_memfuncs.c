/* Own memcpy, memmove (both overlap directions), memset, memcmp on byte and word buffers. */
#include "cktest.h"

static void *my_memcpy(void *d, const void *s, unsigned n) { unsigned char *dp = d; const unsigned char *sp = s; while (n--) *dp++ = *sp++; return d; }
static void *my_memmove(void *d, const void *s, unsigned n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp < sp) while (n--) *dp++ = *sp++;
    else { dp += n; sp += n; while (n--) *--dp = *--sp; }
    return d;
}
static void *my_memset(void *d, int c, unsigned n) { unsigned char *p = d; while (n--) *p++ = (unsigned char)c; return d; }
static int my_memcmp(const void *a, const void *b, unsigned n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++) if (*x != *y) return *x < *y ? -1 : 1;
    return 0;
}
static unsigned sum(const unsigned char *p, unsigned n) { unsigned s = 0; for (unsigned i = 0; i < n; i++) s = s * 31u + p[i]; return s; }

int main(void)
{
    unsigned char buf[100];
    for (int i = 0; i < 100; i++) buf[i] = (unsigned char)ck_opaque_i32(i);
    my_memmove(buf + 10, buf, 50);
    ck_show_x32("fwd", sum(buf, 100));
    my_memmove(buf, buf + 20, 60);
    ck_show_x32("back", sum(buf, 100));
    my_memset(buf + 5, 0xab, ck_opaque_u32(17));
    ck_show_x32("set", sum(buf, 100));
    unsigned char other[100];
    my_memcpy(other, buf, 100);
    ck_show_i32("cmp_eq", my_memcmp(other, buf, 100));
    other[57] = (unsigned char)(other[57] + 1);
    ck_show_i32("cmp_gt", my_memcmp(other, buf, 100));
    ck_show_i32("cmp_lt", my_memcmp(buf, other, 100));
    ck_show_i32("cmp_prefix", my_memcmp(buf, other, 57));
    int words[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    my_memmove(&words[2], &words[0], 5 * sizeof(int));
    for (int i = 0; i < 8; i++) ck_print_i32(words[i]);
    ck_nl();
    long long ll = 0;
    my_memset(&ll, 0xff, 4);
    ck_show_i64("ll", ll);
    return (int)(sum(buf, 100) & 0xff);
}

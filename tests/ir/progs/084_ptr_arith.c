/* Pointer arithmetic: increments over different element sizes, differences, one-past-the-end. */
#include "cktest.h"

int main(void)
{
    int a[20];
    long long b[10];
    unsigned short c[12];
    for (int i = 0; i < 20; i++) a[i] = ck_opaque_i32(i * 3);
    for (int i = 0; i < 10; i++) b[i] = (long long)ck_opaque_i32(i) << 35;
    for (int i = 0; i < 12; i++) c[i] = (unsigned short)(i * 5000);
    int *p = a, *end = a + 20;
    int s = 0;
    while (p < end) { s += *p; p += 3; }
    ck_show_i32("s", s);
    ck_show_i32("overshoot", (int)(p - end));
    long long *q = &b[9];
    long long t = 0;
    for (; q >= b + 1; q -= 2) t += *q >> 30;
    ck_show_i64("t", t);
    unsigned short *r = c + ck_opaque_i32(4);
    ck_show_i32("r[-2]", r[-2]);
    ck_show_i32("r[3]", *(r + 3));
    ck_show_i32("diff", (int)(&c[11] - r));
    int *m = &a[10];
    m++;
    ++m;
    m--;
    ck_show_i32("m", *m);
    ck_show_i32("idx", (int)(m - a));
    int *x = a + ck_opaque_i32(5), *y = a + ck_opaque_i32(15);
    ck_show_i32("mid", *(x + (y - x) / 2));
    unsigned char *bytes = (unsigned char *)&a[1];
    ck_show_i32("byte", bytes[0] + bytes[1] + bytes[4]);
    return s & 0xff;
}

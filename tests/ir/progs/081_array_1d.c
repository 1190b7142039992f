/* One-dimensional arrays of every element type: fill, reverse, rotate, prefix sums, search. */
#include "cktest.h"

int main(void)
{
    signed char c[33];
    short s[33];
    int i32[33];
    long long l[33];
    unsigned char u[33];
    for (int i = 0; i < 33; i++) {
        int k = ck_opaque_i32(i);
        c[i] = (signed char)(k * 9 - 100);
        s[i] = (short)(k * 1000 - 16000);
        i32[i] = k * k * k - 5000;
        l[i] = (long long)k * 1000000007ll - 16000000000ll;
        u[i] = (unsigned char)(k * 8);
    }
    for (int i = 0, j = 32; i < j; i++, j--) { int t = i32[i]; i32[i] = i32[j]; i32[j] = t; }
    long long first = l[0];
    for (int i = 0; i < 32; i++) l[i] = l[i + 1];
    l[32] = first;
    for (int i = 1; i < 33; i++) s[i] = (short)(s[i] + s[i - 1]);
    int where = -1;
    for (int i = 0; i < 33; i++) if (c[i] > 100) { where = i; break; }
    unsigned h = 0;
    for (int i = 0; i < 33; i++) h = h * 31u + (unsigned)c[i] + (unsigned)s[i] + (unsigned)i32[i] + (unsigned)l[i] + (unsigned)(l[i] >> 32) + u[i];
    ck_show_i32("where", where);
    ck_show_i32("i0", i32[0]);
    ck_show_i32("s32", s[32]);
    ck_show_i64("l32", l[32]);
    ck_show_i64("l0", l[0]);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

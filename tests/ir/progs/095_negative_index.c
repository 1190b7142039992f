/* Negative subscripts and offsets from pointers into the middle of arrays, and 64-bit indices. */
#include "cktest.h"

int main(void)
{
    int a[21];
    for (int i = 0; i < 21; i++) a[i] = ck_opaque_i32(i * i);
    int *mid = &a[10];
    int s = 0;
    for (int k = -10; k <= 10; k++) s += mid[k] * k;
    ck_show_i32("s", s);
    ck_show_i32("m-3", mid[ck_opaque_i32(-3)]);
    ck_show_i32("m-10", *(mid - 10));
    long long idx = ck_opaque_i64(-4);
    ck_show_i32("i64idx", mid[idx]);
    unsigned char bytes[16];
    for (int i = 0; i < 16; i++) bytes[i] = (unsigned char)(i * 16 + i);
    unsigned char *end = bytes + 16;
    int t = 0;
    for (int k = 1; k <= 16; k++) t += end[-k] ^ k;
    ck_show_i32("t", t);
    short sh[8] = { -1, -2, -3, -4, -5, -6, -7, -8 };
    short *ps = sh + 8;
    int neg = 0;
    for (int k = ck_opaque_i32(-8); k < 0; k++) neg += ps[k];
    ck_show_i32("neg", neg);
    return (s + t) & 0xff;
}

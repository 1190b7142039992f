/* Calls with many arguments: 12 ints, 8 long longs, 8 doubles, beyond any register-passing limit. */
#include "cktest.h"

static int f12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l)
{
    return a - b + c * 2 - d * 3 + e * 5 - f * 7 + g * 11 - h * 13 + i * 17 - j * 19 + k * 23 - l * 29;
}
static long long l8(long long a, long long b, long long c, long long d, long long e, long long f, long long g, long long h)
{
    return a * 1 + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000 + g * 1000000 + h * 10000000;
}
static double d8(double a, double b, double c, double d, double e, double f, double g, double h)
{
    return ((a - b) * (c - d) + (e - f) * (g - h)) / (a + h);
}
static unsigned forward(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l)
{
    return (unsigned)f12(l, k, j, i, h, g, f, e, d, c, b, a) ^ (unsigned)f12(a, b, c, d, e, f, g, h, i, j, k, l);
}

int main(void)
{
    int x = ck_opaque_i32(1);
    ck_show_i32("f12", f12(x, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    ck_show_i32("f12b", f12(-x, x * 100, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12));
    ck_show_i64("l8", l8(ck_opaque_i64(1), 2, 3, 4, 5, 6, 7, 8));
    ck_show_i64("l8b", l8(-1, 1ll << 33, -3, 4, -5, 6, -7, ck_opaque_i64(1ll << 30)));
    ck_show_f64("d8", d8(ck_opaque_f64(1.5), 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5));
    ck_show_x32("fwd", forward(x, 20, 300, 4000, 50000, 600000, 7000000, -8, -90, -1000, -11000, -120000));
    unsigned acc = 0;
    for (int i = 0; i < 10; i++) acc += forward(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9, i + 10, i * i);
    ck_show_x32("acc", acc);
    return (int)(acc & 0xff);
}

/* floor, ceil, round and trunc written with in-range conversions, and rounding of halfway cases. */
#include "cktest.h"

static double my_trunc(double x) { return (double)(long long)x; }
static double my_floor(double x) { double t = my_trunc(x); return t > x ? t - 1.0 : t; }
static double my_ceil(double x) { double t = my_trunc(x); return t < x ? t + 1.0 : t; }
static double my_round(double x) { return x < 0.0 ? -my_floor(-x + 0.5) : my_floor(x + 0.5); }
static long long round_even(double x)
{
    double f = my_floor(x), d = x - f;
    long long r = (long long)f;
    if (d > 0.5 || (d == 0.5 && (r & 1))) r++;
    return r;
}

int main(void)
{
    static const double v[] = { 0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -0.6, -1.5, -2.5, 1e15 + 0.5, -7.999999,
                                123.456, -123.456, 4503599627370495.5 };
    long long sum = 0;
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        double x = ck_opaque_f64(v[i]);
        ck_print_f64(x); ck_sp(); ck_print_f64(my_trunc(x)); ck_sp(); ck_print_f64(my_floor(x)); ck_sp();
        ck_print_f64(my_ceil(x)); ck_sp(); ck_print_f64(my_round(x)); ck_sp(); ck_print_i64(round_even(x)); ck_nl();
        sum += round_even(x);
    }
    ck_show_i64("sum", sum);
    return (int)(sum & 0xff);
}

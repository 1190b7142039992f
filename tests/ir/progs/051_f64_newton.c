/* Square root and cube root by Newton's method in double and float: loops driven by float compares. */
#include "cktest.h"

static double my_sqrt(double x)
{
    if (x <= 0.0) return 0.0;
    double r = x > 1.0 ? x / 2.0 : 1.0;
    for (int i = 0; i < 100; i++) {
        double n = 0.5 * (r + x / r);
        if (n == r) break;
        r = n;
    }
    return r;
}
static float my_sqrtf(float x)
{
    float r = x > 1.0f ? x / 2.0f : 1.0f;
    for (int i = 0; i < 40; i++) r = 0.5f * (r + x / r);
    return r;
}
static double my_cbrt(double x)
{
    double r = x;
    for (int i = 0; i < 200; i++) {
        double n = (2.0 * r + x / (r * r)) / 3.0;
        if (n == r) break;
        r = n;
    }
    return r;
}

int main(void)
{
    for (int i = 1; i <= 20; i++) {
        double x = ck_opaque_f64((double)i * 1.7);
        ck_print_f64(x); ck_sp(); ck_print_f64(my_sqrt(x)); ck_sp(); ck_print_f32(my_sqrtf((float)x)); ck_sp();
        ck_print_f64(my_cbrt(x)); ck_nl();
    }
    ck_show_f64("sqrt2", my_sqrt(ck_opaque_f64(2.0)));
    ck_show_f64("sqrt1e100", my_sqrt(ck_opaque_f64(1e100)));
    ck_show_f64("sqrt_small", my_sqrt(ck_opaque_f64(1e-100)));
    return (int)(my_sqrt(ck_opaque_f64(10000.0)));
}

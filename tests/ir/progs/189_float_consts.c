/* Floating-point constants of every kind materialised and combined with run-time values. */
#include "cktest.h"

int main(void)
{
    double one = ck_opaque_f64(1.0);
    float fone = ck_opaque_f32(1.0f);
    ck_show_f64("max", one * 1.7976931348623157e308);
    ck_show_f64("min_normal", one * 2.2250738585072014e-308);
    ck_show_f64("min_sub", one * 4.9406564584124654e-324);
    ck_show_f64("pi", one * 3.141592653589793);
    ck_show_f64("e", one * 2.718281828459045);
    ck_show_f64("neg_tenth", one * -0.1);
    ck_show_f64("big_int", one * 9007199254740993.0);
    ck_show_f64("pow2", one * 0x1p-1000);
    ck_show_f64("hexfloat", one * 0x1.fffffffffffffp+1);
    ck_show_f32("fmax", fone * 3.4028234663852886e38f);
    ck_show_f32("fmin", fone * 1.1754943508222875e-38f);
    ck_show_f32("fsub", fone * 1.401298464324817e-45f);
    ck_show_f32("fthird", fone * 0.33333334f);
    ck_show_f32("fneg", fone * -1e-7f);
    double s = 0;
    static const double k[] = { 0.5, 0.25, 0.125, 1e-20, 1e20, -3.0, 123.456 };
    for (int i = 0; i < 7; i++) s = s * 0.5 + k[i] * one;
    ck_show_f64("s", s);
    return 0;
}

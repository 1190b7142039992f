/* int <-> double conversions: truncation toward zero, negative values, exact and inexact cases. */
#include "cktest.h"

int main(void)
{
    static const double d[] = { 0.0, -0.0, 0.5, -0.5, 0.999999, -0.999999, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5,
                                123456.789, -123456.789, 2147483647.0, -2147483648.0, 2147483647.9, -2147483648.9,
                                1e9, -1e9, 4.9e-324 };
    unsigned h = 0;
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++) {
        double x = ck_opaque_f64(d[i]);
        int k = (int)x;
        short s = (short)(x / 65536.0);
        signed char c = (signed char)(x / 16777216.0);
        ck_print_f64(x); ck_sp(); ck_print_i32(k); ck_sp(); ck_print_i32(s); ck_sp(); ck_print_i32(c); ck_nl();
        h = h * 31u + (unsigned)k + (unsigned)s + (unsigned)c;
    }
    static const int iv[] = { 0, 1, -1, 7, -7, 16777217, -16777217, 2147483647, -2147483647 - 1, 123456789 };
    for (unsigned i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        int k = ck_opaque_i32(iv[i]);
        double x = k;
        float f = (float)k;
        double y = (double)(signed char)k + (double)(short)k + (double)(unsigned char)k + (double)(unsigned short)k;
        ck_print_i32(k); ck_sp(); ck_print_f64(x); ck_sp(); ck_print_f32(f); ck_sp(); ck_print_f64(y); ck_nl();
        h = h * 31u + (unsigned)ck_f64_bits(x) + ck_f32_bits(f);
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

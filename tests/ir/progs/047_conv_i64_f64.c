/* long long <-> double and float: large magnitudes, rounding to nearest even, float double-rounding traps. */
#include "cktest.h"

int main(void)
{
    static const long long lv[] = { 0, 1, -1, 9007199254740992ll, 9007199254740993ll, -9007199254740993ll,
                                    9007199254740995ll, 0x7fffffffffffffffll, -0x7fffffffffffffffll - 1,
                                    0x40000040000001ll, -0x40000040000001ll, 123456789012345678ll, 4294967297ll };
    unsigned long long h = 0;
    for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        long long x = ck_opaque_i64(lv[i]);
        double d = (double)x;
        float f = (float)x;      /* must round once, not through double */
        ck_print_i64(x); ck_sp(); ck_print_f64(d); ck_sp(); ck_print_f32(f); ck_nl();
        h = h * 31 + ck_f64_bits(d) + ck_f32_bits(f);
    }
    static const double dv[] = { 0.0, -0.9, 1e15 + 0.5, -1e15 - 0.5, 9.2e18, -9.2e18, 4294967296.5, -4294967296.5,
                                 1e-5, 123456789012345.6, -9223372036854775808.0 };
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = ck_opaque_f64(dv[i]);
        long long x = (long long)d;
        float f = (float)d;
        long long y = (long long)f;
        ck_print_f64(d); ck_sp(); ck_print_i64(x); ck_sp(); ck_print_i64(y); ck_nl();
        h = h * 31 + (unsigned long long)x + (unsigned long long)y;
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

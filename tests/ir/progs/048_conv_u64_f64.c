/* unsigned long long <-> double and float, including values at and above 2^63. */
#include "cktest.h"

int main(void)
{
    static const unsigned long long uv[] = { 0, 1, 0x7fffffffffffffffull, 0x8000000000000000ull, 0x8000000000000001ull,
                                             0x8000000000000401ull, 0x8000000000000c00ull, 0xffffffffffffffffull,
                                             0xfffffffffffff800ull, 0xfffffffffffffbffull, 0x20000020000001ull,
                                             0x100000000ull, 12345678901234567890ull };
    unsigned long long h = 0;
    for (unsigned i = 0; i < sizeof uv / sizeof uv[0]; i++) {
        unsigned long long u = ck_opaque_u64(uv[i]);
        double d = (double)u;
        float f = (float)u;
        ck_print_u64(u); ck_sp(); ck_print_f64(d); ck_sp(); ck_print_f32(f); ck_nl();
        h = h * 31 + ck_f64_bits(d) + ck_f32_bits(f);
    }
    static const double dv[] = { 0.0, 0.99, 1.0, 9.2233720368547758e18, 9223372036854775808.0, 1.8e19,
                                 18446744073709549568.0, 4294967296.0, 1e12 + 0.75 };
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = ck_opaque_f64(dv[i]);
        unsigned long long u = (unsigned long long)d;
        float f = ck_opaque_f32((float)d);
        unsigned long long v = f < 18446744073709551616.0f ? (unsigned long long)f : 0;
        ck_print_f64(d); ck_sp(); ck_print_u64(u); ck_sp(); ck_print_u64(v); ck_nl();
        h = h * 31 + u + v;
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

/* Type punning between floats and integers through unions: building values from fields. */
#include "cktest.h"

union fu { float f; unsigned u; };
union du { double d; unsigned long long u; unsigned w[2]; };

static float make_float(unsigned sign, unsigned exp, unsigned mant) { union fu x; x.u = sign << 31 | exp << 23 | mant; return x.f; }
static int ilogb_bits(double d) { union du x; x.d = d; return (int)((x.u >> 52) & 0x7ff) - 1023; }
/* the classic fast inverse square root, done in integer and float steps */
static float rsqrt(float x)
{
    union fu y; y.f = x;
    y.u = 0x5f3759dfu - (y.u >> 1);
    return y.f * (1.5f - 0.5f * x * y.f * y.f);
}

int main(void)
{
    ck_show_f32("1.0", make_float(0, 127, 0));
    ck_show_f32("-2.5", make_float(1, 128, 0x200000));
    ck_show_f32("min", make_float(0, 0, ck_opaque_u32(1)));
    for (int i = 1; i < 10; i++) {
        float x = ck_opaque_f32((float)i * 1.75f);
        ck_print_f32(rsqrt(x)); ck_sp();
    }
    ck_nl();
    static const double dv[] = { 1.0, 0.001, 1e300, 3.0, 1024.0, 1e-300 };
    for (int i = 0; i < 6; i++) { ck_print_i32(ilogb_bits(ck_opaque_f64(dv[i]))); ck_sp(); }
    ck_nl();
    union du d;
    d.d = ck_opaque_f64(-1.0);
    ck_show_x32("hi", d.w[1]);
    ck_show_x32("lo", d.w[0]);
    d.w[0] = 1;
    ck_show_f64("next", d.d);
    union fu f;
    f.u = ck_opaque_u32(0x3f800000u);
    f.f *= 3.0f;
    ck_show_x32("3.0f", f.u);
    return ilogb_bits(ck_opaque_f64(1e30));
}

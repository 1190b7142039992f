/* float <-> double (exact widening, rounding narrowing), float <-> small ints, denormal floats. */
#include "cktest.h"

int main(void)
{
    static const double dv[] = { 0.1, -0.1, 1.0 / 3.0, 3.4028234663852886e38, 3.4028235677973366e38, 1e39, 1e-38,
                                 1e-45, 1.4012984643248171e-45, 7e-46, 16777217.0, 16777219.0, -1e-50, 2.5, 0.75 };
    unsigned h = 0;
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = ck_opaque_f64(dv[i]);
        float f = (float)d;
        double back = f;
        ck_print_f64(d); ck_sp(); ck_print_f32(f); ck_sp(); ck_print_f64(back); ck_nl();
        h = h * 31u + ck_f32_bits(f) + (unsigned)(ck_f64_bits(back) >> 29);
    }
    static const float fv[] = { 0.0f, 0.5f, -0.5f, 1.99f, -1.99f, 127.9f, -128.9f, 255.5f, 32767.0f, -32768.0f, 65535.0f };
    for (unsigned i = 0; i < sizeof fv / sizeof fv[0]; i++) {
        float f = ck_opaque_f32(fv[i]);
        int k = (int)f;
        short s = (short)(f / 2.0f);
        signed char c = (signed char)(f / 512.0f);
        unsigned char uc = f >= 0.0f && f < 256.0f ? (unsigned char)f : 0;
        unsigned short us = f >= 0.0f ? (unsigned short)f : 0;
        long long ll = (long long)(f * 1e6f);
        ck_print_i32(k); ck_sp(); ck_print_i32(s); ck_sp(); ck_print_i32(c); ck_sp(); ck_print_u32(uc); ck_sp();
        ck_print_u32(us); ck_sp(); ck_print_i64(ll); ck_nl();
        h = h * 31u + (unsigned)(k + s + c + uc + us) + (unsigned)ll;
    }
    ck_show_f32("from_char", (float)(signed char)ck_opaque_i32(-100));
    ck_show_f32("from_uchar", (float)(unsigned char)ck_opaque_i32(200));
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

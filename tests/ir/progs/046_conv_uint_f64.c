/* unsigned <-> double and float, including values at and above 2^31. */
#include "cktest.h"

int main(void)
{
    static const unsigned uv[] = { 0, 1, 2147483647u, 2147483648u, 2147483649u, 3000000000u, 4294967295u,
                                   16777217u, 4294967040u, 4294967168u };
    unsigned h = 0;
    for (unsigned i = 0; i < sizeof uv / sizeof uv[0]; i++) {
        unsigned u = ck_opaque_u32(uv[i]);
        double d = u;
        float f = (float)u;
        unsigned back = (unsigned)d;
        unsigned fback = f < 4294967296.0f ? (unsigned)f : 0u;
        ck_print_u32(u); ck_sp(); ck_print_f64(d); ck_sp(); ck_print_f32(f); ck_sp(); ck_print_u32(back); ck_sp();
        ck_print_u32(fback); ck_nl();
        h = h * 31u + back + fback;
    }
    static const double dv[] = { 0.0, 0.7, 1.0, 2147483647.5, 2147483648.0, 3e9, 4294967295.0, 4294967295.9 };
    for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = ck_opaque_f64(dv[i]);
        unsigned u = (unsigned)d;
        unsigned short us = (unsigned short)(d / 65537.0);
        unsigned char uc = (unsigned char)(d / 16843010.0);
        ck_print_f64(d); ck_sp(); ck_print_u32(u); ck_sp(); ck_print_u32(us); ck_sp(); ck_print_u32(uc); ck_nl();
        h = h * 31u + u + us + uc;
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* double and float to char and short types, signed and unsigned, over in-range sweeps. */
#include "cktest.h"

int main(void)
{
    unsigned h = 0;
    for (int i = -40; i <= 40; i++) {
        double d = ck_opaque_f64(i * 3.3);
        float f = ck_opaque_f32((float)i * 812.7f);
        signed char sc = (signed char)(d * 0.9);
        unsigned char uc = (unsigned char)(d < 0.0 ? -d : d);
        short ss = (short)f;
        unsigned short us = (unsigned short)(f < 0.0f ? -f : f);
        _Bool b = d;
        h = h * 31u + (unsigned)sc + uc + (unsigned)ss + us + b;
        if (i % 4 == 0) {
            ck_print_i32(sc); ck_sp(); ck_print_u32(uc); ck_sp(); ck_print_i32(ss); ck_sp(); ck_print_u32(us); ck_sp();
            ck_print_i32(b); ck_nl();
        }
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* Comparisons of char and short values, where extension must match the declared signedness. */
#include "cktest.h"

int main(void)
{
    unsigned h = 0;
    for (int i = 0; i < 256; i += 15) {
        for (int j = 0; j < 256; j += 23) {
            signed char sa = (signed char)ck_opaque_i32(i), sb = (signed char)ck_opaque_i32(j);
            unsigned char ua = (unsigned char)ck_opaque_i32(i), ub = (unsigned char)ck_opaque_i32(j);
            short ha = (short)ck_opaque_i32(i * 300), hb = (short)ck_opaque_i32(j * 300);
            unsigned short wa = (unsigned short)ck_opaque_i32(i * 300), wb = (unsigned short)ck_opaque_i32(j * 300);
            unsigned r = (unsigned)((sa < sb) | (ua < ub) << 1 | (ha < hb) << 2 | (wa < wb) << 3 |
                                    (sa == sb) << 4 | (ha >= hb) << 5 | (wa > wb) << 6 | (sa > -1) << 7 |
                                    (ha < -1000) << 8);
            h = h * 5u + r;
            if (j == 0) { ck_print_i32(i); ck_sp(); ck_print_x32(r); ck_nl(); }
        }
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

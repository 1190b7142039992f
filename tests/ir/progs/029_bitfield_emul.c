/* Field extract and insert with masks and shifts: packing an RGB565 pixel and a date word. */
#include "cktest.h"

static unsigned get_bits(unsigned w, int lo, int n) { return (w >> lo) & ((1u << n) - 1u); }
static unsigned set_bits(unsigned w, int lo, int n, unsigned v)
{
    unsigned m = ((1u << n) - 1u) << lo;
    return (w & ~m) | ((v << lo) & m);
}
static int sext(unsigned v, int n) { return (int)(v << (32 - n)) >> (32 - n); }
static unsigned short rgb565(unsigned r, unsigned g, unsigned b) { return (unsigned short)(((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)); }

int main(void)
{
    unsigned w = 0, h = 0;
    for (int i = 0; i < 20; i++) {
        unsigned day = ck_opaque_u32((unsigned)(i * 7 % 31 + 1)), mon = ck_opaque_u32((unsigned)(i % 12 + 1));
        unsigned year = ck_opaque_u32((unsigned)(1980 + i * 3));
        w = set_bits(w, 0, 5, day);
        w = set_bits(w, 5, 4, mon);
        w = set_bits(w, 9, 7, year - 1980);
        unsigned short px = rgb565(ck_opaque_u32((unsigned)i * 13), ck_opaque_u32((unsigned)i * 11), ck_opaque_u32(255u - (unsigned)i));
        int s = sext(get_bits(ck_opaque_u32(0xabcdef12u), i, 6), 6);
        ck_print_x32(w); ck_sp(); ck_print_u32(get_bits(w, 0, 5)); ck_sp(); ck_print_u32(get_bits(w, 5, 4)); ck_sp();
        ck_print_u32(get_bits(w, 9, 7) + 1980); ck_sp(); ck_print_x32(px); ck_sp(); ck_print_i32(s); ck_nl();
        h = h * 33u + w + px + (unsigned)s;
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* __builtin_parity, clrsb, and bit tricks: isolate lowest set bit, power-of-two tests, next power of two. */
#include "cktest.h"

static unsigned next_pow2(unsigned x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }

int main(void)
{
    unsigned x = ck_opaque_u32(0x8badf00du);
    unsigned h = 0;
    for (int i = 0; i < 32; i++) {
        int par = __builtin_parity(x);
        int parl = __builtin_parityll((unsigned long long)x << 20 | x);
        int crs = __builtin_clrsb((int)x);
        unsigned low = x & (0u - x);
        int pow2 = x && !(x & (x - 1));
        unsigned np = next_pow2((x >> 4) | 1u);
        unsigned cleared = x & (x - 1);
        ck_print_x32(x); ck_sp(); ck_print_i32(par); ck_sp(); ck_print_i32(parl); ck_sp(); ck_print_i32(crs); ck_sp();
        ck_print_x32(low); ck_sp(); ck_print_i32(pow2); ck_sp(); ck_print_u32(np); ck_sp(); ck_print_x32(cleared); ck_nl();
        h = h * 31u + (unsigned)(par + parl + crs + pow2) + low + np + cleared;
        x = i % 5 == 0 ? 1u << i : x * 1664525u + 1013904223u;
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

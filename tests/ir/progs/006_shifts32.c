/* 32-bit shifts by every amount 0..31: shl, logical and arithmetic right, variable and constant. */
#include "cktest.h"

int main(void)
{
    unsigned u = ck_opaque_u32(0x9e3779b9u);
    int s = ck_opaque_i32(-123456789);
    int p = ck_opaque_i32(987654321);
    unsigned h = 0;
    for (int k = 0; k < 32; k++) {
        int n = ck_opaque_i32(k);
        unsigned a = u << n, b = u >> n;
        int c = s >> n, d = p >> n;
        unsigned e = (unsigned)s >> n;
        ck_print_i32(k); ck_sp(); ck_print_x32(a); ck_sp(); ck_print_x32(b); ck_sp();
        ck_print_i32(c); ck_sp(); ck_print_i32(d); ck_sp(); ck_print_x32(e); ck_nl();
        h = (h ^ a ^ (b << 1) ^ (unsigned)c ^ (unsigned)d ^ e) * 16777619u;
    }
    ck_show_x32("c1", u << 1);
    ck_show_x32("c31", u << 31);
    ck_show_x32("r31", u >> 31);
    ck_show_i32("a31", s >> 31);
    ck_show_i32("a0", s >> 0);
    ck_show_x32("h", h);
    return (int)(h >> 24);
}

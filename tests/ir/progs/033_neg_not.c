/* Unary minus, bitwise not and logical not at every width. */
#include "cktest.h"

int main(void)
{
    static const long long v[] = { 0, 1, -1, 2, 255, 256, -256, 65535, 0x7fffffff, -0x7fffffff, 0x100000000ll,
                                   -0x100000000ll, 0x7fffffffffffffffll };
    unsigned long long h = 0;
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        long long x = ck_opaque_i64(v[i]);
        int w = (int)(x & 0x7fffffff);
        long long a = -x, b = ~x;
        int c = -w, d = ~w, e = !w, f = !x;
        unsigned g = -(unsigned)x;
        unsigned char k = (unsigned char)~(unsigned char)x;
        short m = (short)-(short)x;
        ck_print_i64(a); ck_sp(); ck_print_i64(b); ck_sp(); ck_print_i32(c); ck_sp(); ck_print_i32(d); ck_sp();
        ck_print_i32(e); ck_sp(); ck_print_i32(f); ck_sp(); ck_print_u32(g); ck_sp(); ck_print_u32(k); ck_sp();
        ck_print_i32(m); ck_nl();
        h = h * 131 + (unsigned long long)(a ^ b) + (unsigned)(c ^ d) + (unsigned)(e + f) + g + k + (unsigned)m;
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

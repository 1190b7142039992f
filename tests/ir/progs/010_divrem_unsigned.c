/* Unsigned 32-bit division and remainder: by variables and by constants (magic numbers at -O2). */
#include "cktest.h"

static const unsigned vals[] = { 0, 1, 2, 3, 9, 10, 99, 100, 12345, 65535, 65536, 1000000007u,
                                 2147483647u, 2147483648u, 3000000000u, 4294967294u, 4294967295u };

int main(void)
{
    unsigned h = 0;
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        unsigned a = ck_opaque_u32(vals[i]);
        for (unsigned j = 0; j < sizeof vals / sizeof vals[0]; j++) {
            unsigned b = ck_opaque_u32(vals[j]);
            if (b == 0) continue;
            h = h * 31u + a / b + (a % b) * 3u;
        }
        unsigned c3 = a / 3u, c7 = a % 7u, c10 = a / 10u, c16 = a / 16u, r16 = a % 16u;
        unsigned c1k = a / 1000u, r1k = a % 1000u, cbig = a / 0x80000001u, r641 = a % 641u;
        ck_print_u32(a); ck_sp(); ck_print_u32(c3); ck_sp(); ck_print_u32(c7); ck_sp();
        ck_print_u32(c10); ck_sp(); ck_print_u32(c16); ck_sp(); ck_print_u32(r16); ck_sp();
        ck_print_u32(c1k); ck_sp(); ck_print_u32(r1k); ck_sp(); ck_print_u32(cbig); ck_sp();
        ck_print_u32(r641); ck_nl();
        h ^= c3 + c7 + c10 + c16 + r16 + c1k + r1k + cbig + r641;
    }
    ck_show_x32("h", h);
    return (int)(h % 256);
}

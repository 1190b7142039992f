/* 64-bit division and remainder, signed and unsigned, including values above 2^32 and negatives. */
#include "cktest.h"

static const long long sv[] = { 0, 1, -1, 7, -7, 1000000007ll, -1000000007ll, 4294967296ll,
                                -4294967297ll, 0x7fffffffffffffffll, -0x7fffffffffffffffll - 1,
                                123456789012345ll, -98765432109876ll };

int main(void)
{
    unsigned long long h = 0;
    unsigned n = sizeof sv / sizeof sv[0];
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = 0; j < n; j++) {
            long long a = ck_opaque_i64(sv[i]), b = ck_opaque_i64(sv[j]);
            if (b == 0) continue;
            if (a == -0x7fffffffffffffffll - 1 && b == -1) continue;
            long long q = a / b, r = a % b;
            unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
            unsigned long long uq = ua / ub, ur = ua % ub;
            if (j % 3 == 0) {
                ck_print_i64(a); ck_sp(); ck_print_i64(b); ck_sp(); ck_print_i64(q); ck_sp();
                ck_print_i64(r); ck_sp(); ck_print_u64(uq); ck_sp(); ck_print_u64(ur); ck_nl();
            }
            h = h * 1099511628211ull + (unsigned long long)q + (unsigned long long)r * 3u + uq * 5u + ur;
        }
    }
    long long x = ck_opaque_i64(-1000000000000ll);
    ck_show_i64("x/7", x / 7);
    ck_show_i64("x%7", x % 7);
    ck_show_i64("x/1000", x / 1000);
    ck_show_u64("ux/10", (unsigned long long)x / 10u);
    ck_show_u64("ux%10", (unsigned long long)x % 10u);
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

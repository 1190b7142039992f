/* 64-bit shifts by every amount 0..63, variable: the word-crossing cases of a 32-bit target. */
#include "cktest.h"

int main(void)
{
    unsigned long long u = ck_opaque_u64(0x9e3779b97f4a7c15ull);
    long long s = ck_opaque_i64(-0x123456789abcdefll);
    long long p = ck_opaque_i64(0x0fedcba987654321ll);
    unsigned long long h = 0;
    for (int k = 0; k < 64; k++) {
        int n = ck_opaque_i32(k);
        unsigned long long a = u << n, b = u >> n;
        long long c = s >> n, d = p >> n;
        ck_print_i32(k); ck_sp(); ck_print_x64(a); ck_sp(); ck_print_x64(b); ck_sp();
        ck_print_i64(c); ck_sp(); ck_print_i64(d); ck_nl();
        h = (h ^ a ^ (b << 1) ^ (unsigned long long)c ^ (unsigned long long)d) * 1099511628211ull;
    }
    ck_show_x64("c32", u << 32);
    ck_show_x64("r32", u >> 32);
    ck_show_i64("a32", s >> 32);
    ck_show_x64("c1", u << 1);
    ck_show_x64("c33", u >> 33);
    ck_show_i64("a63", s >> 63);
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

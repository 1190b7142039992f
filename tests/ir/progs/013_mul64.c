/* 64-bit multiplication: full products, wraparound of unsigned, widening 32x32->64. */
#include "cktest.h"

static unsigned long long mul_wide(unsigned a, unsigned b) { return (unsigned long long)a * b; }
static long long smul_wide(int a, int b) { return (long long)a * b; }

int main(void)
{
    static const unsigned long long v[] = { 0, 1, 3, 0xffffffffull, 0x100000000ull, 0x123456789abcdefull,
                                            0xfedcba9876543210ull, 0x8000000000000000ull, 1000000007ull };
    unsigned long long h = 0;
    for (unsigned i = 0; i < 9; i++) {
        for (unsigned j = 0; j < 9; j++) {
            unsigned long long a = ck_opaque_u64(v[i]), b = ck_opaque_u64(v[j]);
            unsigned long long p = a * b;
            if (j >= i) { ck_print_x64(a); ck_sp(); ck_print_x64(b); ck_sp(); ck_print_x64(p); ck_nl(); }
            h ^= p + (h << 7);
        }
    }
    ck_show_u64("wide", mul_wide(ck_opaque_u32(0xffffffffu), ck_opaque_u32(0xffffffffu)));
    ck_show_i64("swide", smul_wide(ck_opaque_i32(-2147483647 - 1), ck_opaque_i32(-2147483647 - 1)));
    ck_show_i64("swide2", smul_wide(ck_opaque_i32(-123456), ck_opaque_i32(654321)));
    long long a = ck_opaque_i64(-3037000499ll);
    ck_show_i64("sq", a * a);
    ck_show_i64("neg", ck_opaque_i64(-7) * ck_opaque_i64(123456789012ll));
    ck_show_i64("by_const", ck_opaque_i64(123456789) * 1000000007ll);
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

/* 64-bit overflow builtins, including signed 64-bit multiplication (llvm.smul.with.overflow.i64). */
#include "cktest.h"

static const long long v[] = { 0, 1, -1, 3037000499ll, -3037000500ll, 4294967296ll, 0x7fffffffffffffffll,
                               -0x7fffffffffffffffll - 1, 0x4000000000000000ll };

int main(void)
{
    unsigned long long h = 0;
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            long long a = ck_opaque_i64(v[i]), b = ck_opaque_i64(v[j]);
            long long s, d, m;
            unsigned long long us, um;
            int f = __builtin_add_overflow(a, b, &s);
            f |= __builtin_sub_overflow(a, b, &d) << 1;
            f |= __builtin_mul_overflow(a, b, &m) << 2;
            f |= __builtin_add_overflow((unsigned long long)a, (unsigned long long)b, &us) << 3;
            f |= __builtin_mul_overflow((unsigned long long)a, (unsigned long long)b, &um) << 4;
            ck_print_i32(f); ck_putchar(j == n - 1 ? '\n' : ' ');
            h = h * 0x100000001b3ull + (unsigned long long)f + (unsigned long long)s + (unsigned long long)d +
                (unsigned long long)m + us + um;
        }
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

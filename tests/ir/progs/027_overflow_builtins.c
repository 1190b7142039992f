/* __builtin_add/sub/mul_overflow on int and unsigned (llvm.*.with.overflow). */
#include "cktest.h"

static const int v[] = { 0, 1, -1, 2, 46341, -46341, 65536, 2147483647, -2147483647 - 1, 1073741824, -1073741825 };

int main(void)
{
    unsigned h = 0;
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int a = ck_opaque_i32(v[i]), b = ck_opaque_i32(v[j]);
            int s, d, m;
            unsigned us, ud, um;
            int fs = __builtin_add_overflow(a, b, &s);
            int fd = __builtin_sub_overflow(a, b, &d);
            int fm = __builtin_mul_overflow(a, b, &m);
            int gs = __builtin_add_overflow((unsigned)a, (unsigned)b, &us);
            int gd = __builtin_sub_overflow((unsigned)a, (unsigned)b, &ud);
            int gm = __builtin_mul_overflow((unsigned)a, (unsigned)b, &um);
            int flags = fs | fd << 1 | fm << 2 | gs << 3 | gd << 4 | gm << 5;
            ck_print_i32(flags); ck_putchar(j == n - 1 ? '\n' : ' ');
            h = h * 31u + (unsigned)flags + (unsigned)s + (unsigned)d + (unsigned)m + us + ud + um;
        }
    }
    int r;
    if (__builtin_add_overflow(ck_opaque_i32(2147483000), 1000, &r)) ck_puts("overflow1");
    ck_show_i32("wrapped", r);
    if (!__builtin_mul_overflow(ck_opaque_i32(-46340), 46340, &r)) ck_show_i32("fits", r);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

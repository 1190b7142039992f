/* __builtin_clz/ctz at 32 and 64 bits (llvm.ctlz/cttz), only on non-zero values, and ffs. */
#include "cktest.h"

static int clz_slow(unsigned long long x, int bits) { int n = 0; for (int i = bits - 1; i >= 0 && !((x >> i) & 1); i--) n++; return n; }
static int ctz_slow(unsigned long long x) { int n = 0; while (!(x & 1)) { x >>= 1; n++; } return n; }

int main(void)
{
    int bad = 0;
    unsigned h = 0;
    for (int i = 0; i < 64; i++) {
        unsigned long long one = 1ull << i;
        unsigned long long v = ck_opaque_u64(one | (one >> 3) | (i & 1 ? (one << 1) : 0));
        int a = __builtin_clzll(v), b = __builtin_ctzll(v);
        unsigned lo = (unsigned)v;
        int c = lo ? __builtin_clz(lo) : -1, d = lo ? __builtin_ctz(lo) : -1;
        if (a != clz_slow(v, 64) || b != ctz_slow(v)) bad++;
        if (lo && (c != clz_slow(lo, 32) || d != ctz_slow(lo))) bad++;
        ck_print_i32(i); ck_sp(); ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp();
        ck_print_i32(c); ck_sp(); ck_print_i32(d); ck_sp(); ck_print_i32(__builtin_ffsll((long long)v)); ck_nl();
        h = h * 31u + (unsigned)(a + b * 64 + c + d);
    }
    ck_show_i32("ffs0", __builtin_ffs(ck_opaque_i32(0)));
    ck_show_i32("ffs_min", __builtin_ffs(ck_opaque_i32(-2147483647 - 1)));
    ck_show_i32("clz1", __builtin_clz(ck_opaque_u32(1)));
    ck_show_i32("log2_1000", 31 - __builtin_clz(ck_opaque_u32(1000)));
    ck_show_i32("bad", bad);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* __builtin_popcount/popcountll (llvm.ctpop) and a hand-written popcount to compare with. */
#include "cktest.h"

static int pop_loop(unsigned long long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int pop_swar(unsigned x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (int)((x * 0x01010101u) >> 24);
}

int main(void)
{
    unsigned long long x = ck_opaque_u64(1);
    int total = 0, bad = 0;
    for (int i = 0; i < 64; i++) {
        unsigned long long v = ck_opaque_u64(x);
        int a = __builtin_popcountll(v), b = __builtin_popcount((unsigned)v), c = __builtin_popcount((unsigned)(v >> 32));
        if (a != pop_loop(v) || b != pop_swar((unsigned)v) || a != b + c) bad++;
        ck_print_x64(v); ck_sp(); ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_nl();
        total += a;
        x = x * 6364136223846793005ull + 1442695040888963407ull;
    }
    ck_show_i32("zero", __builtin_popcount(ck_opaque_u32(0)));
    ck_show_i32("ones", __builtin_popcount(ck_opaque_u32(0xffffffffu)));
    ck_show_i32("ones64", __builtin_popcountll(ck_opaque_u64(~0ull)));
    ck_show_i32("u8", __builtin_popcount((unsigned char)ck_opaque_i32(0x1ff)));
    ck_show_i32("total", total);
    ck_show_i32("bad", bad);
    return total & 0xff;
}

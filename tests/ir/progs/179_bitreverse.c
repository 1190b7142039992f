/* Bit reversal: __builtin_bitreverse8/16/32/64 (llvm.bitreverse) against a loop, and an FFT index permutation. */
#include "cktest.h"

static unsigned rev_loop(unsigned x, int bits) { unsigned r = 0; for (int i = 0; i < bits; i++) { r = r << 1 | (x & 1); x >>= 1; } return r; }
static unsigned long long rev_loop64(unsigned long long x) { return (unsigned long long)rev_loop((unsigned)x, 32) << 32 | rev_loop((unsigned)(x >> 32), 32); }

/* gcc has no bitreverse builtins: the native side uses the loops, so the two sides still differ in method */
#ifdef __clang__
#define REV8(x) __builtin_bitreverse8(x)
#define REV16(x) __builtin_bitreverse16(x)
#define REV32(x) __builtin_bitreverse32(x)
#define REV64(x) __builtin_bitreverse64(x)
#else
#define REV8(x) ((unsigned char)rev_loop((x), 8))
#define REV16(x) ((unsigned short)rev_loop((x), 16))
#define REV32(x) rev_loop((x), 32)
#define REV64(x) rev_loop64(x)
#endif

int main(void)
{
    unsigned x = ck_opaque_u32(0x12345678u);
    int bad = 0;
    for (int i = 0; i < 20; i++) {
        unsigned a = REV32(x);
        unsigned short b = REV16((unsigned short)x);
        unsigned char c = REV8((unsigned char)x);
        unsigned long long d = REV64((unsigned long long)x << 32 | ~x);
        if (a != rev_loop(x, 32) || b != rev_loop(x & 0xffff, 16) || c != rev_loop(x & 0xff, 8) || d != rev_loop64((unsigned long long)x << 32 | ~x)) bad++;
        ck_print_x32(a); ck_sp(); ck_print_x32(b); ck_sp(); ck_print_x32(c); ck_sp(); ck_print_x64(d); ck_nl();
        x = x * 1103515245u + 12345u;
    }
    int perm[16];
    for (int i = 0; i < 16; i++) perm[i] = (int)(REV32(ck_opaque_u32((unsigned)i)) >> 28);
    for (int i = 0; i < 16; i++) { ck_print_i32(perm[i]); ck_sp(); }
    ck_nl();
    ck_show_i32("bad", bad);
    return bad;
}

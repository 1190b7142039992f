/* Byte swaps: __builtin_bswap16/32/64 and the shift-and-mask idioms -O2 turns into llvm.bswap. */
#include "cktest.h"

static unsigned bswap32_manual(unsigned x)
{
    return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}
static unsigned long long bswap64_manual(unsigned long long x)
{
    return ((unsigned long long)bswap32_manual((unsigned)x) << 32) | bswap32_manual((unsigned)(x >> 32));
}
static unsigned load_be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}
static void store_be32(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16); p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v;
}

int main(void)
{
    unsigned long long x = ck_opaque_u64(0x0102030405060708ull);
    int bad = 0;
    for (int i = 0; i < 16; i++) {
        unsigned short s = __builtin_bswap16((unsigned short)x);
        unsigned w = __builtin_bswap32((unsigned)x);
        unsigned long long d = __builtin_bswap64(x);
        if (w != bswap32_manual((unsigned)x) || d != bswap64_manual(x)) bad++;
        ck_print_x64(x); ck_sp(); ck_print_x32(s); ck_sp(); ck_print_x32(w); ck_sp(); ck_print_x64(d); ck_nl();
        x = x * 0x5851f42d4c957f2dull + 0x14057b7ef767814full;
    }
    unsigned char buf[8];
    store_be32(buf, ck_opaque_u32(0xcafebabeu));
    store_be32(buf + 4, load_be32(buf) ^ 0xffffffffu);
    for (int i = 0; i < 8; i++) { ck_print_u32(buf[i]); ck_sp(); }
    ck_nl();
    ck_show_x32("be", load_be32(buf + 2));
    ck_show_i32("bad", bad);
    return bad;
}

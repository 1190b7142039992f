/* Rotates written with shifts, which clang turns into llvm.fshl/fshr, by constant and variable amounts. */
#include "cktest.h"

static unsigned rotl32(unsigned x, unsigned n) { return (x << (n & 31)) | (x >> ((32 - n) & 31)); }
static unsigned rotr32(unsigned x, unsigned n) { return (x >> (n & 31)) | (x << ((32 - n) & 31)); }
static unsigned long long rotl64(unsigned long long x, unsigned n) { return (x << (n & 63)) | (x >> ((64 - n) & 63)); }
static unsigned long long rotr64(unsigned long long x, unsigned n) { return (x >> (n & 63)) | (x << ((64 - n) & 63)); }
static unsigned short rotl16(unsigned short x, unsigned n) { n &= 15; return (unsigned short)((x << n) | (x >> ((16 - n) & 15))); }
static unsigned char rotl8(unsigned char x, unsigned n) { n &= 7; return (unsigned char)((x << n) | (x >> ((8 - n) & 7))); }
/* funnel shift of two different values */
static unsigned funnel(unsigned hi, unsigned lo, unsigned n) { n &= 31; return n ? (hi << n) | (lo >> (32 - n)) : hi; }

int main(void)
{
    unsigned x = ck_opaque_u32(0x12345678u);
    unsigned long long y = ck_opaque_u64(0x0123456789abcdefull);
    unsigned h = 0;
    for (unsigned n = 0; n < 70; n += 3) {
        unsigned k = ck_opaque_u32(n);
        unsigned a = rotl32(x, k), b = rotr32(x, k);
        unsigned long long c = rotl64(y, k), d = rotr64(y, k);
        ck_print_u32(n); ck_sp(); ck_print_x32(a); ck_sp(); ck_print_x32(b); ck_sp(); ck_print_x64(c); ck_sp();
        ck_print_x64(d); ck_sp(); ck_print_u32(rotl16((unsigned short)x, k)); ck_sp(); ck_print_u32(rotl8((unsigned char)x, k));
        ck_sp(); ck_print_x32(funnel(x, 0xfedcba98u, k)); ck_nl();
        h ^= a + b + (unsigned)c + (unsigned)(d >> 32);
    }
    ck_show_x32("c7", (x << 7) | (x >> 25));
    ck_show_x64("c13", (y << 13) | (y >> 51));
    ck_show_x64("c32", (y << 32) | (y >> 32));
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

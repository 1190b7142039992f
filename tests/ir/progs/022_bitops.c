/* and, or, xor, not at 8, 16, 32 and 64 bits, with immediates and registers. */
#include "cktest.h"

int main(void)
{
    unsigned long long h = 0;
    unsigned long long x = ck_opaque_u64(0x0123456789abcdefull);
    for (int i = 0; i < 24; i++) {
        unsigned long long y = ck_opaque_u64(x * 0x9e3779b97f4a7c15ull + (unsigned long long)i);
        unsigned a = (unsigned)x, b = (unsigned)y;
        unsigned short sa = (unsigned short)x, sb = (unsigned short)(y >> 16);
        unsigned char ca = (unsigned char)x, cb = (unsigned char)(y >> 40);
        unsigned long long r64 = (x & y) ^ (x | ~y) ^ (x & 0xff00ff00ff00ff00ull) ^ (y | 0x10);
        unsigned r32 = (a & b) ^ (a | ~b) ^ (a & 0xf0f0f0f0u) ^ (b | 0x80000000u) ^ (a ^ 0x5555u);
        unsigned short r16 = (unsigned short)((sa & sb) ^ (unsigned short)~sa ^ (sb | 0x8001));
        unsigned char r8 = (unsigned char)((ca & cb) ^ (unsigned char)~cb ^ (ca | 0x81) ^ 0x3c);
        ck_print_x64(r64); ck_sp(); ck_print_x32(r32); ck_sp(); ck_print_u32(r16); ck_sp(); ck_print_u32(r8); ck_nl();
        h = (h ^ r64 ^ r32 ^ r16 ^ r8) * 0x100000001b3ull;
        x = y;
    }
    int s = ck_opaque_i32(-12345);
    ck_show_i32("~s", ~s);
    ck_show_i32("s&0xff", s & 0xff);
    ck_show_i32("s|1", s | 1);
    ck_show_i32("s^-1", s ^ -1);
    ck_show_i64("~(i64)s", ~(long long)s);
    ck_show_x64("h", h);
    return (int)(h >> 56);
}

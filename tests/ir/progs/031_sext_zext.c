/* Sign and zero extension between every pair of widths, 8 to 64 bits. */
#include "cktest.h"

int main(void)
{
    static const int src[] = { 0, 1, 127, 128, 255, 32767, 32768, 65535, -1, -128, -129, -32768, 0x12345678, -0x12345678 };
    unsigned long long h = 0;
    for (unsigned i = 0; i < sizeof src / sizeof src[0]; i++) {
        int x = ck_opaque_i32(src[i]);
        signed char sc = (signed char)x;
        unsigned char uc = (unsigned char)x;
        short ss = (short)x;
        unsigned short us = (unsigned short)x;
        long long a = sc, b = uc, c = ss, d = us, e = x, f = (unsigned)x;
        unsigned long long g = (unsigned long long)sc, k = (unsigned long long)(long long)ss;
        int m = sc, n = us;
        short o = sc;
        unsigned short p = (unsigned short)sc;
        ck_print_i32(x); ck_sp(); ck_print_i64(a); ck_sp(); ck_print_i64(b); ck_sp(); ck_print_i64(c); ck_sp();
        ck_print_i64(d); ck_sp(); ck_print_i64(e); ck_sp(); ck_print_i64(f); ck_sp(); ck_print_x64(g); ck_sp();
        ck_print_x64(k); ck_sp(); ck_print_i32(m); ck_sp(); ck_print_i32(n); ck_sp(); ck_print_i32(o); ck_sp();
        ck_print_u32(p); ck_nl();
        h = h * 31 + (unsigned long long)(a + b + c + d + e + f) + g + k + (unsigned)(m + n + o + p);
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

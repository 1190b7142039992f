/* Shifts of narrow types: operands are promoted to int, results truncated on store. */
#include "cktest.h"

int main(void)
{
    unsigned sum = 0;
    for (int k = 0; k < 16; k++) {
        int n = ck_opaque_i32(k);
        unsigned char uc = (unsigned char)ck_opaque_i32(0xb5);
        signed char sc = (signed char)ck_opaque_i32(-75);
        unsigned short us = (unsigned short)ck_opaque_i32(0xb5a3);
        short ss = (short)ck_opaque_i32(-19037);
        unsigned char a = (unsigned char)(uc << n);
        int a_wide = uc << n;
        unsigned char b = (unsigned char)(uc >> (n & 7));
        signed char c = (signed char)(sc >> (n & 7));
        unsigned short d = (unsigned short)(us << n);
        unsigned short e = (unsigned short)(us >> n);
        short f = (short)(ss >> n);
        ck_print_i32(k); ck_sp(); ck_print_u32(a); ck_sp(); ck_print_i32(a_wide); ck_sp();
        ck_print_u32(b); ck_sp(); ck_print_i32(c); ck_sp(); ck_print_u32(d); ck_sp();
        ck_print_u32(e); ck_sp(); ck_print_i32(f); ck_nl();
        sum = sum * 7u + a + (unsigned)a_wide + b + (unsigned)c + d + e + (unsigned)f;
    }
    ck_show_x32("sum", sum);
    return (int)(sum & 0xff);
}

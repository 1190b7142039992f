/* Unsigned wraparound at every width: 8, 16, 32 and 64 bits. */
#include "cktest.h"

int main(void)
{
    unsigned char c = (unsigned char)ck_opaque_i32(250);
    unsigned short s = (unsigned short)ck_opaque_i32(65530);
    unsigned u = ck_opaque_u32(4294967290u);
    unsigned long long l = ck_opaque_u64(18446744073709551610ull);
    for (int i = 0; i < 12; i++) {
        c = (unsigned char)(c + 1);
        s = (unsigned short)(s + 1);
        u += 1u;
        l += 1u;
        ck_print_u32(c); ck_sp(); ck_print_u32(s); ck_sp(); ck_print_u32(u); ck_sp(); ck_print_u64(l); ck_nl();
    }
    for (int i = 0; i < 6; i++) {
        c = (unsigned char)(c - 3);
        s = (unsigned short)(s - 3);
        u -= 3u;
        l -= 3u;
        ck_print_u32(c); ck_sp(); ck_print_u32(s); ck_sp(); ck_print_u32(u); ck_sp(); ck_print_u64(l); ck_nl();
    }
    unsigned char mc = (unsigned char)(c * (unsigned char)ck_opaque_i32(77));
    unsigned short ms = (unsigned short)(s * (unsigned)(unsigned short)ck_opaque_i32(7777));
    unsigned mu = u * ck_opaque_u32(777777777u);
    unsigned long long ml = l * ck_opaque_u64(7777777777777ull);
    ck_show_u32("mc", mc);
    ck_show_u32("ms", ms);
    ck_show_u32("mu", mu);
    ck_show_u64("ml", ml);
    ck_show_u32("neg", 0u - ck_opaque_u32(1));
    ck_show_u64("neg64", 0ull - ck_opaque_u64(1));
    return (int)(mc ^ ms ^ mu) & 0xff;
}

/* Saturating add and subtract patterns (clang may form llvm.uadd.sat and friends), and clamped pixels. */
#include "cktest.h"

static unsigned char sat_add8(unsigned char a, unsigned char b) { unsigned s = (unsigned)a + b; return (unsigned char)(s > 255 ? 255 : s); }
static unsigned char sat_sub8(unsigned char a, unsigned char b) { return (unsigned char)(a > b ? a - b : 0); }
static unsigned sat_addu(unsigned a, unsigned b) { unsigned s = a + b; return s < a ? 0xffffffffu : s; }
static unsigned sat_subu(unsigned a, unsigned b) { return a > b ? a - b : 0; }
static int sat_adds(int a, int b)
{
    long long s = (long long)a + b;
    return s > 2147483647 ? 2147483647 : s < -2147483647 - 1 ? -2147483647 - 1 : (int)s;
}
static short sat16(int x) { return (short)(x > 32767 ? 32767 : x < -32768 ? -32768 : x); }

int main(void)
{
    unsigned h = 0;
    for (int i = 0; i < 256; i += 15) for (int j = 0; j < 256; j += 37) {
        unsigned char a = (unsigned char)ck_opaque_i32(i), b = (unsigned char)ck_opaque_i32(j);
        h = h * 31u + sat_add8(a, b) * 256u + sat_sub8(a, b);
    }
    ck_show_x32("h8", h);
    static const unsigned uv[] = { 0, 1, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu };
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) {
        unsigned a = ck_opaque_u32(uv[i]), b = uv[j];
        ck_print_x32(sat_addu(a, b)); ck_putchar('/'); ck_print_x32(sat_subu(a, b)); ck_putchar(j == 5 ? '\n' : ' ');
    }
    static const int sv[] = { -2147483647 - 1, -5, 0, 5, 2147483647 };
    for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { ck_print_i32(sat_adds(ck_opaque_i32(sv[i]), sv[j])); ck_sp(); } ck_nl(); }
    int acc = 0;
    for (int i = -50000; i < 50000; i += 7777) acc += sat16(ck_opaque_i32(i));
    ck_show_i32("acc", acc);
    return (int)(h & 0xff);
}

/* signed char and unsigned char: promotions, conversions back (modulo 256), wraparound. */
#include "cktest.h"

static signed char sc_add(signed char a, signed char b) { return (signed char)(a + b); }
static unsigned char uc_add(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
static int widen_s(signed char c) { return c; }
static int widen_u(unsigned char c) { return c; }

int main(void)
{
    unsigned sum = 0;
    for (int i = -128; i < 128; i += 17) {
        for (int j = -128; j < 128; j += 29) {
            signed char a = (signed char)ck_opaque_i32(i), b = (signed char)ck_opaque_i32(j);
            signed char s = sc_add(a, b);
            unsigned char ua = (unsigned char)a, ub = (unsigned char)b;
            unsigned char us = uc_add(ua, ub);
            int prod = a * b;                      /* promoted to int: no wrap */
            signed char ps = (signed char)prod;    /* wraps modulo 256 */
            sum = sum * 33u + (unsigned)s + us + (unsigned)prod + (unsigned)ps;
            if ((i + j) % 7 == 0) {
                ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_i32(s); ck_sp();
                ck_print_u32(us); ck_sp(); ck_print_i32(prod); ck_sp(); ck_print_i32(ps); ck_nl();
            }
        }
    }
    signed char m = (signed char)ck_opaque_i32(-128);
    ck_show_i32("neg_min", -m);
    ck_show_i32("widen_s", widen_s((signed char)ck_opaque_i32(0xf0)));
    ck_show_i32("widen_u", widen_u((unsigned char)ck_opaque_i32(0xf0)));
    unsigned char c = (unsigned char)ck_opaque_i32(255);
    c++;
    ck_show_i32("uc_wrap", c);
    signed char d = (signed char)ck_opaque_i32(127);
    d = (signed char)(d + 1);
    ck_show_i32("sc_wrap", d);
    ck_show_i32("uc_cmp", (unsigned char)ck_opaque_i32(200) > (unsigned char)ck_opaque_i32(100));
    ck_show_i32("sc_cmp", (signed char)ck_opaque_i32(200) > (signed char)ck_opaque_i32(100));
    ck_show_x32("sum", sum);
    return (int)(sum % 251);
}

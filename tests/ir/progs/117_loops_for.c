/* for loops of many shapes: counting up and down, two induction variables, 64-bit counters, empty bodies. */
#include "cktest.h"

int main(void)
{
    int s = 0;
    int n = ck_opaque_i32(100);
    for (int i = 0; i < n; i++) s += i;
    ck_show_i32("up", s);
    s = 0;
    for (int i = n; i > 0; i -= 3) s += i;
    ck_show_i32("down3", s);
    s = 0;
    for (int i = 0, j = n; i < j; i++, j -= 2) s += j - i;
    ck_show_i32("two", s);
    long long t = 0;
    for (long long k = 4294967290ll; k < 4294967300ll; k++) t += k;
    ck_show_i64("ll", t);
    unsigned u = 0;
    for (unsigned k = ck_opaque_u32(10); k-- > 0;) u = u * 3 + k;
    ck_show_u32("postdec", u);
    int i;
    for (i = 0; i * i < 1000; i++) {}
    ck_show_i32("isqrt", i);
    s = 0;
    for (int a = 0; a < 10; a++) for (int b = a; b < 10; b++) for (int c = b; c < 10; c++) s += (a ^ b ^ c) & 1;
    ck_show_i32("triple", s);
    for (int k = ck_opaque_i32(5); k < 3; k++) ck_puts("never");
    double d = 0;
    for (double x = 0.0; x < 1.0; x += 0.125) d += x;
    ck_show_f64("dloop", d);
    s = 0;
    for (unsigned char c = 250; c != 4; c++) s++;
    ck_show_i32("ucwrap", s);
    return s;
}

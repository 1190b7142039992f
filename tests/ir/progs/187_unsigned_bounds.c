/* Unsigned comparisons at the edges of the range: loops ending at UINT_MAX, wrap checks, 0 - 1. */
#include "cktest.h"

int main(void)
{
    unsigned n = 0;
    for (unsigned i = ck_opaque_u32(0xfffffff0u); i != 0; i++) n++;
    ck_show_u32("to_wrap", n);
    n = 0;
    for (unsigned i = ck_opaque_u32(0xfffffff0u); i >= 0xfffffff0u; i++) n++;   /* stops after the wrap */
    ck_show_u32("to_wrap2", n);
    unsigned a = ck_opaque_u32(5), b = ck_opaque_u32(7);
    ck_show_i32("a-b>a", a - b > a);
    ck_show_u32("a-b", a - b);
    ck_show_i32("a<b", a < b);
    unsigned long long big = ck_opaque_u64(0xfffffffffffffff0ull);
    int m = 0;
    while (big != 0) { big++; m++; }
    ck_show_i32("ull_wrap", m);
    unsigned short us = (unsigned short)ck_opaque_i32(65530);
    int k = 0;
    while (us != 0) { us = (unsigned short)(us + 1); k++; }
    ck_show_i32("us_wrap", k);
    unsigned hi = ck_opaque_u32(0x80000000u);
    ck_show_i32("hi>lo", hi > 0x7fffffffu);
    ck_show_i32("(int)hi<0", (int)hi < 0);
    ck_show_i32("hi>=1", hi >= 1u);
    unsigned cnt = 0;
    for (unsigned i = 0; i < 40; i++) if (i - 10u < 20u) cnt++;   /* range check idiom */
    ck_show_u32("range", cnt);
    return (int)cnt;
}

/* Expressions mixing 32- and 64-bit values: widening before and after the operation. */
#include "cktest.h"

int main(void)
{
    int a = ck_opaque_i32(2000000000), b = ck_opaque_i32(-2000000000);
    unsigned ua = ck_opaque_u32(4000000000u);
    long long la = ck_opaque_i64(10);
    ck_show_i64("a+a wide", (long long)a + a);
    ck_show_i64("a*a wide", (long long)a * a);
    ck_show_i64("b*3", (long long)b * 3);
    ck_show_u64("ua*ua", (unsigned long long)ua * ua);
    ck_show_u32("ua*ua narrow", ua * ua);
    ck_show_i64("la*ua", la * ua);
    ck_show_i64("la-ua", la - ua);
    ck_show_i64("la<<ua%40", la << (ua % 40));
    ck_show_i32("(int)(la*a>>32)", (int)((la * a) >> 32));
    ck_show_i64("sum", (long long)a + b + ua + la);
    unsigned long long acc = 0;
    for (int i = 0; i < 50; i++) {
        int x = ck_opaque_i32((int)((unsigned)i * 123456789u % 600000000u) - 300000000);
        acc += (unsigned long long)(long long)x * (unsigned)(i + 1);
        acc ^= (unsigned long long)(unsigned)x << (i % 32);
    }
    ck_show_x64("acc", acc);
    return (int)(acc & 0xff);
}

/* 32-bit add, sub, mul on runtime values, signed and unsigned, without signed overflow. */
#include "cktest.h"

static const int vals[] = { 0, 1, -1, 2, -2, 7, -7, 100, -100, 12345, -12345, 46340, -46340, 40000 };
#define N (int)(sizeof vals / sizeof vals[0])

int main(void)
{
    unsigned sum = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j += 3) {
            int a = ck_opaque_i32(vals[i]), b = ck_opaque_i32(vals[j]);
            int s = a + b, d = a - b, m = a * b;
            ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp();
            ck_print_i32(s); ck_sp(); ck_print_i32(d); ck_sp(); ck_print_i32(m); ck_nl();
            sum = sum * 31u + (unsigned)s + (unsigned)d * 7u + (unsigned)m;
        }
    }
    unsigned u = ck_opaque_u32(0xfffffff0u);
    ck_show_u32("u+32", u + 32u);
    ck_show_u32("u*3", u * 3u);
    ck_show_u32("0-u", 0u - u);
    ck_show_i32("imm", ck_opaque_i32(1000) * 1000 + 7 - 13);
    ck_show_x32("sum", sum);
    return (int)(sum & 0xff);
}

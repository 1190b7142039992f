/* 64-bit and floating-point globals: initialised, zeroed, arrays, read-modify-write in loops. */
#include "cktest.h"

long long acc64 = -1;
unsigned long long mask64 = 0xf0f0f0f0f0f0f0f0ull;
double dacc = 0.5;
float facc = 0.25f;
double dtab[4] = { 1.0, -0.5, 0.25, -0.125 };
long long ltab[4] = { 0x100000000ll, -0x100000000ll, 0x7fffffffffffffffll, -1 };
static unsigned long long zero64;

int main(void)
{
    for (int i = 0; i < 20; i++) {
        acc64 = acc64 / 3 * 2 + ltab[i & 3] / 1000 - i;
        mask64 = (mask64 << 1) ^ (mask64 >> 3) ^ (unsigned long long)i;
        dacc = dacc * dtab[i & 3] + 1.0;
        facc = facc * 1.5f - (float)i;
        zero64 += mask64 & 0xff;
    }
    ck_show_i64("acc64", acc64);
    ck_show_x64("mask64", mask64);
    ck_show_f64("dacc", dacc);
    ck_show_f32("facc", facc);
    ck_show_u64("zero64", zero64);
    ltab[ck_opaque_i32(2)] -= 1;
    dtab[ck_opaque_i32(3)] *= -8.0;
    ck_show_i64("ltab2", ltab[2]);
    ck_show_f64("dtab3", dtab[3]);
    return (int)(zero64 & 0xff);
}

/* gcd by Euclid (remainder), binary gcd (ctz and shifts), lcm, extended Euclid with negatives. */
#include "cktest.h"

static unsigned gcd_euclid(unsigned a, unsigned b) { while (b) { unsigned t = a % b; a = b; b = t; } return a; }
static unsigned long long gcd_binary(unsigned long long a, unsigned long long b)
{
    if (!a) return b;
    if (!b) return a;
    int k = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b) { unsigned long long t = a; a = b; b = t; }
        b -= a;
    } while (b);
    return a << k;
}
static long long egcd(long long a, long long b, long long *x, long long *y)
{
    if (b == 0) { *x = 1; *y = 0; return a; }
    long long x1, y1, g = egcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}

int main(void)
{
    unsigned h = 0;
    for (unsigned i = 1; i < 30; i++) {
        unsigned a = ck_opaque_u32(i * 360u + 48u), b = ck_opaque_u32(i * i * 84u + 36u);
        unsigned g = gcd_euclid(a, b);
        unsigned long long g2 = gcd_binary((unsigned long long)a << 20, (unsigned long long)b << 17);
        unsigned long long l = (unsigned long long)a / g * b;
        long long x, y;
        long long e = egcd((long long)a, -(long long)b, &x, &y);
        ck_print_u32(a); ck_sp(); ck_print_u32(b); ck_sp(); ck_print_u32(g); ck_sp(); ck_print_u64(g2); ck_sp();
        ck_print_u64(l); ck_sp(); ck_print_i64(e); ck_sp(); ck_print_i64(x); ck_sp(); ck_print_i64(y); ck_sp();
        ck_print_i32(x * (long long)a + y * -(long long)b == e); ck_nl();
        h = h * 31u + g + (unsigned)g2 + (unsigned)l;
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* Struct results feeding struct arguments directly: f(g(h(x))) with no named temporaries. */
#include "cktest.h"

typedef struct { long long num, den; } frac;

static long long gcd(long long a, long long b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b) { long long t = a % b; a = b; b = t; } return a; }
static frac norm(frac f) { long long g = gcd(f.num, f.den); if (g) { f.num /= g; f.den /= g; } if (f.den < 0) { f.num = -f.num; f.den = -f.den; } return f; }
static frac mk(long long n, long long d) { frac f = { n, d }; return norm(f); }
static frac fadd(frac a, frac b) { return mk(a.num * b.den + b.num * a.den, a.den * b.den); }
static frac fmul(frac a, frac b) { return mk(a.num * b.num, a.den * b.den); }
static frac finv(frac a) { return mk(a.den, a.num); }

int main(void)
{
    frac h = mk(0, 1);
    for (int i = 1; i <= 20; i++) h = fadd(h, mk(1, ck_opaque_i64(i)));
    ck_show_i64("H20num", h.num);
    ck_show_i64("H20den", h.den);
    frac x = finv(fadd(fmul(mk(ck_opaque_i64(3), 4), mk(-8, 9)), finv(mk(5, -6))));
    ck_show_i64("xnum", x.num);
    ck_show_i64("xden", x.den);
    /* continued fraction of sqrt(2): 1 + 1/(2 + 1/(2 + ...)) */
    frac c = mk(2, 1);
    for (int i = 0; i < 15; i++) c = fadd(mk(2, 1), finv(c));
    c = fadd(mk(1, 1), finv(c));
    ck_show_i64("cnum", c.num);
    ck_show_i64("cden", c.den);
    return (int)(c.num & 0xff);
}

/* fmod and remainder, exactly: long division of the integer mantissas, 11 bits a step with the
 * VM's 64-bit remainder. */
#include "m_internal.h"

/* |x| mod |y| for finite x, nonzero finite y, given their magnitudes' bits; *q gets the low bits
 * of the quotient (for remainder's parity) */
static m_u64 mod_bits(m_u64 ux, m_u64 uy, unsigned *q)
{
    int ex = (int)(ux >> 52), ey = (int)(uy >> 52);
    m_u64 mx = ux & M_FRAC, my = uy & M_FRAC;
    if (ex) mx |= 1ull << 52; else ex = 1;   /* a subnormal has the exponent of 2^-1022 */
    if (ey) my |= 1ull << 52; else ey = 1;
    unsigned qq = 0;
    if (mx >= my) { qq = (unsigned)(mx / my); mx %= my; }
    for (int d = ex - ey; d > 0 && mx;) {
        int s = d < 11 ? d : 11;   /* mx < my < 2^53, so mx << 11 fits */
        mx <<= s;
        qq = (qq << s) + (unsigned)(mx / my);
        mx %= my;
        d -= s;
    }
    *q = qq;
    if (!mx) return 0;
    int n = __builtin_clzll(mx) - 11;   /* shift that puts the leading bit at 52 */
    if (n > ey - 1) n = ey - 1;          /* ...or as far as the result stays subnormal */
    mx <<= n;
    ey -= n;
    return mx >> 52 ? ((m_u64)ey << 52) | (mx & M_FRAC) : mx;
}

double fmod(double x, double y)
{
    m_u64 ux = m_bits(x) & ~M_SIGN, uy = m_bits(y) & ~M_SIGN;
    if (ux >= M_EXP || uy > M_EXP || !uy) return ux > M_EXP || uy > M_EXP ? x + y : m_invalid(x);
    if (ux < uy) return x;   /* y infinite too */
    unsigned q;
    return copysign(m_double(mod_bits(ux, uy, &q)), x);
}

/* x - n y with n the integer nearest x / y, ties to even */
double remainder(double x, double y)
{
    m_u64 ux = m_bits(x) & ~M_SIGN, uy = m_bits(y) & ~M_SIGN;
    if (ux >= M_EXP || uy > M_EXP || !uy) return ux > M_EXP || uy > M_EXP ? x + y : m_invalid(x);
    if (uy == M_EXP) return x;
    unsigned q = 0;
    double r = ux < uy ? m_double(ux) : m_double(mod_bits(ux, uy, &q)), a = m_double(uy);
    /* r in [0, a): take r - a when r > a/2, or r == a/2 and the quotient is odd */
    if (a >= 0x1p-1021) {
        if (r > 0.5 * a || (r == 0.5 * a && (q & 1))) r -= a;
    } else if (2 * r > a || (2 * r == a && (q & 1))) {
        r -= a;
    }
    return copysign(1.0, x) * r;
}

float fmodf(float x, float y) { return (float)fmod(x, y); }
float remainderf(float x, float y) { return (float)remainder(x, y); }

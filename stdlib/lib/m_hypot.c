/* hypot: the larger operand scaled to [1, 2), x^2 + y^2 as an exact double-double, its square
 * root corrected by one Newton step, then scaled back: one rounding. */
#include "m_internal.h"

double hypot(double x, double y)
{
    double a = fabs(x), b = fabs(y);
    if (a == HUGE_VAL || b == HUGE_VAL) return HUGE_VAL;   /* even with a NaN (C99 F.10.4.3) */
    if (a != a || b != b) return x + y;
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    if (b == 0.0) return a;
    int ea = (int)(m_bits(a) >> 52) - 1023;
    if ((int)(m_bits(b) >> 52) - 1023 < ea - 60) return a + b;   /* b^2 is below an ulp of a^2 */
    int k = 0;
    if (ea < -1000 || ea > 1000) {   /* keep the scale factor representable */
        k = ea < 0 ? -600 : 600;
        a *= m_pow2(-k);
        b *= m_pow2(-k);
        ea = (int)(m_bits(a) >> 52) - 1023;
    }
    double sc = m_pow2(-ea);
    a *= sc;
    b *= sc;
    k += ea;
    double pe, p = m_two_prod(a, a, &pe), qe, q = m_two_prod(b, b, &qe), se, s = m_fast_two_sum(p, q, &se);
    se += pe + qe;
    double r = sqrt(s), re, rr = m_two_prod(r, r, &re);
    r += (((s - rr) - re) + se) / (2.0 * r);
    return __ck_scale(r, k);
}

float hypotf(float x, float y)
{
    double a = x, b = y;
    if (a == HUGE_VAL || a == -HUGE_VAL || b == HUGE_VAL || b == -HUGE_VAL) return HUGE_VALF;
    return (float)sqrt(a * a + b * b);   /* exact squares and sum in double, two roundings */
}

/* cbrt: x = 2^(3q) m with m in [1, 8); a quadratic first guess (m_remez.py, 2^-4.7), two
 * steps of Halley's method (cubic convergence) and a last Newton step with the residual
 * m - y^3 computed exactly, which leaves only the final rounding. */
#include "m_internal.h"

/* cbrt start: relative error 2^-4.7 */
#define C0 0x1.a0a9b48a52797p-1
#define C1 0x1.e3d807b586086p-3
#define C2 -0x1.6da65a34fa503p-7

double cbrt(double x)
{
    m_u64 b = m_bits(x) & ~M_SIGN;
    if (b >= M_EXP || !b) return x + x;   /* NaN, infinities, zeros */
    int e = 0;
    if (b < 0x0010000000000000ull) {   /* subnormal */
        b = m_bits(m_double(b) * 0x1p54);
        e = -54;
    }
    e += (int)(b >> 52) - 1023;
    int q = e >= 0 ? e / 3 : -((2 - e) / 3), r = e - 3 * q;
    double m = m_double((b & M_FRAC) | 0x3ff0000000000000ull) * (double)(1 << r);
    double y = C0 + m * (C1 + m * C2), y3;
    y3 = y * y * y;
    y = y * (y3 + 2.0 * m) / (2.0 * y3 + m);
    y3 = y * y * y;
    y = y * (y3 + 2.0 * m) / (2.0 * y3 + m);
    double y2e, y2 = m_two_prod(y, y, &y2e), ce, c = m_two_prod(y2, y, &ce);
    ce += y2e * y;
    y += ((m - c) - ce) / (3.0 * y2);
    return copysign(y * m_pow2(q), x);
}

float cbrtf(float x) { return (float)cbrt(x); }

/* pow(x, y) = exp(y log|x|), with log|x| as a double-double good to about 2^-67 (m_log.c) and
 * y log|x| formed exactly, so that a result near the overflow threshold still has an error
 * below one ulp; then C99's special cases (F.10.4.4). */
#include "m_internal.h"

/* 0 when y is not an integer, 1 when it is odd, 2 when even; y finite */
static int int_kind(double y)
{
    m_u64 b = m_bits(y) & ~M_SIGN;
    int ex = (int)(b >> 52) - 1023;
    if (ex < 0) return b ? 0 : 2;
    if (ex > 52) return 2;
    m_u64 m = (b & M_FRAC) | 1ull << 52;
    int sh = 52 - ex;
    if (m & ((1ull << sh) - 1)) return 0;
    return (m >> sh) & 1 ? 1 : 2;
}

double pow(double x, double y)
{
    m_u64 bx = m_bits(x), by = m_bits(y);
    if (!(by << 1) || bx == 0x3ff0000000000000ull) return 1.0;   /* y = 0 or x = 1, even NaN */
    if (x != x || y != y) return x + y;
    double ax = fabs(x), ay = fabs(y);
    if (ay == HUGE_VAL) return ax == 1.0 ? 1.0 : (ax > 1.0) == (y > 0) ? HUGE_VAL : 0.0;
    int neg = (int)(bx >> 63) && int_kind(y) == 1;
    double r;
    if ((bx >> 63) && !int_kind(y) && ax != HUGE_VAL && ax != 0.0) return m_invalid(x);
    if (ax == 1.0) {   /* x = -1, y an integer */
        r = 1.0;
    } else if (ax == 0.0 || ax == HUGE_VAL) {
        r = (ax == 0.0) == (y < 0) ? HUGE_VAL : 0.0;
    } else {
        int e;
        double l, h = __ck_log_kern(ax, &l, &e), se, s = m_two_sum(e * M_LN2_42_HI, h, &se);
        l = se + l + e * M_LN2_42_LO;
        h = m_fast_two_sum(s, l, &l);   /* log|x| = h + l */
        double z = y * h;
        if (z > 709.8) {
            r = HUGE_VAL;
        } else if (z < -745.2) {
            r = 0.0;
        } else {   /* |y| < 2^63 here, since |h| >= 2^-54 */
            double t[4], ze, zh = m_two_prod(y, h, &ze);
            int k = __ck_exp_kern(zh, ze + y * l, t);
            r = __ck_scale(t[0] + (t[1] + t[0] * (t[2] + t[3])), k);
        }
    }
    return neg ? -r : r;
}

float powf(float x, float y) { return (float)pow(x, y); }

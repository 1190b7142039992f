/* log, log2, log10, log1p and the logarithm kernel that pow shares: x = 2^e m with m in
 * [sqrt(1/2), sqrt(2)), s = (m-1)/(m+1), log m = 2 atanh s = 2s + 2s^3/3 + s^5 L(s^2), with s
 * and the terms up to s^5 in double-double arithmetic, so that the kernel's result is good to
 * about 2^-67 relative (pow needs that much). L comes from m_remez.py. */
#include "m_internal.h"

/* log: degree 7, relative error 2^-73.5 (log m = 2s + 2s^3/3 + s^5 L(s^2)) */
static const double L[] = {
    0x1.9999999999996p-2, 0x1.2492492492f50p-2, 0x1.c71c71c596bd4p-3, 0x1.745d18293cdd7p-3,
    0x1.3b1364d09c77ep-3, 0x1.11206e0cbac7dp-3, 0x1.de3d9e9a7c4ddp-4, 0x1.eac44320ae141p-4
};

#define TWO3_HI 0x1.5555555555555p-1   /* 2/3 */
#define TWO3_LO 0x1.5555555555555p-55

double __ck_log_kern(double x, double *lo, int *ep)
{
    m_u64 b = m_bits(x);
    int e = 0;
    if (b < 0x0010000000000000ull) {   /* subnormal */
        b = m_bits(x * 0x1p54);
        e = -54;
    }
    e += (int)(b >> 52) - 1023;
    b = (b & M_FRAC) | 0x3ff0000000000000ull;
    if (b > 0x3ff6a09e667f3bcdull) {   /* m > sqrt(2): m/2 */
        b -= 0x0010000000000000ull;
        e++;
    }
    *ep = e;
    double f = m_double(b) - 1.0;   /* exact */
    double dh = 2.0 + f, dl = f - (dh - 2.0);
    double pe, sh = f / dh, p = m_two_prod(sh, dh, &pe);
    double sl = (((f - p) - pe) - sh * dl) / dh;   /* s = sh + sl */
    double ze, z = m_two_prod(sh, sh, &ze);
    ze += 2.0 * sh * sl;
    double ce, c = m_two_prod(sh, z, &ce);   /* s^3 */
    ce += sh * ze + sl * z;
    double te, t = m_two_prod(TWO3_HI, c, &te);
    te += TWO3_HI * ce + TWO3_LO * c;
    double c5e, c5 = m_two_prod(c, z, &c5e);   /* s^5 */
    c5e += c * ze + ce * z;
    double pz = z * (L[1] + z * (L[2] + z * (L[3] + z * (L[4] + z * (L[5] + z * (L[6] + z * L[7])))))), re;
    double rh = m_two_prod(c5, L[0], &re);   /* s^5 L(s^2), its first term exactly */
    re += c5e * L[0] + c5 * pz;
    double e1, e2, h = m_fast_two_sum(2.0 * sh, t, &e1);
    h = m_fast_two_sum(h, rh, &e2);
    return m_fast_two_sum(h, e1 + e2 + 2.0 * sl + te + re, lo);
}

/* log(hi + lo) for finite hi > 0, |lo| small: log hi + lo/hi */
double __ck_log_dd(double hi, double lo)
{
    int e;
    double l, h = __ck_log_kern(hi, &l, &e), se, s = m_two_sum(e * M_LN2_42_HI, h, &se);
    return s + (se + l + (e * M_LN2_42_LO + lo / hi));
}

/* NaN, negative, zero and infinity, or 0 when x is finite and positive */
static int special(double x, double *r)
{
    if (m_bits(x) - 1 < 0x7fefffffffffffffull) return 0;
    *r = x == 0 ? -1.0 / fabs(x) : x < 0 ? m_invalid(x) : x + x;
    return 1;
}

double log(double x)
{
    double r;
    if (special(x, &r)) return r;
    return __ck_log_dd(x, 0.0);
}

double log2(double x)
{
    double r, l, pe;
    int e;
    if (special(x, &r)) return r;
    double h = __ck_log_kern(x, &l, &e), p = m_two_prod(h, M_INV_LN2_HI, &pe), se, s = m_two_sum(e, p, &se);
    return s + (se + pe + h * M_INV_LN2_LO + l * M_INV_LN2_HI);
}

double log10(double x)
{
    double r, l, pe;
    int e;
    if (special(x, &r)) return r;
    double h = __ck_log_kern(x, &l, &e), p = m_two_prod(h, M_INV_LN10_HI, &pe), se;
    double s = m_two_sum(e * M_LOG10_2_42_HI, p, &se);
    return s + (se + pe + h * M_INV_LN10_LO + l * M_INV_LN10_HI + e * M_LOG10_2_42_LO);
}

double log1p(double x)
{
    if (!(x > -1.0 && x <= 0x1.fffffffffffffp1023)) return x == -1.0 ? -HUGE_VAL : x < -1.0 ? m_invalid(x) : x + x;
    if (fabs(x) < 0x1p-30) return x + x * x * (x * 0x1.5555555555555p-2 - 0.5);   /* x - x^2/2 + x^3/3; keeps -0 */
    double e, u = m_two_sum(1.0, x, &e);
    return __ck_log_dd(u, e);
}

float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float log1pf(float x) { return (float)log1p(x); }

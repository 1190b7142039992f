/* expm1, through the exponential kernel (m_exp.c) with the subtraction of 1 done exactly, so
 * that the result keeps its relative accuracy near 0; the double-double kernel also serves the
 * hyperbolic functions. */
#include "m_internal.h"

double __ck_expm1_kern(double x, double *lo)
{
    double t[4];
    int k = __ck_exp_kern(x, 0.0, t);
    if (!k && t[0] == 1.0) return m_fast_two_sum(t[2], t[3], lo);   /* |x| <= ln2/64: just r */
    /* 2^k (t0 + t1)(1 + t2 + t3) - 1, with t0 t2 exact (t1 t3 is below 2^-66 of the result) */
    double sc = m_pow2(k), ue, u = m_two_prod(t[0], t[2], &ue);
    double e1, s = m_two_sum(t[0] * sc, -1.0, &e1), e2;
    s = m_two_sum(s, u * sc, &e2);
    return m_fast_two_sum(s, e1 + e2 + sc * (ue + t[1] + t[1] * t[2] + t[0] * t[3]), lo);
}

double expm1(double x)
{
    double lo;
    if (!(x < 46.0)) return x > 0 ? exp(x) : x + x;   /* the 1 is below an ulp; NaN */
    if (x < -40.0) return -1.0;
    if (fabs(x) < 0x1p-54) return x;
    double h = __ck_expm1_kern(x, &lo);
    return h + lo;
}

float expm1f(float x) { return (float)expm1(x); }

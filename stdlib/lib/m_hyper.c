/* sinh, cosh, tanh from the exponential kernels as double-doubles:
 * sinh = (t + t/(t+1))/2 and tanh = t/(t+2) with t = expm1 (no cancellation near 0),
 * cosh = (e + 1/e)/2; beyond 22, e^x/2 alone (e^-x is below an ulp). */
#include "m_internal.h"

/* e^a / 2 for 22 <= a, overflowing as it should */
static double half_exp(double a)
{
    double t[4];
    if (a > 711.0) return a * 0x1p1023;
    int k = __ck_exp_kern(a, 0.0, t);
    return __ck_scale(t[0] + (t[1] + t[0] * (t[2] + t[3])), k - 1);
}

double sinh(double x)
{
    double a = fabs(x), r;
    if (!(a < 22.0)) {
        if (a != a) return x + x;
        r = half_exp(a);
    } else {
        if (a < 0x1p-26) return x;   /* x^3/6 is below half an ulp */
        double tl, th = __ck_expm1_kern(a, &tl), de, dh = m_two_sum(th, 1.0, &de), ql;
        double qh = m_dd_div(th, tl, dh, de + tl, &ql), se, s = m_two_sum(th, qh, &se);
        r = 0.5 * (s + (se + tl + ql));
    }
    return x < 0 ? -r : r;
}

double cosh(double x)
{
    double a = fabs(x), t[4];
    if (!(a < 22.0)) return a != a ? x * x : half_exp(a);
    if (a < 0x1p-27) return 1.0;
    int k = __ck_exp_kern(a, 0.0, t);
    double sc = m_pow2(k), el, eh = m_fast_two_sum(t[0] * sc, sc * (t[1] + t[0] * (t[2] + t[3])), &el);
    double il, ih = m_dd_div(1.0, 0.0, eh, el, &il), se, s = m_two_sum(eh, ih, &se);
    return 0.5 * (s + (se + el + il));
}

double tanh(double x)
{
    double a = fabs(x), r;
    if (!(a < 22.0)) {
        if (a != a) return x + x;
        r = 1.0;   /* 1 - 2e^-2a rounds to 1 */
    } else {
        if (a < 0x1p-27) return x;   /* x^3/3 is below half an ulp */
        double tl, th = __ck_expm1_kern(2.0 * a, &tl), de, dh = m_two_sum(th, 2.0, &de), ql;
        double qh = m_dd_div(th, tl, dh, de + tl, &ql);
        r = qh + ql;
    }
    return x < 0 ? -r : r;
}

float sinhf(float x) { return (float)sinh(x); }
float coshf(float x) { return (float)cosh(x); }
float tanhf(float x) { return (float)tanh(x); }

/* asinh, acosh, atanh as logarithms of double-doubles (m_log.c's __ck_log_dd), so that the
 * argument's rounding does not show: asinh a = log(a + sqrt(a^2 + 1)),
 * acosh a = log(a + sqrt(a^2 - 1)), atanh a = log((1 + a)/(1 - a)) / 2. */
#include "m_internal.h"

/* a + sqrt(a^2 + c) as hi + *lo, c = +-1, a^2 + c > 0 exactly computed */
static double plus_root(double a, double c, double *lo)
{
    double pe, p = m_two_prod(a, a, &pe), ve, v = m_two_sum(p, c, &ve);
    ve += pe;
    double s = sqrt(v), qe, q = m_two_prod(s, s, &qe), sl = (((v - q) - qe) + ve) / (2.0 * s);
    double e, h = m_two_sum(a, s, &e);
    return m_fast_two_sum(h, e + sl, lo);
}

double asinh(double x)
{
    double a = fabs(x), r, l;
    if (!(a < 0x1p28)) {
        if (!(a < HUGE_VAL)) return x + x;
        r = __ck_log_dd(a, 0.0) + M_LN2_HI;   /* sqrt(a^2 + 1) = a to within 2^-57 */
    } else {
        if (a < 0x1p-27) return x;   /* x^3/6 is below half an ulp */
        double h = plus_root(a, 1.0, &l);
        r = __ck_log_dd(h, l);
    }
    return x < 0 ? -r : r;
}

double acosh(double x)
{
    double l;
    if (!(x >= 1.0)) return x != x ? x + x : m_invalid(x);
    if (x >= 0x1p28) return x == HUGE_VAL ? x : __ck_log_dd(x, 0.0) + M_LN2_HI;
    if (x == 1.0) return 0.0;
    double h = plus_root(x, -1.0, &l);
    return __ck_log_dd(h, l);
}

double atanh(double x)
{
    double a = fabs(x), r;
    if (!(a < 1.0)) return a == 1.0 ? x / 0.0 : a != a ? x + x : m_invalid(x);
    if (a < 0x1p-27) return x;   /* x^3/3 is below half an ulp */
    double ne, n = m_fast_two_sum(1.0, a, &ne), de, d = m_fast_two_sum(1.0, -a, &de), ql;
    double q = m_dd_div(n, ne, d, de, &ql);
    r = 0.5 * __ck_log_dd(q, ql);
    return x < 0 ? -r : r;
}

float asinhf(float x) { return (float)asinh(x); }
float acoshf(float x) { return (float)acosh(x); }
float atanhf(float x) { return (float)atanh(x); }

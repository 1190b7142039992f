/* asin and acos through the atan kernel (m_atan.c): with s = sqrt(1 - x^2) as a double-double
 * (1 - x^2 is exact in double-double, then one Newton step), asin x = atan(x/s) and
 * acos x = atan(s/x), each ratio taken the way that is at most 1. */
#include "m_internal.h"

/* sqrt(1 - a^2) = *h + *l for 0 <= a < 1 */
static void cosine(double a, double *h, double *l)
{
    double pe, p = m_two_prod(a, a, &pe), ve, v = m_fast_two_sum(1.0, -p, &ve);
    ve -= pe;
    double s = sqrt(v), qe, q = m_two_prod(s, s, &qe);
    *h = s;
    *l = (((v - q) - qe) + ve) / (2.0 * s);
}

double asin(double x)
{
    double a = fabs(x), sh, sl, l, r;
    if (!(a < 1.0)) return a == 1.0 ? x * M_PIO2_HI + x * M_PIO2_LO : a != a ? x + x : m_invalid(x);
    if (a < 0x1p-27) return x;   /* x^3/6 is below half an ulp */
    cosine(a, &sh, &sl);
    if (a <= sh) {
        r = __ck_atan_kern(a, 0.0, sh, sl, &l);
        r += l;
    } else {
        double e, h = __ck_atan_kern(sh, sl, a, 0.0, &l), s = m_two_sum(M_PIO2_HI, -h, &e);
        r = s + (e + M_PIO2_LO - l);
    }
    return x < 0 ? -r : r;
}

double acos(double x)
{
    double a = fabs(x), sh, sl, h, l, e;
    if (!(a < 1.0)) return x == 1.0 ? 0.0 : x == -1.0 ? M_PI_HI + M_PI_LO : a != a ? x + x : m_invalid(x);
    if (a < 0x1p-57) return M_PIO2_HI + M_PIO2_LO;
    cosine(a, &sh, &sl);
    if (sh <= a) {
        h = __ck_atan_kern(sh, sl, a, 0.0, &l);
    } else {   /* pi/2 - atan(a/s) */
        h = __ck_atan_kern(a, 0.0, sh, sl, &l);
        h = m_two_sum(M_PIO2_HI, -h, &e);
        l = e + M_PIO2_LO - l;
    }
    if (x < 0) {   /* pi - h */
        h = m_two_sum(M_PI_HI, -h, &e);
        l = e + M_PI_LO - l;
    }
    return h + l;
}

float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }

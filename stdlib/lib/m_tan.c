/* tan: sin / cos of the reduced argument, both as double-doubles, by one double-double
 * division (cos / -sin in the odd quadrants). */
#include "m_internal.h"

double tan(double x)
{
    double a = fabs(x), h, l, sl, cl, ql;
    if (a < 0x1p-27) return x;   /* x^3/3 is below half an ulp */
    if (!(a <= 0x1.fffffffffffffp1023)) return m_invalid(x);
    int q = __ck_rem_pio2(x, &h, &l);
    double s = __ck_sin_kern(h, l, &sl), c = __ck_cos_kern(h, l, &cl);
    if (q & 1) {
        double v = m_dd_div(c, cl, s, sl, &ql);
        return -(v + ql);
    }
    double v = m_dd_div(s, sl, c, cl, &ql);
    return v + ql;
}

float tanf(float x) { return (float)tan(x); }

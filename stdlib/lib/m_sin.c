/* sin: reduction by pi/2 (m_trig.c), then the sin or cos kernel by quadrant. */
#include "m_internal.h"

double sin(double x)
{
    double a = fabs(x), h, l, t;
    if (a < 0x1p-26) return x;   /* x^3/6 is below half an ulp; keeps -0 */
    if (!(a <= 0x1.fffffffffffffp1023)) return m_invalid(x);
    int q = __ck_rem_pio2(x, &h, &l);
    double v = q & 1 ? __ck_cos_kern(h, l, &t) : __ck_sin_kern(h, l, &t);
    return q & 2 ? -v : v;
}

float sinf(float x) { return (float)sin(x); }

/* cos: reduction by pi/2 (m_trig.c), then the cos or sin kernel by quadrant. */
#include "m_internal.h"

double cos(double x)
{
    double a = fabs(x), h, l, t;
    if (a < 0x1p-27) return 1.0;   /* x^2/2 is below half an ulp of 1 */
    if (!(a <= 0x1.fffffffffffffp1023)) return m_invalid(x);
    int q = __ck_rem_pio2(x, &h, &l);
    double v = q & 1 ? __ck_sin_kern(h, l, &t) : __ck_cos_kern(h, l, &t);
    return (q + 1) & 2 ? -v : v;
}

float cosf(float x) { return (float)cos(x); }

/* atan and atan2. The kernel takes the ratio a/b as a double-double quotient, moves it next to
 * the nearest c = i/8 (atan t = atan c + atan((t - c)/(1 + t c)), with atan c from a table of
 * double-doubles) and finishes with a polynomial on |u| <= 1/16 (m_remez.py). */
#include "m_internal.h"

/* atan(i/8), hi and lo */
static const double AT[18] = {
    0x0.0p+0, 0x0.0p+0,
    0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59,
    0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57,
    0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56,
    0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56,
    0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58,
    0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56,
    0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56,
    0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55
};

/* atan: degree 4, relative error 2^-62.5 (atan u = u + u^3 A(u^2)) */
static const double A[] = {
    -0x1.5555555555536p-2, 0x1.999999996243bp-3, -0x1.24924826a3944p-3, 0x1.c718784402d41p-4,
    -0x1.70beb89ae54f1p-4
};

double __ck_atan_kern(double ah, double al, double bh, double bl, double *lo)
{
    double tl, th = m_dd_div(ah, al, bh, bl, &tl);   /* t = a/b in [0, 1] */
    int i = (int)(th * 8.0 + 0.5);
    double c = i * 0.125, ul, uh = th, dl;
    if (i) {   /* u = (t - c)/(1 + t c): t - c is exact, 1 + t c a double-double */
        double qe, q = m_two_prod(th, c, &qe), de, dh = m_fast_two_sum(1.0, q, &de);
        dl = de + qe + tl * c;
        uh = m_dd_div(th - c, tl, dh, dl, &ul);
    } else {
        ul = tl;
    }
    double z = uh * uh, p = uh * z * (A[0] + z * (A[1] + z * (A[2] + z * (A[3] + z * A[4]))));
    double se, s = m_two_sum(AT[2 * i], uh, &se);
    return m_fast_two_sum(s, se + AT[2 * i + 1] + ul + p, lo);
}

double atan(double x)
{
    double a = fabs(x), l, r;
    if (a < 0x1p-27) return x;   /* x^3/3 is below half an ulp; keeps -0 */
    if (a <= 1.0) {
        r = __ck_atan_kern(a, 0.0, 1.0, 0.0, &l);
        r += l;
    } else if (a < 0x1p60) {   /* pi/2 - atan(1/a) */
        double h = __ck_atan_kern(1.0, 0.0, a, 0.0, &l), e, s = m_two_sum(M_PIO2_HI, -h, &e);
        r = s + (e + M_PIO2_LO - l);
    } else {
        if (a != a) return x + x;
        r = M_PIO2_HI + (M_PIO2_LO - 1.0 / a);
    }
    return x < 0 ? -r : r;
}

/* C99 F.10.1.4 for zeros and infinities; else |y| and |x| scaled to [1, 2) for the larger one */
double atan2(double y, double x)
{
    if (x != x || y != y) return x + y;
    m_u64 sy = m_bits(y) >> 63, sx = m_bits(x) >> 63;
    double ax = fabs(x), ay = fabs(y), h, l, e;
    if (ay == 0.0 || ax == HUGE_VAL || ay == HUGE_VAL || ax == 0.0) {
        if (ay == 0.0) {
            h = sx ? M_PI_HI : 0.0;
            l = sx ? M_PI_LO : 0.0;
        } else if (ay == HUGE_VAL) {
            h = ax != HUGE_VAL ? M_PIO2_HI : sx ? 0x1.2d97c7f3321d2p+1 : 0x1.921fb54442d18p-1;
            l = ax != HUGE_VAL ? M_PIO2_LO : sx ? 0x1.a79394c9e8a0ap-54 : 0x1.1a62633145c07p-55;
        } else if (ax == 0.0) {
            h = M_PIO2_HI;
            l = M_PIO2_LO;
        } else {
            h = sx ? M_PI_HI : 0.0;
            l = sx ? M_PI_LO : 0.0;
        }
        h += l;
        return sy ? -h : h;
    }
    int swap = ay > ax;
    double big = swap ? ay : ax, small = swap ? ax : ay;
    if (big < 0x1p-1000 || big > 0x1p1000) {   /* keep the scale factor representable */
        double f = big < 1.0 ? 0x1p600 : 0x1p-600;
        big *= f;
        small *= f;
    }
    int ex = (int)(m_bits(big) >> 52) - 1023;
    if ((int)(m_bits(small) >> 52) - 1023 < ex - 60) {
        h = small / big;   /* atan t = t to within t^3/3, below half an ulp */
        l = 0.0;
    } else {
        double sc = m_pow2(-ex);
        h = __ck_atan_kern(small * sc, 0.0, big * sc, 0.0, &l);
    }
    if (swap) {   /* pi/2 - h */
        h = m_two_sum(M_PIO2_HI, -h, &e);
        l = e + M_PIO2_LO - l;
    }
    if (sx) {   /* pi - h */
        h = m_two_sum(M_PI_HI, -h, &e);
        l = e + M_PI_LO - l;
    }
    h += l;
    return sy ? -h : h;
}

float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }

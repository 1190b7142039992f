/* Reduction of a trigonometric argument by pi/2 and the sin and cos kernels that sin, cos and
 * tan share. The result of the reduction is a double-double, so that the kernels see about 100
 * bits of the reduced argument even when x is close to a multiple of pi/2. */
#include "m_internal.h"

/* 2/pi, 32 bits a word, most significant first (m_remez.py) */
static const m_u32 two_over_pi[40] = {
    0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041,
    0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c,
    0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41,
    0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
    0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
    0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
    0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d
};

/* pi/2 = PIO2_1 + PIO2_2 + PIO2_3: the first two have 33 bits, so k * them is exact for k < 2^20 */
#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e037073p-69
#define INV_PIO2 0x1.45f306dc9c883p-1

/* sin: degree 6, relative error 2^-63.2 (polynomial in r^2, sin r = r + r^3 S(r^2)) */
static const double S[] = {
    -0x1.5555555555555p-3, 0x1.1111111111068p-7, -0x1.a01a019ffe08bp-13, 0x1.71de3a332c263p-19,
    -0x1.ae642b992b3dfp-26, 0x1.61093a09c8e93p-33, -0x1.9fb6742a59e33p-41
};
/* cos: degree 6, relative error 2^-69.0 (cos r = 1 - r^2/2 + r^4 C(r^2)) */
static const double C[] = {
    0x1.5555555555555p-5, -0x1.6c16c16c16b30p-10, 0x1.a01a019ffcb74p-16, -0x1.27e4fb5a1ec3ep-22,
    0x1.1eed6f7dcfb53p-29, -0x1.93744f20c76cbp-37, 0x1.9dac3c58fc23dp-45
};

static m_u32 limb(const m_u32 *p, int i) { return i < 9 ? p[i] : 0; }

/* bits [pos, pos + 64) of the 288-bit number p (little-endian limbs) */
static m_u64 get64(const m_u32 *p, int pos)
{
    int i = pos >> 5, s = pos & 31;
    m_u64 v = (m_u64)limb(p, i) | (m_u64)limb(p, i + 1) << 32;
    return s ? v >> s | (m_u64)limb(p, i + 2) << (64 - s) : v;
}

/* Payne and Hanek's reduction, for any finite |x| >= pi/4: x = m 2^e with m < 2^53; the words
 * of 2/pi before j0 only add multiples of 4 to x 2/pi, so m times the next 224 bits gives the
 * quadrant and a fraction of at least 160 bits (of which up to 61 cancel, for the doubles that
 * come closest to a multiple of pi/2). */
static int reduce_large(double x, double *hi, double *lo)
{
    m_u64 b = m_bits(x), m = (b & M_FRAC) | 1ull << 52;
    int e = (int)(b >> 52 & 0x7ff) - 1075;
    int j0 = e >= 2 ? (e - 2) >> 5 : 0;
    int point = 224 - (e - 32 * j0);   /* bits of the product at and above it are the integer part */
    m_u32 p[10] = { 0 };
    m_u64 m0 = m & 0xffffffff, m1 = m >> 32;
    for (int i = 0; i < 7; i++) {
        m_u64 w = two_over_pi[j0 + 6 - i], l = m0 * w, h = m1 * w;
        m_u64 c = (m_u64)p[i] + (l & 0xffffffff);
        p[i] = (m_u32)c;
        c = (c >> 32) + p[i + 1] + (l >> 32) + (h & 0xffffffff);
        p[i + 1] = (m_u32)c;
        c = (c >> 32) + p[i + 2] + (h >> 32);
        p[i + 2] = (m_u32)c;
        for (int k = i + 3; (c >>= 32) != 0 && k < 10; k++) {
            c += p[k];
            p[k] = (m_u32)c;
        }
    }
    int q = (int)get64(p, point) & 3, neg = 0;
    m_u64 fh = get64(p, point - 64), fl = get64(p, point - 128);
    if (fh >> 63) {   /* fraction >= 1/2: the next quadrant, and the fraction's complement */
        q = (q + 1) & 3;
        neg = 1;
        fh = ~fh + !fl;
        fl = -fl;
    }
    int sh = 0;
    if (!fh) {
        fh = fl;
        fl = 0;
        sh = 64;
    }
    int lz = __builtin_clzll(fh);
    if (lz) {
        fh = fh << lz | fl >> (64 - lz);
        fl <<= lz;
    }
    sh += lz;
    /* fraction = (fh 2^64 + fl) 2^(-128 - sh): its top 53 bits and the next 53 */
    double fhi = (double)(fh >> 11) * m_pow2(-53 - sh);
    double flo = (double)((fh & 0x7ff) << 42 | fl >> 22) * m_pow2(-106 - sh);
    double e1, rh = m_two_prod(fhi, M_PIO2_HI, &e1);
    e1 += fhi * M_PIO2_LO + flo * M_PIO2_HI;
    rh = m_fast_two_sum(rh, e1, &e1);
    if (neg != (x < 0)) {
        rh = -rh;
        e1 = -e1;
    }
    *hi = rh;
    *lo = e1;
    return x < 0 ? -q & 3 : q;
}

int __ck_rem_pio2(double x, double *hi, double *lo)
{
    double a = fabs(x);
    if (a <= M_PIO2_HI * 0.5) {
        *hi = x;
        *lo = 0;
        return 0;
    }
    if (a < 0x1p20) {   /* Cody and Waite's reduction, unless the result is tiny */
        double k = (double)(int)(x * INV_PIO2 + (x < 0 ? -0.5 : 0.5));
        double r1 = x - k * PIO2_1, e2, r2 = m_two_sum(r1, -(k * PIO2_2), &e2);
        if (fabs(r2) > 0x1p-30) {
            double l, h = m_fast_two_sum(r2, e2 - k * PIO2_3, &l);
            *hi = h;
            *lo = l;
            return (int)k & 3;
        }
    }
    return reduce_large(x, hi, lo);
}

/* h^3 S[0] (about -h^3/6) as an exact double-double, the rest of the polynomial in double */
double __ck_sin_kern(double h, double l, double *tl)
{
    double ze, z = m_two_prod(h, h, &ze), ce, c = m_two_prod(h, z, &ce), te;
    ce += h * ze;
    double t = m_two_prod(c, S[0], &te);
    double p = z * (S[1] + z * (S[2] + z * (S[3] + z * (S[4] + z * (S[5] + z * S[6])))));
    double e, s = m_fast_two_sum(h, t, &e);
    return m_fast_two_sum(s, e + (te + ce * S[0] + c * p + l * (1.0 - 0.5 * z)), tl);
}

/* 1 - h^2/2 is computed exactly, h^2 by Dekker's product */
double __ck_cos_kern(double h, double l, double *tl)
{
    double ze, z = m_two_prod(h, h, &ze), hz = 0.5 * z, w = 1.0 - hz;
    double p = C[0] + z * (C[1] + z * (C[2] + z * (C[3] + z * (C[4] + z * (C[5] + z * C[6])))));
    return m_fast_two_sum(w, (((1.0 - w) - hz) - 0.5 * ze) + (z * z * p - h * l), tl);
}

/* exp, exp2, exp10 and the exponential kernel they share with pow, expm1 and the hyperbolic
 * functions: x = n ln2/32 + r with |r| <= ln2/64 (Cody and Waite's reduction, n ln2/32 exact),
 * then exp(x) = 2^(n/32) (1 + expm1(r)) with 2^(j/32) from a table of double-doubles (Tang's
 * method) and expm1(r) from a polynomial. The table and coefficients come from m_remez.py. */
#include "m_internal.h"

/* 2^(j/32), hi and lo */
static const double T[64] = {
    0x1.0000000000000p+0, 0x0.0p+0,
    0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55,
    0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54,
    0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54,
    0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55,
    0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54,
    0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54,
    0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55,
    0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55,
    0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54,
    0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55,
    0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59,
    0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56,
    0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55,
    0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54,
    0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54,
    0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54,
    0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55,
    0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55,
    0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54,
    0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54,
    0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57,
    0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56,
    0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54,
    0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54,
    0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56,
    0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55,
    0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56,
    0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55,
    0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54,
    0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54,
    0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54
};

/* exp: degree 5, relative error 2^-60.6 (expm1 r = r + r^2 E(r)) */
static const double E[] = {
    0x1.0000000000000p-1, 0x1.5555555555555p-3, 0x1.55555555554e7p-5, 0x1.11111111394f6p-7,
    0x1.6c16d298ff7b3p-10, 0x1.9fbb98c277aeap-13
};

#define LN2_32_HI 0x1.62e42fefa0000p-6   /* 36 bits: n LN2_32_HI is exact for |n| < 2^17 */
#define LN2_32_LO 0x1.cf79abc9e3b3ap-45
#define INV_LN2_32 0x1.71547652b82fep+5

int __ck_exp_tail(int n, double rh, double rl, double *t)
{
    int j = n & 31;
    t[0] = T[2 * j];
    t[1] = T[2 * j + 1];
    t[2] = rh;
    t[3] = rh * rh * (E[0] + rh * (E[1] + rh * (E[2] + rh * (E[3] + rh * (E[4] + rh * E[5]))))) + rl;
    return (n - j) / 32;
}

int __ck_exp_kern(double hi, double lo, double *t)
{
    double f = hi * INV_LN2_32;
    int n = (int)(f + (f < 0 ? -0.5 : 0.5));
    double nd = n, rl, rh = m_two_sum(hi - nd * LN2_32_HI, lo - nd * LN2_32_LO, &rl);
    return __ck_exp_tail(n, rh, rl, t);
}

/* 2^k (t0 + t1)(1 + t2 + t3), rounded once (but for a subnormal result) */
static double finish(int k, const double *t)
{
    return __ck_scale(t[0] + (t[1] + t[0] * (t[2] + t[3])), k);
}

double exp(double x)
{
    double t[4];
    if (!(x < 709.8)) return x > 0 ? x * 0x1p1023 : x + x;   /* overflow (inf stays inf), NaN */
    if (x < -745.2) return 0.0;
    if (fabs(x) < 0x1p-54) return 1.0 + x;
    return finish(__ck_exp_kern(x, 0.0, t), t);
}

double exp2(double x)
{
    double t[4];
    if (!(x < 1024.0)) return x > 0 ? x * 0x1p1023 : x + x;
    if (x < -1075.5) return 0.0;
    if (fabs(x) < 0x1p-54) return 1.0 + x;
    int n = (int)(x * 32.0 + (x < 0 ? -0.5 : 0.5));
    double r = x - n * 0.03125, e, h = m_two_prod(r, M_LN2_HI, &e);   /* r ln2, exactly */
    return finish(__ck_exp_tail(n, h, e + r * M_LN2_LO, t), t);
}

double exp10(double x)
{
    double t[4];
    if (!(x < 308.5)) return x > 0 ? x * 0x1p1023 : x + x;
    if (x < -324.0) return 0.0;
    if (fabs(x) < 0x1p-56) return 1.0 + x;
    double e, h = m_two_prod(x, M_LN10_HI, &e);   /* x ln10 as a double-double */
    return finish(__ck_exp_kern(h, e + x * M_LN10_LO, t), t);
}

float expf(float x) { return (float)exp(x); }
float exp2f(float x) { return (float)exp2(x); }
float exp10f(float x) { return (float)exp10(x); }

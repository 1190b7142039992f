/* The parts of a double: frexp, ldexp/scalbn/scalbln, ilogb, logb, modf, nextafter, nan. */
#include "m_internal.h"

double frexp(double x, int *e)
{
    m_u64 b = m_bits(x);
    int ex = (int)(b >> 52) & 0x7ff;
    if (!ex) {
        if (!(b << 1)) {   /* zero */
            *e = 0;
            return x;
        }
        b = m_bits(x * 0x1p64);
        ex = ((int)(b >> 52) & 0x7ff) - 64;
    } else if (ex == 0x7ff) {
        *e = 0;
        return x + x;
    }
    *e = ex - 1022;
    return m_double((b & ~M_EXP) | 0x3fe0000000000000ull);
}

/* x * 2^n with one rounding: the steps keep the value normal until the last multiplication */
double scalbn(double x, int n)
{
    if (n > 1023) {
        x *= 0x1p1023;
        n -= 1023;
        if (n > 1023) {
            x *= 0x1p1023;
            n = n - 1023 > 1023 ? 1023 : n - 1023;
        }
    } else if (n < -1022) {
        x *= 0x1p-969;   /* 2^-1022 * 2^53: a subnormal result is rounded only at the end */
        n += 969;
        if (n < -1022) {
            x *= 0x1p-969;
            n = n + 969 < -1022 ? -1022 : n + 969;
        }
    }
    return x * m_pow2(n);
}

double ldexp(double x, int n) { return scalbn(x, n); }
double scalbln(double x, long n) { return scalbn(x, n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n); }

double __ck_scale(double y, int k)
{
    if (k >= -1022 && k <= 1023) return y * m_pow2(k);
    return scalbn(y, k);
}

int ilogb(double x)
{
    m_u64 b = m_bits(x) & ~M_SIGN;
    int ex = (int)(b >> 52);
    if (ex == 0x7ff) return b == M_EXP ? 2147483647 : FP_ILOGBNAN;
    if (ex) return ex - 1023;
    if (!b) return FP_ILOGB0;
    return -1011 - __builtin_clzll(b);   /* subnormal: 2^-1074 has 63 leading zeros */
}

double logb(double x)
{
    m_u64 b = m_bits(x) & ~M_SIGN;
    if (b >= M_EXP) return x * x;
    if (!b) return -1.0 / fabs(x);   /* -inf */
    return (double)ilogb(x);
}

double modf(double x, double *ip)
{
    double a = fabs(x);
    if (!(a < 0x1p52)) {   /* integral, infinite or NaN */
        *ip = x;
        return a == a ? copysign(0.0, x) : x;
    }
    double t = (double)(long long)x;
    *ip = copysign(t, x);
    return copysign(x - t, x);
}

double nextafter(double x, double y)
{
    if (x != x || y != y) return x + y;
    if (x == y) return y;
    m_u64 b = m_bits(x);
    if (!(b << 1)) return copysign(0x1p-1074, y);
    if ((x < y) == !(b >> 63)) b++; else b--;
    return m_double(b);
}

double nan(const char *tag)
{
    (void)tag;
    return m_double(0x7ff8000000000000ull);
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }
float ldexpf(float x, int n) { return (float)scalbn(x, n > 400 ? 400 : n < -400 ? -400 : n); }
float scalbnf(float x, int n) { return ldexpf(x, n); }
float scalblnf(float x, long n) { return ldexpf(x, n > 400 ? 400 : n < -400 ? -400 : (int)n); }
int ilogbf(float x) { return x != x ? FP_ILOGBNAN : ilogb(x); }
float logbf(float x) { return (float)logb(x); }

float modff(float x, float *ip)
{
    double i, f = modf(x, &i);
    *ip = (float)i;
    return (float)f;
}

float nextafterf(float x, float y)
{
    if (x != x || y != y) return x + y;
    if (x == y) return y;
    m_u32 b = m_fbits(x);
    if (!(b << 1)) return copysignf(0x1p-149f, y);
    if ((x < y) == !(b >> 31)) b++; else b--;
    return m_float(b);
}

float nanf(const char *tag)
{
    (void)tag;
    return m_float(0x7fc00000u);
}

/* What the math library's files (m_*.c) share: access to a double's bits, exact double-double
 * arithmetic (Dekker's products, Knuth's sums; the VM has no fused multiply-add), constants and
 * the kernels that several functions use. The tables and polynomial coefficients come from
 * m_remez.py. The same sources also build natively (tests/stdlib/host/math_diff.c): then the
 * host's <math.h> is used, the VM's instructions become gcc's builtins and the symbols get a
 * ck_ prefix (objcopy). */
#ifndef M_INTERNAL_H
#define M_INTERNAL_H

#include <math.h>

#ifndef __COCKPIT__
#define __ck_sqrt(x) __builtin_sqrt(x)
#define __ck_sqrtf(x) __builtin_sqrtf(x)
#define __ck_copysign(x, y) __builtin_copysign(x, y)
#define __ck_copysignf(x, y) __builtin_copysignf(x, y)
#define sqrt(x) __ck_sqrt(x)
#define sqrtf(x) __ck_sqrtf(x)
#define fabs(x) __builtin_fabs(x)
#define fabsf(x) __builtin_fabsf(x)
#define copysign(x, y) __ck_copysign(x, y)
#define copysignf(x, y) __ck_copysignf(x, y)
#endif

typedef unsigned long long m_u64;
typedef unsigned int m_u32;

#define M_SIGN 0x8000000000000000ull
#define M_EXP 0x7ff0000000000000ull
#define M_FRAC 0x000fffffffffffffull

static inline m_u64 m_bits(double x)
{
    union { double d; m_u64 u; } v;
    v.d = x;
    return v.u;
}

static inline double m_double(m_u64 u)
{
    union { double d; m_u64 u; } v;
    v.u = u;
    return v.d;
}

static inline m_u32 m_fbits(float x)
{
    union { float f; m_u32 u; } v;
    v.f = x;
    return v.u;
}

static inline float m_float(m_u32 u)
{
    union { float f; m_u32 u; } v;
    v.u = u;
    return v.f;
}

/* High word of x without its sign: compares magnitudes to within 2^-20 of the value. */
static inline m_u32 m_ahi(double x) { return (m_u32)(m_bits(x) >> 32) & 0x7fffffff; }

/* 2^e for -1022 <= e <= 1023 */
static inline double m_pow2(int e) { return m_double((m_u64)(e + 1023) << 52); }

/* s + e = a + b exactly */
static inline double m_two_sum(double a, double b, double *e)
{
    double s = a + b, bb = s - a;
    *e = (a - (s - bb)) + (b - bb);
    return s;
}

/* the same when |a| >= |b| (or a is 0) */
static inline double m_fast_two_sum(double a, double b, double *e)
{
    double s = a + b;
    *e = b - (s - a);
    return s;
}

/* p + e = a * b exactly (Veltkamp's split and Dekker's product); |a|, |b| < 2^995 and the
 * product well above the subnormals */
static inline double m_two_prod(double a, double b, double *e)
{
    double p = a * b, t = 134217729.0 * a, ah = t - (t - a), al = a - ah;
    t = 134217729.0 * b;
    double bh = t - (t - b), bl = b - bh;
    *e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    return p;
}

/* (qh + *ql) = (ah + al) / (bh + bl) to about 2^-100 */
static inline double m_dd_div(double ah, double al, double bh, double bl, double *ql)
{
    double q = ah / bh, e, p = m_two_prod(q, bh, &e);
    *ql = (((ah - p) - e) + al - q * bl) / bh;
    return q;
}

/* constants (m_remez.py): _HI + _LO is the value to about 2^-106; the _42 forms have a _HI of
 * 42 bits, so that multiplying it by an exponent is exact */
#define M_PIO2_HI 0x1.921fb54442d18p+0
#define M_PIO2_LO 0x1.1a62633145c07p-54
#define M_PI_HI 0x1.921fb54442d18p+1
#define M_PI_LO 0x1.1a62633145c07p-53
#define M_LN2_HI 0x1.62e42fefa39efp-1
#define M_LN2_LO 0x1.abc9e3b39803fp-56
#define M_LN2_42_HI 0x1.62e42fefa3800p-1
#define M_LN2_42_LO 0x1.ef35793c76730p-45
#define M_INV_LN2_HI 0x1.71547652b82fep+0
#define M_INV_LN2_LO 0x1.777d0ffda0d24p-56
#define M_INV_LN10_HI 0x1.bcb7b1526e50ep-2
#define M_INV_LN10_LO 0x1.95355baaafad3p-57
#define M_LOG10_2_42_HI 0x1.34413509f7800p-2
#define M_LOG10_2_42_LO 0x1.fef311f12b358p-46
#define M_LN10_HI 0x1.26bb1bbb55516p+1
#define M_LN10_LO -0x1.f48ad494ea3e9p-53

/* A NaN made at run time, as the host's C library makes it for a domain error. */
static inline double m_invalid(double x) { return (x - x) / (x - x); }

/* y * 2^k for any k, rounded once from y (scalbn) */
double __ck_scale(double y, int k);

/* x = k pi/2 + (*hi + *lo) with |hi + lo| <= pi/4 (by a hair more) for finite x: returns k & 3 */
int __ck_rem_pio2(double x, double *hi, double *lo);
/* sin and cos of r = hi + lo, |r| <= pi/4, as a double-double (*tl is the low part) */
double __ck_sin_kern(double hi, double lo, double *tl);
double __ck_cos_kern(double hi, double lo, double *tl);

/* exp(hi + lo) = 2^k (t[0] + t[1]) * (1 + t[2] + t[3]), |hi| < 746: returns k */
int __ck_exp_kern(double hi, double lo, double *t);
/* the same after the reduction: hi + lo = n ln2/32 + (rh + rl) */
int __ck_exp_tail(int n, double rh, double rl, double *t);
/* expm1(x) as hi + *lo for |x| <= 46 */
double __ck_expm1_kern(double x, double *lo);

/* log(x) = e ln2 + (hi + *lo) for finite x > 0, *e the exponent: the value is the log of the
 * mantissa in [sqrt(1/2), sqrt(2)) */
double __ck_log_kern(double x, double *lo, int *e);
/* log(hi + lo) rounded, for finite hi > 0 and |lo| <= ulp(hi) or so */
double __ck_log_dd(double hi, double lo);

/* atan(a / b) as hi + *lo for 0 <= a <= b, a and b double-doubles, b within 2^-60 .. 2^60 */
double __ck_atan_kern(double ah, double al, double bh, double bl, double *lo);

#endif

/* Differential test of the guest math library against the host's (glibc), run natively: the
 * stdlib's m_*.c are compiled by the host compiler and their symbols prefixed with ck_ (objcopy),
 * then every function is compared with glibc's over pseudo-random arguments in its ranges and
 * over special values. The distance is counted in units in the last place (ulps) between the
 * two results; a function passes when it stays within its tolerance: 1 ulp where glibc is
 * itself correctly rounded or nearly, more where glibc's own error is known to be larger
 * (glibc 2.36: exp10 and log10 up to 1.6 ulp, tanh 2, cbrt 2.4, sinh/acosh 1.7; for floats
 * log10f, sinhf, coshf, tanhf, asinhf, atanhf 2, where ours are correctly rounded). Functions that
 * are exact (rounding, fmod, fma, frexp, ...) must give the same bits. Prints a line per
 * function and range with the largest distance seen, then "N passed, M failed". */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CK1(f) double ck_##f(double);
#define CK1F(f) float ck_##f(float);
CK1(sin) CK1(cos) CK1(tan) CK1(asin) CK1(acos) CK1(atan) CK1(exp) CK1(exp2) CK1(exp10) CK1(expm1)
CK1(log) CK1(log2) CK1(log10) CK1(log1p) CK1(sinh) CK1(cosh) CK1(tanh) CK1(asinh) CK1(acosh)
CK1(atanh) CK1(cbrt) CK1(sqrt) CK1(fabs) CK1(floor) CK1(ceil) CK1(trunc) CK1(round) CK1(roundeven)
CK1(rint) CK1(nearbyint) CK1(logb)
CK1F(sinf) CK1F(cosf) CK1F(tanf) CK1F(asinf) CK1F(acosf) CK1F(atanf) CK1F(expf) CK1F(exp2f)
CK1F(exp10f) CK1F(expm1f) CK1F(logf) CK1F(log2f) CK1F(log10f) CK1F(log1pf) CK1F(sinhf) CK1F(coshf)
CK1F(tanhf) CK1F(asinhf) CK1F(acoshf) CK1F(atanhf) CK1F(cbrtf) CK1F(sqrtf) CK1F(floorf) CK1F(ceilf)
CK1F(truncf) CK1F(roundf) CK1F(roundevenf) CK1F(rintf) CK1F(fabsf)
double ck_pow(double, double), ck_atan2(double, double), ck_hypot(double, double), ck_fmod(double, double);
double ck_remainder(double, double), ck_fmin(double, double), ck_fmax(double, double), ck_fdim(double, double);
double ck_copysign(double, double), ck_nextafter(double, double), ck_fma(double, double, double);
double ck_frexp(double, int *), ck_ldexp(double, int), ck_modf(double, double *);
long ck_lround(double);
long long ck_llround(double), ck_llrint(double);
int ck_ilogb(double);
float ck_powf(float, float), ck_atan2f(float, float), ck_hypotf(float, float), ck_fmodf(float, float);
float ck_fmaf(float, float, float), ck_fminf(float, float), ck_fmaxf(float, float);

static long pass, fail;
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

static double uniform(double lo, double hi) { return lo + (hi - lo) * ((next() >> 11) * 0x1p-53); }
static double loguniform(double lo, double hi) { return exp(uniform(log(lo), log(hi))); }

static double any_double(void)
{
    uint64_t b = next();
    if ((b & 0x7ff0000000000000ull) == 0x7ff0000000000000ull) b |= 1ull << 51;   /* NaNs quiet */
    double d;
    memcpy(&d, &b, 8);
    return d;
}

/* distance in ulps (doubles ordered as integers); NaNs equal each other only */
static uint64_t dist(double a, double b)
{
    if (a != a || b != b) return (a != a && b != b) ? 0 : UINT64_MAX;
    int64_t x, y;
    memcpy(&x, &a, 8);
    memcpy(&y, &b, 8);
    x = x < 0 ? -(x & INT64_MAX) : x;
    y = y < 0 ? -(y & INT64_MAX) : y;
    if (a == 0 && b == 0) return x == y ? 0 : UINT64_MAX;   /* signed zeros must agree */
    return x > y ? (uint64_t)x - (uint64_t)y : (uint64_t)y - (uint64_t)x;
}

static uint64_t distf(float a, float b)
{
    if (a != a || b != b) return (a != a && b != b) ? 0 : UINT64_MAX;
    int32_t x, y;
    memcpy(&x, &a, 4);
    memcpy(&y, &b, 4);
    x = x < 0 ? -(x & INT32_MAX) : x;
    y = y < 0 ? -(y & INT32_MAX) : y;
    if (a == 0 && b == 0) return x == y ? 0 : UINT64_MAX;
    return x > y ? (uint64_t)x - (uint64_t)y : (uint64_t)y - (uint64_t)x;
}

struct stat { const char *name, *range; uint64_t worst, tol; double wx, wy; long n; };

static void report(struct stat *s)
{
    int ok = s->worst <= s->tol;
    if (ok) pass++; else fail++;
    if (s->worst == UINT64_MAX)
        printf("%s %-10s %-16s mismatch of class or sign at %a, %a\n", ok ? "ok  " : "FAIL", s->name, s->range, s->wx, s->wy);
    else if (s->worst)
        printf("%s %-10s %-16s %8ld args, max %llu ulp (tolerance %llu) at %a, %a\n", ok ? "ok  " : "FAIL", s->name,
               s->range, s->n, (unsigned long long)s->worst, (unsigned long long)s->tol, s->wx, s->wy);
    else
        printf("%s %-10s %-16s %8ld args, all equal\n", ok ? "ok  " : "FAIL", s->name, s->range, s->n);
}

static void note(struct stat *s, uint64_t d, double x, double y)
{
    s->n++;
    if (d > s->worst || (s->worst == 0 && d == 0 && s->n == 1)) {
        s->worst = d;
        s->wx = x;
        s->wy = y;
    }
}

typedef double (*fn1)(double);
typedef float (*fn1f)(float);

/* special arguments every function sees */
static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0x1p-1074, -0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp-1023,
    0x1p-30, -0x1p-30, 0x1p-60, 1e-300, 0x1.fffffffffffffp1023, -0x1.fffffffffffffp1023, 1e300, 1e22,
    709.78, 709.79, 710.5, -745.1, -745.2, 1024.0, -1075.0, 22.0, 0.75, 3.0, 10.0, 100.0, 1e-5,
    0x1.921fb54442d18p+0, 0x1.921fb54442d18p+1, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0,
};
#define NSPEC (sizeof specials / sizeof specials[0])

static void one(const char *name, fn1 ck, fn1 ref, uint64_t tol, double lo, double hi, int logscale, long n)
{
    char range[32];
    snprintf(range, sizeof range, "%s%g,%g", logscale ? "log " : "", lo, hi);
    struct stat s = { name, range, 0, tol, 0, 0, 0 };
    for (long i = 0; i < n; i++) {
        double x = logscale ? loguniform(lo, hi) : uniform(lo, hi);
        if (logscale && (next() & 1)) x = -x;
        note(&s, dist(ck(x), ref(x)), x, 0);
    }
    report(&s);
}

static void specials1(const char *name, fn1 ck, fn1 ref, uint64_t tol)
{
    struct stat s = { name, "specials", 0, tol, 0, 0, 0 };
    for (size_t i = 0; i < NSPEC; i++) note(&s, dist(ck(specials[i]), ref(specials[i])), specials[i], 0);
    for (int i = 0; i < 20000; i++) {   /* any bit pattern */
        double x = any_double();
        note(&s, dist(ck(x), ref(x)), x, 0);
    }
    report(&s);
}

static void onef(const char *name, fn1f ck, fn1f ref, uint64_t tol, double lo, double hi, int logscale)
{
    char range[32];
    snprintf(range, sizeof range, "%s%g,%g", logscale ? "log " : "", lo, hi);
    struct stat s = { name, range, 0, tol, 0, 0, 0 };
    for (long i = 0; i < 50000; i++) {
        float x = (float)(logscale ? loguniform(lo, hi) : uniform(lo, hi));
        if (logscale && (next() & 1)) x = -x;
        note(&s, distf(ck(x), ref(x)), x, 0);
    }
    for (size_t i = 0; i < NSPEC; i++) {
        float x = (float)specials[i];
        note(&s, distf(ck(x), ref(x)), x, 0);
    }
    report(&s);
}

typedef double (*fn2)(double, double);

static void two(const char *name, fn2 ck, fn2 ref, uint64_t tol, const char *range, long n,
                void (*gen)(double *, double *))
{
    struct stat s = { name, range, 0, tol, 0, 0, 0 };
    for (long i = 0; i < n; i++) {
        double x, y;
        gen(&x, &y);
        note(&s, dist(ck(x, y), ref(x, y)), x, y);
    }
    report(&s);
}

static void specials2(const char *name, fn2 ck, fn2 ref, uint64_t tol)
{
    struct stat s = { name, "specials", 0, tol, 0, 0, 0 };
    for (size_t i = 0; i < NSPEC; i++)
        for (size_t j = 0; j < NSPEC; j++) note(&s, dist(ck(specials[i], specials[j]), ref(specials[i], specials[j])), specials[i], specials[j]);
    report(&s);
}

static void g_pow_wide(double *x, double *y)
{
    *x = loguniform(1e-300, 1e300);
    *y = uniform(-700, 700) / (fabs(log(*x)) + 1e-3);
}
static void g_pow_near1(double *x, double *y) { *x = uniform(0.5, 2); *y = uniform(-1e4, 1e4); }
static void g_pow_small(double *x, double *y) { *x = uniform(0, 10); *y = uniform(-10, 10); }
static void g_pow_negint(double *x, double *y) { *x = -uniform(0, 100); *y = (double)(int)uniform(-100, 100); }
static void g_unit(double *x, double *y) { *x = uniform(-5, 5); *y = uniform(-5, 5); }
static void g_wide(double *x, double *y)
{
    *x = loguniform(1e-300, 1e300) * (next() & 1 ? -1 : 1);
    *y = loguniform(1e-300, 1e300) * (next() & 1 ? -1 : 1);
}
static void g_bits(double *x, double *y) { *x = any_double(); *y = any_double(); }

static void exact_checks(void)
{
    struct stat s = { "exact", "bits", 0, 0, 0, 0, 0 };
    fn1 f1[] = { ck_floor, ck_ceil, ck_trunc, ck_round, ck_roundeven, ck_rint, ck_nearbyint, ck_sqrt, ck_fabs, ck_logb };
    fn1 r1[] = { floor, ceil, trunc, round, roundeven, rint, nearbyint, sqrt, fabs, logb };
    fn2 f2[] = { ck_fmod, ck_remainder, ck_fmin, ck_fmax, ck_fdim, ck_copysign, ck_nextafter };
    fn2 r2[] = { fmod, remainder, fmin, fmax, fdim, copysign, nextafter };
    for (int i = 0; i < 400000; i++) {
        double x = any_double(), y = i & 1 ? any_double() : x * uniform(-3, 3), z = any_double();
        if (i & 2) x = uniform(-1e6, 1e6);
        if (i & 4) z = x * y * uniform(-1.5, 1.5);
        for (size_t k = 0; k < sizeof f1 / sizeof f1[0]; k++) note(&s, dist(f1[k](x), r1[k](x)), x, (double)k);
        for (size_t k = 0; k < sizeof f2 / sizeof f2[0]; k++) {
            double a = f2[k](x, y), b = r2[k](x, y);
            if (k == 2 || k == 3) {   /* fmin/fmax of +0 and -0: either zero is allowed */
                if (a == 0 && b == 0) a = b;
            }
            note(&s, dist(a, b), x, y);
        }
        note(&s, dist(ck_fma(x, y, z), fma(x, y, z)), x, y);
        int e1, e2;
        note(&s, dist(ck_frexp(x, &e1), frexp(x, &e2)), x, 100);
        if (x == x && e1 != e2) note(&s, UINT64_MAX, x, 101);
        int n = (int)(next() % 4300) - 2150;
        note(&s, dist(ck_ldexp(x, n), ldexp(x, n)), x, n);
        double i1, i2;
        note(&s, dist(ck_modf(x, &i1), modf(x, &i2)), x, 102);
        note(&s, dist(i1, i2), x, 103);
        if (ck_ilogb(x) != ilogb(x)) note(&s, UINT64_MAX, x, 104);
        if (fabs(x) < 1e15 && (ck_lround(x) != lround(x) || ck_llround(x) != llround(x) || ck_llrint(x) != llrint(x)))
            note(&s, UINT64_MAX, x, 105);
        float fx = (float)x, fy = (float)y, fz = (float)z;
        if (i & 8) {
            fx = (float)uniform(-100, 100);
            fy = (float)uniform(-100, 100);
            fz = -fx * fy * (float)uniform(0.9, 1.1);
        }
        note(&s, distf(ck_fmaf(fx, fy, fz), fmaf(fx, fy, fz)), fx, 106);
        note(&s, distf(ck_fmodf(fx, fy), fmodf(fx, fy)), fx, 107);
        fn1f g1[] = { ck_floorf, ck_ceilf, ck_truncf, ck_roundf, ck_roundevenf, ck_rintf, ck_sqrtf, ck_fabsf };
        fn1f h1[] = { floorf, ceilf, truncf, roundf, roundevenf, rintf, sqrtf, fabsf };
        for (size_t k = 0; k < sizeof g1 / sizeof g1[0]; k++) note(&s, distf(g1[k](fx), h1[k](fx)), fx, 110 + k);
    }
    /* fma near the boundaries: products and sums that cancel, overflow and underflow */
    for (int i = 0; i < 200000; i++) {
        double x = uniform(1, 2) * ldexp(1, (int)(next() % 2100) - 1075), y = uniform(-2, 2) * ldexp(1, (int)(next() % 200) - 100);
        double z = -x * y * (1 + uniform(-0x1p-50, 0x1p-50));
        if (i & 1) z = ldexp(uniform(-2, 2), (int)(next() % 2100) - 1075);
        note(&s, dist(ck_fma(x, y, z), fma(x, y, z)), x, y);
    }
    report(&s);
}

int main(void)
{
    struct { const char *name; fn1 ck, ref; uint64_t tol; double lo, hi; int logscale; } t[] = {
        { "sin", ck_sin, sin, 1, -10, 10, 0 }, { "sin", ck_sin, sin, 1, 1e-10, 1e300, 1 },
        { "cos", ck_cos, cos, 1, -10, 10, 0 }, { "cos", ck_cos, cos, 1, 1e-10, 1e300, 1 },
        { "tan", ck_tan, tan, 1, -10, 10, 0 }, { "tan", ck_tan, tan, 1, 1e-10, 1e300, 1 },
        { "asin", ck_asin, asin, 1, -1, 1, 0 }, { "asin", ck_asin, asin, 1, 1e-300, 1, 1 },
        { "acos", ck_acos, acos, 1, -1, 1, 0 }, { "atan", ck_atan, atan, 1, -4, 4, 0 },
        { "atan", ck_atan, atan, 1, 1e-300, 1e300, 1 },
        { "exp", ck_exp, exp, 1, -745, 710, 0 }, { "exp", ck_exp, exp, 1, -1, 1, 0 },
        { "exp2", ck_exp2, exp2, 1, -1075, 1024, 0 }, { "exp2", ck_exp2, exp2, 1, -1, 1, 0 },
        { "exp10", ck_exp10, exp10, 2, -324, 309, 0 }, { "expm1", ck_expm1, expm1, 1, -1, 1, 0 },
        { "expm1", ck_expm1, expm1, 1, 1e-300, 710, 1 },
        { "log", ck_log, log, 1, 1e-320, 1e308, 1 }, { "log", ck_log, log, 1, 0.5, 2, 0 },
        { "log2", ck_log2, log2, 1, 1e-320, 1e308, 1 }, { "log2", ck_log2, log2, 1, 0.5, 2, 0 },
        { "log10", ck_log10, log10, 2, 1e-320, 1e308, 1 }, { "log10", ck_log10, log10, 2, 0.5, 2, 0 },
        { "log1p", ck_log1p, log1p, 1, -1, 1, 0 }, { "log1p", ck_log1p, log1p, 1, 1e-300, 1e300, 1 },
        { "sinh", ck_sinh, sinh, 2, -1, 1, 0 }, { "sinh", ck_sinh, sinh, 2, 1e-300, 711, 1 },
        { "cosh", ck_cosh, cosh, 1, -1, 1, 0 }, { "cosh", ck_cosh, cosh, 1, 1e-300, 711, 1 },
        { "tanh", ck_tanh, tanh, 2, -1, 1, 0 }, { "tanh", ck_tanh, tanh, 2, 1e-300, 30, 1 },
        { "asinh", ck_asinh, asinh, 2, -2, 2, 0 }, { "asinh", ck_asinh, asinh, 2, 1e-300, 1e300, 1 },
        { "acosh", ck_acosh, acosh, 2, 1, 3, 0 }, { "acosh", ck_acosh, acosh, 2, 1, 1e300, 1 },
        { "atanh", ck_atanh, atanh, 2, -1, 1, 0 }, { "atanh", ck_atanh, atanh, 2, 1e-300, 1, 1 },
        { "cbrt", ck_cbrt, cbrt, 3, -10, 10, 0 }, { "cbrt", ck_cbrt, cbrt, 3, 1e-320, 1e308, 1 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        one(t[i].name, t[i].ck, t[i].ref, t[i].tol, t[i].lo, t[i].hi, t[i].logscale, 100000);
        if (i + 1 == sizeof t / sizeof t[0] || strcmp(t[i].name, t[i + 1].name))
            specials1(t[i].name, t[i].ck, t[i].ref, t[i].tol);
    }
    two("pow", ck_pow, pow, 1, "wide", 200000, g_pow_wide);
    two("pow", ck_pow, pow, 1, "near 1", 100000, g_pow_near1);
    two("pow", ck_pow, pow, 1, "0..10", 100000, g_pow_small);
    two("pow", ck_pow, pow, 1, "x<0, y int", 100000, g_pow_negint);
    two("pow", ck_pow, pow, 1, "bits", 100000, g_bits);
    specials2("pow", ck_pow, pow, 1);
    two("atan2", ck_atan2, atan2, 1, "-5..5", 100000, g_unit);
    two("atan2", ck_atan2, atan2, 1, "wide", 100000, g_wide);
    two("atan2", ck_atan2, atan2, 1, "bits", 100000, g_bits);
    specials2("atan2", ck_atan2, atan2, 1);
    two("hypot", ck_hypot, hypot, 1, "-5..5", 100000, g_unit);
    two("hypot", ck_hypot, hypot, 1, "wide", 100000, g_wide);
    two("hypot", ck_hypot, hypot, 1, "bits", 100000, g_bits);
    specials2("hypot", ck_hypot, hypot, 1);

    struct { const char *name; fn1f ck, ref; uint64_t tol; double lo, hi; int logscale; } tf[] = {
        { "sinf", ck_sinf, sinf, 1, 1e-6, 1e6, 1 }, { "cosf", ck_cosf, cosf, 1, 1e-6, 1e6, 1 },
        { "tanf", ck_tanf, tanf, 1, 1e-6, 1e6, 1 }, { "asinf", ck_asinf, asinf, 1, -1, 1, 0 },
        { "acosf", ck_acosf, acosf, 1, -1, 1, 0 }, { "atanf", ck_atanf, atanf, 1, 1e-30, 1e30, 1 },
        { "expf", ck_expf, expf, 1, -104, 89, 0 }, { "exp2f", ck_exp2f, exp2f, 1, -150, 128, 0 },
        { "exp10f", ck_exp10f, exp10f, 1, -45, 39, 0 }, { "expm1f", ck_expm1f, expm1f, 1, -20, 20, 0 },
        { "logf", ck_logf, logf, 1, 1e-40, 1e38, 1 }, { "log2f", ck_log2f, log2f, 1, 1e-40, 1e38, 1 },
        { "log10f", ck_log10f, log10f, 2, 1e-40, 1e38, 1 }, { "log1pf", ck_log1pf, log1pf, 1, -1, 10, 0 },
        { "sinhf", ck_sinhf, sinhf, 2, -90, 90, 0 }, { "coshf", ck_coshf, coshf, 2, -90, 90, 0 },
        { "tanhf", ck_tanhf, tanhf, 2, -10, 10, 0 }, { "asinhf", ck_asinhf, asinhf, 2, 1e-30, 1e30, 1 },
        { "acoshf", ck_acoshf, acoshf, 1, 1, 1e30, 1 }, { "atanhf", ck_atanhf, atanhf, 2, -1, 1, 0 },
        { "cbrtf", ck_cbrtf, cbrtf, 1, 1e-40, 1e38, 1 },
    };
    for (size_t i = 0; i < sizeof tf / sizeof tf[0]; i++) onef(tf[i].name, tf[i].ck, tf[i].ref, tf[i].tol, tf[i].lo, tf[i].hi, tf[i].logscale);
    {
        struct stat s = { "powf/atan2f", "0..10", 0, 1, 0, 0, 0 };
        for (int i = 0; i < 100000; i++) {
            float x = (float)uniform(0, 10), y = (float)uniform(-10, 10);
            note(&s, distf(ck_powf(x, y), powf(x, y)), x, y);
            note(&s, distf(ck_atan2f(y, x), atan2f(y, x)), y, x);
            note(&s, distf(ck_hypotf(x, y), hypotf(x, y)), x, y);
            note(&s, distf(ck_fminf(x, y), fminf(x, y)) + distf(ck_fmaxf(x, y), fmaxf(x, y)), x, y);
        }
        report(&s);
    }
    exact_checks();
    printf("%ld passed, %ld failed\n", pass, fail);
    return fail != 0;
}

/* <math.h> against glibc: special values of every function (NaN, infinities, signed zeros,
 * domain and range errors), the exact functions in %a, the classification macros for float and
 * double, and the others over a spread of arguments at 12 significant digits (the library is
 * within an ulp or two of glibc, host/math_diff.c measures it). */
#define _GNU_SOURCE
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* NaNs print as "nan" whatever their sign (the sign of a NaN made by 0/0 is the machine's);
 * zeros with the sign from their bits and no branch on it (a test for -0 or +0 becomes
 * llvm.is.fpclass, which the back end does not lower yet) */
static void show(double v)
{
    unsigned long long b;
    memcpy(&b, &v, sizeof b);
    if (v != v) printf(" nan");
    else if (!(b << 1)) printf(" %.*s0", (int)(b >> 63), "-");
    else printf(" %.12g", v);
}

static void showf(float v)
{
    unsigned b;
    memcpy(&b, &v, sizeof b);
    if (v != v) printf(" nan");
    else if (!(b << 1)) printf(" %.*s0", (int)(b >> 31), "-");
    else printf(" %.6g", (double)v);
}

/* the NaN is stored by main: a NaN in a static initialiser has the compiling host's sign */
static double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.0, 1e-310, 1e-300, -1e-20, 1e300, -1e300, 710.0, -746.0,
    1e22, INFINITY, -INFINITY, 0.0,
};
#define NS (int)(sizeof specials / sizeof specials[0])

typedef double (*fn)(double);
typedef double (*fn2)(double, double);

static void table1(const char *name, fn f)
{
    printf("%s:", name);
    for (int i = 0; i < NS; i++) show(f(specials[i]));
    printf("\n");
}

static void table2(const char *name, fn2 f)
{
    printf("%s:\n", name);
    for (int i = 0; i < NS; i++) {
        for (int j = 0; j < NS; j++) show(f(specials[i], specials[j]));
        printf("\n");
    }
}

static void spread(const char *name, fn f, double lo, double hi)
{
    printf("%s:", name);
    for (int i = 0; i <= 16; i++) show(f(lo + (hi - lo) * i / 16));
    printf("\n");
}

int main(void)
{
    specials[NS - 1] = NAN;
    fn f1[] = { sin, cos, tan, asin, acos, atan, exp, exp2, exp10, expm1, log, log2, log10, log1p,
                sinh, cosh, tanh, asinh, acosh, atanh, cbrt, sqrt, fabs, floor, ceil, trunc, round,
                roundeven, rint, nearbyint, logb };
    const char *n1[] = { "sin", "cos", "tan", "asin", "acos", "atan", "exp", "exp2", "exp10", "expm1",
                         "log", "log2", "log10", "log1p", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                         "cbrt", "sqrt", "fabs", "floor", "ceil", "trunc", "round", "roundeven", "rint",
                         "nearbyint", "logb" };
    for (int i = 0; i < (int)(sizeof f1 / sizeof f1[0]); i++) table1(n1[i], f1[i]);
    table2("pow", pow);
    table2("atan2", atan2);
    table2("hypot", hypot);
    table2("fmod", fmod);
    table2("remainder", remainder);
    table2("fmin", fmin);
    table2("fmax", fmax);
    table2("copysign", copysign);

    spread("sin", sin, -7, 7);
    spread("cos", cos, -7, 7);
    spread("tan", tan, -1.5, 1.5);
    spread("asin", asin, -1, 1);
    spread("acos", acos, -1, 1);
    spread("atan", atan, -20, 20);
    spread("exp", exp, -700, 700);
    spread("exp", exp, -2, 2);
    spread("exp2", exp2, -1070, 1020);
    spread("expm1", expm1, -1, 1);
    spread("log", log, 0.01, 100);
    spread("log2", log2, 0.125, 1000);
    spread("log10", log10, 0.001, 1e6);
    spread("log1p", log1p, -0.99, 10);
    spread("sinh", sinh, -30, 30);
    spread("cosh", cosh, -30, 30);
    spread("tanh", tanh, -3, 3);
    spread("asinh", asinh, -100, 100);
    spread("acosh", acosh, 1, 100);
    spread("atanh", atanh, -0.99, 0.99);
    spread("cbrt", cbrt, -1000, 1000);
    printf("pow:");
    for (int i = 0; i <= 16; i++) show(pow(0.3 + i * 0.7, i - 8.5));
    show(pow(2, 10));
    show(pow(10, 15));
    show(pow(-2, 3));
    show(pow(-8, 1.0 / 3));
    show(pow(2, -1074));
    show(pow(2, 1024));
    printf("\n");

    /* exact: rounding, decomposition, remainders, fma */
    const double ex[] = { 2.5, -2.5, 3.5, 0.49999999999999994, -0.5, 1e16 + 1, 4503599627370497.0, 123.456, -7.0, 1e-320 };
    for (int i = 0; i < 10; i++) {
        double x = ex[i], ip;
        int e;
        double m = frexp(x, &e), f = modf(x, &ip);
        printf("%a: %a %a %a %a %a %a %lld %lld | %a %d | %a %a | %a %a %d %a %a\n", x, floor(x), ceil(x), trunc(x),
               round(x), rint(x), nearbyint(x), llround(x), llrint(x), m, e, f, ip, ldexp(x, 100),
               scalbn(x, -1060), ilogb(x), logb(x), nextafter(x, 0));
        if (fabs(x) < 2e9) printf("  %ld %ld\n", lround(x), lrint(x));   /* long has 32 bits in the VM */
        printf("  %a %a %a %a %a\n", fmod(x, 0.75), remainder(x, 0.75), fma(x, x, -x * x), fma(x, 3.0, 1e-300), fdim(x, 1.0));
    }
    printf("%a %a %a\n", fma(0x1.0000000000001p0, 0x1.0000000000001p0, -1.0), fma(DBL_MAX, 2.0, -DBL_MAX), fma(1e-300, 1e-300, 0x1p-1074));
    printf("%a %a %a\n", (double)fmaf(0x1.000002p0f, 0x1.000002p0f, -1.0f), (double)fmodf(10.5f, 3.0f), (double)remainderf(10.5f, 3.0f));

    /* calls the optimiser rewrites: (float)floor((double)f) becomes floorf, pow(2, n) and exp2(n)
     * with an integer n become ldexp, x * x for pow(x, 2) */
    volatile float vf = 2.7f;
    volatile int vn = -3;
    volatile double vd = 1.7;
    float fv = vf;
    int n = vn;
    printf("%a %a %a %a %a %a %a %a %a\n", (double)(float)floor(fv), (double)(float)ceil(-fv), (double)(float)round(fv),
           (double)(float)trunc(fv), (double)(float)sqrt(fv), (double)(float)fmin(fv, 1.0f), pow(2.0, n), exp2(n),
           pow(vd, 2.0));

    /* classification, float and double */
    double cl[] = { 0.0, -0.0, 1.0, 1e-310, DBL_MIN, INFINITY, -INFINITY, NAN };
    for (int i = 0; i < 8; i++) {
        double d = cl[i];
        float f = (float)cl[i];
        printf("%d %d %d %d %d %d | ", fpclassify(d), isnan(d) != 0, isinf(d) != 0, isfinite(d) != 0, isnormal(d) != 0, signbit(d) != 0);
        printf("%d %d %d %d %d %d\n", fpclassify(f), isnan(f) != 0, isinf(f) != 0, isfinite(f) != 0, isnormal(f) != 0, signbit(f) != 0);
    }
    float sub = 1e-40f;
    printf("%d %d %d %d\n", fpclassify(sub), isnormal(sub) != 0, fpclassify(FLT_MIN), isnormal(FLT_MIN) != 0);
    printf("%d %d %d %d %d %d\n", isgreater(1.0, NAN), isless(1.0, 2.0), isunordered(1.0, NAN), islessgreater(1.0, 2.0),
           isgreaterequal(2.0, 2.0), islessequal(NAN, 1.0));
    printf("%d %d %d\n", FP_NAN != FP_INFINITE, FP_ZERO != FP_NORMAL, FP_SUBNORMAL != FP_NORMAL);
    show(HUGE_VAL);
    show(-HUGE_VALF);
    show(INFINITY);
    show(NAN);
    printf(" %d\n", isnan(nan("")) != 0);

    /* float versions */
    for (int i = 0; i <= 8; i++) {
        float x = -2.0f + i * 0.55f;
        printf("%g:", (double)x);
        showf(sinf(x)); showf(cosf(x)); showf(tanf(x)); showf(atanf(x)); showf(expf(x)); showf(exp2f(x));
        showf(expm1f(x)); showf(logf(x)); showf(log2f(x)); showf(log10f(x)); showf(log1pf(x)); showf(sqrtf(x));
        showf(cbrtf(x)); showf(sinhf(x)); showf(coshf(x)); showf(tanhf(x)); showf(asinhf(x)); showf(powf(x, 1.5f));
        showf(atan2f(x, 0.5f)); showf(hypotf(x, 3.0f)); showf(floorf(x)); showf(ceilf(x)); showf(roundf(x));
        showf(truncf(x)); showf(rintf(x)); showf(fabsf(x)); showf(copysignf(2.0f, x)); showf(fminf(x, 0.0f));
        showf(fmaxf(x, 0.0f)); showf(asinf(x / 2)); showf(acosf(x / 2)); showf(atanhf(x / 3)); showf(acoshf(x + 3));
        showf(ldexpf(x, 3));
        printf("\n");
    }
    return 0;
}

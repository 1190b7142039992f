/* The math library in the VM against the same sources compiled natively by gcc (math_bits.libm):
 * every function over pseudo-random arguments in its ranges, printed in %a, must give the same
 * bits; this checks that cockpit compiles the double-double arithmetic and the bit handling
 * exactly as IEEE 754 says (no contraction, no reassociation). */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>

static unsigned long long seed = 0x2545f4914f6cdd1dull;

static double uniform(double lo, double hi)
{
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return lo + (hi - lo) * ((double)(seed >> 11) * 0x1p-53);
}

typedef double (*fn)(double);

static void run(const char *name, fn f, double lo, double hi, int logscale)
{
    printf("%s:", name);
    for (int i = 0; i < 40; i++) {
        double x = logscale ? exp(uniform(log(lo), log(hi))) : uniform(lo, hi);
        printf(" %a", f(x));
    }
    printf("\n");
}

int main(void)
{
    run("sin", sin, -10, 10, 0);
    run("sin", sin, 1e5, 1e300, 1);
    run("cos", cos, -10, 10, 0);
    run("cos", cos, 1e5, 1e300, 1);
    run("tan", tan, -10, 10, 0);
    run("tan", tan, 1e5, 1e300, 1);
    run("asin", asin, -1, 1, 0);
    run("acos", acos, -1, 1, 0);
    run("atan", atan, -10, 10, 0);
    run("atan", atan, 1e-300, 1e300, 1);
    run("exp", exp, -745, 710, 0);
    run("exp", exp, -1, 1, 0);
    run("exp2", exp2, -1075, 1024, 0);
    run("exp10", exp10, -324, 309, 0);
    run("expm1", expm1, -2, 2, 0);
    run("expm1", expm1, 1e-300, 50, 1);
    run("log", log, 1e-320, 1e308, 1);
    run("log", log, 0.5, 2, 0);
    run("log2", log2, 1e-320, 1e308, 1);
    run("log10", log10, 1e-320, 1e308, 1);
    run("log1p", log1p, -1, 1, 0);
    run("log1p", log1p, 1e-300, 1e300, 1);
    run("sinh", sinh, -712, 712, 0);
    run("sinh", sinh, -1, 1, 0);
    run("cosh", cosh, -712, 712, 0);
    run("tanh", tanh, -20, 20, 0);
    run("asinh", asinh, -1e10, 1e10, 0);
    run("acosh", acosh, 1, 100, 0);
    run("atanh", atanh, -1, 1, 0);
    run("cbrt", cbrt, -1e300, 1e300, 0);
    run("cbrt", cbrt, 1e-320, 1e-300, 1);
    run("floor", floor, -1e6, 1e6, 0);
    run("round", round, -1e6, 1e6, 0);
    run("rint", rint, -1e6, 1e6, 0);
    printf("pow:");
    for (int i = 0; i < 120; i++) {
        double x = exp(uniform(-700, 700)), y = uniform(-700, 700) / (fabs(log(x)) + 1e-3);
        if (i % 3 == 1) x = uniform(0.5, 2), y = uniform(-1e4, 1e4);
        if (i % 3 == 2) x = -uniform(0, 100), y = (double)(int)uniform(-100, 100);
        printf(" %a", pow(x, y));
    }
    printf("\natan2/hypot/fmod/remainder/fma:");
    for (int i = 0; i < 120; i++) {
        double x = uniform(-5, 5) * exp(uniform(-300, 300)), y = uniform(-5, 5) * exp(uniform(-300, 300));
        if (i & 1) y = x * uniform(-3, 3);
        printf(" %a %a %a %a %a", atan2(y, x), hypot(x, y), fmod(x, y), remainder(x, y), fma(x, y, -x * y));
    }
    printf("\nfloat:");
    for (int i = 0; i < 60; i++) {
        float x = (float)uniform(-3, 3);
        printf(" %a %a %a %a %a %a %a", (double)sinf(x), (double)expf(x), (double)logf(fabsf(x)), (double)powf(fabsf(x), x),
               (double)atan2f(x, 0.7f), (double)fmaf(x, x, -1.0f), (double)floorf(x * 1000));
    }
    printf("\n");
    return 0;
}

/* Differential test of the guest strtod against the host's C library, run natively: the
 * stdlib's strtod.c is compiled by the host compiler as ck_strtod, and the result, end pointer
 * and errno are compared with glibc's (correctly rounded) over fixed inputs and over the
 * printed forms of pseudo-random doubles. Prints "N passed, M failed". */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double ck_strtod(const char *s, char **end);

static long pass, fail;
static uint64_t rng = 88172645463325252ull;

static uint64_t next(void)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

static void check(const char *s)
{
    char *e1, *e2;
    errno = 0;
    double a = strtod(s, &e1);
    int ea = errno;
    errno = 0;
    double b = ck_strtod(s, &e2);
    int eb = errno;
    if (!memcmp(&a, &b, sizeof a) && e1 == e2 && ea == eb) {
        pass++;
    } else if (fail++ < 30) {
        printf("FAIL [%s]: want %.17g (end %d, errno %d), got %.17g (end %d, errno %d)\n", s, a,
               (int)(e1 - s), ea, b, (int)(e2 - s), eb);
    }
}

int main(void)
{
    static const char *fixed[] = {
        "0", "-0", "1", "-1", "3.14159", "1e-5", "123.456e-30", "1e308", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.8e308", "4.9406564584124654e-324", "2e-324", "3e-324",
        "2.2250738585072014e-308", "2.2250738585072011e-308", "0x1.8p3", "0x.1p-2", "-0x1p-1074",
        "0x1.fffffffffffffp1023", "0x1p1024", "0X1P-1075", "0x1.00000000000008p0", "0x1.000000000000081p0",
        "inf", "-Infinity", "INFINITE", "nan", "NaN(abc)", "nan(", "  +12.5xyz", "\t\n 7", "1e", "1e+",
        "1e-x", "0x", "0xg", ".5", ".", "-.e3", "+", "", "abc", "00000000000000000000001.5",
        "123456789012345678901234567890", "0.000000000000000000000000000001234567890123456789",
        "9007199254740993", "9007199254740992.5", "1e23", "8.5e-320", "1e-400", "1e400",
        "179769313486231580793728971405301e276", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "0.1", "0.2", "0.3", "100000000000000000000000", "1.5e22", "1.5e23", "12345678901234567e-5",
    };
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) check(fixed[i]);
    static const char *fmts[] = { "%.17g", "%.15g", "%.6e", "%.19e", "%.3g", "%.16e", "%a", "%.25g" };
    char buf[64];
    for (int i = 0; i < 100000; i++) {
        uint64_t bits = next();
        double v;
        memcpy(&v, &bits, sizeof v);
        if (v != v) continue;
        snprintf(buf, sizeof buf, fmts[i % 8], v);
        check(buf);
    }
    for (int i = 0; i < 20000; i++) {           /* short decimals of every size */
        snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)(next() % 100000000000ull),
                 (int)(next() % 700) - 350);
        check(buf);
    }
    printf("%ld passed, %ld failed\n", pass, fail);
    return fail != 0;
}

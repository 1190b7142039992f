/* Differential test of the guest printf core against the host's C library, run natively: the
 * stdlib's vformat.c, format_double.c and snprintf.c are compiled by the host compiler with
 * their entry points renamed (ck_snprintf), and every format below is checked against the
 * host's snprintf over fixed and pseudo-random values. Prints "N passed, M failed". */
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <sys/types.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int ck_snprintf(char *buf, size_t n, const char *fmt, ...);

static long pass, fail;

#define FIRST(f, ...) f
#define CHECK(...)                                                               \
    do {                                                                         \
        char a[2048], b[2048];                                                   \
        int ra = snprintf(a, sizeof a, __VA_ARGS__);                             \
        int rb = ck_snprintf(b, sizeof b, __VA_ARGS__);                          \
        if (ra == rb && !strcmp(a, b)) pass++;                                   \
        else if (fail++ < 30) printf("FAIL line %d (%s): want [%s] %d, got [%s] %d\n", \
                                     __LINE__, FIRST(__VA_ARGS__, 0), a, ra, b, rb); \
    } while (0)

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

static const char *ffmt[] = {
    "%f", "%e", "%g", "%a", "%.0f", "%.0e", "%.0g", "%.1f", "%.3e", "%.10g", "%.17g", "%.20e",
    "%#.0f", "%#.0e", "%#g", "%#.3g", "%+f", "% e", "%012.3f", "%-12.3e|", "%+015.4g", "%.13a",
    "%.3a", "%.0a", "%#a", "%A", "%E", "%G", "%F", "%30.20f", "%.40f", "%.60e", "%-+8.2f|",
    "%#.10g", "%.1g", "%.2g", "%010g", "%.25a",
};

static void doubles(double v)
{
    for (size_t i = 0; i < sizeof ffmt / sizeof *ffmt; i++) {
        /* glibc 2.36 prints "1.e+06" here: '#' must keep the zeros (C11 7.21.6.1p6) */
        if (v == 999999.5 && !strcmp(ffmt[i], "%#g")) {
            char b[64];
            ck_snprintf(b, sizeof b, "%#g", v);
            if (!strcmp(b, "1.00000e+06")) pass++;
            else fail++, printf("FAIL %%#g of 999999.5: [%s]\n", b);
            continue;
        }
        CHECK(ffmt[i], v);
    }
}

int main(void)
{
    /* integers */
    int iv[] = { 0, 1, -1, 42, -42, 7, 255, 256, 65535, 100000, -2147483647 - 1, 2147483647 };
    const char *ifmt[] = { "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.0d", "%.3d", "%8.3d",
                           "%-8.3d|", "%+.0d", "%u", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%#.0o",
                           "%#5o", "%08x", "%#08x", "%-#8x|", "%hhd", "%hd", "%hhu", "%hx", "%.0x",
                           "%#.3o", "%c", "%5c", "%-3c|" };
    for (size_t i = 0; i < sizeof iv / sizeof *iv; i++)
        for (size_t j = 0; j < sizeof ifmt / sizeof *ifmt; j++) CHECK(ifmt[j], iv[i]);
    long long lv[] = { 0, 1, -1, 4294967296ll, -4294967297ll, 9223372036854775807ll, -9223372036854775807ll - 1 };
    const char *lfmt[] = { "%lld", "%llu", "%llx", "%#llo", "%+20lld", "%-20lld|", "%.25lld", "%jd", "%ju" };
    for (size_t i = 0; i < sizeof lv / sizeof *lv; i++)
        for (size_t j = 0; j < sizeof lfmt / sizeof *lfmt; j++) CHECK(lfmt[j], lv[i]);
    CHECK("%zu %zd %zx", (size_t)123456, (ssize_t)-5, (size_t)0xabc);
    CHECK("%td %ld %lu %lx", (ptrdiff_t)-77, -123456789L, 123456789UL, 0xdeadbeefUL);
    CHECK("%*d|%-*d|%*d", 6, 12, 6, 12, -6, 12);
    CHECK("%.*d|%.*d", 5, 12, -3, 12);
    CHECK("%*.*f|", 12, 3, 3.14159);
    CHECK("%s|%10s|%-10s|%.2s|%10.3s|%-10.3s|", "hello", "hello", "hello", "hello", "hello", "hello");
    CHECK("%s %.3s %.10s", (char *)NULL, (char *)NULL, (char *)NULL);
    CHECK("%p %10p %-10p|", (void *)0x1234, (void *)0xabcdef, (void *)16);
    CHECK("%p|%10p|", (void *)0, (void *)0);
    CHECK("100%% %c%c%c", 'a', 'b', 'c');
    CHECK("%5%|");
    CHECK("%");
    CHECK("abc%");
    CHECK("no conversion at all");
    CHECK("%hhd %hhu %hd %hu", 300, 300, 70000, 70000);
    int n1 = 0, n2 = 0;
    {
        char a[64], b[64];
        snprintf(a, sizeof a, "abc%ndef%n", &n1, &n2);
        int m1 = 0, m2 = 0;
        ck_snprintf(b, sizeof b, "abc%ndef%n", &m1, &m2);
        if (n1 == m1 && n2 == m2 && !strcmp(a, b)) pass++;
        else fail++, printf("FAIL %%n\n");
    }
    /* truncation and return value */
    {
        char b[8];
        int r = ck_snprintf(b, sizeof b, "%s", "0123456789");
        if (r == 10 && !strcmp(b, "0123456")) pass++;
        else fail++, printf("FAIL truncation: %d [%s]\n", r, b);
        r = ck_snprintf(NULL, 0, "%d", 12345);
        if (r == 5) pass++;
        else fail++, printf("FAIL size query: %d\n", r);
        b[0] = 'x';
        r = ck_snprintf(b, 1, "%d", 12345);
        if (r == 5 && b[0] == 0) pass++;
        else fail++, printf("FAIL n=1: %d\n", r);
    }
    /* floating point: special and boundary values */
    double fv[] = { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.1, 0.2, 0.3, 1e-5, 1e-4, 9.5, 99.5,
                    0.05, 0.15, 0.25, 0.35, 0.45, 123456789.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
                    9.999999e-5, 0.00009999995, 999999.5, 9999995.0, 1234567.0, 3.14159265358979,
                    2.718281828459045, DBL_MAX, -DBL_MAX, DBL_MIN, DBL_TRUE_MIN, 5e-324, 2.2250738585072009e-308,
                    1e300, 1e-300, 1.7976931348623157e308, 4.9406564584124654e-324, 0.999999, 0.9999995,
                    9.9999999, 1e-10, 123.456, -0.0001234, 65536.0, 4294967296.0, 18446744073709551616.0,
                    INFINITY, -INFINITY, NAN, -NAN, 1.0 / 3, 2.0 / 3, 1e100, 0.5e-320, 1023.9999999999999 };
    for (size_t i = 0; i < sizeof fv / sizeof *fv; i++) doubles(fv[i]);
    /* halfway cases: exact binary values that end in 5 */
    for (int i = 0; i < 2000; i++) {
        double v = (double)(int)(next() % 200000) / 1024.0;
        CHECK("%.0f %.1f %.2f %.3f %.4e %.2e %g %.3g", v, v, v, v, v, v, v, v);
    }
    /* random bit patterns over the whole range */
    for (int i = 0; i < 20000; i++) {
        uint64_t b = next();
        double v;
        memcpy(&v, &b, sizeof v);
        if (isnan(v)) continue;
        CHECK("%.17g %e %.0e %g %.3f %a %.2a", v, v, v, v, v, v, v);
    }
    /* random values of ordinary size */
    for (int i = 0; i < 20000; i++) {
        double v = (double)(int64_t)next() / (double)(1ull << (next() % 64));
        v = (i & 1) ? v : 1.0 / v;
        CHECK("%f %.10f %e %.15e %g %.12g %#g %a", v, v, v, v, v, v, v, v);
    }
    printf("%ld passed, %ld failed\n", pass, fail);
    return fail != 0;
}

/* <stdlib.h> conversions: atoi, atol, atoll, strtol, strtoul, strtoll, strtoull (bases 0, 2..36,
 * signs, prefixes, end pointers, overflow and errno), strtod, strtof, atof; abs, labs, llabs,
 * div, ldiv, lldiv. long is 32 bits under the VM and 64 natively: strtol and strtoul get inputs
 * whose results agree (their 32-bit overflow is in limits32.c). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static void ll(const char *s, int base)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, base);
    int e = errno;
    errno = 0;
    unsigned long long u = strtoull(s, NULL, base);
    printf("strtoll(\"%s\", %d) = %lld end %d errno %d; strtoull = %llu errno %d\n", s, base, v,
           (int)(end - s), e, u, errno);
}

/* Inputs whose strtol and strtoul results are the same with 32- and 64-bit long. */
static void l(const char *s, int base)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld end %d errno %d", s, base, v, (int)(end - s), errno);
    errno = 0;
    unsigned long u = strtoul(s, &end, base);
    printf("; strtoul = %lu end %d errno %d\n", u & 0xFFFFFFFFUL, (int)(end - s), errno);
}

static void d(const char *s)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    int e = errno;
    errno = 0;
    float f = strtof(s, NULL);
    printf("strtod(\"%s\") = %.17g %a end %d errno %d; strtof = %.9g; atof = %.17g\n", s, v, v, (int)(end - s), e,
           (double)f, atof(s));
}

int main(void)
{
    printf("atoi %d %d %d %d %d\n", atoi("42"), atoi("  -17xyz"), atoi("+8"), atoi("abc"), atoi("2147483647"));
    printf("atol %ld %ld; atoll %lld %lld\n", atol("-123456"), atol("0x10"), atoll("9223372036854775807"),
           atoll("-9223372036854775808"));

    static const char *ints[] = { "0", "123", "-123", "+77", "  \t\n 99", "0x1F", "0X1f", "0x", "0xg", "017", "08",
                                  "0", "z", "Zz", "1010", "-0", "", "   ", "-", "+-1", "12abc", "4294967295",
                                  "4294967296", "-4294967295", "-4294967296", "2147483647", "2147483648",
                                  "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
                                  "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
                                  "18446744073709551616", "99999999999999999999999" };
    static const int bases[] = { 10, 0, 16, 8, 2, 36 };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        for (size_t b = 0; b < sizeof bases / sizeof *bases; b++) ll(ints[i], bases[b]);
    static const char *longs[] = { "0", "123", "-123", "+77", " \t99", "0x1F", "0X1f", "0x", "017", "08", "z",
                                   "-0", "", "-", "12abc", "2147483647", "-2147483647", "-1", "-2147483648" };
    for (size_t i = 0; i < sizeof longs / sizeof *longs; i++) {
        l(longs[i], 10);
        l(longs[i], 0);
    }
    ll("zz", 36);
    ll("ZZ", 35);
    ll("777", 7);
    ll("777", 8);

    static const char *dbls[] = { "0", "-0", "1", "3.14159", "-2.5e-3", "1e308", "1e309", "-1e309", "1e-320",
                                  "1e-400", "0x1.8p1", "0x10", "inf", "-INFINITY", "nan", "  42.5abc", ".5",
                                  "5.", "1e", "e5", "", "0.1", "123456789012345678", "2.2250738585072014e-308",
                                  "4.9e-324", "1.7976931348623157e308", "6.02214076e23", "1.5e-7" };
    for (size_t i = 0; i < sizeof dbls / sizeof *dbls; i++) d(dbls[i]);

    printf("abs %d %d %d; labs %ld; llabs %lld\n", abs(-5), abs(5), abs(0), labs(-70000L), llabs(-5000000000LL));
    div_t q = div(17, 5), r = div(-17, 5);
    ldiv_t lq = ldiv(-100000L, 7);
    lldiv_t llq = lldiv(10000000000LL, -3);
    printf("div %d %d, %d %d; ldiv %ld %ld; lldiv %lld %lld\n", q.quot, q.rem, r.quot, r.rem, lq.quot, lq.rem,
           llq.quot, llq.rem);
    return 0;
}

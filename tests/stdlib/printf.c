/* printf, fprintf(stdout), sprintf, snprintf, vprintf, vsnprintf: every conversion with flags,
 * width, precision, '*' and length modifiers, return values, truncation, %n, and a sample of
 * floating-point values in every style. Compared with glibc. (printf.flags: the wrappers below
 * define variadic functions.) */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int wrap_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static int wrap_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(buf, size, fmt, ap);
    int m = vsnprintf(NULL, 0, fmt, ap2);     /* the same arguments again, counted only */
    va_end(ap2);
    va_end(ap);
    return n == m ? n : -2;
}

int main(void)
{
    int n;
    n = printf("hello %s, %d%%\n", "world", 100);
    printf("returned %d\n", n);
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d] [%.0d] [%+.0d]\n", -42, -42, -42, -42, 42,
           42, 7, 7, -7, 0, 0);
    printf("[%i] [%u] [%x] [%X] [%o] [%#x] [%#X] [%#o] [%#.0o] [%08x] [%#010x] [%-#8x]\n", -1, 3000000000u,
           0xbeef, 0xbeef, 8, 255, 255, 8, 0, 0xabc, 0xabc, 0xabc);
    printf("[%hhd] [%hhu] [%hd] [%hu] [%hhx] [%hx]\n", 300, 300, 70000, 70000, -1, -1);
    printf("[%ld] [%lu] [%lx] [%lld] [%llu] [%llx] [%#llo]\n", -2147483647L - 1, 4294967295UL, 0xdeadbeefUL,
           -9223372036854775807LL - 1, 18446744073709551615ULL, 0x123456789abcdefULL, 01777777777777777777777ULL);
    printf("[%zu] [%zd] [%td] [%jd] [%ju] [%zx]\n", sizeof(int), (size_t)12345, (ptrdiff_t)-99, (intmax_t)-5,
           (uintmax_t)5, (size_t)0xfff);
    printf("[%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*d]\n", 6, 1, 6, 2, -6, 3, 4, 5, -1, 6, 8, 3, 7);
    printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'a', 'b', 'c', 'x', 'y', 'z');
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%s] [%.*s]\n", "text", "text", "text", "text", "text", "", 2, "abc");
    printf("[%p] [%%]\n", (void *)0);
    int before, after;
    printf("abc%nxyz%n\n", &before, &after);
    printf("%%n: %d %d\n", before, after);
    fprintf(stdout, "fprintf %d %s\n", 1, "stdout");

    /* floating point */
    static const double vals[] = { 0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e-7, 123456.789, 1e21, 1e100,
                                   -1e-300, 5e-324, 1.7976931348623157e308, 0.5, 1.5, 999999.4, 0.000123456,
                                   65536.0, 1.0 / 3.0 };
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        double v = vals[i];
        printf("%f|%e|%g|%a|%.0f|%.2e|%.10g|%#g|%+.3f|%012.4f|%-12.3e|%G|%E|%.17g\n", v, v, v, v, v, v, v, v, v, v,
               v, v, v, v);
    }
    double inf = 1e308 * 10, nan, mnan;
    uint64_t qnan = 0x7FF8000000000000ULL, mqnan = 0xFFF8000000000000ULL;  /* inf - inf's sign varies */
    memcpy(&nan, &qnan, sizeof nan);
    memcpy(&mnan, &mqnan, sizeof mnan);
    printf("[%f] [%e] [%g] [%F] [%5.1f] [%-6f] [%06f] [%+f] [%E] [%+g] [%-5G|]\n", inf, -inf, nan, inf, inf, -inf,
           inf, inf, mnan, nan, mnan);
    printf("[%.0f] [%.0f] [%.0f] [%.0f] [%.1f] [%.2f] [%.3f]\n", 0.5, 1.5, 2.5, 3.5, 0.25, 0.125, 1.0005);
    printf("[%.30f] [%.40e]\n", 0.1, 1.0 / 3.0);
    printf("[%.0e] [%#.0e] [%#.0f] [%.1g] [%.0g] [%#.3g] [%g] [%g] [%g]\n", 5.0, 5.0, 5.0, 0.05, 123.0, 1.0,
           100000.0, 1000000.0, 0.0001);
    float f = 1.1f;
    printf("float %f %.9g %a\n", f, f, f);
    unsigned long long fsum = 0;
    double x = 1.0;
    char buf[64];
    for (int i = 0; i < 300; i++) {
        x = x * -1.37 + (double)i / 7.0;
        int k = sprintf(buf, "%.12g %.5e %.3f", x, x / 1e10, x / 1e5);
        for (int j = 0; j < k; j++) fsum = fsum * 131 + (unsigned char)buf[j];
    }
    printf("float checksum %llu\n", fsum);

    /* snprintf and friends */
    char small[8];
    n = snprintf(small, sizeof small, "%s", "0123456789");
    printf("snprintf %d [%s]\n", n, small);
    n = snprintf(NULL, 0, "%d-%d", 123, 456);
    printf("snprintf(NULL, 0) %d\n", n);
    n = snprintf(small, 1, "abc");
    printf("snprintf(1) %d [%s]\n", n, small);
    n = sprintf(buf, "%05d|%-4s|%x", 42, "ab", 255);
    printf("sprintf %d [%s]\n", n, buf);
    n = wrap_snprintf(buf, 10, "%s %d %.2f", "wrapped", 12345, 2.0 / 3.0);
    printf("vsnprintf %d [%s]\n", n, buf);
    n = wrap_printf("vprintf %s %c %lld\n", "ok", '!', -1LL);
    printf("vprintf returned %d\n", n);
    char longbuf[600];
    memset(longbuf, 'L', sizeof longbuf - 1);
    longbuf[sizeof longbuf - 1] = 0;
    n = printf("%s\n", longbuf);                     /* longer than printf's buffer */
    printf("long line %d\n", n);
    n = printf("%300d|%-300s|\n", 1, "x");
    printf("padded %d\n", n);
    return 0;
}

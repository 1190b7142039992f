/* Integer-only and full printf in one program: a floating-point conversion or a format that is not
 * a literal keeps the full printf (printf_int_mixed.syms), and both share the stdlib's core. */
#include <stdarg.h>
#include <stdio.h>

static int out(const char *fmt, ...)      /* the format reaches vprintf as a parameter: full */
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static const char *fmts[] = { "%d|", "%.3f|" };

int main(void)
{
    printf("%d %s\n", 1, "int");
    printf("%.2f %d\n", 2.5, 2);
    printf("%5.1e|%g|%a\n", 12345.0, 0.5, 1.0);
    printf(fmts[0], 3);
    printf(fmts[1], 3.25);
    printf("\n");
    char buf[32];
    snprintf(buf, sizeof buf, "%d/%G", 4, 1e-5);
    puts(buf);
    snprintf(buf, sizeof buf, "%x", 0xabc);
    puts(buf);
    out("%s=%d\n", "out", 3);
    return 0;
}

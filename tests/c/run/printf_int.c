/* Literal formats without floating-point conversions call the integer-only printf twins
 * (__ck_iprintf, ...): same output, and printf_int.syms checks that the image has no
 * floating-point formatter. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int wrapped(char *buf, size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    int r = vsnprintf(buf, n, "v:%d:%s", ap);       /* a literal format in a v-function */
    va_end(ap);
    return r;
}

int main(void)
{
    char buf[64];
    int n = printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
    printf("n=%d\n", n);
    printf("[%x] [%X] [%#x] [%o] [%#o] [%llu] [%lld]\n", 255, 255, 255, 8, 8, 18446744073709551615ULL,
           -9223372036854775807LL - 1);
    printf("[%c] [%5s] [%-5s] [%.2s] [%%]\n", 'q', "ab", "ab", "abcdef");
    printf("no newline: ");
    printf("%s", "literal argument\n");
    n = printf("result used\n");
    printf("%d\n", n);
    fprintf(stdout, "fprintf %d %s\n", -7, "x");
    n = sprintf(buf, "%04x|%-3c|", 0xbeef, 'z');
    printf("%s %d\n", buf, n);
    n = snprintf(buf, 8, "%d-%d-%d", 1000, 2000, 3000);
    printf("%s %d\n", buf, n);
    n = snprintf(buf, sizeof buf, "hello");
    printf("%s %d\n", buf, n);
    n = snprintf(NULL, 0, "%u", 4000000000u);
    printf("%d\n", n);
    n = wrapped(buf, sizeof buf, 12, "ab");
    printf("%s %d\n", buf, n);
    printf("%p %zu %hhd %hu\n", (void *)0, strlen("four"), 300, 70000);
    return 0;
}

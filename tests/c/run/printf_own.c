/* A program that defines its own printf (after using it) gets its own, not the library's twin. */
#include <stdarg.h>
#include <stdio.h>

int printf(const char *fmt, ...);

int main(void)
{
    printf("%d apples\n", 3);
    return printf("%s\n", "done") == 5 ? 0 : 1;
}

int printf(const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    fputs("own: ", stdout);
    fputs(buf, stdout);
    return n;
}

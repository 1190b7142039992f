/* puts and fputs: a string (and, for puts, a newline) to the console through io.write. */
#include <stdio.h>
#include <string.h>

#include <cockpit/io.h>

int puts(const char *s)
{
    ck_io_write(s, strlen(s));
    ck_io_putchar('\n');
    return 0;
}

int fputs(const char *restrict s, FILE *restrict f)
{
    if (f == stdin) return EOF;
    ck_io_write(s, strlen(s));
    return 0;
}

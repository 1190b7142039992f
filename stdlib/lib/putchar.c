/* putchar, fputc, putc: one byte to the console through io.putchar. */
#include <stdio.h>

#include <cockpit/io.h>

int putchar(int c)
{
    return ck_io_putchar((unsigned char)c);
}

int fputc(int c, FILE *f)
{
    if (f == stdin) return EOF;
    return ck_io_putchar((unsigned char)c);
}

int putc(int c, FILE *f)
{
    return fputc(c, f);
}

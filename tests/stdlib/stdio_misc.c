/* putchar, puts, fputs, fputc, putc, fwrite and fflush on stdout, all 256 byte values. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    printf("putchar returns %d\n", putchar('A'));
    putchar('\n');
    printf("puts returns %s\n", puts("a line from puts") >= 0 ? "non-negative" : "EOF");
    puts("");
    fputs("fputs without newline", stdout);
    fputc('|', stdout);
    putc('\n', stdout);
    const char data[] = "fwrite 12345\n";
    printf("fwrite returned %zu\n", fwrite(data, 1, strlen(data), stdout));
    printf("fwrite of 3 records of 4: %zu\n", fwrite("abcdefghijkl", 4, 3, stdout));
    putchar('\n');
    printf("fwrite zero size %zu\n", fwrite("x", 0, 5, stdout));
    printf("fflush %d\n", fflush(stdout));
    printf("EOF %d BUFSIZ>0 %d\n", EOF, BUFSIZ > 0);
    for (int c = 0; c < 256; c++) putchar(c >= 32 && c < 127 ? c : '.');
    putchar('\n');
    return 0;
}

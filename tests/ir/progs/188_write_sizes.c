/* io.write with lengths from 0 up to a few KB, from globals, stack and string literals; putchar of every printable byte. */
#include "cktest.h"

static char big[3000];

int main(void)
{
    for (int c = 32; c < 127; c++) ck_putchar(c);
    ck_nl();
    const char *lit = "0123456789abcdefghijklmnopqrstuvwxyz";
    int total = 0;
    for (unsigned n = 0; n <= 36; n += 5) { total += ck_write(lit, ck_opaque_u32(n)); ck_putchar('|'); }
    ck_nl();
    for (int i = 0; i < 3000; i++) big[i] = (char)(i % 61 == 60 ? '\n' : 'A' + i % 26);
    total += ck_write(big, 3000);
    ck_nl();
    char stack[100];
    for (int i = 0; i < 100; i++) stack[i] = (char)('a' + (i * 7) % 26);
    total += ck_write(stack + 10, 80);
    ck_nl();
    total += ck_write(stack, 0);
    ck_show_i32("total", total);
    return total & 0xff;
}

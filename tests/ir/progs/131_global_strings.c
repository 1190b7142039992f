/* Global strings: char arrays, pointers to literals, arrays of pointers, shared literal suffixes. */
#include "cktest.h"

char greeting[] = "hello";
const char *motto = "sic parvis magna";
const char *const words[] = { "zero", "one", "two", "three", "four", "five" };
char grid[3][6] = { "abc", "defgh", "i" };
const char *tail = "magna";
char buf[32];

int main(void)
{
    ck_puts(greeting);
    greeting[0] = 'j';
    ck_puts(greeting);
    ck_puts(motto);
    ck_puts(motto + 4);
    for (int i = 5; i >= 0; i--) { ck_print_str(words[ck_opaque_i32(i)]); ck_sp(); }
    ck_nl();
    for (int i = 0; i < 3; i++) { ck_print_str(grid[i]); ck_putchar('|'); }
    ck_nl();
    grid[2][1] = 'x';
    grid[2][2] = 0;
    ck_puts(grid[2]);
    int n = 0;
    for (int i = 0; i < 6; i++) for (const char *p = words[i]; *p; p++) buf[n++ % 31] = *p;
    buf[31] = 0;
    ck_puts(buf);
    int same = 1;
    for (int i = 0; tail[i]; i++) same &= tail[i] == motto[11 + i];
    ck_show_i32("same", same);
    ck_show_i32("len", (int)ck_cstrlen(motto));
    return n;
}

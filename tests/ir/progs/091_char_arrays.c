/* char arrays initialised from string literals: sizes, embedded NULs, modification, 2-D char arrays. */
#include "cktest.h"

int main(void)
{
    char a[] = "abc";
    char b[10] = "xy";
    char c[3] = { 'p', 'q', 'r' };
    char d[] = "a\0b\0c";
    char names[4][8] = { "one", "two", "three", "four" };
    ck_show_i32("sizeof a", (int)sizeof a);
    ck_show_i32("sizeof b", (int)sizeof b);
    ck_show_i32("sizeof d", (int)sizeof d);
    ck_show_i32("b[5]", b[5]);
    a[ck_opaque_i32(1)] = 'B';
    ck_puts(a);
    ck_write(c, 3);
    ck_nl();
    ck_write(d, sizeof d - 1);
    ck_nl();
    int total = 0;
    for (int i = 0; i < 4; i++) {
        ck_print_str(names[i]);
        ck_putchar(':');
        for (int j = 0; names[i][j]; j++) total += names[i][j];
    }
    ck_nl();
    names[2][ck_opaque_i32(3)] = 0;
    ck_puts(names[2]);
    unsigned char bytes[] = "\xff\x80\x7f\x01";
    unsigned s = 0;
    for (int i = 0; bytes[i]; i++) s = s * 256u + bytes[i];
    ck_show_x32("bytes", s);
    signed char sb[] = "\xff\x80";
    ck_show_i32("sbytes", sb[0] * 1000 + sb[1]);
    ck_show_i32("total", total);
    return total & 0xff;
}

#include <stdio.h>
int main(void) {
    unsigned char a = 200, b = 100;
    int r = a + b;
    printf("%d\n", r);
    unsigned char c = a + b;
    printf("%d\n", c);
    unsigned short us = 65535;
    printf("%d\n", us + 1);
    signed char sc = -1;
    unsigned int u = 1;
    printf("%d\n", sc < u);
    printf("%d\n", (unsigned char)255 == -1);
    short s1 = 20000, s2 = 20000;
    printf("%d\n", s1 + s2);
    unsigned short x = 0xffff;
    printf("%d\n", (x << 16) < 0);
    printf("%u\n", ~(unsigned char)0);
    return 0;
}

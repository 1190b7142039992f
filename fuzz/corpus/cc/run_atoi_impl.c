#include <stdio.h>
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-') { sign = -1; s++; } else if (*s == '+') s++;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static void itoa(int v, char *buf) {
    char tmp[16]; int n = 0; int neg = v < 0;
    unsigned u = neg ? -(unsigned)v : (unsigned)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) *buf++ = '-';
    while (n) *buf++ = tmp[--n];
    *buf = 0;
}
int main(void) {
    printf("%d %d %d\n", my_atoi("  123"), my_atoi("-45x"), my_atoi("+7"));
    char b[16];
    itoa(-2147483647 - 1, b); printf("%s\n", b);
    itoa(0, b); printf("%s\n", b);
    itoa(9876, b); printf("%s\n", b);
    return 0;
}

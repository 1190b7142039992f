#include <stdio.h>
int main(void) {
    int a, b, c;
    a = b = c = 5;
    printf("%d %d %d\n", a, b, c);
    int x = (a++, b += 2, a + b);
    printf("%d %d %d\n", x, a, b);
    int y = 10;
    y += 5; y -= 3; y *= 2; y /= 4; y %= 4; y <<= 3; y >>= 1; y |= 1; y &= 13; y ^= 6;
    printf("%d\n", y);
    int i = 0;
    int r = (i = 3) + i;
    printf("%d\n", r);
    return 0;
}

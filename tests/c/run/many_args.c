#include <stdio.h>
static long long sum10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + (long long)j * 10;
}
static double mix(char c, short s, int i, long long l, float f, double d, unsigned char uc) {
    return c + s + i + l + f + d + uc;
}
int main(void) {
    printf("%lld\n", sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("%g\n", mix('a', -2, 3, 4000000000LL, 0.5f, 0.25, 255));
    return 0;
}

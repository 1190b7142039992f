#include <stdio.h>
int main(void) {
    /* compound assignment on signed char */
    signed char x = 100;
    x += 7;
    printf("%lld\n", (long long)(x));
    x -= 50;
    printf("%lld\n", (long long)(x));
    x *= 3;
    printf("%lld\n", (long long)(x));
    x /= 4;
    printf("%lld\n", (long long)(x));
    x %= 9;
    printf("%lld\n", (long long)(x));
    x &= 60;
    printf("%lld\n", (long long)(x));
    x |= 65;
    printf("%lld\n", (long long)(x));
    x ^= 15;
    printf("%lld\n", (long long)(x));
    x >>= 2;
    printf("%lld\n", (long long)(x));
    x <<= 1;
    printf("%lld\n", (long long)(x));
    x -= 1000;
    printf("%lld\n", (long long)(x));
    x *= -3;
    printf("%lld\n", (long long)(x));
    x += 11;
    printf("%lld\n", (long long)(x));
    x = 5;
    x += 2.75;
    printf("%lld\n", (long long)(x));
    x *= 1.5;
    printf("%lld\n", (long long)(x));
    signed char arr[3] = { 1, 2, 3 };
    int i = 0;
    arr[i++] += 10; arr[i] <<= 2;
    printf("%lld\n", (long long)(arr[0] * 100 + arr[1] * 10 + arr[2] + i));
    return 0;
}

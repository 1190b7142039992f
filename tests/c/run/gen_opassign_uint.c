#include <stdio.h>
int main(void) {
    /* compound assignment on unsigned int */
    unsigned int x = 200u;
    x += 7;
    printf("%llu\n", (unsigned long long)(x));
    x -= 50;
    printf("%llu\n", (unsigned long long)(x));
    x *= 3;
    printf("%llu\n", (unsigned long long)(x));
    x /= 4;
    printf("%llu\n", (unsigned long long)(x));
    x %= 9;
    printf("%llu\n", (unsigned long long)(x));
    x &= 60;
    printf("%llu\n", (unsigned long long)(x));
    x |= 65;
    printf("%llu\n", (unsigned long long)(x));
    x ^= 15;
    printf("%llu\n", (unsigned long long)(x));
    x >>= 2;
    printf("%llu\n", (unsigned long long)(x));
    x <<= 1;
    printf("%llu\n", (unsigned long long)(x));
    x -= 1000;
    printf("%llu\n", (unsigned long long)(x));
    x *= 3;
    printf("%llu\n", (unsigned long long)(x));
    x += 11;
    printf("%llu\n", (unsigned long long)(x));
    x = 5;
    x += 2.75;
    printf("%llu\n", (unsigned long long)(x));
    x *= 1.5;
    printf("%llu\n", (unsigned long long)(x));
    unsigned int arr[3] = { 1, 2, 3 };
    int i = 0;
    arr[i++] += 10; arr[i] <<= 2;
    printf("%lld\n", (long long)(arr[0] * 100 + arr[1] * 10 + arr[2] + i));
    return 0;
}

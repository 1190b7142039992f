#include <stdio.h>
int main(void) {
    /* unsigned long long: arithmetic, bitwise, shifts and comparisons */
    unsigned long long v[] = { 0ULL, 1ULL, 7ULL, 10000000000000000000ULL, 18446744073709551615ULL };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        unsigned long long a = v[i];
        printf("%llu\n", (unsigned long long)(-a));
        printf("%llu\n", (unsigned long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%llu\n", (unsigned long long)(a >> 1));
        printf("%llu\n", (unsigned long long)(a << 3));
        for (int j = 0; j < n; j++) {
            unsigned long long c = v[j];
            printf("%llu\n", (unsigned long long)(a + c));
            printf("%llu\n", (unsigned long long)(a - c));
            printf("%llu\n", (unsigned long long)(a * c));
            printf("%llu\n", (unsigned long long)(a & c));
            printf("%llu\n", (unsigned long long)(a | c));
            printf("%llu\n", (unsigned long long)(a ^ c));
            if (c != 0) { printf("%llu\n", (unsigned long long)(a / c)); printf("%llu\n", (unsigned long long)(a % c)); }
            printf("%lld\n", (long long)(a < c));
            printf("%lld\n", (long long)(a <= c));
            printf("%lld\n", (long long)(a == c));
            printf("%lld\n", (long long)(a != c));
            printf("%lld\n", (long long)(a > c));
            printf("%lld\n", (long long)(a >= c));
        }
    }
    return 0;
}

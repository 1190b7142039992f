#include <stdio.h>
int main(void) {
    /* unsigned int: arithmetic, bitwise, shifts and comparisons */
    unsigned int v[] = { 0u, 1u, 7u, 3000000000u, 4294967295u };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        unsigned int a = v[i];
        printf("%llu\n", (unsigned long long)(-a));
        printf("%llu\n", (unsigned long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%llu\n", (unsigned long long)(a >> 1));
        printf("%llu\n", (unsigned long long)(a << 3));
        for (int j = 0; j < n; j++) {
            unsigned int c = v[j];
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

#include <stdio.h>
int main(void) {
    /* unsigned short: arithmetic, bitwise, shifts and comparisons */
    unsigned short v[] = { 0, 1, 7, 40000, 65535 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        unsigned short a = v[i];
        printf("%lld\n", (long long)(-a));
        printf("%lld\n", (long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%lld\n", (long long)(a >> 1));
        printf("%lld\n", (long long)(a << 3));
        for (int j = 0; j < n; j++) {
            unsigned short c = v[j];
            printf("%lld\n", (long long)(a + c));
            printf("%lld\n", (long long)(a - c));
            if ((long long)a * c <= 2147483647LL) printf("%lld\n", (long long)(a * c));
            printf("%lld\n", (long long)(a & c));
            printf("%lld\n", (long long)(a | c));
            printf("%lld\n", (long long)(a ^ c));
            if (c != 0) { printf("%lld\n", (long long)(a / c)); printf("%lld\n", (long long)(a % c)); }
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

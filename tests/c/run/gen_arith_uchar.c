#include <stdio.h>
int main(void) {
    /* unsigned char: arithmetic, bitwise, shifts and comparisons */
    unsigned char v[] = { 0, 1, 7, 200, 255 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        unsigned char a = v[i];
        printf("%lld\n", (long long)(-a));
        printf("%lld\n", (long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%lld\n", (long long)(a >> 1));
        printf("%lld\n", (long long)(a << 3));
        for (int j = 0; j < n; j++) {
            unsigned char c = v[j];
            printf("%lld\n", (long long)(a + c));
            printf("%lld\n", (long long)(a - c));
            printf("%lld\n", (long long)(a * c));
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

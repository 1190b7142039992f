#include <stdio.h>
int main(void) {
    /* signed char: arithmetic, bitwise, shifts and comparisons */
    signed char v[] = { -128, -100, -1, 0, 1, 7, 127 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        signed char a = v[i];
        printf("%lld\n", (long long)(-a));
        printf("%lld\n", (long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%lld\n", (long long)(a >> 1));
        if (a >= 0) printf("%lld\n", (long long)(a << 3));
        for (int j = 0; j < n; j++) {
            signed char c = v[j];
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

#include <stdio.h>
int main(void) {
    /* long long: arithmetic, bitwise, shifts and comparisons */
    long long v[] = { -1099511627776LL, -1000LL, -7LL, -1LL, 0LL, 1LL, 3LL, 12345LL, 3037000499LL };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        long long a = v[i];
        if (a != -1099511627776LL) printf("%lld\n", (long long)(-a));
        printf("%lld\n", (long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%lld\n", (long long)(a >> 1));
        for (int j = 0; j < n; j++) {
            long long c = v[j];
            if ((a > 100000 || a < -100000) && (c > 100000 || c < -100000)) continue;
            if (a == -1099511627776LL || c == -1099511627776LL) { printf("%lld\n", (long long)(a < c)); printf("%lld\n", (long long)(a == c)); continue; }
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

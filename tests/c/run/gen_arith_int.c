#include <stdio.h>
int main(void) {
    /* int: arithmetic, bitwise, shifts and comparisons */
    int v[] = { (-2147483647 - 1), -1000, -7, -1, 0, 1, 3, 12345, 46340 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        int a = v[i];
        if (a != (-2147483647 - 1)) printf("%lld\n", (long long)(-a));
        printf("%lld\n", (long long)(~a));
        printf("%lld\n", (long long)(!a));
        printf("%lld\n", (long long)(a >> 1));
        for (int j = 0; j < n; j++) {
            int c = v[j];
            if ((a > 100000 || a < -100000) && (c > 100000 || c < -100000)) continue;
            if (a == (-2147483647 - 1) || c == (-2147483647 - 1)) { printf("%lld\n", (long long)(a < c)); printf("%lld\n", (long long)(a == c)); continue; }
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

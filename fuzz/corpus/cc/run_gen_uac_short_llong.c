#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: short op long long is long long */
    short x[] = { -32768, -100, -1, 0, 1, 7 };
    long long y[] = { -1099511627776LL, -1000LL, -7LL, -1LL, 0LL, 1LL };
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            short p = x[i]; long long q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            if (p > -100000 && p < 100000 && q > -100000 && q < 100000) { printf("%lld\n", (long long)(p + q)); printf("%lld\n", (long long)(p - q)); printf("%lld\n", (long long)(p * q)); }
            if (q && !(p < -1000000 && q == -1)) printf("%lld\n", (long long)(p / q));
            printf("%lld\n", (long long)(p ^ q)); printf("%lld\n", (long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

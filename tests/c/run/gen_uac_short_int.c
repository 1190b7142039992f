#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: short op int is int */
    short x[] = { -32768, -100, -1, 0, 1, 7 };
    int y[] = { (-2147483647 - 1), -1000, -7, -1, 0, 1 };
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            short p = x[i]; int q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            if (p > -100000 && p < 100000 && q > -100000 && q < 100000) { printf("%lld\n", (long long)(p + q)); printf("%lld\n", (long long)(p - q)); printf("%lld\n", (long long)(p * q)); }
            if (q && !(p < -1000000 && q == -1)) printf("%lld\n", (long long)(p / q));
            printf("%lld\n", (long long)(p ^ q)); printf("%lld\n", (long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: signed char op unsigned char is int */
    signed char x[] = { -128, -100, -1, 0, 1, 7 };
    unsigned char y[] = { 0, 1, 7, 200, 255 };
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 5; j++) {
            signed char p = x[i]; unsigned char q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            if (p > -100000 && p < 100000 && q > -100000 && q < 100000) { printf("%lld\n", (long long)(p + q)); printf("%lld\n", (long long)(p - q)); printf("%lld\n", (long long)(p * q)); }
            if (q && !(p < -1000000 && q == -1)) printf("%lld\n", (long long)(p / q));
            printf("%lld\n", (long long)(p ^ q)); printf("%lld\n", (long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

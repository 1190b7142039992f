#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: unsigned short op unsigned long long is unsigned long long */
    unsigned short x[] = { 0, 1, 7, 40000, 65535 };
    unsigned long long y[] = { 0ULL, 1ULL, 7ULL, 10000000000000000000ULL, 18446744073709551615ULL };
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) {
            unsigned short p = x[i]; unsigned long long q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            printf("%llu\n", (unsigned long long)(p + q)); printf("%llu\n", (unsigned long long)(p - q)); printf("%llu\n", (unsigned long long)(q * p));
            if (q) printf("%llu\n", (unsigned long long)(p / q));
            if (p) printf("%llu\n", (unsigned long long)(q % p));
            printf("%llu\n", (unsigned long long)(p ^ q)); printf("%llu\n", (unsigned long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

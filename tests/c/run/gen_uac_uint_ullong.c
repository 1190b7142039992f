#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: unsigned int op unsigned long long is unsigned long long */
    unsigned int x[] = { 0u, 1u, 7u, 3000000000u, 4294967295u };
    unsigned long long y[] = { 0ULL, 1ULL, 7ULL, 10000000000000000000ULL, 18446744073709551615ULL };
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) {
            unsigned int p = x[i]; unsigned long long q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            printf("%llu\n", (unsigned long long)(p + q)); printf("%llu\n", (unsigned long long)(p - q)); printf("%llu\n", (unsigned long long)(q * p));
            if (q) printf("%llu\n", (unsigned long long)(p / q));
            if (p) printf("%llu\n", (unsigned long long)(q % p));
            printf("%llu\n", (unsigned long long)(p ^ q)); printf("%llu\n", (unsigned long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

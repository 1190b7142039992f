#include <stdio.h>
int main(void) {
    /* usual arithmetic conversions: unsigned char op unsigned int is unsigned int */
    unsigned char x[] = { 0, 1, 7, 200, 255 };
    unsigned int y[] = { 0u, 1u, 7u, 3000000000u, 4294967295u };
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) {
            unsigned char p = x[i]; unsigned int q = y[j];
            printf("%lld\n", (long long)(p < q)); printf("%lld\n", (long long)(p == q)); printf("%lld\n", (long long)(q > p));
            printf("%llu\n", (unsigned long long)(p + q)); printf("%llu\n", (unsigned long long)(p - q)); printf("%llu\n", (unsigned long long)(q * p));
            if (q) printf("%llu\n", (unsigned long long)(p / q));
            if (p) printf("%llu\n", (unsigned long long)(q % p));
            printf("%llu\n", (unsigned long long)(p ^ q)); printf("%llu\n", (unsigned long long)((p | q) & 0x7f));
            printf("%lld\n", (long long)(sizeof(p + q)));
        }
    return 0;
}

/* The sieve of Eratosthenes over bytes and over a bit array, with prime counting and twin primes. */
#include "cktest.h"

#define N 20000
static unsigned char comp[N + 1];
static unsigned bits[(N >> 5) + 1];

int main(void)
{
    int n = ck_opaque_i32(N);
    for (int i = 2; i * i <= n; i++) if (!comp[i]) for (int j = i * i; j <= n; j += i) comp[j] = 1;
    int count = 0, twins = 0, last = 0;
    for (int i = 2; i <= n; i++) if (!comp[i]) { count++; if (i - last == 2) twins++; last = i; }
    ck_show_i32("count", count);
    ck_show_i32("twins", twins);
    ck_show_i32("last", last);
    for (int i = 2; i * i <= n; i++)
        if (!(bits[i >> 5] >> (i & 31) & 1))
            for (int j = i * i; j <= n; j += i) bits[j >> 5] |= 1u << (j & 31);
    int count2 = 0;
    for (int i = 2; i <= n; i++) count2 += !(bits[i >> 5] >> (i & 31) & 1);
    ck_show_i32("count2", count2);
    int gaps[20] = { 0 };
    last = 2;
    for (int i = 3; i <= n; i++) if (!comp[i]) { int g = i - last; if (g < 40) gaps[g / 2]++; last = i; }
    for (int i = 0; i < 20; i++) { ck_print_i32(gaps[i]); ck_sp(); }
    ck_nl();
    return count & 0xff;
}

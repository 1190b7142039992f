/* Pseudo-random generators: LCG, xorshift32/64, xorshift128+, PCG32, splitmix64; histograms of outputs. */
#include "cktest.h"

static unsigned lcg(unsigned *s) { *s = *s * 1664525u + 1013904223u; return *s; }
static unsigned xs32(unsigned *s) { unsigned x = *s; x ^= x << 13; x ^= x >> 17; x ^= x << 5; return *s = x; }
static unsigned long long xs64(unsigned long long *s) { unsigned long long x = *s; x ^= x << 13; x ^= x >> 7; x ^= x << 17; return *s = x; }
static unsigned long long xs128p(unsigned long long s[2])
{
    unsigned long long a = s[0], b = s[1];
    s[0] = b;
    a ^= a << 23;
    s[1] = a ^ b ^ (a >> 17) ^ (b >> 26);
    return s[1] + b;
}
static unsigned pcg32(unsigned long long *state)
{
    unsigned long long old = *state;
    *state = old * 6364136223846793005ull + 1442695040888963407ull;
    unsigned xorshifted = (unsigned)(((old >> 18) ^ old) >> 27);
    unsigned rot = (unsigned)(old >> 59);
    return (xorshifted >> rot) | (xorshifted << ((0u - rot) & 31));
}
static unsigned long long splitmix(unsigned long long *x)
{
    unsigned long long z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int main(void)
{
    unsigned s1 = ck_opaque_u32(1), s2 = ck_opaque_u32(2463534242u);
    unsigned long long s3 = ck_opaque_u64(88172645463325252ull), s4[2] = { 1, 2 }, s5 = ck_opaque_u64(42), s6 = 0;
    int hist[8] = { 0 };
    for (int i = 0; i < 1000; i++) {
        unsigned a = lcg(&s1), b = xs32(&s2);
        unsigned long long c = xs64(&s3), d = xs128p(s4);
        unsigned e = pcg32(&s5);
        unsigned long long f = splitmix(&s6);
        hist[(a >> 29) & 7]++; hist[b & 7]++; hist[(c >> 61) & 7]++; hist[d & 7]++; hist[e >> 29]++; hist[f & 7]++;
        if (i % 200 == 0) {
            ck_print_x32(a); ck_sp(); ck_print_x32(b); ck_sp(); ck_print_x64(c); ck_sp(); ck_print_x64(d); ck_sp();
            ck_print_x32(e); ck_sp(); ck_print_x64(f); ck_nl();
        }
    }
    for (int i = 0; i < 8; i++) { ck_print_i32(hist[i]); ck_sp(); }
    ck_nl();
    return hist[0] & 0xff;
}

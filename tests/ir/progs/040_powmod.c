/* Modular exponentiation and Miller-Rabin with 64-bit products of 32-bit residues. */
#include "cktest.h"

static unsigned mulmod(unsigned a, unsigned b, unsigned m) { return (unsigned)((unsigned long long)a * b % m); }
static unsigned powmod(unsigned b, unsigned e, unsigned m)
{
    unsigned r = 1 % m;
    b %= m;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}
static int is_prime(unsigned n)
{
    if (n < 2) return 0;
    static const unsigned small[] = { 2, 3, 5, 7 };
    for (int i = 0; i < 4; i++) if (n % small[i] == 0) return n == small[i];
    unsigned d = n - 1;
    int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 4; i++) {
        unsigned x = powmod(small[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) {
            x = mulmod(x, x, n);
            if (x == n - 1) { comp = 0; break; }
        }
        if (comp) return 0;
    }
    return 1;
}

int main(void)
{
    ck_show_u32("2^10 mod 1000", powmod(ck_opaque_u32(2), 10, 1000));
    ck_show_u32("3^1e9 mod p", powmod(ck_opaque_u32(3), 1000000000u, 1000000007u));
    ck_show_u32("fermat", powmod(ck_opaque_u32(123456789u), 4294967290u, 4294967291u));
    int count = 0;
    unsigned last = 0;
    for (unsigned n = ck_opaque_u32(4294967000u); n < 4294967295u && n >= 4294967000u; n++) {
        if (is_prime(n)) { count++; last = n; ck_print_u32(n); ck_sp(); }
    }
    ck_nl();
    int small = 0;
    for (unsigned n = 0; n < 1000; n++) small += is_prime(ck_opaque_u32(n));
    ck_show_i32("count", count);
    ck_show_u32("last", last);
    ck_show_i32("primes<1000", small);
    return small & 0xff;
}

/* Multi-precision integers as arrays of 32-bit limbs: 60!, 2^500 in decimal, and a big subtraction. */
#include "cktest.h"

#define LIMBS 40
typedef struct { unsigned d[LIMBS]; int n; } big;

static void set_small(big *a, unsigned v) { a->d[0] = v; a->n = v ? 1 : 0; for (int i = 1; i < LIMBS; i++) a->d[i] = 0; }
static void mul_small(big *a, unsigned m)
{
    unsigned long long carry = 0;
    for (int i = 0; i < a->n; i++) { unsigned long long t = (unsigned long long)a->d[i] * m + carry; a->d[i] = (unsigned)t; carry = t >> 32; }
    if (carry) a->d[a->n++] = (unsigned)carry;
}
static unsigned div_small(big *a, unsigned m)
{
    unsigned long long rem = 0;
    for (int i = a->n - 1; i >= 0; i--) { unsigned long long cur = rem << 32 | a->d[i]; a->d[i] = (unsigned)(cur / m); rem = cur % m; }
    while (a->n && !a->d[a->n - 1]) a->n--;
    return (unsigned)rem;
}
static void sub(big *a, const big *b)   /* a -= b, a >= b */
{
    long long borrow = 0;
    for (int i = 0; i < a->n; i++) {
        long long t = (long long)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        a->d[i] = (unsigned)(t + (borrow ? 0x100000000ll : 0));
    }
    while (a->n && !a->d[a->n - 1]) a->n--;
}
static void print_big(big a)
{
    char buf[400];
    int n = 0;
    if (!a.n) buf[n++] = '0';
    while (a.n) { unsigned r = div_small(&a, 1000000000u); for (int k = 0; k < 9 && (a.n || r); k++) { buf[n++] = (char)('0' + r % 10); r /= 10; } }
    while (n) ck_putchar(buf[--n]);
    ck_nl();
}

int main(void)
{
    big f;
    set_small(&f, 1);
    for (unsigned i = 2; i <= ck_opaque_u32(60); i++) mul_small(&f, i);
    print_big(f);
    ck_show_i32("limbs", f.n);
    big p;
    set_small(&p, 1);
    for (int i = 0; i < 50; i++) mul_small(&p, 1024);
    print_big(p);
    sub(&p, &f);
    print_big(p);
    big t;
    set_small(&t, 0);
    print_big(t);
    unsigned digsum = 0;
    big c = f;
    while (c.n) digsum += div_small(&c, 10);
    ck_show_u32("digsum", digsum);
    return (int)digsum;
}

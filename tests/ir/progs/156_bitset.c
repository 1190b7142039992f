/* Bit sets in arrays of 32- and 64-bit words: set, clear, test, union, intersection, population. */
#include "cktest.h"

#define BITS 1000
typedef struct { unsigned long long w[(BITS + 63) / 64]; } bset;

static void bs_set(bset *s, int i) { s->w[i >> 6] |= 1ull << (i & 63); }
static void bs_clear(bset *s, int i) { s->w[i >> 6] &= ~(1ull << (i & 63)); }
static int bs_test(const bset *s, int i) { return (int)(s->w[i >> 6] >> (i & 63)) & 1; }
static int bs_count(const bset *s) { int n = 0; for (int i = 0; i < (BITS + 63) / 64; i++) n += __builtin_popcountll(s->w[i]); return n; }
static int bs_next(const bset *s, int from)
{
    for (int i = from; i < BITS;) {
        unsigned long long w = s->w[i >> 6] >> (i & 63);
        if (w) return i + __builtin_ctzll(w);
        i = (i | 63) + 1;
    }
    return -1;
}

int main(void)
{
    bset a = { { 0 } }, b = { { 0 } }, u, x;
    for (int i = 0; i < BITS; i += 3) bs_set(&a, ck_opaque_i32(i));
    for (int i = 0; i < BITS; i += 5) bs_set(&b, i);
    for (int i = 0; i < BITS; i += 45) bs_clear(&a, i);
    for (int i = 0; i < (BITS + 63) / 64; i++) { u.w[i] = a.w[i] | b.w[i]; x.w[i] = a.w[i] & b.w[i]; }
    ck_show_i32("a", bs_count(&a));
    ck_show_i32("b", bs_count(&b));
    ck_show_i32("union", bs_count(&u));
    ck_show_i32("inter", bs_count(&x));
    for (int i = bs_next(&x, 0); i >= 0; i = bs_next(&x, i + 1)) { ck_print_i32(i); ck_sp(); }
    ck_nl();
    ck_show_i32("t999", bs_test(&a, 999));
    ck_show_i32("t990", bs_test(&b, 990));
    unsigned small[4] = { 0 };
    for (int i = 0; i < 128; i += 7) small[i / 32] |= 1u << (i % 32);
    for (int i = 0; i < 4; i++) { ck_print_x32(small[i]); ck_sp(); }
    ck_nl();
    return bs_count(&x);
}

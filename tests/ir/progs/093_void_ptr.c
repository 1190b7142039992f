/* Generic code over void pointers: element-size-parameterised swap, reverse and search. */
#include "cktest.h"

static void gswap(void *a, void *b, unsigned size)
{
    unsigned char *x = a, *y = b;
    for (unsigned i = 0; i < size; i++) { unsigned char t = x[i]; x[i] = y[i]; y[i] = t; }
}
static void greverse(void *base, unsigned n, unsigned size)
{
    unsigned char *p = base;
    for (unsigned i = 0, j = n - 1; n && i < j; i++, j--) gswap(p + i * size, p + j * size, size);
}
static int gfind(const void *base, unsigned n, unsigned size, const void *key)
{
    const unsigned char *p = base, *k = key;
    for (unsigned i = 0; i < n; i++) {
        unsigned j = 0;
        while (j < size && p[i * size + j] == k[j]) j++;
        if (j == size) return (int)i;
    }
    return -1;
}

struct rec { short a; int b; };

int main(void)
{
    int v[7] = { 1, 2, 3, 4, 5, 6, 7 };
    greverse(v, 7, sizeof v[0]);
    for (int i = 0; i < 7; i++) ck_print_i32(v[i]);
    ck_nl();
    double d[4] = { 1.5, -2.0, 3.25, ck_opaque_f64(4.0) };
    greverse(d, 4, sizeof d[0]);
    for (int i = 0; i < 4; i++) { ck_print_f64(d[i]); ck_sp(); }
    ck_nl();
    struct rec r[5];
    for (int i = 0; i < 5; i++) { r[i].a = (short)i; r[i].b = ck_opaque_i32(i * 1000); }
    greverse(r, 5, sizeof r[0]);
    for (int i = 0; i < 5; i++) { ck_print_i32(r[i].a); ck_putchar(':'); ck_print_i32(r[i].b); ck_sp(); }
    ck_nl();
    int key = ck_opaque_i32(3);
    long long lk = 7;
    long long ls[4] = { 5, 6, 7, 8 };
    ck_show_i32("find", gfind(v, 7, sizeof(int), &key));
    ck_show_i32("findll", gfind(ls, 4, sizeof(long long), &lk));
    void *vp = &v[2];
    int *ip = vp;
    ck_show_i32("vp", *ip);
    return v[0];
}

/* Struct copies between overlapping and aliased places: self-assignment, swaps, array element moves. */
#include "cktest.h"

typedef struct { int a; long long b; unsigned char c[6]; } item;

static void swap(item *x, item *y) { item t = *x; *x = *y; *y = t; }
static void set_from(item *dst, const item *src) { *dst = *src; dst->a++; }

static int fp(const item *x) { int s = x->a * 7 + (int)(x->b % 1000); for (int i = 0; i < 6; i++) s = s * 3 + x->c[i]; return s; }

int main(void)
{
    item v[8];
    for (int i = 0; i < 8; i++) {
        v[i].a = ck_opaque_i32(i);
        v[i].b = (long long)i * 1000003;
        for (int j = 0; j < 6; j++) v[i].c[j] = (unsigned char)(i * 6 + j);
    }
    swap(&v[1], &v[6]);
    swap(&v[2], &v[2]);
    v[3] = v[3];
    set_from(&v[4], &v[4]);
    set_from(&v[0], &v[7]);
    for (int i = 7; i > 0; i--) v[i] = v[i - 1];   /* shift up */
    int s = 0;
    for (int i = 0; i < 8; i++) { ck_print_i32(fp(&v[i])); ck_sp(); s += fp(&v[i]); }
    ck_nl();
    return s & 0xff;
}

/* Memberwise comparison and ordering of structs, lexicographic keys, structs in conditions. */
#include "cktest.h"

typedef struct { int major, minor, patch; } version;
typedef struct { unsigned char r, g, b, a; } rgba;

static int vcmp(version x, version y)
{
    if (x.major != y.major) return x.major < y.major ? -1 : 1;
    if (x.minor != y.minor) return x.minor < y.minor ? -1 : 1;
    return (x.patch > y.patch) - (x.patch < y.patch);
}
static int rgba_eq(const rgba *x, const rgba *y) { return x->r == y->r && x->g == y->g && x->b == y->b && x->a == y->a; }

int main(void)
{
    version v[6] = { { 1, 2, 3 }, { 1, 2, 4 }, { 0, 9, 9 }, { 1, 10, 0 }, { 1, 2, 3 }, { 2, 0, 0 } };
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            version a = v[ck_opaque_i32(i)], b = v[j];
            ck_print_i32(vcmp(a, b)); ck_putchar(j == 5 ? '\n' : ' ');
        }
    }
    version best = v[0];
    for (int i = 1; i < 6; i++) if (vcmp(v[i], best) > 0) best = v[i];
    ck_show_i32("best", best.major * 10000 + best.minor * 100 + best.patch);
    rgba c1 = { 1, 2, 3, 255 }, c2 = c1, c3 = c1;
    c3.b = (unsigned char)ck_opaque_i32(4);
    ck_show_i32("eq12", rgba_eq(&c1, &c2));
    ck_show_i32("eq13", rgba_eq(&c1, &c3));
    return best.major;
}

/* Indirect calls whose signatures carry structs by value and return them (sret and byval through pointers). */
#include "cktest.h"

typedef struct { int x, y, z; } v3;
typedef struct { long long a; double b; unsigned char tag[5]; } rec;
typedef v3 (*v3op)(v3, v3);
typedef rec (*recop)(rec, int);

static v3 vadd(v3 a, v3 b) { v3 r = { a.x + b.x, a.y + b.y, a.z + b.z }; return r; }
static v3 vsub(v3 a, v3 b) { v3 r = { a.x - b.x, a.y - b.y, a.z - b.z }; return r; }
static v3 vcross(v3 a, v3 b) { v3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x }; return r; }
static rec rscale(rec r, int k) { r.a *= k; r.b *= k; for (int i = 0; i < 5; i++) r.tag[i] = (unsigned char)(r.tag[i] + k); return r; }
static rec rneg(rec r, int k) { r.a = -r.a + k; r.b = -r.b; r.tag[k % 5] = 0; return r; }

static v3op vops[3] = { vadd, vsub, vcross };
static recop rops[2] = { rscale, rneg };

int main(void)
{
    v3 acc = { 1, 2, 3 }, d = { ck_opaque_i32(-1), 4, ck_opaque_i32(2) };
    for (int i = 0; i < 9; i++) {
        acc = vops[ck_opaque_i32(i) % 3](acc, d);
        ck_print_i32(acc.x); ck_sp(); ck_print_i32(acc.y); ck_sp(); ck_print_i32(acc.z); ck_nl();
    }
    rec r = { ck_opaque_i64(1000000007), 0.5, { 1, 2, 3, 4, 5 } };
    for (int i = 0; i < 6; i++) {
        r = rops[ck_opaque_i32(i) & 1](r, i + 2);
        ck_print_i64(r.a); ck_sp(); ck_print_f64(r.b); ck_sp();
        for (int k = 0; k < 5; k++) ck_print_u32(r.tag[k]);
        ck_nl();
    }
    return (int)(r.a & 0xff);
}

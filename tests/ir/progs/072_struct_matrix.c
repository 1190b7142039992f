/* 2-D arrays inside structs (a 4x4 matrix type) passed and returned by value. */
#include "cktest.h"

typedef struct { int m[4][4]; } mat;

static mat identity(void) { mat r; for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) r.m[i][j] = i == j; return r; }
static mat mul(mat a, mat b)
{
    mat r;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            int s = 0;
            for (int k = 0; k < 4; k++) s += a.m[i][k] * b.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}
static mat transpose(mat a) { mat r; for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) r.m[i][j] = a.m[j][i]; return r; }
static int trace(mat a) { return a.m[0][0] + a.m[1][1] + a.m[2][2] + a.m[3][3]; }

int main(void)
{
    mat a;
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) a.m[i][j] = ck_opaque_i32((i * 4 + j) % 7 - 3);
    mat p = identity();
    for (int k = 0; k < 5; k++) {
        p = mul(p, a);
        ck_show_i32("trace", trace(p));
    }
    mat t = mul(a, transpose(a));
    for (int i = 0; i < 4; i++) { for (int j = 0; j < 4; j++) { ck_print_i32(t.m[i][j]); ck_sp(); } ck_nl(); }
    return trace(t) & 0xff;
}

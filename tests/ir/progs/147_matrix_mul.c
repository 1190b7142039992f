/* Integer matrix multiply (naive and loop-interchanged), matrix power, and 64-bit accumulations. */
#include "cktest.h"

#define M 12
static int a[M][M], b[M][M], c[M][M], d[M][M];

static void mul(int r[M][M], int x[M][M], int y[M][M])
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < M; j++) {
            int s = 0;
            for (int k = 0; k < M; k++) s += x[i][k] * y[k][j];
            r[i][j] = s;
        }
}
static void mul_ikj(int r[M][M], int x[M][M], int y[M][M])
{
    for (int i = 0; i < M; i++) for (int j = 0; j < M; j++) r[i][j] = 0;
    for (int i = 0; i < M; i++)
        for (int k = 0; k < M; k++) {
            int t = x[i][k];
            for (int j = 0; j < M; j++) r[i][j] += t * y[k][j];
        }
}

int main(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < M; j++) { a[i][j] = ck_opaque_i32((i * 3 + j * 5) % 17 - 8); b[i][j] = (i ^ j) - 6; }
    mul(c, a, b);
    mul_ikj(d, a, b);
    int same = 1;
    unsigned h = 0;
    for (int i = 0; i < M; i++) for (int j = 0; j < M; j++) { same &= c[i][j] == d[i][j]; h = h * 31u + (unsigned)c[i][j]; }
    ck_show_i32("same", same);
    ck_show_x32("h", h);
    for (int j = 0; j < M; j++) { ck_print_i32(c[5][j]); ck_sp(); }
    ck_nl();
    /* Fibonacci by 2x2 matrix power in 64 bits */
    unsigned long long f[2][2] = { { 1, 1 }, { 1, 0 } }, r[2][2] = { { 1, 0 }, { 0, 1 } };
    int e = ck_opaque_i32(90);
    while (e) {
        if (e & 1) {
            unsigned long long t[2][2];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = r[i][0] * f[0][j] + r[i][1] * f[1][j];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r[i][j] = t[i][j];
        }
        unsigned long long t[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = f[i][0] * f[0][j] + f[i][1] * f[1][j];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) f[i][j] = t[i][j];
        e >>= 1;
    }
    ck_show_u64("fib90", r[0][1]);
    return (int)(h & 0xff);
}

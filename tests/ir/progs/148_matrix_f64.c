/* Double-precision linear algebra: Gaussian elimination with partial pivoting, determinant, solve. */
#include "cktest.h"

#define N 6

static double det_and_solve(double m[N][N], double *b, double *x)
{
    double det = 1.0;
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if (__builtin_fabs(m[r][c]) > __builtin_fabs(m[p][c])) p = r;
        if (m[p][c] == 0.0) return 0.0;
        if (p != c) {
            for (int k = 0; k < N; k++) { double t = m[c][k]; m[c][k] = m[p][k]; m[p][k] = t; }
            double t = b[c]; b[c] = b[p]; b[p] = t;
            det = -det;
        }
        det *= m[c][c];
        for (int r = c + 1; r < N; r++) {
            double f = m[r][c] / m[c][c];
            for (int k = c; k < N; k++) m[r][k] -= f * m[c][k];
            b[r] -= f * b[c];
        }
    }
    for (int r = N - 1; r >= 0; r--) {
        double s = b[r];
        for (int k = r + 1; k < N; k++) s -= m[r][k] * x[k];
        x[r] = s / m[r][r];
    }
    return det;
}

int main(void)
{
    double m[N][N], b[N], x[N];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) m[i][j] = ck_opaque_f64(1.0 / (i + j + 1) + (i == j ? 1.0 : 0.0));
        b[i] = i + 1.0;
    }
    double det = det_and_solve(m, b, x);
    ck_show_f64("det", det);
    for (int i = 0; i < N; i++) { ck_print_f64(x[i]); ck_nl(); }
    double id[N][N], e[N];
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) id[i][j] = (i == j) * 2.0; e[i] = ck_opaque_f64(i); }
    ck_show_f64("det2", det_and_solve(id, e, x));
    ck_show_f64("x5", x[5]);
    return (int)(det * 100.0);
}

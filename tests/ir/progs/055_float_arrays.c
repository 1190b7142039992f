/* Float and double arrays: dot products, running sums, prefix arrays, polynomial evaluation. */
#include "cktest.h"

#define N 64
static double a[N], b[N];
static float fa[N];

static double dot(const double *x, const double *y, int n) { double s = 0.0; for (int i = 0; i < n; i++) s += x[i] * y[i]; return s; }
static double horner(const double *c, int n, double x) { double r = 0.0; for (int i = n - 1; i >= 0; i--) r = r * x + c[i]; return r; }

int main(void)
{
    for (int i = 0; i < N; i++) {
        a[i] = ck_opaque_f64(i * 0.25 - 3.0);
        b[i] = ck_opaque_f64(1.0 / (i + 1));
        fa[i] = (float)a[i] * (float)b[i];
    }
    ck_show_f64("dot", dot(a, b, N));
    ck_show_f64("dot_half", dot(a + N / 2, b, N / 2));
    float fs = 0.0f;
    for (int i = 0; i < N; i++) fs += fa[i];
    ck_show_f32("fsum", fs);
    double prefix[N];
    prefix[0] = a[0];
    for (int i = 1; i < N; i++) prefix[i] = prefix[i - 1] + a[i];
    for (int i = 0; i < N; i += 9) { ck_print_f64(prefix[i]); ck_sp(); }
    ck_nl();
    static const double coef[6] = { 1.0, -2.0, 0.5, 0.25, -0.125, 0.0625 };
    for (int i = 0; i < 8; i++) { ck_print_f64(horner(coef, 6, ck_opaque_f64(i * 0.5 - 2.0))); ck_sp(); }
    ck_nl();
    double mx = a[0];
    int at = 0;
    for (int i = 1; i < N; i++) if (a[i] * b[i] > mx * b[at]) { mx = a[i]; at = i; }
    ck_show_i32("argmax", at);
    return at;
}

/* Naive, Kahan and pairwise summation of the same float and double data: order-sensitive results. */
#include "cktest.h"

#define N 256
static float data[N];

static float naive(const float *x, int n) { float s = 0.0f; for (int i = 0; i < n; i++) s += x[i]; return s; }
static float kahan(const float *x, int n)
{
    float s = 0.0f, c = 0.0f;
    for (int i = 0; i < n; i++) {
        float y = x[i] - c;
        float t = s + y;
        c = (t - s) - y;
        s = t;
    }
    return s;
}
static float pairwise(const float *x, int n) { return n <= 2 ? (n == 1 ? x[0] : x[0] + x[1]) : pairwise(x, n / 2) + pairwise(x + n / 2, n - n / 2); }

int main(void)
{
    unsigned seed = ck_opaque_u32(12345);
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (float)(seed >> 8) / 16777216.0f * (i % 3 ? 1.0f : 1000.0f);
    }
    ck_show_f32("naive", naive(data, N));
    ck_show_f32("kahan", kahan(data, N));
    ck_show_f32("pairwise", pairwise(data, N));
    double d = 0.0;
    for (int i = N - 1; i >= 0; i--) d += data[i];
    ck_show_f64("double_rev", d);
    double m = 0.0, m2 = 0.0;
    for (int i = 0; i < N; i++) {
        double delta = data[i] - m;
        m += delta / (i + 1);
        m2 += delta * (data[i] - m);
    }
    ck_show_f64("mean", m);
    ck_show_f64("var", m2 / (N - 1));
    return (int)m & 0xff;
}

/* Sorting doubles and floats (shell sort), including negative zero and infinities, then statistics. */
#include "cktest.h"

static void shell_d(double *v, int n)
{
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++) { double t = v[i]; int j = i; while (j >= gap && v[j - gap] > t) { v[j] = v[j - gap]; j -= gap; } v[j] = t; }
}
static void shell_f(float *v, int n)
{
    static const int gaps[] = { 57, 23, 10, 4, 1 };
    for (int g = 0; g < 5; g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) { float t = v[i]; int j = i; while (j >= gap && v[j - gap] > t) { v[j] = v[j - gap]; j -= gap; } v[j] = t; }
    }
}

int main(void)
{
    double d[100];
    float f[100];
    unsigned s = ck_opaque_u32(17);
    for (int i = 0; i < 100; i++) {
        s = s * 1664525u + 1013904223u;
        d[i] = ((double)(s >> 8) - 8388608.0) / 1024.0;
        f[i] = (float)(int)(s >> 20) * 0.75f - 1500.0f;
    }
    d[10] = ck_opaque_f64(1e308) * 10.0;
    d[20] = -d[10];
    d[30] = -0.0;
    shell_d(d, 100);
    shell_f(f, 100);
    int ok = 1;
    for (int i = 1; i < 100; i++) ok &= d[i - 1] <= d[i] && f[i - 1] <= f[i];
    ck_show_i32("ok", ok);
    for (int i = 0; i < 100; i += 11) { ck_print_f64(d[i]); ck_sp(); ck_print_f32(f[i]); ck_nl(); }
    ck_show_f64("max", d[99]);
    ck_show_f64("min", d[0]);
    double med = (d[49] + d[50]) / 2.0;
    ck_show_f64("median", med);
    return ok;
}

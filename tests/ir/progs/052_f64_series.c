/* Series in double: Leibniz and Nilakantha pi, exp and sin by Taylor terms, harmonic sums. */
#include "cktest.h"

static double my_exp(double x)
{
    double term = 1.0, sum = 1.0;
    for (int n = 1; n < 60; n++) { term *= x / n; sum += term; }
    return sum;
}
static double my_sin(double x)
{
    double term = x, sum = x;
    for (int n = 1; n < 25; n++) { term *= -x * x / ((2 * n) * (2 * n + 1)); sum += term; }
    return sum;
}

int main(void)
{
    double pi1 = 0.0;
    int n = ck_opaque_i32(2000);
    for (int k = 0; k < n; k++) pi1 += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    double pi2 = 3.0, sgn = 1.0;
    for (int k = 2; k < 200; k += 2) { pi2 += sgn * 4.0 / ((double)k * (k + 1) * (k + 2)); sgn = -sgn; }
    ck_show_f64("leibniz", pi1);
    ck_show_f64("nilakantha", pi2);
    for (int i = -4; i <= 4; i++) {
        double x = ck_opaque_f64(i * 0.75);
        ck_print_f64(x); ck_sp(); ck_print_f64(my_exp(x)); ck_sp(); ck_print_f64(my_sin(x)); ck_nl();
    }
    double hsum = 0.0;
    float fsum = 0.0f;
    for (int k = 1; k <= 1000; k++) { hsum += 1.0 / k; fsum += 1.0f / (float)k; }
    ck_show_f64("harmonic", hsum);
    ck_show_f32("harmonicf", fsum);
    double back = 0.0;
    for (int k = 1000; k >= 1; k--) back += 1.0 / k;
    ck_show_f64("harmonic_back", back);
    return (int)(pi2 * 10.0);
}

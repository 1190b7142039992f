/* double +, -, *, / on runtime values; results printed as exact bit patterns. */
#include "cktest.h"

static const double v[] = { 0.0, 1.0, -1.0, 0.1, -0.3, 3.141592653589793, 1e10, -2.5e-8, 123456.789, 1e300, 7.0 };

int main(void)
{
    unsigned long long h = 0;
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j += 2) {
            double a = ck_opaque_f64(v[i]), b = ck_opaque_f64(v[j]);
            double s = a + b, d = a - b, m = a * b;
            double q = b != 0.0 ? a / b : 0.0;
            ck_print_f64(s); ck_sp(); ck_print_f64(d); ck_sp(); ck_print_f64(m); ck_sp(); ck_print_f64(q); ck_nl();
            h = (h ^ ck_f64_bits(s) ^ (ck_f64_bits(d) >> 1) ^ (ck_f64_bits(m) << 1) ^ ck_f64_bits(q)) * 0x100000001b3ull;
        }
    }
    double x = ck_opaque_f64(1.0);
    for (int i = 0; i < 30; i++) x = x * 1.1 + 0.5 / (x + 1.0);
    ck_show_f64("iter", x);
    ck_show_f64("third", ck_opaque_f64(1.0) / 3.0);
    ck_show_f64("tiny", ck_opaque_f64(1e-300) * 1e-10);
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

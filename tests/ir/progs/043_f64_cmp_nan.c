/* double comparisons with ordered and unordered (NaN) operands, as values and in branches. */
#include "cktest.h"

static double make_nan(void) { double inf = ck_opaque_f64(1e308) * 10.0; return inf - inf; }

int main(void)
{
    double nan = make_nan();
    double inf = ck_opaque_f64(1e308) * 10.0;
    double v[8] = { -inf, -1.5, -0.0, 0.0, 1e-310, 2.0, inf, nan };
    unsigned h = 0;
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            double a = ck_opaque_f64(v[i]), b = ck_opaque_f64(v[j]);
            int r = (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
                    (!(a < b)) << 6 | (!(a >= b)) << 7 | (a != a) << 8 | (b == b) << 9;
            ck_print_x32((unsigned)r); ck_putchar(j == 7 ? '\n' : ' ');
            h = h * 7u + (unsigned)r;
            if (a < b) h += 1;
            else if (a == b) h += 2;
            else if (a > b) h += 3;
            else h += 4;     /* unordered */
        }
    }
    ck_show_f64("nan", nan);
    ck_show_f64("inf", inf);
    ck_show_i32("nan==nan", nan == nan);
    ck_show_i32("isnan", nan != nan);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

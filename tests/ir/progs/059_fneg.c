/* Negation versus subtraction from zero (they differ on zeros), in float and double. */
#include "cktest.h"

static double neg(double x) { return -x; }
static double sub0(double x) { return 0.0 - x; }
static float negf(float x) { return -x; }
static float sub0f(float x) { return 0.0f - x; }

int main(void)
{
    static const double v[] = { 0.0, -0.0, 1.0, -1.0, 1e-320, 1e300 };
    for (int i = 0; i < 6; i++) {
        double x = ck_opaque_f64(v[i]);
        float f = (float)x;
        ck_print_f64(neg(x)); ck_sp(); ck_print_f64(sub0(x)); ck_sp(); ck_print_f32(negf(f)); ck_sp();
        ck_print_f32(sub0f(f)); ck_sp(); ck_print_f64(-x * 2.0); ck_sp(); ck_print_f64(-(x - x)); ck_nl();
    }
    double inf = ck_opaque_f64(1e308) * 10.0;
    double nan = inf - inf;
    ck_show_f64("-nan", -nan);
    ck_show_f64("-inf", -inf);
    ck_show_i32("neg_nan_unordered", -nan != -nan);
    return 0;
}

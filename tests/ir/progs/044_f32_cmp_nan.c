/* float comparisons with NaN and infinities, and min/max selects that must keep their operand order. */
#include "cktest.h"

static float fmin_sel(float a, float b) { return a < b ? a : b; }
static float fmax_sel(float a, float b) { return a > b ? a : b; }

int main(void)
{
    float inf = ck_opaque_f32(3e38f) * 10.0f;
    float nan = inf * 0.0f;
    float v[8] = { -inf, -2.5f, -0.0f, 0.0f, 1e-40f, 3.0f, inf, nan };
    unsigned h = 0;
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            float a = ck_opaque_f32(v[i]), b = ck_opaque_f32(v[j]);
            int r = (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
                    (!(a <= b)) << 6 | (!(a > b)) << 7;
            float mn = fmin_sel(a, b), mx = fmax_sel(a, b);
            ck_print_x32((unsigned)r); ck_sp(); ck_print_f32(mn); ck_sp(); ck_print_f32(mx); ck_nl();
            h = h * 7u + (unsigned)r;
        }
    }
    ck_show_f32("nan", nan);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

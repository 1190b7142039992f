/* float +, -, *, / computed in single precision (no promotion to double in between). */
#include "cktest.h"

static const float v[] = { 0.0f, 1.0f, -1.0f, 0.1f, -0.3f, 3.1415927f, 1e10f, -2.5e-8f, 123456.79f, 1e30f, 7.0f };

int main(void)
{
    unsigned h = 0;
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j += 2) {
            float a = ck_opaque_f32(v[i]), b = ck_opaque_f32(v[j]);
            float s = a + b, d = a - b, m = a * b;
            float q = b != 0.0f ? a / b : 0.0f;
            ck_print_f32(s); ck_sp(); ck_print_f32(d); ck_sp(); ck_print_f32(m); ck_sp(); ck_print_f32(q); ck_nl();
            h = (h ^ ck_f32_bits(s) ^ (ck_f32_bits(d) >> 1) ^ (ck_f32_bits(m) << 1) ^ ck_f32_bits(q)) * 16777619u;
        }
    }
    float x = ck_opaque_f32(1.0f);
    for (int i = 0; i < 30; i++) x = x * 1.1f + 0.5f / (x + 1.0f);
    ck_show_f32("iter", x);
    ck_show_f32("third", ck_opaque_f32(1.0f) / 3.0f);
    float big = ck_opaque_f32(16777216.0f);
    ck_show_f32("2^24+1", big + 1.0f);
    ck_show_f32("overflow", ck_opaque_f32(3e38f) * 10.0f);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

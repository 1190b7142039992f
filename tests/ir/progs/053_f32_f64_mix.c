/* Mixed float/double/int expressions: where the usual arithmetic conversions promote and round. */
#include "cktest.h"

static float half(float x) { return x * 0.5f; }
static double twice(double x) { return x * 2.0; }

int main(void)
{
    float f = ck_opaque_f32(0.1f);
    double d = ck_opaque_f64(0.1);
    int i = ck_opaque_i32(3);
    ck_show_f64("f+d", f + d);
    ck_show_f32("(float)(f+d)", (float)(f + d));
    ck_show_f32("f+f", f + f);
    ck_show_f64("(double)f", (double)f);
    ck_show_f64("f*i", f * i);
    ck_show_f64("d*i", d * i);
    ck_show_f32("half(d)", half((float)d));
    ck_show_f64("twice(f)", twice(f));
    ck_show_i32("f==d", f == d);
    ck_show_i32("(float)d==f", (float)d == f);
    ck_show_f64("i/2", (double)(i / 2));
    ck_show_f64("i/2.0", i / 2.0);
    ck_show_f32("i/2.0f", i / 2.0f);
    float acc = 0.0f;
    double dacc = 0.0;
    for (int k = 0; k < 100; k++) {
        acc += f * (float)k;
        dacc += (double)f * k + d;
    }
    ck_show_f32("acc", acc);
    ck_show_f64("dacc", dacc);
    unsigned char uc = (unsigned char)ck_opaque_i32(250);
    ck_show_f32("uc*f", uc * f);
    long long big = ck_opaque_i64(1ll << 40);
    ck_show_f64("big*d", big * d);
    ck_show_f32("big*f", big * f);
    return (int)(dacc) & 0xff;
}

/* Homogeneous float/double aggregates (2 to 4 members) passed among integer arguments and returned. */
#include "cktest.h"

typedef struct { float a, b; } f2;
typedef struct { float a, b, c, d; } f4;
typedef struct { double a, b; } d2;
typedef struct { double a, b, c; } d3;

static f2 f2_scale(f2 v, float k) { v.a *= k; v.b *= k; return v; }
static f4 f4_mix(int n, f4 x, f4 y, float t) { (void)n; f4 r = { x.a + (y.a - x.a) * t, x.b + (y.b - x.b) * t, x.c + (y.c - x.c) * t, x.d + (y.d - x.d) * t }; return r; }
static d2 d2_swap(d2 v) { d2 r = { v.b, v.a }; return r; }
static double d3_len2(int pad, d3 v, long long pad2) { return v.a * v.a + v.b * v.b + v.c * v.c + pad + (double)pad2; }

int main(void)
{
    f2 a = { ck_opaque_f32(1.5f), ck_opaque_f32(-2.0f) };
    a = f2_scale(a, 3.0f);
    ck_print_f32(a.a); ck_sp(); ck_print_f32(a.b); ck_nl();
    f4 x = { 0.0f, 1.0f, 2.0f, ck_opaque_f32(3.0f) }, y = { 10.0f, 10.0f, -10.0f, 0.5f };
    f4 m = f4_mix(7, x, y, ck_opaque_f32(0.25f));
    ck_print_f32(m.a); ck_sp(); ck_print_f32(m.b); ck_sp(); ck_print_f32(m.c); ck_sp(); ck_print_f32(m.d); ck_nl();
    d2 d = { ck_opaque_f64(1e100), 2.0 };
    d = d2_swap(d);
    ck_print_f64(d.a); ck_sp(); ck_print_f64(d.b); ck_nl();
    d3 v = { 1.0, ck_opaque_f64(2.0), 3.0 };
    ck_show_f64("len2", d3_len2(1, v, 1000));
    return (int)d3_len2(0, v, 0);
}

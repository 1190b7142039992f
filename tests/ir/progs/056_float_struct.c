/* Structs of floats and doubles by value: complex numbers and 3-vectors, passed and returned. */
#include "cktest.h"

typedef struct { double re, im; } cplx;
typedef struct { float x, y, z; } vec3;
typedef struct { float x, y; } vec2;

static cplx cadd(cplx a, cplx b) { cplx r = { a.re + b.re, a.im + b.im }; return r; }
static cplx cmul(cplx a, cplx b) { cplx r = { a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; return r; }
static vec3 cross(vec3 a, vec3 b) { vec3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x }; return r; }
static float vdot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static vec2 rot90(vec2 v) { vec2 r = { -v.y, v.x }; return r; }

int main(void)
{
    cplx z = { ck_opaque_f64(0.0), ck_opaque_f64(0.0) }, c = { ck_opaque_f64(-0.4), ck_opaque_f64(0.6) };
    for (int i = 0; i < 12; i++) {
        z = cadd(cmul(z, z), c);
        ck_print_f64(z.re); ck_sp(); ck_print_f64(z.im); ck_nl();
    }
    vec3 a = { ck_opaque_f32(1.0f), 2.0f, 3.0f }, b = { 4.0f, ck_opaque_f32(-5.0f), 6.5f };
    vec3 x = cross(a, b);
    ck_print_f32(x.x); ck_sp(); ck_print_f32(x.y); ck_sp(); ck_print_f32(x.z); ck_nl();
    ck_show_f32("dot", vdot(a, b));
    ck_show_f32("dot_cross", vdot(x, a));
    vec2 v = { ck_opaque_f32(1.5f), ck_opaque_f32(-2.25f) };
    for (int i = 0; i < 5; i++) { v = rot90(v); ck_print_f32(v.x); ck_sp(); ck_print_f32(v.y); ck_nl(); }
    return (int)vdot(a, a);
}

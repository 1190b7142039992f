/* Branch-free float code: clamps, abs via compare, copysign and fabs by bit manipulation, llvm.fabs. */
#include "cktest.h"

static double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }
static double absd(double x) { return x < 0.0 ? -x : x; }
static double fabs_bits(double x)
{
    union { double d; unsigned long long u; } v;
    v.d = x;
    v.u &= 0x7fffffffffffffffull;
    return v.d;
}
static double copysign_bits(double m, double s)
{
    union { double d; unsigned long long u; } a, b;
    a.d = m; b.d = s;
    a.u = (a.u & 0x7fffffffffffffffull) | (b.u & 0x8000000000000000ull);
    return a.d;
}
static float absf(float x) { return __builtin_fabsf(x); }

int main(void)
{
    static const double v[] = { -3.5, -1.0, -0.0, 0.0, 0.25, 1.0, 2.75, 100.0 };
    unsigned long long h = 0;
    for (int i = 0; i < 8; i++) {
        double x = ck_opaque_f64(v[i]);
        double c = clampd(x, -1.0, 2.0), a = absd(x), b = fabs_bits(x), s = copysign_bits(3.0, x);
        double f = __builtin_fabs(x);
        float g = absf((float)x);
        double lerp = x < 0.0 ? x * 0.5 : x * 2.0 + 1.0;
        ck_print_f64(c); ck_sp(); ck_print_f64(a); ck_sp(); ck_print_f64(b); ck_sp(); ck_print_f64(s); ck_sp();
        ck_print_f64(f); ck_sp(); ck_print_f32(g); ck_sp(); ck_print_f64(lerp); ck_nl();
        h = h * 31 + ck_f64_bits(c) + ck_f64_bits(a) + ck_f64_bits(s) + ck_f64_bits(lerp);
    }
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

/* Float classification written the way C code does it; at -O1 and above LLVM 19 turns several of
 * these into llvm.is.fpclass, which the back end expands into integer tests on the bits. */
#include "cktest.h"

static int classify_d(double x)
{
    int r = 0;
    if (x != x) r |= 1;                                   /* NaN */
    if (x == __builtin_inf() || x == -__builtin_inf()) r |= 2;
    if (x > 0 && x < 1e308 * 10) r |= 4;                  /* positive finite */
    if (x == 0 && __builtin_signbit(x)) r |= 8;           /* -0 */
    if (__builtin_isnormal(x)) r |= 16;
    if (__builtin_isfinite(x)) r |= 32;
    if (__builtin_isinf_sign(x) < 0) r |= 64;
    return r;
}

static int classify_f(float x)
{
    int r = 0;
    if (x != x) r |= 1;
    if (__builtin_isinf(x)) r |= 2;
    if (x > 0 && x < 3.4e38f * 10) r |= 4;
    if (x == 0 && __builtin_signbit(x)) r |= 8;
    if (__builtin_isnormal(x)) r |= 16;
    if (__builtin_isfinite(x)) r |= 32;
    return r;
}

int main(void)
{
    double zero = ck_opaque_f64(0.0);
    double d[] = { 0.0, -zero, 1.0, -1.0, 1e-310, -1e-310, 1e308 * 10, -1e308 * 10, zero / zero,
                   2.2250738585072014e-308, 1.7976931348623157e308, 5e-324 };
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++) {
        double x = ck_opaque_f64(d[i]);
        ck_print_i32(classify_d(x));
        ck_print_str(" ");
        ck_print_i32(classify_f((float)x));
        ck_print_str("\n");
    }
    return 0;
}

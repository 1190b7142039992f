/* Infinities, signed zeros, subnormals and overflow/underflow through ordinary arithmetic. */
#include "cktest.h"

int main(void)
{
    double big = ck_opaque_f64(1e308), tiny = ck_opaque_f64(2.2250738585072014e-308);
    double inf = big * 10.0, ninf = -inf;
    double zero = ck_opaque_f64(0.0), nzero = -zero;
    ck_show_f64("inf", inf);
    ck_show_f64("ninf", ninf);
    ck_show_f64("inf+inf", inf + inf);
    ck_show_f64("inf-inf", inf - inf);
    ck_show_f64("inf*0", inf * zero);
    ck_show_f64("1/inf", 1.0 / inf);
    ck_show_f64("-1/inf", -1.0 / inf);
    ck_show_f64("1/0", ck_opaque_f64(1.0) / zero);
    ck_show_f64("1/-0", ck_opaque_f64(1.0) / nzero);
    ck_show_f64("nzero", nzero);
    ck_show_f64("0+-0", zero + nzero);
    ck_show_f64("-0+-0", nzero + nzero);
    ck_show_f64("0-0", zero - zero);
    ck_show_f64("-0*5", nzero * 5.0);
    ck_show_f64("-(0)", -zero);
    ck_show_f64("0-x", 0.0 - zero);
    ck_show_f64("sub", tiny / 4.0);
    ck_show_f64("sub*4", tiny / 4.0 * 4.0);
    ck_show_f64("minsub", tiny / 4503599627370496.0);
    ck_show_f64("minsub/2", tiny / 4503599627370496.0 / 2.0);
    ck_show_f64("minsub*1.5", tiny / 4503599627370496.0 * 1.5);
    ck_show_f64("underflow", tiny * tiny);
    ck_show_f64("-underflow", -tiny * tiny);
    ck_show_f64("overflow-", -big * 10.0);
    ck_show_i32("inf>big", inf > big);
    ck_show_i32("-0==0", nzero == zero);
    ck_show_i32("-0<0", nzero < zero);
    float fz = ck_opaque_f32(0.0f);
    ck_show_f32("f-0", -fz);
    ck_show_f32("finf", ck_opaque_f32(1e38f) * 100.0f);
    ck_show_f32("fsub", ck_opaque_f32(1e-38f) / 1000.0f);
    return 0;
}

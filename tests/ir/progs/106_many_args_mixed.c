/* Mixed argument lists: chars, shorts, 64-bit, floats, doubles and structs interleaved (alignment gaps). */
#include "cktest.h"

struct pair { int a; short b; };
struct wide { long long x; double y; };

static double mixed(signed char c, long long l, short s, double d, unsigned char uc, float f, int i,
                    unsigned long long ul, struct pair p, unsigned short us, struct wide w, _Bool b)
{
    return c + (double)l + s + d + uc + f + i + (double)ul + p.a + p.b + us + (double)w.x + w.y + b;
}
static long long widen(signed char a, unsigned char b, short c, unsigned short d, int e, unsigned f, long long g)
{
    return a * 1000000000000ll + b * 1000000000ll + c * 100000ll + d + e + (long long)f + g;
}

int main(void)
{
    struct pair p = { ck_opaque_i32(-7), (short)ck_opaque_i32(300) };
    struct wide w = { ck_opaque_i64(1ll << 34), ck_opaque_f64(0.125) };
    ck_show_f64("mixed", mixed((signed char)ck_opaque_i32(-5), 1ll << 40, -1234, 2.5, 200, 1.25f, -99999, 18446744073709551615ull, p, 65000, w, 1));
    ck_show_i64("widen", widen((signed char)ck_opaque_i32(-128), (unsigned char)ck_opaque_i32(255), -32768, 65535, -1, 4294967295u, -1));
    long long t = 0;
    for (int i = 0; i < 20; i++)
        t += widen((signed char)(i * 13), (unsigned char)(i * 29), (short)(i * -3001), (unsigned short)(i * 3001), i, (unsigned)i * 100000000u, -i);
    ck_show_i64("t", t);
    return (int)(t & 0xff);
}

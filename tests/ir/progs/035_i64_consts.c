/* Materialising 64-bit constants of every shape: small, negative, one half zero, all bits. */
#include "cktest.h"

static unsigned long long mix(unsigned long long h, unsigned long long v) { return (h ^ v) * 0x100000001b3ull; }

int main(void)
{
    unsigned long long h = ck_opaque_u64(0xcbf29ce484222325ull);
    h = mix(h, 0); h = mix(h, 1); h = mix(h, ~0ull); h = mix(h, 0x80000000ull); h = mix(h, 0xffffffffull);
    h = mix(h, 0x100000000ull); h = mix(h, 0xffffffff00000000ull); h = mix(h, 0x8000000000000000ull);
    h = mix(h, 0x7fffffffffffffffull); h = mix(h, 0x00000000deadbeefull); h = mix(h, 0xdeadbeef00000000ull);
    h = mix(h, 0x0000ffff0000ffffull); h = mix(h, (unsigned long long)-2ll); h = mix(h, (unsigned long long)-4294967296ll);
    ck_show_x64("h", h);
    long long a = ck_opaque_i64(5);
    ck_show_i64("a+big", a + 0x123456789all);
    ck_show_i64("a-big", a - 0x7fffffff0ll);
    ck_show_i64("a&hi", a & (long long)0xffffffff00000005ull);
    ck_show_i64("a|hi", a | 0x4000000000000000ll);
    ck_show_i64("a^m1", a ^ -1ll);
    ck_show_i64("a*neg", a * -1000000000000ll);
    ck_show_i32("a<big", a < 0x100000000ll);
    ck_show_i32("a>negbig", a > -0x100000000ll);
    ck_show_u64("u", (unsigned long long)a + 18446744073709551000ull);
    return (int)(h & 0xff);
}

/* Integer square roots (bit-by-bit and Newton) at 32 and 64 bits. */
#include "cktest.h"

static unsigned isqrt32(unsigned x)
{
    unsigned r = 0, bit = 1u << 30;
    while (bit > x) bit >>= 2;
    while (bit) {
        if (x >= r + bit) { x -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
        bit >>= 2;
    }
    return r;
}
static unsigned long long isqrt64(unsigned long long x)
{
    if (x < 2) return x;
    unsigned long long r = x >> 1, prev = 0;
    for (int i = 0; i < 200 && r != prev; i++) {
        prev = r;
        unsigned long long n = (r + x / r) >> 1;
        if (n >= r) break;
        r = n;
    }
    while (r * r > x) r--;
    while ((r + 1) * (r + 1) <= x) r++;
    return r;
}

int main(void)
{
    unsigned h = 0;
    int bad = 0;
    for (unsigned i = 0; i < 40; i++) {
        unsigned x = ck_opaque_u32(i * i * i * 12345u + i);
        unsigned r = isqrt32(x);
        unsigned long long y = ck_opaque_u64((unsigned long long)x * 0x10001ull * (i + 1));
        unsigned long long s = isqrt64(y);
        if ((unsigned long long)r * r > x || (unsigned long long)(r + 1) * (r + 1) <= x) bad++;
        ck_print_u32(x); ck_sp(); ck_print_u32(r); ck_sp(); ck_print_u64(y); ck_sp(); ck_print_u64(s); ck_nl();
        h = h * 31u + r + (unsigned)s;
    }
    ck_show_u32("max32", isqrt32(ck_opaque_u32(0xffffffffu)));
    ck_show_u64("max64", isqrt64(ck_opaque_u64(0xffffffffffffffffull / 4)));
    ck_show_i32("bad", bad);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

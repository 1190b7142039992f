/* Unions: the bytes of an integer (little-endian on both sides), reinterpreting widths, a union in a loop. */
#include "cktest.h"

union word { unsigned u; int i; unsigned short h[2]; unsigned char b[4]; };
union quad { unsigned long long u; unsigned w[2]; unsigned char b[8]; long long s; };

int main(void)
{
    union word w;
    w.u = ck_opaque_u32(0x11223344u);
    ck_show_x32("b", (unsigned)(w.b[0] << 24 | w.b[1] << 16 | w.b[2] << 8 | w.b[3]));
    ck_show_x32("h0", w.h[0]);
    ck_show_x32("h1", w.h[1]);
    w.b[3] = 0xf0;
    ck_show_i32("i", w.i);
    w.h[0] = 0xffff;
    ck_show_x32("u", w.u);
    union quad q;
    q.u = ck_opaque_u64(0x0102030405060708ull);
    ck_show_x32("w0", q.w[0]);
    ck_show_x32("w1", q.w[1]);
    q.w[1] = 0x80000000u;
    ck_show_i64("s", q.s);
    unsigned h = 0;
    for (int i = 0; i < 8; i++) { q.b[i] = (unsigned char)(q.b[i] ^ (i * 37)); h = h * 31u + q.b[i]; }
    ck_show_x64("q", q.u);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

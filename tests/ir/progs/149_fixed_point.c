/* Q16.16 fixed-point arithmetic: multiply and divide through 64-bit intermediates, sqrt, sine by CORDIC. */
#include "cktest.h"

typedef int fix;
#define ONE 65536
static fix fmul(fix a, fix b) { return (fix)(((long long)a * b) / ONE); }
static fix fdiv(fix a, fix b) { return (fix)(((long long)a * ONE) / b); }
static fix fsqrt(fix a)
{
    unsigned long long v = (unsigned long long)a << 16, r = 0, bit = 1ull << 46;
    while (bit > v) bit >>= 2;
    while (bit) { if (v >= r + bit) { v -= r + bit; r = (r >> 1) + bit; } else r >>= 1; bit >>= 2; }
    return (fix)r;
}
static const fix atan_tab[16] = { 51472, 30386, 16055, 8150, 4091, 2047, 1024, 512, 256, 128, 64, 32, 16, 8, 4, 2 };
static void cordic(fix angle, fix *s, fix *c)
{
    fix x = 39797, y = 0, z = angle;   /* 0.607253 * ONE */
    for (int i = 0; i < 16; i++) {
        fix nx, ny;
        if (z >= 0) { nx = x - (y >> i); ny = y + (x >> i); z -= atan_tab[i]; }
        else { nx = x + (y >> i); ny = y - (x >> i); z += atan_tab[i]; }
        x = nx; y = ny;
    }
    *s = y; *c = x;
}
static void print_fix(fix v)
{
    if (v < 0) { ck_putchar('-'); v = -v; }
    ck_print_i32(v >> 16);
    ck_putchar('.');
    unsigned frac = (unsigned)(v & 0xffff) * 10000u / 65536u;
    ck_putchar('0' + (int)(frac / 1000)); ck_putchar('0' + (int)(frac / 100 % 10));
    ck_putchar('0' + (int)(frac / 10 % 10)); ck_putchar('0' + (int)(frac % 10));
}

int main(void)
{
    fix a = ck_opaque_i32(3 * ONE + ONE / 4), b = ck_opaque_i32(-(2 * ONE + ONE / 3));
    print_fix(fmul(a, b)); ck_nl();
    print_fix(fdiv(a, b)); ck_nl();
    print_fix(fsqrt(ck_opaque_i32(2 * ONE))); ck_nl();
    print_fix(fsqrt(ck_opaque_i32(10000 * ONE))); ck_nl();
    for (int deg = -90; deg <= 90; deg += 15) {
        fix ang = fdiv(ck_opaque_i32(deg * ONE), 180 * ONE);
        ang = fmul(ang, 205887);   /* pi */
        fix s, c;
        cordic(ang, &s, &c);
        ck_print_i32(deg); ck_sp(); print_fix(s); ck_sp(); print_fix(c); ck_nl();
    }
    fix acc = 0;
    for (int i = 1; i <= 100; i++) acc += fdiv(ONE, ck_opaque_i32(i * ONE));
    print_fix(acc); ck_nl();
    return acc >> 16;
}

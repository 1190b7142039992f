/* Read-only lookup tables of several element types (rodata), indexed by computed values. */
#include "cktest.h"

static const unsigned char sbox[16] = { 0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2 };
static const short sine[16] = { 0, 12539, 23170, 30273, 32767, 30273, 23170, 12539, 0, -12539, -23170, -30273, -32767, -30273, -23170, -12539 };
static const unsigned long long pow10[] = { 1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
                                            1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull };
static const double weights[5] = { 0.1, 0.2, 0.4, 0.2, 0.1 };
static const signed char dx[8] = { 1, 1, 0, -1, -1, -1, 0, 1 }, dy[8] = { 0, 1, 1, 1, 0, -1, -1, -1 };

static unsigned present(unsigned x) { unsigned r = 0; for (int i = 0; i < 8; i++) r |= (unsigned)sbox[(x >> (4 * i)) & 15] << (4 * i); return r; }

int main(void)
{
    unsigned x = ck_opaque_u32(0x01234567u);
    for (int i = 0; i < 6; i++) { x = present(x) ^ (x << 3 | x >> 29); ck_print_x32(x); ck_sp(); }
    ck_nl();
    int acc = 0;
    for (int i = 0; i < 64; i++) acc += sine[(i * 5) & 15] * (i & 7) / 8;
    ck_show_i32("sine", acc);
    unsigned long long v = ck_opaque_u64(9876543210123ull);
    int d = 0;
    while (d < 14 && v >= pow10[d]) d++;
    ck_show_i32("digits", d);
    double sig[9] = { 0, 1, 4, 9, 16, 9, 4, 1, 0 };
    for (int i = 2; i < 7; i++) { double s = 0; for (int k = 0; k < 5; k++) s += sig[i + k - 2] * weights[k]; ck_print_f64(s); ck_sp(); }
    ck_nl();
    int px = 0, py = 0;
    for (int i = 0; i < 20; i++) { int dir = ck_opaque_i32(i * 3) & 7; px += dx[dir]; py += dy[dir]; }
    ck_show_i32("px", px);
    ck_show_i32("py", py);
    return acc & 0xff;
}

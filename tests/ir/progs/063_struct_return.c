/* Structs returned by value: 1 to 8 words, with chars, and the result used directly. */
#include "cktest.h"

struct r1 { int a; };
struct r2 { int q, r; };
struct r3 { short a; short b; short c; };
struct r4 { unsigned char b[7]; };
struct r5 { long long a, b; int c; };
struct r8 { int v[8]; };

static struct r1 mk1(int x) { struct r1 r = { x * 3 }; return r; }
static struct r2 divmod(int a, int b) { struct r2 r; r.q = a / b; r.r = a % b; return r; }
static struct r3 mk3(int x) { struct r3 r = { (short)x, (short)(x * 2), (short)(-x) }; return r; }
static struct r4 mk4(unsigned seed) { struct r4 r; for (int i = 0; i < 7; i++) { seed = seed * 1103515245u + 12345u; r.b[i] = (unsigned char)(seed >> 16); } return r; }
static struct r5 mk5(long long x) { struct r5 r = { x, -x, (int)(x & 0xffff) }; return r; }
static struct r8 mk8(int x) { struct r8 r; for (int i = 0; i < 8; i++) r.v[i] = x + i * i; return r; }

int main(void)
{
    ck_show_i32("mk1", mk1(ck_opaque_i32(14)).a);
    struct r2 d = divmod(ck_opaque_i32(-47), 5);
    ck_show_i32("q", d.q); ck_show_i32("r", d.r);
    struct r3 t = mk3(ck_opaque_i32(1234));
    ck_show_i32("r3", t.a + t.b * 3 + t.c * 7);
    struct r4 b = mk4(ck_opaque_u32(42));
    for (int i = 0; i < 7; i++) { ck_print_u32(b.b[i]); ck_sp(); }
    ck_nl();
    struct r5 f = mk5(ck_opaque_i64(0x123456789all));
    ck_show_i64("r5a", f.a); ck_show_i64("r5b", f.b); ck_show_i32("r5c", f.c);
    int s = 0;
    for (int i = 0; i < 8; i++) s += mk8(ck_opaque_i32(i)).v[i];
    ck_show_i32("r8", s);
    struct r8 m = mk8(100);
    m = mk8(m.v[7]);
    ck_show_i32("chain", m.v[3]);
    return s & 0xff;
}

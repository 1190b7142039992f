/* Struct locals: field reads and writes, whole-struct assignment, arrays of structs. */
#include "cktest.h"

struct point { int x, y; };
struct rec { signed char tag; short s; int i; long long l; unsigned char b[3]; };

int main(void)
{
    struct point p = { ck_opaque_i32(3), ck_opaque_i32(-4) }, q;
    q = p;
    q.x += 10;
    ck_show_i32("p.x", p.x); ck_show_i32("q.x", q.x); ck_show_i32("q.y", q.y);
    struct rec r = { -5, -300, 70000, -5000000000ll, { 1, 2, 3 } };
    r.tag = (signed char)(r.tag * ck_opaque_i32(3));
    r.s = (short)(r.s - 1);
    r.l *= 3;
    r.b[1] = (unsigned char)(r.b[1] + 250 + ck_opaque_i32(10));
    struct rec r2 = r;
    r.i = 0;
    ck_show_i32("tag", r2.tag); ck_show_i32("s", r2.s); ck_show_i32("i", r2.i); ck_show_i64("l", r2.l);
    ck_show_i32("b", r2.b[0] * 10000 + r2.b[1] * 100 + r2.b[2]);
    ck_show_i32("r.i", r.i);
    struct point pts[10];
    for (int i = 0; i < 10; i++) { pts[i].x = ck_opaque_i32(i); pts[i].y = i * i; }
    int sx = 0, sy = 0;
    for (int i = 0; i < 10; i++) { struct point t = pts[9 - i]; sx += t.x * (i + 1); sy += t.y; }
    ck_show_i32("sx", sx); ck_show_i32("sy", sy);
    return (sx + sy) & 0xff;
}

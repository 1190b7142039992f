/* Sizes and member offsets of pointer-free structs (the same on x86-64 and ARM EABI), accessed by offset. */
#include "cktest.h"
#include <stddef.h>

struct a { char c; int i; };
struct b { char c; long long l; short s; };
struct c { short s; char c[3]; double d; char t; };
struct d { unsigned char x; unsigned short y; unsigned char z; };
struct e { int i; struct d d; char c; };

int main(void)
{
    ck_show_i32("a", (int)sizeof(struct a));
    ck_show_i32("b", (int)sizeof(struct b));
    ck_show_i32("c", (int)sizeof(struct c));
    ck_show_i32("d", (int)sizeof(struct d));
    ck_show_i32("e", (int)sizeof(struct e));
    ck_show_i32("b.l", (int)offsetof(struct b, l));
    ck_show_i32("b.s", (int)offsetof(struct b, s));
    ck_show_i32("c.d", (int)offsetof(struct c, d));
    ck_show_i32("c.t", (int)offsetof(struct c, t));
    ck_show_i32("e.c", (int)offsetof(struct e, c));
    struct c v = { 0, { 0, 0, 0 }, 0.0, 0 };
    unsigned char *p = (unsigned char *)&v;
    p[offsetof(struct c, t)] = (unsigned char)ck_opaque_i32(0x5a);
    p[offsetof(struct c, c) + 1] = 7;
    *(double *)(p + offsetof(struct c, d)) = ck_opaque_f64(2.5);
    ck_show_i32("v.t", v.t);
    ck_show_i32("v.c1", v.c[1]);
    ck_show_f64("v.d", v.d);
    struct e arr[5];
    for (int i = 0; i < 5; i++) { arr[i].i = i; arr[i].d.y = (unsigned short)(i * 1000); arr[i].c = (char)i; }
    unsigned char *q = (unsigned char *)arr;
    int s = 0;
    for (int i = 0; i < 5; i++) s += *(unsigned short *)(q + i * sizeof(struct e) + offsetof(struct e, d) + offsetof(struct d, y));
    ck_show_i32("s", s);
    return (int)sizeof(struct c);
}

/* _Bool: conversion from every type is != 0, logical operators, short-circuit side effects. */
#include "cktest.h"

static int calls;
static int side(int v) { calls++; return v; }
static _Bool to_bool_ll(long long x) { return x; }
static _Bool to_bool_d(double x) { return x; }

int main(void)
{
    _Bool a = ck_opaque_i32(256);
    _Bool b = (unsigned char)ck_opaque_i32(256);
    _Bool c = to_bool_ll(ck_opaque_i64(0x100000000ll));
    _Bool d = to_bool_d(ck_opaque_f64(0.25));
    _Bool e = to_bool_d(ck_opaque_f64(-0.0));
    ck_show_i32("a", a); ck_show_i32("b", b); ck_show_i32("c", c); ck_show_i32("d", d); ck_show_i32("e", e);
    ck_show_i32("a+a", a + a);
    ck_show_i32("!a", !a);
    ck_show_i32("a&&b", a && b);
    ck_show_i32("a||b", a || b);
    ck_show_i32("a^c", a ^ c);
    int x = ck_opaque_i32(5);
    int r1 = x > 3 && side(1);
    int r2 = x < 3 && side(1);
    int r3 = x > 3 || side(0);
    int r4 = x < 3 || side(0);
    int r5 = (x == 5 && side(0)) || side(7);
    ck_show_i32("r", r1 * 10000 + r2 * 1000 + r3 * 100 + r4 * 10 + r5);
    ck_show_i32("calls", calls);
    _Bool arr[8];
    int n = 0;
    for (int i = 0; i < 8; i++) { arr[i] = (i * ck_opaque_i32(3)) & 4; n += arr[i]; }
    ck_show_i32("n", n);
    _Bool t = ck_opaque_i32(1);
    t = !t;
    t = t + 1;   /* converts 1 to true */
    ck_show_i32("t", t);
    return n + calls;
}

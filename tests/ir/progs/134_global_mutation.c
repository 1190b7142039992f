/* Globals changed by callees between reads in the caller: no stale values may be kept in registers. */
#include "cktest.h"

int g;
long long gl;
double gd;
int garr[4];

static void set_g(int v) { g = v; }
static void touch(void) { g++; gl += g; gd = gd * 2.0 + g; garr[g & 3] += g; }
static int *gptr(void) { return &g; }

int main(void)
{
    g = ck_opaque_i32(10);
    int a = g;
    set_g(20);
    int b = g;
    ck_show_i32("a", a);
    ck_show_i32("b", b);
    for (int i = 0; i < 10; i++) { int before = g; touch(); if (g != before + 1) ck_puts("STALE"); }
    ck_show_i32("g", g);
    ck_show_i64("gl", gl);
    ck_show_f64("gd", gd);
    for (int i = 0; i < 4; i++) { ck_print_i32(garr[i]); ck_sp(); }
    ck_nl();
    *gptr() = 5;
    ck_show_i32("via ptr", g);
    int *p = &g;
    *p += 1;
    touch();
    ck_show_i32("final", *p);
    return g;
}

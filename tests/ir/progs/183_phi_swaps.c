/* Loops whose values rotate every iteration: after SSA, cyclic phi moves (the swap and lost-copy problems). */
#include "cktest.h"

static unsigned swap2(unsigned a, unsigned b, int n) { while (n--) { unsigned t = a; a = b; b = t + 1; } return a * 1000u + b; }
static unsigned rot3(unsigned a, unsigned b, unsigned c, int n) { for (int i = 0; i < n; i++) { unsigned t = a; a = b; b = c; c = t ^ (unsigned)i; } return a * 1000000u + b * 1000u + c; }
static long long swap64(long long a, long long b, int n) { for (int i = 0; i < n; i++) { long long t = a; a = b; b = t * 3 - i; } return a ^ b; }
static double fibd(int n) { double a = 0, b = 1; for (int i = 0; i < n; i++) { double t = a + b; a = b; b = t; } return a; }
/* the value from before the update is used after the loop (lost copy) */
static int lost(int n) { int x = 1, prev = 0; for (int i = 0; i < n; i++) { prev = x; x = x * 3 % 1000 + i; } return prev * 10000 + x; }
static void multi(int *o, int n)
{
    int a = 1, b = 2, c = 3, d = 4, e = 5;
    for (int i = 0; i < n; i++) { int t = a; a = e; e = d; d = c; c = b; b = t; if (i & 1) { t = a; a = c; c = t; } }
    o[0] = a; o[1] = b; o[2] = c; o[3] = d; o[4] = e;
}

int main(void)
{
    for (int n = 0; n < 6; n++) { ck_print_u32(swap2(ck_opaque_u32(1), ck_opaque_u32(2), ck_opaque_i32(n))); ck_sp(); }
    ck_nl();
    for (int n = 0; n < 7; n++) { ck_print_u32(rot3(ck_opaque_u32(10), 20, 30, ck_opaque_i32(n))); ck_sp(); }
    ck_nl();
    ck_show_i64("swap64", swap64(ck_opaque_i64(5), ck_opaque_i64(-7), ck_opaque_i32(21)));
    ck_show_f64("fibd", fibd(ck_opaque_i32(70)));
    ck_show_i32("lost", lost(ck_opaque_i32(13)));
    for (int n = 0; n < 8; n++) {
        int o[5];
        multi(o, ck_opaque_i32(n));
        for (int k = 0; k < 5; k++) ck_print_i32(o[k]);
        ck_sp();
    }
    ck_nl();
    return lost(5) & 0xff;
}

/* Selects between pointers, function pointers and struct addresses; conditional loads and stores. */
#include "cktest.h"

struct acc { int hits; long long sum; };
static int sq(int x) { return x * x; }
static int cube(int x) { return x * x * x; }

int main(void)
{
    struct acc even = { 0, 0 }, odd = { 0, 0 };
    int a[10], b[10];
    for (int i = 0; i < 10; i++) { a[i] = ck_opaque_i32(i * 5); b[i] = 100 - i; }
    for (int i = 0; i < 20; i++) {
        int v = ck_opaque_i32(i * 7 % 13);
        struct acc *t = (v & 1) ? &odd : &even;
        int *src = v > 6 ? a : b;
        int (*f)(int) = v % 3 ? sq : cube;
        t->hits++;
        t->sum += f(src[v % 10]) % 1000;
    }
    ck_show_i32("even.hits", even.hits); ck_show_i64("even.sum", even.sum);
    ck_show_i32("odd.hits", odd.hits); ck_show_i64("odd.sum", odd.sum);
    int best = 0;
    int *pbest = &a[0];
    for (int i = 1; i < 10; i++) { pbest = b[i] > *pbest ? &b[i] : pbest; best = *pbest; }
    ck_show_i32("best", best);
    ck_show_i32("in_b", pbest >= b && pbest < b + 10);
    int x = ck_opaque_i32(4);
    int *dst = x > 3 ? &a[2] : &b[2];
    *dst = -1;
    ck_show_i32("a2", a[2]);
    ck_show_i32("b2", b[2]);
    const char *msg = x == 4 ? "four" : "other";
    ck_puts(msg);
    return best & 0xff;
}

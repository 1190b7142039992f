/* Functions with many exits: early returns from loops and nested conditions, returning different types. */
#include "cktest.h"

static int classify(int x)
{
    if (x < 0) return -1;
    if (x == 0) return 0;
    for (int d = 2; d * d <= x; d++) if (x % d == 0) return d;
    if (x > 1000) return 1000;
    return 1;
}
static long long first_over(const long long *v, int n, long long lim)
{
    for (int i = 0; i < n; i++) {
        if (v[i] < 0) continue;
        if (v[i] > lim) return v[i];
    }
    return -1;
}
static double safe_div(double a, double b) { if (b == 0.0) return 0.0; if (a != a) return -1.0; return a / b; }
static void maybe_print(int x) { if (x & 1) return; ck_print_i32(x); ck_sp(); }

int main(void)
{
    static const int v[] = { -5, 0, 1, 2, 9, 15, 49, 97, 1009, 1001, 7919 };
    for (int i = 0; i < 11; i++) { ck_print_i32(classify(ck_opaque_i32(v[i]))); ck_sp(); }
    ck_nl();
    long long l[] = { -100, 5, 50, -1000, 500, 5000 };
    ck_show_i64("over", first_over(l, 6, ck_opaque_i64(100)));
    ck_show_i64("none", first_over(l, 6, ck_opaque_i64(10000)));
    ck_show_f64("div", safe_div(ck_opaque_f64(1.0), 4.0));
    ck_show_f64("div0", safe_div(1.0, ck_opaque_f64(0.0)));
    for (int i = 0; i < 10; i++) maybe_print(ck_opaque_i32(i));
    ck_nl();
    return classify(91);
}

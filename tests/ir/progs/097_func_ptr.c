/* Function pointers: assignment, comparison, calls through locals and parameters, several signatures. */
#include "cktest.h"

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static long long lmul(long long a, int b) { return a * b; }
static double half(double x) { return x / 2.0; }
static void say(const char *s) { ck_puts(s); }

static int apply(int (*f)(int, int), int a, int b) { return f(a, b); }
static int fold(int (*f)(int, int), const int *v, int n, int init) { for (int i = 0; i < n; i++) init = f(init, v[i]); return init; }

int main(void)
{
    int (*op)(int, int) = add;
    ck_show_i32("add", op(ck_opaque_i32(3), 4));
    op = sub;
    ck_show_i32("sub", (*op)(3, ck_opaque_i32(4)));
    ck_show_i32("apply", apply(mul, 6, 7));
    ck_show_i32("is_mul", op == mul);
    ck_show_i32("is_sub", op == sub);
    int v[6] = { 1, 2, 3, 4, 5, 6 };
    ck_show_i32("fold+", fold(add, v, 6, 0));
    ck_show_i32("fold*", fold(mul, v, 6, 1));
    ck_show_i32("fold-", fold(sub, v, 6, 100));
    long long (*lf)(long long, int) = lmul;
    ck_show_i64("lmul", lf(ck_opaque_i64(1ll << 40), 1000));
    double (*df)(double) = half;
    ck_show_f64("half", df(df(ck_opaque_f64(10.0))));
    void (*vf)(const char *) = say;
    vf("through a pointer");
    int (*choose[2])(int, int) = { add, mul };
    int acc = 1;
    for (int i = 0; i < 10; i++) acc = choose[ck_opaque_i32(i) & 1](acc, i + 1);
    ck_show_i32("acc", acc);
    int (*nullf)(int, int) = 0;
    ck_show_i32("null", nullf == 0);
    return acc & 0xff;
}

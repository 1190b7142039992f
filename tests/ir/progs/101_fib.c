/* Fibonacci: naive double recursion, iteration in 32 and 64 bits, and memoised recursion. */
#include "cktest.h"

static int fib_rec(int n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }
static unsigned long long fib_iter(int n) { unsigned long long a = 0, b = 1; while (n--) { unsigned long long t = a + b; a = b; b = t; } return a; }
static long long memo[91];
static long long fib_memo(int n) { if (n < 2) return n; if (memo[n]) return memo[n]; return memo[n] = fib_memo(n - 1) + fib_memo(n - 2); }

int main(void)
{
    int n = ck_opaque_i32(22);
    int r = fib_rec(n);
    ck_show_i32("fib_rec(22)", r);
    for (int i = 0; i <= 93; i += 7) { ck_print_u64(fib_iter(ck_opaque_i32(i))); ck_sp(); }
    ck_nl();
    ck_show_i64("fib_memo(90)", fib_memo(ck_opaque_i32(90)));
    ck_show_i32("agree", (unsigned long long)fib_memo(80) == fib_iter(80));
    return r & 0xff;
}

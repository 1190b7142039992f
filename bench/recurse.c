/* Call-heavy recursion: Fibonacci, Takeuchi and Ackermann, plus a recursive permutation count
 * (the n-queens problem on an 8x8 board). */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 1
#else
#define REPS 32
#endif
#endif

static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int tak(int x, int y, int z)
{
    if (y >= x) return z;
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

static u32 ack(u32 m, u32 n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int queens(int row, int n, u32 cols, u32 d1, u32 d2)
{
    if (row == n) return 1;
    int count = 0;
    for (int c = 0; c < n; c++) {
        u32 a = 1u << c, b = 1u << (row + c), e = 1u << (row - c + n - 1);
        if ((cols & a) || (d1 & b) || (d2 & e)) continue;
        count += queens(row + 1, n, cols | a, d1 | b, d2 | e);
    }
    return count;
}

int main(void)
{
    u32 one = bench_one, sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        u32 k = r & one;    /* 0 or 1, unknown to the compiler: no call is loop-invariant */
#ifdef SMALL
        sum += fib(17 + k);
        sum += (u32)tak(12, 6 + (int)k, 0);
        sum += ack(2, 50 + k);
        sum += (u32)queens(0, 5 + (int)k, 0, 0, 0);
#else
        sum += fib(24 + k);
        sum += (u32)tak(18, 12 + (int)k, 6);
        sum += ack(2, 400 + k);
        sum += (u32)queens(0, 7 + (int)k, 0, 0, 0);
#endif
    }
    bench_result("recurse", sum);
    return 0;
}

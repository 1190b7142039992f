/* Recursion about a hundred levels deep with several live values per frame (sized for a 4 KB stack at -O0). */
#include "cktest.h"

static long long deep(int n, long long acc, int a, int b)
{
    if (n == 0) return acc + a - b;
    long long r = deep(n - 1, acc + n * a, b + 1, a ^ n);
    return r + (n & 3) - (a & 1);   /* work after the call: not a tail call */
}
static unsigned depth_sum(unsigned n) { return n ? n + depth_sum(n - 1) : 0; }
static int count_down(int n, int *maxdepth, int d) { if (d > *maxdepth) *maxdepth = d; return n <= 0 ? 0 : 1 + count_down(n - 2, maxdepth, d + 1) + (n % 7 == 0 ? count_down(n / 7, maxdepth, d + 1) : 0); }

int main(void)
{
    ck_show_i64("deep", deep(ck_opaque_i32(50), 0, 3, 5));
    ck_show_u32("sum", depth_sum(ck_opaque_u32(100)));
    int md = 0;
    int c = count_down(ck_opaque_i32(120), &md, 0);
    ck_show_i32("count", c);
    ck_show_i32("maxdepth", md);
    return c & 0xff;
}

/* Tail-recursive functions that -O2 turns into loops (and -O0 does not): gcd, sum, digit walks. */
#include "cktest.h"

static unsigned gcd(unsigned a, unsigned b) { return b ? gcd(b, a % b) : a; }
static long long sum_to(int n, long long acc) { return n == 0 ? acc : sum_to(n - 1, acc + n); }
static int digits(unsigned long long x, int n) { return x < 10 ? n + 1 : digits(x / 10, n + 1); }
static int collatz_steps(unsigned long long x, int steps) { return x == 1 ? steps : collatz_steps(x & 1 ? 3 * x + 1 : x / 2, steps + 1); }
static int find_first(const int *v, int n, int i, int key) { return i == n ? -1 : v[i] == key ? i : find_first(v, n, i + 1, key); }

int main(void)
{
    ck_show_u32("gcd", gcd(ck_opaque_u32(1071), 462));
    ck_show_i64("sum_to", sum_to(ck_opaque_i32(80), 0x100000000ll));
    ck_show_i32("digits", digits(ck_opaque_u64(18446744073709551615ull), 0));
    int mx = 0, at = 0;
    for (int i = 1; i < 20; i++) { int s = collatz_steps(ck_opaque_u64((unsigned long long)i), 0); if (s > mx) { mx = s; at = i; } }
    ck_show_i32("collatz_max", mx);
    ck_show_i32("collatz_at", at);
    int v[50];
    for (int i = 0; i < 50; i++) v[i] = i * i % 37;
    ck_show_i32("find", find_first(v, 50, 0, ck_opaque_i32(16)));
    ck_show_i32("miss", find_first(v, 50, 0, ck_opaque_i32(2)));
    return mx;
}

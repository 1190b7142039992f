/* Binary search variants: exact match, lower and upper bound, on ints, 64-bit and doubles. */
#include "cktest.h"

static int bsearch_eq(const int *v, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) { int mid = lo + (hi - lo) / 2; if (v[mid] == key) return mid; if (v[mid] < key) lo = mid + 1; else hi = mid - 1; }
    return -1;
}
static int lower_bound(const long long *v, int n, long long key) { int lo = 0, hi = n; while (lo < hi) { int m = (lo + hi) >> 1; if (v[m] < key) lo = m + 1; else hi = m; } return lo; }
static int upper_bound(const double *v, int n, double key) { int lo = 0, hi = n; while (lo < hi) { int m = (lo + hi) >> 1; if (v[m] <= key) lo = m + 1; else hi = m; } return lo; }

int main(void)
{
    int v[100];
    long long l[100];
    double d[100];
    for (int i = 0; i < 100; i++) { v[i] = i * 3 - 50; l[i] = (long long)(i / 3) * 10000000000ll; d[i] = i * 0.5 - 10.0; }
    for (int k = -55; k < 260; k += 17) { ck_print_i32(bsearch_eq(v, 100, ck_opaque_i32(k))); ck_sp(); }
    ck_nl();
    for (long long k = -1; k < 400000000000ll; k += 37000000000ll) { ck_print_i32(lower_bound(l, 100, ck_opaque_i64(k))); ck_sp(); }
    ck_nl();
    for (int k = -12; k < 45; k += 5) { ck_print_i32(upper_bound(d, 100, ck_opaque_f64(k * 1.0))); ck_sp(); }
    ck_nl();
    return bsearch_eq(v, 100, 97);
}

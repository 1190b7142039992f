/* An own quicksort (Hoare partition, median of three, recursion on the smaller side) on ints and strings. */
#include "cktest.h"

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void qs(int *v, int lo, int hi)
{
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid] < v[lo]) swap(&v[mid], &v[lo]);
        if (v[hi] < v[lo]) swap(&v[hi], &v[lo]);
        if (v[hi] < v[mid]) swap(&v[hi], &v[mid]);
        int p = v[mid], i = lo - 1, j = hi + 1;
        for (;;) {
            do i++; while (v[i] < p);
            do j--; while (v[j] > p);
            if (i >= j) break;
            swap(&v[i], &v[j]);
        }
        if (j - lo < hi - j) { qs(v, lo, j); lo = j + 1; } else { qs(v, j + 1, hi); hi = j; }
    }
}
typedef int (*cmp_t)(const void *, const void *);
static void gqsort(const char **v, int n, cmp_t cmp)
{
    if (n < 2) return;
    const char *p = v[n / 2];
    int i = 0, j = n - 1;
    while (i <= j) {
        while (cmp(&v[i], &p) < 0) i++;
        while (cmp(&v[j], &p) > 0) j--;
        if (i <= j) { const char *t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
    }
    gqsort(v, j + 1, cmp);
    gqsort(v + i, n - i, cmp);
}
static int strcmp_p(const void *a, const void *b)
{
    const unsigned char *x = *(const unsigned char *const *)a, *y = *(const unsigned char *const *)b;
    while (*x && *x == *y) { x++; y++; }
    return *x - *y;
}

int main(void)
{
    int v[500];
    unsigned s = ck_opaque_u32(2024);
    for (int i = 0; i < 500; i++) { s = s * 1664525u + 1013904223u; v[i] = (int)(s >> 20) - 2048; }
    qs(v, 0, 499);
    int sorted = 1;
    for (int i = 1; i < 500; i++) sorted &= v[i - 1] <= v[i];
    ck_show_i32("sorted", sorted);
    for (int i = 0; i < 500; i += 50) { ck_print_i32(v[i]); ck_sp(); }
    ck_nl();
    const char *w[] = { "pear", "apple", "fig", "banana", "cherry", "date", "apple", "kiwi", "", "lime" };
    gqsort(w, 10, strcmp_p);
    for (int i = 0; i < 10; i++) { ck_print_str(w[i]); ck_putchar(','); }
    ck_nl();
    return v[250] & 0xff;
}

#include <stdio.h>
#include <string.h>
static void swap(void *a, void *b, size_t n) {
    unsigned char tmp[32];
    memcpy(tmp, a, n); memcpy(a, b, n); memcpy(b, tmp, n);
}
static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void bsort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *)) {
    char *p = base;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j + 1 < n - i; j++)
            if (cmp(p + j * sz, p + (j + 1) * sz) > 0) swap(p + j * sz, p + (j + 1) * sz, sz);
}
int main(void) {
    int a[] = { 9, 2, 7, 4, 5 };
    bsort(a, 5, sizeof a[0], cmp_int);
    for (int i = 0; i < 5; i++) printf("%d ", a[i]);
    double x = 1.5, y = 2.5;
    swap(&x, &y, sizeof x);
    printf("%g %g\n", x, y);
    return 0;
}

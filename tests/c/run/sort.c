#include <stdio.h>
static void isort(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}
static void qs(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    qs(a, lo, j); qs(a, i, hi);
}
int main(void) {
    int a[] = { 5, 3, 9, -1, 0, 7, 7, 2 };
    int b[] = { 10, -20, 30, 5, 5, 0, 100, 1 };
    isort(a, 8); qs(b, 0, 7);
    for (int i = 0; i < 8; i++) printf("%d ", a[i]);
    printf("\n");
    for (int i = 0; i < 8; i++) printf("%d ", b[i]);
    printf("\n");
    return 0;
}

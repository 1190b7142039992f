#include <stdio.h>
static int bsearch_i(const int *a, int n, int key) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) { int mid = lo + (hi - lo) / 2; if (a[mid] == key) return mid; if (a[mid] < key) lo = mid + 1; else hi = mid - 1; }
    return -1;
}
int main(void) {
    static const int a[] = { 1, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
    int n = sizeof a / sizeof *a;
    for (int k = 0; k < 30; k += 3) printf("%d:%d ", k, bsearch_i(a, n, k));
    printf("\n");
    return 0;
}

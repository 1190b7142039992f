#include <stdio.h>
static int trace(int m[][3], int n) { int s = 0; for (int i = 0; i < n; i++) s += m[i][i]; return s; }
static void fill(int *a, int n, int v) { for (int i = 0; i < n; i++) a[i] = v + i; }
static int sum(const int a[], int n) { int s = 0; while (n--) s += a[n]; return s; }
static int first(int a[10]) { return a[0] + (int)sizeof(a) / (int)sizeof(int *); }
int main(void) {
    int m[3][3] = { {1, 2, 3}, {4, 5, 6}, {7, 8, 9} };
    int v[5];
    fill(v, 5, 10);
    printf("%d %d %d\n", trace(m, 3), sum(v, 5), first(v));
    return 0;
}

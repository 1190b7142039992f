#include <stdio.h>
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
int main(void) {
    int x = 1, y = 2;
    swap(&x, &y);
    printf("%d %d\n", x, y);
    int arr[5] = {10, 20, 30, 40, 50};
    int *p = arr, *q = &arr[4];
    printf("%d %d %d\n", *p, *(p + 2), q - p);
    p++; q--;
    printf("%d %d %d\n", *p, *q, q > p);
    printf("%d\n", p[2]);
    printf("%d\n", 2[arr]);
    int **pp = &p;
    **pp = 99;
    printf("%d\n", arr[1]);
    const int *cp = &x;
    printf("%d\n", *cp);
    int *np = 0;
    printf("%d %d\n", np == 0, !np);
    return 0;
}

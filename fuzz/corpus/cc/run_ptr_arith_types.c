#include <stdio.h>
struct s { int a; char b[5]; };
int main(void) {
    double d[4];
    struct s arr[3];
    char *base = (char *)d;
    printf("%d %d\n", (int)((char *)(d + 3) - base), (int)(&d[3] - &d[1]));
    printf("%d %d\n", (int)((char *)&arr[2] - (char *)arr), (int)(&arr[2] - arr));
    long long ll[2];
    printf("%d\n", (int)((char *)(ll + 1) - (char *)ll));
    short *sp = (short *)0 + 5;
    printf("%d\n", (int)((char *)sp - (char *)0));
    int a[5] = {1, 2, 3, 4, 5}, *p = a + 5;
    int s = 0;
    while (p > a) s += *--p;
    printf("%d\n", s);
    return 0;
}

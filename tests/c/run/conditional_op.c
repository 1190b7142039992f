#include <stdio.h>
int main(void) {
    int a = 3, b = 7;
    int mx = a > b ? a : b;
    printf("%d\n", mx);
    printf("%s\n", a ? "nonzero" : "zero");
    double d = a < b ? 1 : 2.5;
    printf("%g\n", d);
    int *p = 0, x = 4;
    int *q = p ? p : &x;
    printf("%d\n", *q);
    int v = a > 0 ? b > 5 ? 1 : 2 : 3;
    printf("%d\n", v);
    unsigned u = 1;
    printf("%d\n", (a < 0 ? -1 : u) > 0);
    a > b ? printf("gt\n") : printf("le\n");
    return 0;
}

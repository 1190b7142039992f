#include <stdio.h>
static int calls;
static int t(void) { calls++; return 1; }
static int f(void) { calls++; return 0; }
int main(void) {
    printf("%d %d %d %d\n", 1 && 2, 0 && t(), 1 || f(), 0 || 0);
    printf("calls %d\n", calls);
    calls = 0;
    if (f() && t()) printf("no\n");
    if (t() || f()) printf("yes\n");
    printf("calls %d\n", calls);
    int *p = 0;
    if (p && *p) printf("deref\n");
    printf("%d\n", !p || *p);
    double d = 0.0;
    printf("%d %d\n", !d, d || 2.5);
    return 0;
}

#include <stdio.h>
static int sq(int x) { return x * x; }
static int add(int a, int b) { return a + b; }
static int compose(int (*f)(int), int (*g)(int), int x) { return f(g(x)); }
static int twice(int x) { return 2 * x; }
int main(void) {
    printf("%d\n", add(sq(3), add(sq(2), sq(add(1, 1)))));
    printf("%d %d\n", compose(sq, twice, 3), compose(twice, sq, 3));
    int v = 2;
    printf("%d\n", sq(sq(sq(v))));
    return 0;
}

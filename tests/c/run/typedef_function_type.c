#include <stdio.h>
typedef int unop(int);
typedef unop *unop_ptr;
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int apply_all(unop_ptr *fs, int n, int v) { for (int i = 0; i < n; i++) v = fs[i](v); return v; }
int main(void) {
    unop_ptr fs[] = { inc, dbl, inc, dbl };
    printf("%d\n", apply_all(fs, 4, 1));
    unop *f = dbl;
    printf("%d\n", f(21));
    return 0;
}

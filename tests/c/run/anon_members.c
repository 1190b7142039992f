#include <stdio.h>
struct v { int kind; union { int i; float f; }; struct { short lo, hi; }; };
int main(void) {
    struct v x;
    x.kind = 1; x.i = 65; x.lo = 2; x.hi = 3;
    printf("%d %d %d %d %d\n", x.kind, x.i, x.lo, x.hi, (int)sizeof x);
    return 0;
}

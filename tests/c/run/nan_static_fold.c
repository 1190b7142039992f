/* 0.0/0.0 folded in a static initialiser is the positive quiet NaN, as gcc and LLVM fold it. */
#include <stdio.h>
#include <math.h>
static double s = 0.0 / 0.0;
static float f = 0.0f / 0.0f;
int main(void)
{
    printf("%d %d %d\n", signbit(s) != 0, signbit(f) != 0, signbit(NAN) != 0);
    printf("%d\n", isnan(s) && isnan(f));
    return 0;
}

#include <stdio.h>
int main(void) {
    double a = 1.5, b = 0.25;
    printf("%g %g %g %g\n", a + b, a - b, a * b, a / b);
    float f = 2.0f, g = 3.0f;
    printf("%g %g\n", f / g * 3, (double)(f * g));
    printf("%d %d %d\n", a > b, a == 1.5, f != g);
    double c = 10;
    c /= 4;
    printf("%g\n", c);
    int i = 7;
    printf("%g\n", i / 2.0);
    printf("%.3f %.3f\n", -a, 1e3 * b);
    double neg = -0.0;
    printf("%g\n", neg * 0 + 1.0);
    float h = 0.1f;
    double hd = h;
    printf("%.9f\n", hd);
    printf("%d\n", (int)(0.1 + 0.2 == 0.3));
    return 0;
}

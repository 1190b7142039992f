#include <stdio.h>
static double my_sqrt(double x) { double g = x / 2; for (int i = 0; i < 30; i++) g = (g + x / g) / 2; return g; }
static double my_exp(double x) { double s = 1, t = 1; for (int i = 1; i < 30; i++) { t *= x / i; s += t; } return s; }
static float lerp(float a, float b, float t) { return a + (b - a) * t; }
int main(void) {
    printf("%.6f %.6f %.6f\n", my_sqrt(2), my_sqrt(144), my_exp(1));
    printf("%.3f %.3f\n", lerp(0, 10, 0.25f), lerp(-1, 1, 0.5f));
    double acc = 0;
    for (int i = 1; i <= 100; i++) acc += 1.0 / i;
    printf("%.6f\n", acc);
    float fs = 0;
    for (int i = 0; i < 10; i++) fs += 0.1f;
    printf("%.6f %d\n", fs, fs == 1.0f);
    return 0;
}

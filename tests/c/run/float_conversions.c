#include <stdio.h>
int main(void) {
    double vals[] = { 0.5, 1.5, 2.5, -0.5, -1.5, 1e10, 123456789.987, -2147483648.0 };
    for (int i = 0; i < 8; i++) printf("%lld ", (long long)vals[i]);
    printf("\n");
    printf("%d %d %u\n", (int)2147483647.0, (int)-2147483648.0, (unsigned)4294967295.0);
    long long big = 9007199254740993LL;
    printf("%.1f %.1f\n", (double)big, (double)(float)big);
    unsigned long long ub = 18446744073709551615ULL;
    printf("%.1f\n", (double)ub);
    float f = 16777217;
    printf("%.1f\n", f);
    printf("%d %d\n", (short)-1.9, (unsigned char)200.9);
    return 0;
}

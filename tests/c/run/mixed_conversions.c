#include <stdio.h>
int main(void) {
    long long big = 1LL << 53;
    double d = big + 1;
    printf("%.1f\n", d);
    unsigned u = 3000000000u;
    double du = u;
    float fu = u;
    printf("%.1f %.1f\n", du, (double)fu);
    int neg = -3;
    unsigned long long wrap = neg;
    printf("%llu\n", wrap);
    short s = -2;
    printf("%d %u\n", s * 3u > 10, (unsigned)(s * 3u));
    char c = 'A';
    double dc = c / 2;
    printf("%.1f\n", dc);
    float f = 1e-3f;
    long long ll = f * 1e6;
    printf("%lld\n", ll);
    return 0;
}

#include <stdio.h>
int main(void) {
    long long a = 1LL << 40, b = -7;
    unsigned long long u = 0xffffffffffffffffULL;
    printf("%lld %lld %lld\n", a, a * 3, a / b);
    printf("%lld %lld\n", a % 1000, b % 3);
    printf("%llu %llu\n", u, u >> 60);
    printf("%lld\n", b >> 1);
    printf("%llx\n", 0x123456789abcdefULL * 16);
    long long m = 9223372036854775807LL;
    printf("%lld\n", m);
    printf("%d %d\n", a > b, (unsigned long long)b > u / 2);
    int i = -1;
    long long w = i;
    unsigned int ui = 0xffffffffu;
    long long w2 = ui;
    printf("%lld %lld\n", w, w2);
    return 0;
}

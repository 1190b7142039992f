#include <stdio.h>
int main(void) {
    unsigned u = 0x80000000u;
    int s = -16;
    printf("%u %d %d\n", u >> 31, s >> 2, s << 2);
    printf("%x\n", 1u << 31);
    unsigned long long ul = 1ULL << 63;
    printf("%llu\n", ul >> 62);
    long long sl = -1LL << 40;
    printf("%lld\n", sl >> 38);
    int n = 5;
    printf("%d %d\n", 1 << n, 1024 >> n);
    unsigned char c = 0x81;
    printf("%d %d\n", c << 1, c >> 1);
    long long big = 3;
    printf("%lld\n", big << 33);
    int sh = 33;
    printf("%lld\n", 1LL << sh);
    return 0;
}

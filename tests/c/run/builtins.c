#include <stdio.h>
#include <stdint.h>
int main(void) {
    unsigned v = 0xf0f0u;
    unsigned long long w = 0x8000000000000001ULL;
    printf("%d %d %d %d\n", __builtin_popcount(v), __builtin_popcountll(w), __builtin_clz(v), __builtin_ctz(v));
    printf("%d %d %d %d\n", __builtin_clzll(w >> 4), __builtin_ctzll(w << 3), __builtin_parity(7u), __builtin_parityll(w));
    printf("%d %d %d %d\n", __builtin_ffs(0), __builtin_ffs(8), __builtin_ffsll(1LL << 40), __builtin_clrsb(-1));
    printf("%x %x %llx\n", __builtin_bswap16(0x1234), __builtin_bswap32(0x11223344u), (unsigned long long)__builtin_bswap64(0x0102030405060708ULL));
    printf("%g %g\n", __builtin_fabs(-2.5), (double)__builtin_fabsf(-0.5f));
    int r;
    unsigned ur;
    long long lr;
    int o1 = __builtin_add_overflow(2147483647, 1, &r);
    int o2 = __builtin_add_overflow(1, 2, &r);
    printf("%d %d %d\n", o1, o2, r);
    printf("%d %d\n", __builtin_sub_overflow(0u, 1u, &ur), __builtin_mul_overflow(65536, 65536, &r));
    int o3 = __builtin_mul_overflow(3000000000LL, 3LL, &lr);
    printf("%d %lld\n", o3, lr);
    int o4 = __builtin_add_overflow(-1, 0, &ur);
    printf("%d %u\n", o4, ur);
    if (__builtin_expect(v == 0, 0)) printf("unexpected\n");
    return 0;
}

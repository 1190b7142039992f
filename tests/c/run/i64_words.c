/* 64-bit operations on register pairs: with --target tiny the back end writes them as 32-bit
 * sequences on the words (and, or, xor, select, add, sub, neg, compares, extensions, shifts by a
 * constant; compiler/backend/legalize.c). Every result of one round is folded into a hash. */
#include <stdint.h>
#include <stdio.h>

static uint64_t st = 0x9E3779B97F4A7C15ull, h;
static uint64_t nx(void) { st ^= st << 13; st ^= st >> 7; st ^= st << 17; return st; }
static void put(uint64_t v) { h = (h ^ v) * 0x100000001B3ull; h ^= h >> 29; }

__attribute__((noinline)) static void one(uint64_t a, uint64_t b, int32_t s, uint32_t u, int c)
{
    h = 0xcbf29ce484222325ull;
    put(a + b); put(a - b); put(-a); put(a & b); put(a | b); put(a ^ b); put(~a);
    put(a == b); put(a != b); put((int64_t)a < (int64_t)b); put(a < b); put((int64_t)a <= (int64_t)b);
    put(a <= b); put((int64_t)a > (int64_t)b); put(a >= b);
    put((uint64_t)(int64_t)s); put((uint64_t)u); put(c ? a : b);
    put(a << 1); put(a << 31); put(a << 32); put(a << 33); put(a << 63);
    put(a >> 1); put(a >> 31); put(a >> 32); put(a >> 33); put(a >> 63);
    put((uint64_t)((int64_t)a >> 1)); put((uint64_t)((int64_t)a >> 31)); put((uint64_t)((int64_t)a >> 32));
    put((uint64_t)((int64_t)a >> 45)); put((uint64_t)((int64_t)a >> 63));
    put(a ^ (1ull << 63)); put(a & 0xffffffffull); put(a | 0xffffffff00000000ull); put(a ^ 0xffffffffull);
    put(a & 0xffffffff00000000ull); put(a | 0xffffffffull); put(a ^ ~0ull); put(a & 0x123456789ull);
    printf("%016llx\n", (unsigned long long)h);
}

int main(void)
{
    static const uint64_t edge[] = { 0, 1, 0xffffffffull, 0x100000000ull, 0x7fffffffffffffffull,
                                     0x8000000000000000ull, ~0ull, 0x80000000ull, 0xfffffffe00000001ull };
    for (int i = 0; i < 9; i++)
        for (int j = 0; j < 9; j++) one(edge[i], edge[j], (int32_t)edge[j], (uint32_t)edge[i], i & 1);
    for (int i = 0; i < 64; i++) {
        uint64_t a = nx(), b = (i & 3) ? nx() : a;
        one(a, b, (int32_t)b, (uint32_t)a, (int)(a & 1));
    }
    return 0;
}

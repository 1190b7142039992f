/* Sieve of Eratosthenes over a byte array, then a bit-packed one (as RAM-starved MCUs do). */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 240
#endif
#endif
#define LIMIT 32768

static u8 flags[LIMIT];
static u32 bits[LIMIT / 32];

static u32 sieve_bytes(u32 n, u32 *sum)
{
    u32 count = 0;
    for (u32 i = 0; i < n; i++) flags[i] = 1;
    flags[0] = flags[1] = 0;
    for (u32 i = 2; i * i < n; i++)
        if (flags[i])
            for (u32 j = i * i; j < n; j += i) flags[j] = 0;
    for (u32 i = 0; i < n; i++)
        if (flags[i]) { count++; *sum += i; }
    return count;
}

static u32 sieve_bits(u32 n)
{
    u32 count = 0;
    for (u32 i = 0; i < n / 32; i++) bits[i] = 0xFFFFFFFFu;
    bits[0] &= ~3u;
    for (u32 i = 2; i * i < n; i++)
        if (bits[i >> 5] & (1u << (i & 31)))
            for (u32 j = i * i; j < n; j += i) bits[j >> 5] &= ~(1u << (j & 31));
    for (u32 i = 0; i < n / 32; i++) {
        u32 w = bits[i];
        while (w) { w &= w - 1; count++; }
    }
    return count;
}

int main(void)
{
    u32 count = 0, sum = 0, bcount = 0;
    for (u32 r = 0; r < REPS; r++) {
        u32 n = LIMIT - (r & 255) * bench_one;
        count += sieve_bytes(n, &sum);
        bcount += sieve_bits(n & ~31u);
    }
    bench_result("primes", count);
    bench_result("sum", sum);
    bench_result("bits", bcount);
    return 0;
}

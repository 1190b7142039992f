/* 64-bit integer work on a 32-bit machine: a xorshift64* generator, tick-to-time conversions with
 * 64-bit multiply and divide, an integer square root, and a 32.32 fixed-point accumulator. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 200
#else
#define REPS 500000
#endif
#endif

static u64 xs64(u64 *s)
{
    u64 x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static u32 isqrt64(u64 v)
{
    u64 res = 0, bit = 1ULL << 62;
    while (bit > v) bit >>= 2;
    while (bit) {
        if (v >= res + bit) { v -= res + bit; res = (res >> 1) + bit; }
        else res >>= 1;
        bit >>= 2;
    }
    return (u32)res;
}

int main(void)
{
    u64 s = 0x9E3779B97F4A7C15ULL * bench_one, acc = 0;
    i64 fx = 0;
    u32 sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        u64 ticks = xs64(&s) >> 20;                       /* a 44-bit tick count */
        u64 us = ticks * 1000000ULL / 25000000ULL;         /* 25 MHz ticks to microseconds */
        u32 div = (u32)(s >> 40) | 1u;
        u64 q = ticks / div, rem = ticks % div;
        acc += us + q + rem;
        sum += isqrt64(ticks);
        /* 32.32 fixed point: fx = fx * 0.999 + sample */
        i64 sample = (i64)(i32)(u32)s;
        fx = (fx / 1000) * 999 + sample * 65536;
    }
    bench_result("acc_lo", (u32)acc);
    bench_result("acc_hi", (u32)(acc >> 32));
    bench_result("isqrt", sum);
    bench_result("fixed", (u32)fx ^ (u32)((u64)fx >> 32));
    return 0;
}

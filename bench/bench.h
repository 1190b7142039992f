/* The benchmarks' only header: fixed-width types, a checksum printer and an input the compilers
 * cannot see through. The same source builds three ways:
 *   cockpit build -O2 --nostdlib NAME.c    the VM's natives, declared directly (no guest stdlib)
 *   gcc -O2 NAME.c                         the host's printf
 *   arm-none-eabi-gcc -DBENCH_BAREMETAL    bench/native-m4/harness.c's UART output
 * Work size: -DSMALL gives a quick run for bench/check.sh; -DREPS=N overrides the repetitions. */
#ifndef BENCH_H
#define BENCH_H

typedef unsigned char u8;
typedef signed char i8;
typedef unsigned short u16;
typedef short i16;
typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;

#if defined(__COCKPIT__)
void bench_print_u32(u32 v) __asm__("io.print_u32");
void bench_print_x32(u32 v) __asm__("io.print_x32");
int bench_putchar(int c) __asm__("io.putchar");
#elif defined(BENCH_BAREMETAL)
void bench_print_u32(u32 v);
void bench_print_x32(u32 v);
int bench_putchar(int c);
#else
#include <stdio.h>
static inline void bench_print_u32(u32 v) { printf("%u", v); }
static inline void bench_print_x32(u32 v) { printf("%08x", v); }
static inline int bench_putchar(int c) { return putchar(c); }
#endif

/* A value the optimiser cannot know: reading it keeps gcc and LLVM from computing a benchmark at
 * compile time. It is always 1. */
static volatile u32 bench_one = 1;

/* Prints "label value\n" with value in hex: every benchmark ends with one or more such lines, and
 * the lines must be the same for the VM and for native code. */
static inline void bench_result(const char *label, u32 value)
{
    while (*label) bench_putchar(*label++);
    bench_putchar(' ');
    bench_print_x32(value);
    bench_putchar('\n');
}

/* A small deterministic pseudo-random generator (xorshift32) for input data. */
static inline u32 bench_rand(u32 *state)
{
    u32 x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

#endif

/* cktest.h - the output API of the differential IR test programs (tests/ir/progs/).
 *
 * Every program prints through these functions only, so the same source compiles natively
 * (gcc, host: the functions are written over stdio here) and for Cockpit (clang -D__COCKPIT__:
 * they are the VM's natives, bound by asm labels). Both sides must print the same bytes, as
 * docs/bytecode.md "Calling natives" describes: decimal without a newline, hex as 8 or 16
 * lowercase digits without a prefix. Floats are printed as their bit patterns (NaN as "nan",
 * whatever its payload), so the output never depends on a float-printing library. No libc is
 * available to a Cockpit program: the helpers below are plain C.
 */
#ifndef CKTEST_H
#define CKTEST_H

#ifdef __COCKPIT__
void ck_print_i32(int v) __asm__("io.print_i32");
void ck_print_u32(unsigned v) __asm__("io.print_u32");
void ck_print_i64(long long v) __asm__("io.print_i64");
void ck_print_u64(unsigned long long v) __asm__("io.print_u64");
void ck_print_x32(unsigned v) __asm__("io.print_x32");
void ck_print_x64(unsigned long long v) __asm__("io.print_x64");
int ck_putchar(int c) __asm__("io.putchar");
int ck_write(const void *p, unsigned n) __asm__("io.write");
_Noreturn void ck_exit(int status) __asm__("sys.exit");
#else
#include <stdio.h>
#include <stdlib.h>
static inline void ck_print_i32(int v) { printf("%d", v); }
static inline void ck_print_u32(unsigned v) { printf("%u", v); }
static inline void ck_print_i64(long long v) { printf("%lld", v); }
static inline void ck_print_u64(unsigned long long v) { printf("%llu", v); }
static inline void ck_print_x32(unsigned v) { printf("%08x", v); }
static inline void ck_print_x64(unsigned long long v) { printf("%016llx", v); }
/* the native returns the byte it wrote; callers pass 0..255 only */
static inline int ck_putchar(int c) { putchar(c); return c; }
static inline int ck_write(const void *p, unsigned n) { fwrite(p, 1, n, stdout); return (int)n; }
/* stops the program at once with status 0..255, output written so far kept */
static inline _Noreturn void ck_exit(int status) { exit(status); }
#endif

static inline unsigned ck_cstrlen(const char *s)
{
    unsigned n = 0;
    while (s[n]) n++;
    return n;
}

static inline void ck_print_str(const char *s) { ck_write(s, ck_cstrlen(s)); }
static inline void ck_nl(void) { ck_putchar('\n'); }
static inline void ck_sp(void) { ck_putchar(' '); }
static inline void ck_puts(const char *s) { ck_print_str(s); ck_nl(); }

/* bit patterns through a union: defined in C11, and no float instruction involved */
static inline unsigned long long ck_f64_bits(double d)
{
    union { double d; unsigned long long u; } x;
    x.d = d;
    return x.u;
}

static inline unsigned ck_f32_bits(float f)
{
    union { float f; unsigned u; } x;
    x.f = f;
    return x.u;
}

/* a NaN's sign and payload differ between hardware and constant folding: print them all alike */
static inline void ck_print_f64(double d)
{
    unsigned long long u = ck_f64_bits(d);
    if ((u & 0x7ff0000000000000ull) == 0x7ff0000000000000ull && (u & 0x000fffffffffffffull))
        ck_print_str("nan");
    else
        ck_print_x64(u);
}

static inline void ck_print_f32(float f)
{
    unsigned u = ck_f32_bits(f);
    if ((u & 0x7f800000u) == 0x7f800000u && (u & 0x007fffffu))
        ck_print_str("nan");
    else
        ck_print_x32(u);
}

/* "name=value\n" lines, the usual shape of a test's output */
static inline void ck_show_i32(const char *name, int v) { ck_print_str(name); ck_putchar('='); ck_print_i32(v); ck_nl(); }
static inline void ck_show_u32(const char *name, unsigned v) { ck_print_str(name); ck_putchar('='); ck_print_u32(v); ck_nl(); }
static inline void ck_show_i64(const char *name, long long v) { ck_print_str(name); ck_putchar('='); ck_print_i64(v); ck_nl(); }
static inline void ck_show_u64(const char *name, unsigned long long v) { ck_print_str(name); ck_putchar('='); ck_print_u64(v); ck_nl(); }
static inline void ck_show_x32(const char *name, unsigned v) { ck_print_str(name); ck_putchar('='); ck_print_x32(v); ck_nl(); }
static inline void ck_show_x64(const char *name, unsigned long long v) { ck_print_str(name); ck_putchar('='); ck_print_x64(v); ck_nl(); }
static inline void ck_show_f64(const char *name, double v) { ck_print_str(name); ck_putchar('='); ck_print_f64(v); ck_nl(); }
static inline void ck_show_f32(const char *name, float v) { ck_print_str(name); ck_putchar('='); ck_print_f32(v); ck_nl(); }

/* values the optimiser cannot see through, so -O2 still computes at run time what -O0 does */
static inline int ck_opaque_i32(int x) { volatile int v = x; return v; }
static inline unsigned ck_opaque_u32(unsigned x) { volatile unsigned v = x; return v; }
static inline long long ck_opaque_i64(long long x) { volatile long long v = x; return v; }
static inline unsigned long long ck_opaque_u64(unsigned long long x) { volatile unsigned long long v = x; return v; }
static inline double ck_opaque_f64(double x) { volatile double v = x; return v; }
static inline float ck_opaque_f32(float x) { volatile float v = x; return v; }

#endif

/* Variadic definitions and calls through clang's AAPCS lowering: va_arg of int, long long,
 * double, pointers and structs (4- and 8-aligned, odd sizes), va_copy, a va_list passed by
 * value and by pointer, indirect calls, float/char/short promotions, 64-bit fixed parameters. */
#include "cktest.h"

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, T) __builtin_va_arg(ap, T)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(d, s) __builtin_va_copy(d, s)

struct pair { int a, b; };
struct wide { long long v; int tag; };
struct three { unsigned char c[3]; };

static __attribute__((noinline)) int sum_ints(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

/* the format letters: i int, L long long, d double, s string, p pair, w wide, t three */
static unsigned vmix(const char *f, va_list ap)
{
    unsigned h = 17;
    for (; *f; f++) {
        switch (*f) {
        case 'i': { int v = va_arg(ap, int); ck_print_i32(v); h = h * 31 + (unsigned)v; break; }
        case 'L': { long long v = va_arg(ap, long long); ck_print_i64(v); h = h * 31 + (unsigned)v; break; }
        case 'd': { double v = va_arg(ap, double); ck_print_f64(v); h = h * 31 + (unsigned)(int)v; break; }
        case 's': { const char *v = va_arg(ap, const char *); ck_print_str(v); h = h * 31 + v[0]; break; }
        case 'p': { struct pair v = va_arg(ap, struct pair); ck_print_i32(v.a); ck_putchar(','); ck_print_i32(v.b); h = h * 31 + (unsigned)(v.a - v.b); break; }
        case 'w': { struct wide v = va_arg(ap, struct wide); ck_print_i64(v.v); ck_putchar('/'); ck_print_i32(v.tag); h = h * 31 + (unsigned)v.tag; break; }
        case 't': { struct three v = va_arg(ap, struct three); for (int k = 0; k < 3; k++) ck_print_i32(v.c[k]); h = h * 31 + v.c[1]; break; }
        }
        ck_sp();
    }
    ck_nl();
    return h;
}

static __attribute__((noinline)) unsigned mix(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    unsigned h = vmix(f, ap);
    va_end(ap);
    return h;
}

static __attribute__((noinline)) long long copy_twice(int n, ...)
{
    va_list ap, aq;
    va_start(ap, n);
    va_copy(aq, ap);
    long long a = 0, b = 0;
    for (int i = 0; i < n; i++) a += va_arg(ap, long long);
    for (int i = 0; i < n; i++) b += va_arg(aq, long long) * (i + 1);
    va_end(aq);
    va_end(ap);
    return a * 1000 + b;
}

static int next_int(va_list *ap) { return va_arg(*ap, int); }
static double next_double(va_list *ap) { return va_arg(*ap, double); }

static __attribute__((noinline)) double by_pointer(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double r = 0;
    for (int i = 0; i < n; i++) {
        int k = next_int(&ap);
        r += k * next_double(&ap);
    }
    va_end(ap);
    return r;
}

static __attribute__((noinline)) long long fixed64(long long base, double scale, int sh, ...)
{
    va_list ap;
    va_start(ap, sh);
    long long r = base + (long long)scale + sh;
    int x;
    while ((x = va_arg(ap, int)) != 0) r = r * 10 + x;
    va_end(ap);
    return r;
}

int main(void)
{
    unsigned h = 0;
    int s0 = sum_ints(0), s3 = sum_ints(3, 1, 2, 3);
    int s12 = sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ck_opaque_i32(12));
    ck_show_i32("s0", s0);
    ck_show_i32("s3", s3);
    ck_show_i32("s12", s12);
    char c = (char)ck_opaque_i32(65);
    short sh = (short)ck_opaque_i32(-300);
    float fl = ck_opaque_f32(1.75f);
    unsigned char uc = (unsigned char)ck_opaque_i32(250);
    h += mix("iidi", c, sh, fl, uc);
    h += mix("iLiLd", 1, ck_opaque_i64(-1234567890123LL), 2, 77LL, ck_opaque_f64(-0.125));
    struct pair p = { ck_opaque_i32(5), -6 };
    struct wide w = { ck_opaque_i64(1LL << 40), 9 };
    struct three t = { { 1, 2, (unsigned char)ck_opaque_i32(3) } };
    h += mix("ipiwitd", 7, p, 8, w, 9, t, 2.5);
    h += mix("spLsw", "hello", p, 3LL, "x", w);
    unsigned (*fp)(const char *, ...) = mix;
    h += fp("ii", ck_opaque_i32(40), 2);
    int (*sp)(int, ...) = sum_ints;
    ck_show_i32("indirect", sp(4, 10, 20, 30, ck_opaque_i32(40)));
    ck_show_i64("copy", copy_twice(3, 10LL, ck_opaque_i64(20), 30LL));
    ck_show_f64("byptr", by_pointer(3, 1, 0.5, 2, ck_opaque_f64(0.25), 3, 1.5));
    ck_show_i64("fixed64", fixed64(ck_opaque_i64(5000000000LL), 2.9, 3, 1, 2, 3, 0));
    ck_show_u32("h", h);
    return (int)(h & 0xff);
}

/* Variadic definitions (built with -fvariadic-definitions) and calls: the __builtin_va_* builtins
 * behind <stdarg.h>, with ints, long long and double (8-aligned slots), pointers, va_copy, a
 * va_list passed on, indirect calls and many arguments. Prints without libc (natives). */
#ifdef __COCKPIT__
void print_i32(int v) __asm__("io.print_i32");
void print_i64(long long v) __asm__("io.print_i64");
int put(int c) __asm__("io.putchar");
#else
#include <stdio.h>
static void print_i32(int v) { printf("%d", v); }
static void print_i64(long long v) { printf("%lld", v); }
static int put(int c) { return putchar(c); }
#endif

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, T) __builtin_va_arg(ap, T)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(d, s) __builtin_va_copy(d, s)

static void puts_(const char *s) { while (*s) put(*s++); }

static int sum(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

/* A tiny printf: %d %u %x %c %s %l (long long) %f (double, as integer part . 3 digits) %p (nonzero) */
static int vfmt(const char *f, va_list ap)
{
    int n = 0;
    for (; *f; f++) {
        if (*f != '%') { put(*f); n++; continue; }
        switch (*++f) {
        case 'd': print_i32(va_arg(ap, int)); break;
        case 'u': print_i64(va_arg(ap, unsigned)); break;
        case 'x': {
            unsigned v = va_arg(ap, unsigned);
            for (int sh = 28; sh >= 0; sh -= 4) put("0123456789abcdef"[(v >> sh) & 15]);
            break;
        }
        case 'c': put(va_arg(ap, int)); break;
        case 's': puts_(va_arg(ap, const char *)); break;
        case 'l': print_i64(va_arg(ap, long long)); break;
        case 'f': {
            double d = va_arg(ap, double);
            if (d < 0) { put('-'); d = -d; }
            long long ip = (long long)d;
            print_i64(ip);
            put('.');
            int fr = (int)((d - (double)ip) * 1000.0 + 0.5);
            put('0' + fr / 100), put('0' + fr / 10 % 10), put('0' + fr % 10);
            break;
        }
        case 'p': puts_(va_arg(ap, void *) ? "ptr" : "null"); break;
        default: put('?');
        }
        n++;
    }
    return n;
}

static int fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vfmt(f, ap);
    va_end(ap);
    return n;
}

/* va_copy: walk the arguments twice */
static long long twice(int n, ...)
{
    va_list ap, aq;
    va_start(ap, n);
    va_copy(aq, ap);
    long long a = 0, b = 0;
    for (int i = 0; i < n; i++) a += va_arg(ap, long long);
    for (int i = 0; i < n; i++) b -= va_arg(aq, long long);
    va_end(aq);
    va_end(ap);
    return a * 1000 + b;
}

/* the va_list passed on by pointer, consumed in two helpers */
static int take_int(va_list *ap) { return va_arg(*ap, int); }
static double take_double(va_list *ap) { return va_arg(*ap, double); }
static double mixed(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double r = 0;
    for (int i = 0; i < n; i++) {
        int k = take_int(&ap);
        r += k * take_double(&ap);
    }
    va_end(ap);
    return r;
}

/* several fixed parameters, including a 64-bit one, before the '...' */
static long long fixed_then(long long base, char c, int sh, ...)
{
    va_list ap;
    va_start(ap, sh);
    long long r = base + c + sh;
    int x;
    while ((x = va_arg(ap, int)) != 0) r = r * 10 + x;
    va_end(ap);
    return r;
}

struct pt { int x, y; };
static int count_nonnull(const char *first, ...)
{
    va_list ap;
    va_start(ap, first);
    int n = first != 0;
    while (va_arg(ap, const char *)) n++;
    va_end(ap);
    return n;
}

int main(void)
{
    fmt("sum: %d %d %d\n", sum(0), sum(3, 1, 2, 3), sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    char c = 'A';
    short sh = -7;
    float fl = 2.5f;
    unsigned char uc = 200;
    fmt("promoted: %c %d %f %d\n", c, sh, fl, uc);
    fmt("mix: %d %l %d %f %s %x\n", 1, 1234567890123LL, -2, 3.25, "str", 0xdeadbeefu);
    fmt("neg: %l %f %u\n", -9876543210LL, -0.5, 4000000000u);
    struct pt p = { 3, 4 };
    fmt("%p %p\n", (void *)&p, (void *)0);
    fmt("twice: %l\n", twice(3, 10LL, 20LL, 30LL));
    fmt("mixed: %f\n", mixed(3, 1, 0.5, 2, 0.25, 3, 1.5));
    fmt("fixed: %l\n", fixed_then(5, 'a', 3, 1, 2, 3, 0));
    int (*fp)(const char *, ...) = fmt;
    fp("indirect: %d %l\n", 42, 1LL << 40);
    int (*sp)(int, ...) = sum;
    fmt("indirect sum: %d\n", sp(4, 10, 20, 30, 40));
    fmt("nonnull: %d\n", count_nonnull("a", "b", "c", (char *)0));
    int w = fmt("%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    fmt("wrote %d\n", w);
    return sum(2, 40, 2);
}

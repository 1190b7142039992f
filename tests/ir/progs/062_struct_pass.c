/* Small structs passed by value: 1, 2, 3, 4 and 5 words, chars, mixed 64-bit members. */
#include "cktest.h"

struct s1 { int a; };
struct s2 { int a, b; };
struct s3 { int a, b, c; };
struct s4 { short a; signed char b; unsigned char c; int d; long long e; };
struct s5 { unsigned char c[5]; };
struct s6 { long long a; int b; };

static int f1(struct s1 s) { return s.a * 2; }
static int f2(struct s2 s, int k) { return s.a * k - s.b; }
static int f3(int pre, struct s3 s, int post) { return pre + s.a * 100 + s.b * 10 + s.c + post * 1000; }
static long long f4(struct s4 s) { return s.a + s.b + s.c + s.d + s.e; }
static int f5(struct s5 s, struct s5 t) { int r = 0; for (int i = 0; i < 5; i++) r = r * 7 + s.c[i] - t.c[i]; return r; }
static long long f6(int x, struct s6 s, long long y) { return s.a * x + s.b - y; }
/* a callee that modifies its copy: the caller's value must stay unchanged */
static int mod(struct s3 s) { s.a = 99; s.b++; return s.a + s.b + s.c; }

int main(void)
{
    struct s1 a = { ck_opaque_i32(21) };
    struct s2 b = { ck_opaque_i32(7), ck_opaque_i32(-3) };
    struct s3 c = { 1, ck_opaque_i32(2), 3 };
    struct s4 d = { -1000, -100, 200, ck_opaque_i32(123456), ck_opaque_i64(-9876543210ll) };
    struct s5 e = { { 1, 2, 3, 4, 5 } }, e2 = { { 250, 0, 17, 4, 1 } };
    struct s6 f = { ck_opaque_i64(1ll << 40), -7 };
    ck_show_i32("f1", f1(a));
    ck_show_i32("f2", f2(b, 5));
    ck_show_i32("f3", f3(4, c, 5));
    ck_show_i64("f4", f4(d));
    ck_show_i32("f5", f5(e, e2));
    ck_show_i64("f6", f6(3, f, 11));
    ck_show_i32("mod", mod(c));
    ck_show_i32("c.a", c.a); ck_show_i32("c.b", c.b);
    int sum = 0;
    for (int i = 0; i < 10; i++) { b.a = i; sum += f2(b, i); }
    ck_show_i32("sum", sum);
    return sum & 0xff;
}

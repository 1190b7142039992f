/* A tagged union (value type of a small interpreter): anonymous union members, switch on the tag. */
#include "cktest.h"

enum kind { K_INT, K_DBL, K_PAIR, K_STR };
struct value {
    enum kind kind;
    union {
        long long i;
        double d;
        struct { int a, b; } pair;
        const char *s;
    };
};

static struct value mk_int(long long i) { struct value v; v.kind = K_INT; v.i = i; return v; }
static struct value mk_dbl(double d) { struct value v; v.kind = K_DBL; v.d = d; return v; }
static struct value mk_pair(int a, int b) { struct value v; v.kind = K_PAIR; v.pair.a = a; v.pair.b = b; return v; }
static struct value mk_str(const char *s) { struct value v; v.kind = K_STR; v.s = s; return v; }

static void show(struct value v)
{
    switch (v.kind) {
    case K_INT: ck_print_str("int "); ck_print_i64(v.i); break;
    case K_DBL: ck_print_str("dbl "); ck_print_f64(v.d); break;
    case K_PAIR: ck_print_str("pair "); ck_print_i32(v.pair.a); ck_putchar(','); ck_print_i32(v.pair.b); break;
    case K_STR: ck_print_str("str "); ck_print_str(v.s); break;
    }
    ck_nl();
}
static struct value add(struct value x, struct value y)
{
    if (x.kind == K_INT && y.kind == K_INT) return mk_int(x.i + y.i);
    if (x.kind == K_PAIR && y.kind == K_PAIR) return mk_pair(x.pair.a + y.pair.a, x.pair.b + y.pair.b);
    double a = x.kind == K_INT ? (double)x.i : x.kind == K_DBL ? x.d : 0.0;
    double b = y.kind == K_INT ? (double)y.i : y.kind == K_DBL ? y.d : 0.0;
    return mk_dbl(a + b);
}

int main(void)
{
    struct value vs[5] = { mk_int(ck_opaque_i64(40)), mk_dbl(ck_opaque_f64(1.25)), mk_pair(3, ck_opaque_i32(4)),
                           mk_str("hello"), mk_int(-2) };
    for (int i = 0; i < 5; i++) show(vs[i]);
    show(add(vs[0], vs[4]));
    show(add(vs[0], vs[1]));
    show(add(vs[2], vs[2]));
    show(add(vs[3], vs[1]));
    struct value acc = mk_int(0);
    for (int i = 0; i < 10; i++) acc = add(acc, i == 7 ? mk_dbl(0.5) : mk_int(i));
    show(acc);
    return (int)acc.d;
}

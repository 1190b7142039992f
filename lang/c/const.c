/* Constant expressions (C11 6.6) over checked trees: integer constant expressions (array sizes,
 * case labels, enumerators, bit widths) and the wider set allowed in static initialisers:
 * arithmetic constants and address constants (a static object, function or string literal, plus
 * an offset). Integer results wrap to the width of their type, as on the target. */
#include "cc.h"

static long long normalize(long long v, const ctype *t)
{
    t = ckc_type_unqual((ctype *)t);
    if (t->kind == TY_BOOL) return v != 0;
    int bits = (int)t->size * 8;
    if (t->kind == TY_PTR) bits = 32;
    if (bits >= 64) return v;
    unsigned long long mask = (1ULL << bits) - 1, u = (unsigned long long)v & mask;
    if (ckc_type_is_signed(t) && (u >> (bits - 1))) u |= ~mask;
    return (long long)u;
}

static int eval(cc *c, node *e, cval *out, int icx);

static int eval_int(cc *c, node *e, long long *v, int icx)
{
    cval x;
    if (!eval(c, e, &x, icx) || x.kind != CV_INT) return 0;
    *v = x.i;
    return 1;
}

static int eval_addr(cc *c, node *e, cval *out)
{
    switch (e->kind) {
    case N_VAR:
        if (!e->sym->global || e->sym->kind == S_ENUMCONST) return 0;
        out->kind = CV_ADDR;
        out->base = e->sym;
        out->str = NULL;
        out->i = 0;
        return 1;
    case N_STRLIT:
        out->kind = CV_ADDR;
        out->base = NULL;
        out->str = e;
        out->i = 0;
        return 1;
    case N_COMPLIT:
        if (!e->sym->global) return 0;
        out->kind = CV_ADDR;
        out->base = e->sym;
        out->str = NULL;
        out->i = 0;
        return 1;
    case N_MEMBER:
        if (!e->a->is_lvalue || !eval_addr(c, e->a, out)) return 0;
        out->i += (long long)e->ival;
        return 1;
    case N_DEREF:
        return eval(c, e->a, out, 0) && (out->kind == CV_ADDR || out->kind == CV_INT);
    default:
        return 0;
    }
}

static int binary(cc *c, node *e, cval *out, int icx)
{
    cval a, b;
    if (!eval(c, e->a, &a, icx) || !eval(c, e->b, &b, icx)) return 0;
    ctype *t = ckc_type_unqual(e->ty);
    ctype *ot = ckc_type_unqual(e->a->ty);          /* operand type (the same for both, after conversion) */
    if (a.kind == CV_ADDR || b.kind == CV_ADDR) {
        if (icx) return 0;
        if (t->kind == TY_PTR && (e->op == B_ADD || e->op == B_SUB)) {
            cval *p = a.kind == CV_ADDR ? &a : &b, *i = a.kind == CV_ADDR ? &b : &a;
            if (i->kind != CV_INT) return 0;
            ctype *base = ckc_type_unqual(t)->base;
            long long sz = base->kind == TY_VOID ? 1 : base->size;
            *out = *p;
            out->i += (e->op == B_SUB ? -i->i : i->i) * sz;
            return 1;
        }
        return 0;
    }
    if (a.kind == CV_FLOAT || b.kind == CV_FLOAT) {
        if (icx) return 0;
        double x = a.kind == CV_FLOAT ? a.f : (double)a.i, y = b.kind == CV_FLOAT ? b.f : (double)b.i;
        out->kind = ckc_type_is_float(t) ? CV_FLOAT : CV_INT;
        double r = 0;
        long long ri = 0;
        switch (e->op) {
        case B_ADD: r = x + y; break;
        case B_SUB: r = x - y; break;
        case B_MUL: r = x * y; break;
        case B_DIV: r = x / y; break;
        case B_LT: ri = x < y; break;
        case B_GT: ri = x > y; break;
        case B_LE: ri = x <= y; break;
        case B_GE: ri = x >= y; break;
        case B_EQ: ri = x == y; break;
        case B_NE: ri = x != y; break;
        default: return 0;
        }
        /* An invalid operation (0/0, inf-inf, 0*inf) makes a NaN whose sign depends on the host
         * (x86 gives -nan); LLVM folds it to the positive quiet NaN, so the same must come out here
         * whether a static initialiser or code computes it. */
        if (r != r && x == x && y == y) r = __builtin_nan("");
        if (out->kind == CV_FLOAT) out->f = t->kind == TY_FLOAT ? (double)(float)r : r;
        else out->i = ri;
        return 1;
    }
    if (t->kind == TY_PTR) {
        /* integer-valued pointers, e.g. ((char *)0 + 4) */
        if (e->op != B_ADD && e->op != B_SUB) return 0;
        ctype *base = t->base;
        long long sz = base->kind == TY_VOID ? 1 : base->size;
        int pa = ckc_type_is_ptr(e->a->ty);
        long long p = pa ? a.i : b.i, i = pa ? b.i : a.i;
        out->kind = CV_INT;
        out->i = normalize(p + (e->op == B_SUB ? -i : i) * sz, t);
        return 1;
    }
    unsigned long long x = (unsigned long long)a.i, y = (unsigned long long)b.i, r = 0;
    int s = ckc_type_is_signed(ot);
    switch (e->op) {
    case B_ADD: r = x + y; break;
    case B_SUB:
        if (ckc_type_is_ptr(e->a->ty)) {
            ctype *base = ckc_type_unqual(e->a->ty)->base;
            long long sz = base->kind == TY_VOID || !base->size ? 1 : base->size;
            r = (unsigned long long)(((long long)x - (long long)y) / sz);
        } else {
            r = x - y;
        }
        break;
    case B_MUL: r = x * y; break;
    case B_DIV: case B_MOD:
        if (y == 0 || (s && ot->size == 8 && (long long)x == (-0x7fffffffffffffffLL - 1) && (long long)y == -1)) return 0;
        if (s) r = (unsigned long long)(e->op == B_DIV ? (long long)x / (long long)y : (long long)x % (long long)y);
        else r = e->op == B_DIV ? x / y : x % y;
        break;
    case B_SHL: if (y >= 64) return 0; r = x << y; break;
    case B_SHR:
        if (y >= 64) return 0;
        r = s ? (unsigned long long)((long long)x >> y) : x >> y;
        break;
    case B_AND: r = x & y; break;
    case B_XOR: r = x ^ y; break;
    case B_OR: r = x | y; break;
    case B_LT: r = s ? (long long)x < (long long)y : x < y; break;
    case B_GT: r = s ? (long long)x > (long long)y : x > y; break;
    case B_LE: r = s ? (long long)x <= (long long)y : x <= y; break;
    case B_GE: r = s ? (long long)x >= (long long)y : x >= y; break;
    case B_EQ: r = x == y; break;
    case B_NE: r = x != y; break;
    }
    out->kind = CV_INT;
    out->i = normalize((long long)r, t);
    return 1;
}

static int eval(cc *c, node *e, cval *out, int icx)
{
    out->kind = CV_NONE;
    out->base = NULL;
    out->str = NULL;
    switch (e->kind) {
    case N_INTLIT:
        out->kind = CV_INT;
        out->i = normalize((long long)e->ival, e->ty);
        return 1;
    case N_FLOATLIT:
        if (icx) return 0;
        out->kind = CV_FLOAT;
        out->f = e->fval;
        return 1;
    case N_CONV: {
        ctype *t = ckc_type_unqual(e->ty), *f = ckc_type_unqual(e->a->ty);
        if (icx && e->a->kind == N_FLOATLIT && ckc_type_is_integer(t)) {
            double d = e->a->fval;
            if (!(d > -9.3e18 && d < 1.85e19)) return 0;
            out->kind = CV_INT;
            out->i = normalize(d < 0 ? (long long)d : (long long)(unsigned long long)d, t);
            return 1;
        }
        cval a;
        if (!eval(c, e->a, &a, icx)) return 0;
        if (t->kind == TY_VOID) return 0;
        if (a.kind == CV_ADDR) {
            if (icx) return 0;
            if (t->kind == TY_PTR || (ckc_type_is_integer(t) && t->size == 4)) { *out = a; return 1; }
            return 0;
        }
        if (ckc_type_is_float(t)) {
            out->kind = CV_FLOAT;
            double d = a.kind == CV_FLOAT ? a.f : ckc_type_is_signed(f) ? (double)a.i : (double)(unsigned long long)a.i;
            out->f = t->kind == TY_FLOAT ? (double)(float)d : d;
            return 1;
        }
        out->kind = CV_INT;
        if (a.kind == CV_FLOAT) {
            if (t->kind == TY_BOOL) { out->i = a.f != 0; return 1; }
            if (!(a.f > -9.3e18 && a.f < 1.85e19)) return 0;
            out->i = normalize(a.f < 0 ? (long long)a.f : (long long)(unsigned long long)a.f, t);
            return 1;
        }
        if (icx && (t->kind == TY_PTR || f->kind == TY_PTR)) return 0;
        out->i = normalize(a.i, t);
        return 1;
    }
    case N_PLUS: return eval(c, e->a, out, icx);
    case N_NEG: case N_BITNOT: {
        cval a;
        if (!eval(c, e->a, &a, icx)) return 0;
        if (a.kind == CV_FLOAT && e->kind == N_NEG) { out->kind = CV_FLOAT; out->f = -a.f; return 1; }
        if (a.kind != CV_INT) return 0;
        out->kind = CV_INT;
        out->i = normalize(e->kind == N_NEG ? (long long)(0ULL - (unsigned long long)a.i) : ~a.i, e->ty);
        return 1;
    }
    case N_NOT: {
        cval a;
        if (!eval(c, e->a, &a, icx)) return 0;
        out->kind = CV_INT;
        if (a.kind == CV_ADDR) { if (icx) return 0; out->i = 0; return 1; }
        out->i = a.kind == CV_FLOAT ? a.f == 0 : a.i == 0;
        return 1;
    }
    case N_BINARY: return binary(c, e, out, icx);
    case N_LOGAND: case N_LOGOR: {
        long long a, b;
        if (!eval_int(c, e->a, &a, icx)) return 0;
        out->kind = CV_INT;
        if (e->kind == N_LOGAND && !a) { out->i = 0; return 1; }
        if (e->kind == N_LOGOR && a) { out->i = 1; return 1; }
        if (!eval_int(c, e->b, &b, icx)) return 0;
        out->i = b != 0;
        return 1;
    }
    case N_COND: {
        cval x;
        if (!eval(c, e->a, &x, icx)) return 0;
        int truth = x.kind == CV_INT ? x.i != 0 : x.kind == CV_FLOAT ? x.f != 0 : 1;
        return eval(c, truth ? e->b : e->c, out, icx);
    }
    case N_DECAY:
        if (icx) return 0;
        return eval_addr(c, e->a, out);
    case N_ADDR:
        if (icx) return 0;
        return eval_addr(c, e->a, out);
    default:
        return 0;
    }
}

int ckc_const_int(cc *c, node *e, long long *out)
{
    if (!e || !e->ty || !ckc_type_is_integer(e->ty)) return 0;
    cval v;
    if (eval(c, e, &v, 1) && v.kind == CV_INT) {
        *out = v.i;
        return 1;
    }
    /* offsetof written the classic way: (size_t)&((T *)0)->m */
    if (eval(c, e, &v, 0) && v.kind == CV_INT) {
        *out = v.i;
        return 1;
    }
    return 0;
}

int ckc_eval_const(cc *c, node *e, cval *out)
{
    if (!e || !e->ty) return 0;
    if (ckc_type_is_record(e->ty)) return 0;
    return eval(c, e, out, 0);
}

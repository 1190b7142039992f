/* Integer constant expressions of #if and #elif (C11 6.10.1): evaluated in intmax_t/uintmax_t
 * (64 bits) with the usual arithmetic conversions between the two. Operands are already
 * macro-expanded, with 'defined' and leftover identifiers replaced by numbers. */
#include "cc.h"

typedef struct pv { long long v; int u; } pv;
typedef struct ppx { cc *c; tok *t; loc where; int err, depth; } ppx;

#define PP_MAX_EXPR_DEPTH 1000

static pv cond_expr(ppx *x);

static void fail(ppx *x, loc l, const char *msg)
{
    if (!x->err) ckc_error(x->c, l, "%s", msg);
    x->err = 1;
}

static int accept(ppx *x, int kind)
{
    if (x->t->kind != kind) return 0;
    x->t = x->t->next;
    return 1;
}

static pv primary(ppx *x)
{
    pv r = {0, 0};
    tok *t = x->t;
    if (x->err) return r;
    if (accept(x, TK_LPAREN)) {
        r = cond_expr(x);
        if (!accept(x, TK_RPAREN)) fail(x, x->t->kind == TK_EOF ? t->loc : x->t->loc, "missing ')' in expression");
        return r;
    }
    if (t->kind == TK_NUM) {
        intlit il;
        double f;
        int isf;
        x->t = t->next;
        int rc = ckc_number(x->c, t, &il, &f, &isf);
        if (rc < 0) { x->err = 1; return r; }
        if (rc == 1) { fail(x, t->loc, "floating constant in preprocessor expression"); return r; }
        r.v = (long long)il.v;
        r.u = il.is_unsigned || il.v > 0x7fffffffffffffffULL;
        return r;
    }
    if (t->kind == TK_CHAR) {
        int w;
        x->t = t->next;
        if (ckc_char_value(x->c, t, &r.v, &w)) x->err = 1;
        return r;
    }
    if (t->kind == TK_EOF) fail(x, x->where, "#if with no expression");
    else fail(x, t->loc, ck_arena_printf(x->c->arena, "token \"%s\" is not valid in preprocessor expressions", ckc_tok_text(x->c, t)));
    return r;
}

static pv unary1(ppx *x);

/* Parentheses and unary operators recurse: bounded, so no input exhausts the host stack. */
static pv unary(ppx *x)
{
    pv r = {0, 0};
    if (++x->depth > PP_MAX_EXPR_DEPTH) {
        fail(x, x->t->loc, "#if expression is nested too deeply");
        x->depth--;
        return r;
    }
    r = unary1(x);
    x->depth--;
    return r;
}

static pv unary1(ppx *x)
{
    pv r;
    if (accept(x, TK_PLUS)) return unary(x);
    if (accept(x, TK_MINUS)) { r = unary(x); r.v = (long long)(0ULL - (unsigned long long)r.v); return r; }
    if (accept(x, TK_TILDE)) { r = unary(x); r.v = ~r.v; return r; }
    if (accept(x, TK_NOT)) { r = unary(x); r.v = !r.v; r.u = 0; return r; }
    return primary(x);
}

/* Binary operators by precedence level, lowest first. */
static const int levels[][5] = {
    {TK_PIPE}, {TK_CARET}, {TK_AMP}, {TK_EQ, TK_NE}, {TK_LT, TK_GT, TK_LE, TK_GE},
    {TK_SHL, TK_SHR}, {TK_PLUS, TK_MINUS}, {TK_STAR, TK_SLASH, TK_PERCENT},
};
#define NLEVELS (int)(sizeof levels / sizeof levels[0])

static pv apply(ppx *x, int op, pv a, pv b, loc l)
{
    int u = a.u || b.u;
    unsigned long long ua = (unsigned long long)a.v, ub = (unsigned long long)b.v;
    pv r = {0, u};
    switch (op) {
    case TK_PIPE: r.v = a.v | b.v; break;
    case TK_CARET: r.v = a.v ^ b.v; break;
    case TK_AMP: r.v = a.v & b.v; break;
    case TK_EQ: r.v = a.v == b.v; r.u = 0; break;
    case TK_NE: r.v = a.v != b.v; r.u = 0; break;
    case TK_LT: r.v = u ? ua < ub : a.v < b.v; r.u = 0; break;
    case TK_GT: r.v = u ? ua > ub : a.v > b.v; r.u = 0; break;
    case TK_LE: r.v = u ? ua <= ub : a.v <= b.v; r.u = 0; break;
    case TK_GE: r.v = u ? ua >= ub : a.v >= b.v; r.u = 0; break;
    case TK_SHL: r.v = b.v >= 64 || b.v < 0 ? 0 : (long long)(ua << b.v); r.u = a.u; break;
    case TK_SHR:
        r.u = a.u;
        if (b.v >= 64 || b.v < 0) r.v = a.u || a.v >= 0 ? 0 : -1;
        else r.v = a.u ? (long long)(ua >> b.v) : a.v >> b.v;
        break;
    case TK_PLUS: r.v = (long long)(ua + ub); break;
    case TK_MINUS: r.v = (long long)(ua - ub); break;
    case TK_STAR: r.v = (long long)(ua * ub); break;
    case TK_SLASH: case TK_PERCENT:
        if (b.v == 0) { fail(x, l, "division by zero in #if"); return r; }
        if (u) r.v = (long long)(op == TK_SLASH ? ua / ub : ua % ub);
        else if (a.v == (-0x7fffffffffffffffLL - 1) && b.v == -1) r.v = op == TK_SLASH ? a.v : 0;
        else r.v = op == TK_SLASH ? a.v / b.v : a.v % b.v;
        break;
    }
    return r;
}

static pv binary(ppx *x, int level)
{
    if (level == NLEVELS) return unary(x);
    pv a = binary(x, level + 1);
    for (;;) {
        int op = 0;
        for (int i = 0; i < 5 && levels[level][i]; i++)
            if (x->t->kind == levels[level][i]) op = levels[level][i];
        if (!op || x->err) return a;
        loc l = x->t->loc;
        x->t = x->t->next;
        pv b = binary(x, level + 1);
        a = apply(x, op, a, b, l);
    }
}

static pv and_expr(ppx *x)
{
    pv a = binary(x, 0);
    while (x->t->kind == TK_ANDAND) {
        x->t = x->t->next;
        pv b = binary(x, 0);
        a.v = a.v && b.v;
        a.u = 0;
    }
    return a;
}

static pv or_expr(ppx *x)
{
    pv a = and_expr(x);
    while (x->t->kind == TK_OROR) {
        x->t = x->t->next;
        pv b = and_expr(x);
        a.v = a.v || b.v;
        a.u = 0;
    }
    return a;
}

static pv cond_expr(ppx *x)
{
    pv a = or_expr(x);
    if (x->t->kind != TK_QUESTION) return a;
    tok *q = x->t;
    x->t = x->t->next;
    pv b = cond_expr(x);
    if (!accept(x, TK_COLON)) {
        fail(x, q->loc, "expected ':' in conditional expression");
        return a;
    }
    pv c = cond_expr(x);
    pv r = a.v ? b : c;
    r.u = b.u || c.u;
    return r;
}

int ckc_pp_eval(cc *c, tok *t, loc where, long long *out)
{
    ppx x = {c, t, where, 0, 0};
    pv r = cond_expr(&x);
    if (!x.err && x.t->kind != TK_EOF)
        fail(&x, x.t->loc, ck_arena_printf(c->arena, "missing binary operator before token \"%s\"", ckc_tok_text(c, x.t)));
    if (x.err) return -1;
    *out = r.v;
    return 0;
}

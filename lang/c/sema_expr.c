/* Semantic analysis of expressions (C11 6.3, 6.5): name lookup, types, lvalues, integer promotions
 * and the usual arithmetic conversions (made explicit as N_CONV nodes), array and function decay
 * (N_DECAY), pointer arithmetic, calls checked against prototypes, and the constraints of every
 * operator. Subscripts become *(a + i) and p->m becomes (*p).m, so code generation sees fewer
 * forms. */
#include <string.h>

#include "cc.h"

ctype ty_err = { .kind = TY_INT, .size = 4, .align = 4 };

static node *err_node(cc *c, node *e)
{
    (void)c;
    e->ty = &ty_err;
    e->is_lvalue = 0;
    return e;
}

static int bad(const node *e)
{
    return e->ty == &ty_err;
}

int sema_is_lvalue(node *e)
{
    return e->is_lvalue;
}

static node *mk(cc *c, int kind, loc l, ctype *ty, node *a)
{
    node *n = ast_node(c, kind, l);
    n->ty = ty;
    n->a = a;
    return n;
}

static node *int_const(cc *c, loc l, long long v, ctype *ty)
{
    node *n = ast_node(c, N_INTLIT, l);
    n->ival = (unsigned long long)v;
    n->ty = ty;
    return n;
}

/* An implicit conversion (none when the unqualified types are the same). */
static node *conv(cc *c, node *e, ctype *to)
{
    to = type_unqual(to);
    if (type_unqual(e->ty) == to || bad(e)) return e;
    if (to->kind == TY_PTR && e->ty->kind == TY_PTR && type_unqual(e->ty)->base == to->base) return e;
    node *n = mk(c, N_CONV, e->loc, to, e);
    n->implicit = 1;
    return n;
}

node *sema_convert(cc *c, node *e, ctype *to, int implicit)
{
    node *n = conv(c, e, to);
    if (n != e) n->implicit = implicit;
    return n;
}

static int is_null_ptr_const(cc *c, node *e)
{
    /* an integer constant 0, or one cast to void * */
    if (e->kind == N_CONV && !e->implicit && type_is_ptr(e->ty) && type_unqual(e->ty)->base->kind == TY_VOID &&
        !type_unqual(e->ty)->base->quals && type_is_integer(e->a->ty))
        return is_null_ptr_const(c, e->a);
    if (!type_is_integer(e->ty)) return 0;
    long long v;
    unsigned errs = c->errors;
    int ok = cc_const_int(c, e, &v) && v == 0;
    c->errors = errs;
    return ok;
}

int sema_is_null_const(cc *c, node *e)
{
    return is_null_ptr_const(c, e);
}

/* Arrays and functions become pointers; lvalues of incomplete type cannot be used as values. */
static node *decay(cc *c, node *e)
{
    if (bad(e)) return e;
    ctype *t = e->ty;
    if (t->kind == TY_ARRAY) return mk(c, N_DECAY, e->loc, type_ptr(c, t->base), e);
    if (t->kind == TY_FUNC) return mk(c, N_DECAY, e->loc, type_ptr(c, t), e);
    if (e->is_lvalue && type_is_record(t) && !type_is_complete(t)) {
        cc_error(c, e->loc, "invalid use of incomplete type '%s'", type_str(c, t));
        return err_node(c, e);
    }
    return e;
}

node *sema_rvalue(cc *c, node *e)
{
    return decay(c, sema_expr(c, e));
}

static ctype *arith_conv(ctype *a, ctype *b)
{
    a = type_unqual(a);
    b = type_unqual(b);
    if (a->kind == TY_DOUBLE || b->kind == TY_DOUBLE) return &ty_double;
    if (a->kind == TY_FLOAT || b->kind == TY_FLOAT) return &ty_float;
    a = type_promote(a);
    b = type_promote(b);
    if (a == b) return a;
    int sa = type_is_signed(a), sb = type_is_signed(b);
    if (sa == sb) return type_rank(a) >= type_rank(b) ? a : b;
    ctype *u = sa ? b : a, *s = sa ? a : b;
    if (type_rank(u) >= type_rank(s)) return u;
    if (s->size > u->size) return s;
    switch (s->kind) {
    case TY_INT: return &ty_uint;
    case TY_LONG: return &ty_ulong;
    default: return &ty_ullong;
    }
}

static int is_modifiable(cc *c, node *e, const char *what)
{
    if (bad(e)) return 0;
    if (!e->is_lvalue) {
        cc_error(c, e->loc, "lvalue required as %s", what);
        return 0;
    }
    if (e->ty->kind == TY_ARRAY) {
        cc_error(c, e->loc, "array type '%s' is not assignable", type_str(c, e->ty));
        return 0;
    }
    if (e->ty->quals & Q_CONST) {
        if (e->kind == N_VAR) cc_error(c, e->loc, "cannot assign to variable '%s' with const-qualified type '%s'", e->sym->name, type_str(c, e->ty));
        else cc_error(c, e->loc, "cannot assign to read-only location of type '%s'", type_str(c, e->ty));
        return 0;
    }
    if (type_is_record(e->ty)) {
        for (member *m = e->ty->rec->members; m; m = m->next)
            if (m->ty->quals & Q_CONST) {
                cc_error(c, e->loc, "cannot assign to a struct with const member '%s'", m->name ? m->name : "");
                return 0;
            }
    }
    if (!type_is_complete(e->ty)) {
        cc_error(c, e->loc, "invalid use of incomplete type '%s'", type_str(c, e->ty));
        return 0;
    }
    return 1;
}

/* --- assignment compatibility (C11 6.5.16.1) --------------------------------------------------- */
static const char *ctx_text(cc *c, const char *what, ctype *to, ctype *from)
{
    if (!strcmp(what, "assignment")) return ck_arena_printf(c->arena, "assigning to '%s' from '%s'", type_str(c, to), type_str(c, from));
    if (!strcmp(what, "initialization")) return ck_arena_printf(c->arena, "initializing '%s' with an expression of type '%s'", type_str(c, to), type_str(c, from));
    if (!strcmp(what, "return")) return ck_arena_printf(c->arena, "returning '%s' from a function with result type '%s'", type_str(c, from), type_str(c, to));
    return ck_arena_printf(c->arena, "passing '%s' to parameter of type '%s'%s", type_str(c, from), type_str(c, to), what);
}

node *sema_assign_conv(cc *c, node *e, ctype *to, const char *what, loc l)
{
    if (bad(e)) return e;
    ctype *from = type_unqual(e->ty);
    ctype *t = type_unqual(to);
    if (t == &ty_err) return e;
    if (type_is_arith(t) && type_is_arith(from)) return conv(c, e, t);
    if (t->kind == TY_BOOL && from->kind == TY_PTR) return conv(c, e, t);
    if (type_is_record(t) || type_is_record(from)) {
        if (type_compatible(t, from)) return e;
        cc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
        return err_node(c, e);
    }
    if (t->kind == TY_PTR) {
        if (is_null_ptr_const(c, e)) return conv(c, e, t);
        if (type_is_integer(from)) {
            cc_error(c, l, "incompatible integer to pointer conversion %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        if (from->kind != TY_PTR) {
            cc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        ctype *tb = t->base, *fb = from->base;
        int ok = type_compatible(type_unqual(tb), type_unqual(fb)) ||
                 (tb->kind == TY_VOID && fb->kind != TY_FUNC) || (fb->kind == TY_VOID && tb->kind != TY_FUNC);
        if (!ok) {
            cc_error(c, l, "incompatible pointer types %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        if (fb->quals & ~tb->quals & (Q_CONST | Q_VOLATILE))
            cc_warning(c, l, "%s discards '%s' qualifier from pointer target type", ctx_text(c, what, to, from),
                       (fb->quals & ~tb->quals & Q_CONST) ? "const" : "volatile");
        return conv(c, e, t);
    }
    if (type_is_integer(t) && from->kind == TY_PTR) {
        cc_error(c, l, "incompatible pointer to integer conversion %s", ctx_text(c, what, to, from));
        return err_node(c, e);
    }
    if (t->kind == TY_VOID) {
        cc_error(c, l, "cannot convert to 'void'");
        return err_node(c, e);
    }
    cc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
    return err_node(c, e);
}

int sema_cond_ok(cc *c, node *e)
{
    if (bad(e)) return 0;
    if (!type_is_scalar(e->ty)) {
        cc_error(c, e->loc, "used type '%s' where a scalar is required", type_str(c, e->ty));
        return 0;
    }
    return 1;
}

/* --- primary expressions ----------------------------------------------------------------------- */
static node *ident(cc *c, node *e)
{
    sym *s = sema_lookup(c, e->name);
    if (!s) {
        cc_error(c, e->loc, "use of undeclared identifier '%s'", e->name);
        return err_node(c, e);
    }
    if (s->kind == S_TYPEDEF) {
        cc_error(c, e->loc, "unexpected type name '%s': expected expression", e->name);
        return err_node(c, e);
    }
    s->used = 1;
    if (s->kind == S_ENUMCONST) return int_const(c, e->loc, s->ival, s->ty);
    e->kind = N_VAR;
    e->sym = s;
    e->ty = s->ty;
    e->is_lvalue = s->kind == S_VAR;
    return e;
}

static node *string_lit(cc *c, node *e)
{
    int w = 1;
    for (tok *t = e->toks; t; t = t->next) {
        int tw = cc_string_width(t);
        if (tw > 1 && w > 1 && tw != w) cc_error(c, t->loc, "unsupported non-standard concatenation of string literals");
        if (tw > w) w = tw;
    }
    ck_buf b = {0};
    for (tok *t = e->toks; t; t = t->next) cc_string_decode(c, t, &b, w);
    ck_buf_zero(&b, (size_t)w);
    e->str = ck_arena_alloc(c->arena, b.len);
    memcpy(e->str, b.data, b.len);
    e->slen = b.len;
    e->swidth = w;
    ck_buf_free(&b);
    ctype *elem = w == 1 ? &ty_char : w == 2 ? &ty_ushort : &ty_uint;
    e->ty = type_array(c, elem, (long long)(e->slen / (size_t)w));
    e->is_lvalue = 1;
    return e;
}

static node *func_name(cc *c, node *e)
{
    if (!c->fn || !c->fn->s) {
        cc_error(c, e->loc, "'__func__' is not allowed outside a function");
        return err_node(c, e);
    }
    const char *n = c->fn->s->name;
    e->kind = N_STRLIT;
    e->slen = strlen(n) + 1;
    e->str = ck_arena_strndup(c->arena, n, e->slen - 1);
    e->swidth = 1;
    e->ty = type_array(c, type_qual(c, &ty_char, Q_CONST), (long long)e->slen);
    e->is_lvalue = 1;
    return e;
}

static node *compound_literal(cc *c, node *e)
{
    ctype *t = sema_typename(c, e->ds, e->dt);
    if (t->kind == TY_FUNC || (t->kind != TY_ARRAY && !type_is_complete(t))) {
        cc_error(c, e->loc, "compound literal has incomplete type '%s'", type_str(c, t));
        return err_node(c, e);
    }
    sym *s = ck_arena_alloc(c->arena, sizeof *s);
    s->name = "compound literal";
    s->kind = S_VAR;
    s->loc = e->loc;
    s->in = e->in;
    s->global = c->fn == NULL;
    if (s->global) {
        s->defined = 1;
        s->storage = SC_STATIC;
        s->llname = ck_arena_printf(c->arena, ".compoundliteral.%d", c->static_counter++);
        if (c->globals_tail) c->globals_tail->next_global = s;
        else c->globals = s;
        c->globals_tail = s;
    }
    s->leaves = sema_init(c, &t, e->in, s->global, e->loc);
    s->ty = t;
    e->sym = s;
    e->ty = t;
    e->is_lvalue = 1;
    return e;
}

/* --- postfix ----------------------------------------------------------------------------------- */
static node *call(cc *c, node *e)
{
    node *fn = e->a;
    if (fn->kind == N_IDENT && !sema_lookup(c, fn->name)) {
        cc_error(c, fn->loc, "implicit declaration of function '%s' is invalid in C99", fn->name);
        for (node *a = e->b; a; a = a->next) sema_rvalue(c, a);
        return err_node(c, e);
    }
    if (fn->kind == N_IDENT && (!strcmp(fn->name, "setjmp") || !strcmp(fn->name, "longjmp") || !strcmp(fn->name, "_setjmp"))) {
        cc_error(c, fn->loc, "setjmp and longjmp are not supported in Cockpit C");
        return err_node(c, e);
    }
    fn = sema_rvalue(c, fn);
    node *args[256];
    int n = 0;
    for (node *a = e->b; a; a = a->next) {
        if (n == 256) {
            cc_error(c, a->loc, "too many arguments in call (more than 256)");
            return err_node(c, e);
        }
        args[n++] = a;
    }
    int any_bad = bad(fn);
    for (int i = 0; i < n; i++) {
        node *nx = args[i]->next;
        args[i] = sema_rvalue(c, args[i]);
        args[i]->next = nx;
        any_bad |= bad(args[i]);
    }
    if (any_bad) return err_node(c, e);
    ctype *ft = type_unqual(fn->ty);
    if (ft->kind != TY_PTR || ft->base->kind != TY_FUNC) {
        cc_error(c, e->loc, "called object type '%s' is not a function or function pointer", type_str(c, fn->ty));
        return err_node(c, e);
    }
    ft = ft->base;
    const char *fname = fn->kind == N_DECAY && fn->a->kind == N_VAR ? fn->a->sym->name : NULL;
    if (ft->proto) {
        if (n < ft->nparams || (n > ft->nparams && !ft->variadic)) {
            const char *which = n < ft->nparams ? "few" : "many";
            if (fname) cc_error(c, e->loc, "too %s arguments to function call, expected %d, have %d (function '%s')", which, ft->nparams, n, fname);
            else cc_error(c, e->loc, "too %s arguments to function call, expected %d, have %d", which, ft->nparams, n);
            return err_node(c, e);
        }
    }
    for (int i = 0; i < n; i++) {
        node *nx = args[i]->next;
        if (ft->proto && i < ft->nparams) {
            const char *what = fname ? ck_arena_printf(c->arena, " (argument %d of '%s')", i + 1, fname)
                                     : ck_arena_printf(c->arena, " (argument %d)", i + 1);
            args[i] = sema_assign_conv(c, args[i], ft->params[i], what, args[i]->loc);
        } else {
            /* default argument promotions for '...' and unprototyped calls */
            ctype *t = type_unqual(args[i]->ty);
            if (t->kind == TY_FLOAT) args[i] = conv(c, args[i], &ty_double);
            else if (type_is_integer(t)) args[i] = conv(c, args[i], type_promote(t));
            else if (t->kind == TY_VOID) {
                cc_error(c, args[i]->loc, "argument %d has type 'void'", i + 1);
                return err_node(c, e);
            }
        }
        args[i]->next = nx;
        if (bad(args[i])) return err_node(c, e);
    }
    for (int i = 0; i < n; i++) args[i]->next = i + 1 < n ? args[i + 1] : NULL;
    e->a = fn;
    e->b = n ? args[0] : NULL;
    e->ival = (unsigned long long)n;
    e->ty = type_unqual(ft->base);
    if (e->ty->kind != TY_VOID && !type_is_complete(e->ty)) {
        cc_error(c, e->loc, "calling function with incomplete return type '%s'", type_str(c, e->ty));
        return err_node(c, e);
    }
    e->is_lvalue = 0;
    return e;
}

static node *member_access(cc *c, node *e)
{
    node *a;
    if (e->kind == N_ARROW) {
        a = sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *pt = type_unqual(a->ty);
        if (pt->kind != TY_PTR || !type_is_record(pt->base)) {
            cc_error(c, e->loc, "member reference type '%s' is not a pointer to a struct or union", type_str(c, a->ty));
            return err_node(c, e);
        }
        node *d = mk(c, N_DEREF, a->loc, pt->base, a);
        d->is_lvalue = 1;
        a = d;
    } else {
        a = sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        if (!type_is_record(a->ty)) {
            cc_error(c, e->loc, "member reference base type '%s' is not a structure or union", type_str(c, a->ty));
            return err_node(c, e);
        }
    }
    ctype *st = a->ty;
    if (!type_is_complete(st)) {
        cc_error(c, e->loc, "incomplete definition of type '%s'", type_str(c, st));
        return err_node(c, e);
    }
    unsigned off;
    member *m = type_find_member(st, e->name, &off);
    if (!m) {
        cc_error(c, e->loc, "no member named '%s' in '%s'", e->name, type_str(c, st));
        return err_node(c, e);
    }
    e->kind = N_MEMBER;
    e->a = a;
    e->mem = m;
    e->ival = off;
    e->ty = st->quals ? type_qual(c, m->ty, st->quals) : m->ty;
    e->is_lvalue = a->is_lvalue;
    return e;
}

/* --- operators --------------------------------------------------------------------------------- */
static node *pointer_add(cc *c, node *e, node *p, node *i, int sub)
{
    ctype *pt = type_unqual(p->ty);
    if (pt->base->kind == TY_FUNC) {
        cc_error(c, e->loc, "arithmetic on a pointer to the function type '%s'", type_str(c, pt->base));
        return err_node(c, e);
    }
    if (pt->base->kind != TY_VOID && !type_is_complete(pt->base)) {
        cc_error(c, e->loc, "arithmetic on a pointer to an incomplete type '%s'", type_str(c, pt->base));
        return err_node(c, e);
    }
    e->kind = N_BINARY;
    e->op = sub ? B_SUB : B_ADD;
    e->a = p;
    e->b = conv(c, i, type_is_signed(type_promote(i->ty)) ? &ty_int : &ty_uint);
    if (type_unqual(i->ty)->size == 8) e->b = conv(c, i, type_is_signed(i->ty) ? &ty_int : &ty_uint);
    e->ty = pt;
    return e;
}

static node *invalid_operands(cc *c, node *e, node *a, node *b)
{
    cc_error(c, e->loc, "invalid operands to binary expression ('%s' and '%s')", type_str(c, a->ty), type_str(c, b->ty));
    return err_node(c, e);
}

/* Checks a binary operator over already-converted operands; e->op is the operator. */
static node *binary_checked(cc *c, node *e, node *a, node *b)
{
    ctype *ta = type_unqual(a->ty), *tb = type_unqual(b->ty);
    int op = e->op;
    e->a = a;
    e->b = b;
    e->is_lvalue = 0;
    switch (op) {
    case B_MUL: case B_DIV:
        if (!type_is_arith(ta) || !type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_MOD: case B_AND: case B_XOR: case B_OR:
        if (!type_is_integer(ta) || !type_is_integer(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_SHL: case B_SHR: {
        if (!type_is_integer(ta) || !type_is_integer(tb)) return invalid_operands(c, e, a, b);
        ctype *t = type_promote(ta);
        e->a = conv(c, a, t);
        e->b = conv(c, b, type_promote(tb));
        e->ty = t;
        long long sh;
        unsigned errs = c->errors;
        if (cc_const_int(c, e->b, &sh) && (sh < 0 || sh >= (long long)t->size * 8))
            cc_warning(c, e->loc, "shift count %s", sh < 0 ? "is negative" : ">= width of type");
        c->errors = errs;
        return e;
    }
    case B_ADD:
        if (ta->kind == TY_PTR && type_is_integer(tb)) return pointer_add(c, e, a, b, 0);
        if (tb->kind == TY_PTR && type_is_integer(ta)) return pointer_add(c, e, b, a, 0);
        if (!type_is_arith(ta) || !type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_SUB:
        if (ta->kind == TY_PTR && type_is_integer(tb)) return pointer_add(c, e, a, b, 1);
        if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
            if (!type_compatible(type_unqual(ta->base), type_unqual(tb->base))) {
                cc_error(c, e->loc, "'%s' and '%s' are not pointers to compatible types", type_str(c, ta), type_str(c, tb));
                return err_node(c, e);
            }
            if (ta->base->kind != TY_VOID && !type_is_complete(ta->base)) {
                cc_error(c, e->loc, "arithmetic on pointers to an incomplete type '%s'", type_str(c, ta->base));
                return err_node(c, e);
            }
            e->ty = &ty_int;             /* ptrdiff_t */
            return e;
        }
        if (!type_is_arith(ta) || !type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_LT: case B_GT: case B_LE: case B_GE: case B_EQ: case B_NE:
        e->ty = &ty_int;
        if (type_is_arith(ta) && type_is_arith(tb)) {
            ctype *t = arith_conv(ta, tb);
            e->a = conv(c, a, t);
            e->b = conv(c, b, t);
            return e;
        }
        if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
            ctype *x = type_unqual(ta->base), *y = type_unqual(tb->base);
            int eq = op == B_EQ || op == B_NE;
            if (!type_compatible(x, y)) {
                if (eq && ((x->kind == TY_VOID && y->kind != TY_FUNC) || (y->kind == TY_VOID && x->kind != TY_FUNC))) {
                    e->b = conv(c, b, ta);
                    return e;
                }
                cc_warning(c, e->loc, "comparison of distinct pointer types ('%s' and '%s')", type_str(c, ta), type_str(c, tb));
            }
            e->b = conv(c, b, ta);
            return e;
        }
        if (ta->kind == TY_PTR && type_is_integer(tb)) {
            if (!is_null_ptr_const(c, b)) {
                cc_error(c, e->loc, "comparison between pointer and integer ('%s' and '%s')", type_str(c, ta), type_str(c, tb));
                return err_node(c, e);
            }
            e->b = conv(c, b, ta);
            return e;
        }
        if (tb->kind == TY_PTR && type_is_integer(ta)) {
            if (!is_null_ptr_const(c, a)) {
                cc_error(c, e->loc, "comparison between pointer and integer ('%s' and '%s')", type_str(c, ta), type_str(c, tb));
                return err_node(c, e);
            }
            e->a = conv(c, a, tb);
            return e;
        }
        return invalid_operands(c, e, a, b);
    }
arith: {
        ctype *t = arith_conv(ta, tb);
        e->a = conv(c, a, t);
        e->b = conv(c, b, t);
        e->ty = t;
        if ((op == B_DIV || op == B_MOD) && type_is_integer(t)) {
            long long v;
            unsigned errs = c->errors;
            if (cc_const_int(c, e->b, &v) && v == 0) cc_warning(c, e->loc, "division by zero is undefined");
            c->errors = errs;
        }
        return e;
    }
}

static node *binary(cc *c, node *e)
{
    node *a = sema_rvalue(c, e->a), *b = sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    return binary_checked(c, e, a, b);
}

static node *logical(cc *c, node *e)
{
    node *a = sema_rvalue(c, e->a), *b = sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!sema_cond_ok(c, a) || !sema_cond_ok(c, b)) return err_node(c, e);
    e->a = a;
    e->b = b;
    e->ty = &ty_int;
    return e;
}

static node *assign(cc *c, node *e)
{
    node *a = sema_expr(c, e->a);
    node *b = sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!is_modifiable(c, a, "left operand of assignment")) return err_node(c, e);
    e->a = a;
    e->b = sema_assign_conv(c, b, a->ty, "assignment", e->loc);
    if (bad(e->b)) return err_node(c, e);
    e->ty = type_unqual(a->ty);
    e->is_lvalue = 0;
    return e;
}

/* a op= b: the operation is done in the type binary_checked picks, then converted back. */
static node *op_assign(cc *c, node *e)
{
    node *a = sema_expr(c, e->a);
    node *b = sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!is_modifiable(c, a, "left operand of assignment")) return err_node(c, e);
    node tmp = *e;
    tmp.kind = N_BINARY;
    node *r = binary_checked(c, &tmp, a, b);
    if (bad(r)) return err_node(c, e);
    if (type_is_ptr(r->ty) && !type_is_ptr(a->ty)) return invalid_operands(c, e, a, b);
    if (tmp.op == B_SUB && type_is_ptr(a->ty) && type_is_ptr(b->ty)) return invalid_operands(c, e, a, b);
    e->a = a;                   /* the lvalue itself; codegen loads and converts it */
    e->b = r->b;
    e->cast_ty = r->ty;         /* the operation's type */
    e->ty = type_unqual(a->ty);
    e->is_lvalue = 0;
    return e;
}

static node *incdec(cc *c, node *e)
{
    node *a = sema_expr(c, e->a);
    if (bad(a)) return err_node(c, e);
    const char *what = e->kind == N_PREINC || e->kind == N_POSTINC ? "increment operand" : "decrement operand";
    if (!is_modifiable(c, a, what)) return err_node(c, e);
    ctype *t = type_unqual(a->ty);
    if (!type_is_scalar(t)) {
        cc_error(c, e->loc, "cannot %s value of type '%s'", what[0] == 'i' ? "increment" : "decrement", type_str(c, t));
        return err_node(c, e);
    }
    if (t->kind == TY_PTR && (t->base->kind == TY_FUNC || (t->base->kind != TY_VOID && !type_is_complete(t->base)))) {
        cc_error(c, e->loc, "arithmetic on a pointer to an incomplete or function type '%s'", type_str(c, t->base));
        return err_node(c, e);
    }
    e->a = a;
    e->ty = t;
    e->is_lvalue = 0;
    return e;
}

static node *cond(cc *c, node *e)
{
    node *x = sema_rvalue(c, e->a), *a = sema_rvalue(c, e->b), *b = sema_rvalue(c, e->c);
    if (bad(x) || bad(a) || bad(b)) return err_node(c, e);
    if (!sema_cond_ok(c, x)) return err_node(c, e);
    ctype *ta = type_unqual(a->ty), *tb = type_unqual(b->ty);
    e->a = x;
    e->is_lvalue = 0;
    if (type_is_arith(ta) && type_is_arith(tb)) {
        ctype *t = arith_conv(ta, tb);
        e->b = conv(c, a, t);
        e->c = conv(c, b, t);
        e->ty = t;
        return e;
    }
    e->b = a;
    e->c = b;
    if (type_is_record(ta) && type_compatible(ta, tb)) { e->ty = ta; return e; }
    if (ta->kind == TY_VOID && tb->kind == TY_VOID) { e->ty = &ty_void; return e; }
    if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
        ctype *x1 = ta->base, *y1 = tb->base;
        int q = x1->quals | y1->quals;
        if (type_compatible(type_unqual(x1), type_unqual(y1))) {
            e->ty = type_ptr(c, type_qual(c, type_composite(c, type_unqual(x1), type_unqual(y1)), q));
        } else if (x1->kind == TY_VOID || y1->kind == TY_VOID) {
            e->ty = type_ptr(c, type_qual(c, &ty_void, q));
        } else {
            cc_warning(c, e->loc, "pointer type mismatch in conditional expression ('%s' and '%s')", type_str(c, ta), type_str(c, tb));
            e->ty = type_ptr(c, type_qual(c, &ty_void, q));
        }
        e->b = conv(c, a, e->ty);
        e->c = conv(c, b, e->ty);
        return e;
    }
    if (ta->kind == TY_PTR && is_null_ptr_const(c, b)) { e->ty = ta; e->c = conv(c, b, ta); return e; }
    if (tb->kind == TY_PTR && is_null_ptr_const(c, a)) { e->ty = tb; e->b = conv(c, a, tb); return e; }
    cc_error(c, e->loc, "incompatible operand types ('%s' and '%s')", type_str(c, ta), type_str(c, tb));
    return err_node(c, e);
}

static node *cast(cc *c, node *e)
{
    ctype *t = sema_typename(c, e->ds, e->dt);
    node *a = sema_rvalue(c, e->a);
    if (bad(a)) return err_node(c, e);
    ctype *from = type_unqual(a->ty);
    t = type_unqual(t);
    if (t->kind == TY_VOID) {
        node *n = mk(c, N_CONV, e->loc, &ty_void, a);
        return n;
    }
    if (!type_is_scalar(t)) {
        cc_error(c, e->loc, "used type '%s' where arithmetic or pointer type is required", type_str(c, t));
        return err_node(c, e);
    }
    if (!type_is_scalar(from)) {
        cc_error(c, e->loc, "operand of type '%s' where arithmetic or pointer type is required", type_str(c, from));
        return err_node(c, e);
    }
    if ((type_is_float(t) && from->kind == TY_PTR) || (t->kind == TY_PTR && type_is_float(from))) {
        cc_error(c, e->loc, "cannot cast between '%s' and '%s'", type_str(c, from), type_str(c, t));
        return err_node(c, e);
    }
    node *n = mk(c, N_CONV, e->loc, t, a);
    n->implicit = 0;
    return n;
}

static node *unary(cc *c, node *e)
{
    switch (e->kind) {
    case N_ADDR: {
        node *a = sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        if (a->ty->kind == TY_FUNC) return mk(c, N_DECAY, e->loc, type_ptr(c, a->ty), a);
        if (!a->is_lvalue) {
            cc_error(c, e->loc, "cannot take the address of an rvalue of type '%s'", type_str(c, a->ty));
            return err_node(c, e);
        }
        if (a->kind == N_VAR && a->sym->storage == SC_REGISTER) {
            cc_error(c, e->loc, "address of register variable '%s' requested", a->sym->name);
            return err_node(c, e);
        }
        e->a = a;
        e->ty = type_ptr(c, a->ty);
        return e;
    }
    case N_DEREF: {
        node *a = sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *t = type_unqual(a->ty);
        if (t->kind != TY_PTR) {
            cc_error(c, e->loc, "indirection requires pointer operand ('%s' invalid)", type_str(c, a->ty));
            return err_node(c, e);
        }
        e->a = a;
        e->ty = t->base;
        e->is_lvalue = t->base->kind != TY_FUNC && t->base->kind != TY_VOID;
        return e;
    }
    case N_PLUS: case N_NEG: case N_BITNOT: {
        node *a = sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *t = type_unqual(a->ty);
        if (e->kind == N_BITNOT ? !type_is_integer(t) : !type_is_arith(t)) {
            cc_error(c, e->loc, "invalid argument type '%s' to unary expression", type_str(c, a->ty));
            return err_node(c, e);
        }
        t = type_promote(t);
        e->a = conv(c, a, t);
        e->ty = t;
        return e;
    }
    case N_NOT: {
        node *a = sema_rvalue(c, e->a);
        if (bad(a) || !sema_cond_ok(c, a)) return err_node(c, e);
        e->a = a;
        e->ty = &ty_int;
        return e;
    }
    default: return e;
    }
}

static node *size_of(cc *c, node *e)
{
    ctype *t;
    if (e->kind == N_SIZEOF_EXPR) {
        node *a = sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        t = a->ty;
    } else {
        t = sema_typename(c, e->ds, e->dt);
    }
    const char *op = e->kind == N_ALIGNOF ? "alignof" : "sizeof";
    if (t->kind == TY_FUNC) {
        cc_error(c, e->loc, "invalid application of '%s' to a function type", op);
        return err_node(c, e);
    }
    if (t->kind == TY_VOID) {
        cc_error(c, e->loc, "invalid application of '%s' to a void type", op);
        return err_node(c, e);
    }
    if (!type_is_complete(t) && !(e->kind == N_ALIGNOF && t->kind == TY_ARRAY)) {
        cc_error(c, e->loc, "invalid application of '%s' to an incomplete type '%s'", op, type_str(c, t));
        return err_node(c, e);
    }
    return int_const(c, e->loc, e->kind == N_ALIGNOF ? t->align : t->size, &ty_uint);
}

node *sema_expr(cc *c, node *e)
{
    if (!e) return e;
    if (e->ty && e->kind != N_INTLIT && e->kind != N_FLOATLIT) return e;     /* already checked */
    switch (e->kind) {
    case N_INTLIT: case N_FLOATLIT: return e;
    case N_IDENT: return ident(c, e);
    case N_STRLIT: return string_lit(c, e);
    case N_FUNCNAME: return func_name(c, e);
    case N_COMPLIT: return compound_literal(c, e);
    case N_CALL: return call(c, e);
    case N_MEMBER: case N_ARROW: return member_access(c, e);
    case N_INDEX: {
        node *a = sema_rvalue(c, e->a), *b = sema_rvalue(c, e->b);
        if (bad(a) || bad(b)) return err_node(c, e);
        ctype *ta = type_unqual(a->ty), *tb = type_unqual(b->ty);
        if (!((ta->kind == TY_PTR && type_is_integer(tb)) || (tb->kind == TY_PTR && type_is_integer(ta)))) {
            if (ta->kind == TY_PTR || tb->kind == TY_PTR) cc_error(c, e->loc, "array subscript is not an integer");
            else cc_error(c, e->loc, "subscripted value is not an array, pointer, or vector");
            return err_node(c, e);
        }
        node *add = mk(c, N_BINARY, e->loc, NULL, NULL);
        add->op = B_ADD;
        add = binary_checked(c, add, a, b);
        if (bad(add)) return err_node(c, e);
        node *d = mk(c, N_DEREF, e->loc, type_unqual(add->ty)->base, add);
        d->is_lvalue = d->ty->kind != TY_FUNC;
        if (d->ty->kind == TY_VOID) {
            cc_error(c, e->loc, "subscript of pointer to incomplete type 'void'");
            return err_node(c, e);
        }
        return d;
    }
    case N_POSTINC: case N_POSTDEC: case N_PREINC: case N_PREDEC: return incdec(c, e);
    case N_ADDR: case N_DEREF: case N_PLUS: case N_NEG: case N_BITNOT: case N_NOT: return unary(c, e);
    case N_SIZEOF_EXPR: case N_SIZEOF_TYPE: case N_ALIGNOF: return size_of(c, e);
    case N_CAST: return cast(c, e);
    case N_BINARY: return binary(c, e);
    case N_LOGAND: case N_LOGOR: return logical(c, e);
    case N_COND: return cond(c, e);
    case N_ASSIGN: return assign(c, e);
    case N_OPASSIGN: return op_assign(c, e);
    case N_COMMA: {
        node *a = sema_rvalue(c, e->a), *b = sema_rvalue(c, e->b);
        if (bad(a) || bad(b)) return err_node(c, e);
        e->a = a;
        e->b = b;
        e->ty = type_unqual(b->ty);
        return e;
    }
    default:
        cc_error(c, e->loc, "expected expression");
        return err_node(c, e);
    }
}

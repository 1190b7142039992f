/* Semantic analysis of expressions (C11 6.3, 6.5): name lookup, types, lvalues, integer promotions
 * and the usual arithmetic conversions (made explicit as N_CONV nodes), array and function decay
 * (N_DECAY), pointer arithmetic, calls checked against prototypes, and the constraints of every
 * operator. Subscripts become *(a + i) and p->m becomes (*p).m, so code generation sees fewer
 * forms. */
#include <string.h>

#include "cc.h"

ctype ckc_ty_err = { .kind = TY_INT, .size = 4, .align = 4 };

static node *err_node(cc *c, node *e)
{
    (void)c;
    e->ty = &ckc_ty_err;
    e->is_lvalue = 0;
    return e;
}

static int bad(const node *e)
{
    return e->ty == &ckc_ty_err;
}

int ckc_sema_is_lvalue(node *e)
{
    return e->is_lvalue;
}

static node *mk(cc *c, int kind, loc l, ctype *ty, node *a)
{
    node *n = ckc_ast_node(c, kind, l);
    n->ty = ty;
    n->a = a;
    return n;
}

static node *int_const(cc *c, loc l, long long v, ctype *ty)
{
    node *n = ckc_ast_node(c, N_INTLIT, l);
    n->ival = (unsigned long long)v;
    n->ty = ty;
    return n;
}

/* An implicit conversion (none when the unqualified types are the same). */
static node *conv(cc *c, node *e, ctype *to)
{
    to = ckc_type_unqual(to);
    if (ckc_type_unqual(e->ty) == to || bad(e)) return e;
    if (to->kind == TY_PTR && e->ty->kind == TY_PTR && ckc_type_unqual(e->ty)->base == to->base) return e;
    node *n = mk(c, N_CONV, e->loc, to, e);
    n->implicit = 1;
    return n;
}

node *ckc_sema_convert(cc *c, node *e, ctype *to, int implicit)
{
    node *n = conv(c, e, to);
    if (n != e) n->implicit = implicit;
    return n;
}

static int is_null_ptr_const(cc *c, node *e)
{
    /* an integer constant 0, or one cast to void * */
    if (e->kind == N_CONV && !e->implicit && ckc_type_is_ptr(e->ty) && ckc_type_unqual(e->ty)->base->kind == TY_VOID &&
        !ckc_type_unqual(e->ty)->base->quals && ckc_type_is_integer(e->a->ty))
        return is_null_ptr_const(c, e->a);
    if (!ckc_type_is_integer(e->ty)) return 0;
    long long v;
    unsigned errs = c->errors;
    int ok = ckc_const_int(c, e, &v) && v == 0;
    c->errors = errs;
    return ok;
}

int ckc_sema_is_null_const(cc *c, node *e)
{
    return is_null_ptr_const(c, e);
}

/* Arrays and functions become pointers; lvalues of incomplete type cannot be used as values. */
static node *decay(cc *c, node *e)
{
    if (bad(e)) return e;
    ctype *t = e->ty;
    if (t->kind == TY_ARRAY) return mk(c, N_DECAY, e->loc, ckc_type_ptr(c, t->base), e);
    if (t->kind == TY_FUNC) return mk(c, N_DECAY, e->loc, ckc_type_ptr(c, t), e);
    if (e->is_lvalue && ckc_type_is_record(t) && !ckc_type_is_complete(t)) {
        ckc_error(c, e->loc, "invalid use of incomplete type '%s'", ckc_type_str(c, t));
        return err_node(c, e);
    }
    return e;
}

node *ckc_sema_rvalue(cc *c, node *e)
{
    return decay(c, ckc_sema_expr(c, e));
}

static ctype *arith_conv(ctype *a, ctype *b)
{
    a = ckc_type_unqual(a);
    b = ckc_type_unqual(b);
    if (a->kind == TY_DOUBLE || b->kind == TY_DOUBLE) return &ckc_ty_double;
    if (a->kind == TY_FLOAT || b->kind == TY_FLOAT) return &ckc_ty_float;
    a = ckc_type_promote(a);
    b = ckc_type_promote(b);
    if (a == b) return a;
    int sa = ckc_type_is_signed(a), sb = ckc_type_is_signed(b);
    if (sa == sb) return ckc_type_rank(a) >= ckc_type_rank(b) ? a : b;
    ctype *u = sa ? b : a, *s = sa ? a : b;
    if (ckc_type_rank(u) >= ckc_type_rank(s)) return u;
    if (s->size > u->size) return s;
    switch (s->kind) {
    case TY_INT: return &ckc_ty_uint;
    case TY_LONG: return &ckc_ty_ulong;
    default: return &ckc_ty_ullong;
    }
}

static int is_modifiable(cc *c, node *e, const char *what)
{
    if (bad(e)) return 0;
    if (!e->is_lvalue) {
        ckc_error(c, e->loc, "lvalue required as %s", what);
        return 0;
    }
    if (e->ty->kind == TY_ARRAY) {
        ckc_error(c, e->loc, "array type '%s' is not assignable", ckc_type_str(c, e->ty));
        return 0;
    }
    if (e->ty->quals & Q_CONST) {
        if (e->kind == N_VAR) ckc_error(c, e->loc, "cannot assign to variable '%s' with const-qualified type '%s'", e->sym->name, ckc_type_str(c, e->ty));
        else ckc_error(c, e->loc, "cannot assign to read-only location of type '%s'", ckc_type_str(c, e->ty));
        return 0;
    }
    if (ckc_type_is_record(e->ty)) {
        for (member *m = e->ty->rec->members; m; m = m->next)
            if (m->ty->quals & Q_CONST) {
                ckc_error(c, e->loc, "cannot assign to a struct with const member '%s'", m->name ? m->name : "");
                return 0;
            }
    }
    if (!ckc_type_is_complete(e->ty)) {
        ckc_error(c, e->loc, "invalid use of incomplete type '%s'", ckc_type_str(c, e->ty));
        return 0;
    }
    return 1;
}

/* --- assignment compatibility (C11 6.5.16.1) --------------------------------------------------- */
static const char *ctx_text(cc *c, const char *what, ctype *to, ctype *from)
{
    if (!strcmp(what, "assignment")) return ck_arena_printf(c->arena, "assigning to '%s' from '%s'", ckc_type_str(c, to), ckc_type_str(c, from));
    if (!strcmp(what, "initialization")) return ck_arena_printf(c->arena, "initializing '%s' with an expression of type '%s'", ckc_type_str(c, to), ckc_type_str(c, from));
    if (!strcmp(what, "return")) return ck_arena_printf(c->arena, "returning '%s' from a function with result type '%s'", ckc_type_str(c, from), ckc_type_str(c, to));
    return ck_arena_printf(c->arena, "passing '%s' to parameter of type '%s'%s", ckc_type_str(c, from), ckc_type_str(c, to), what);
}

node *ckc_sema_assign_conv(cc *c, node *e, ctype *to, const char *what, loc l)
{
    if (bad(e)) return e;
    ctype *from = ckc_type_unqual(e->ty);
    ctype *t = ckc_type_unqual(to);
    if (t == &ckc_ty_err) return e;
    if (ckc_type_is_arith(t) && ckc_type_is_arith(from)) return conv(c, e, t);
    if (t->kind == TY_BOOL && from->kind == TY_PTR) return conv(c, e, t);
    if (ckc_type_is_record(t) || ckc_type_is_record(from)) {
        if (ckc_type_compatible(t, from)) return e;
        ckc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
        return err_node(c, e);
    }
    if (t->kind == TY_PTR) {
        if (is_null_ptr_const(c, e)) return conv(c, e, t);
        if (ckc_type_is_integer(from)) {
            ckc_error(c, l, "incompatible integer to pointer conversion %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        if (from->kind != TY_PTR) {
            ckc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        ctype *tb = t->base, *fb = from->base;
        int ok = ckc_type_compatible(ckc_type_unqual(tb), ckc_type_unqual(fb)) ||
                 (tb->kind == TY_VOID && fb->kind != TY_FUNC) || (fb->kind == TY_VOID && tb->kind != TY_FUNC);
        if (!ok) {
            ckc_error(c, l, "incompatible pointer types %s", ctx_text(c, what, to, from));
            return err_node(c, e);
        }
        if (fb->quals & ~tb->quals & (Q_CONST | Q_VOLATILE))
            ckc_warning(c, l, "%s discards '%s' qualifier from pointer target type", ctx_text(c, what, to, from),
                       (fb->quals & ~tb->quals & Q_CONST) ? "const" : "volatile");
        return conv(c, e, t);
    }
    if (ckc_type_is_integer(t) && from->kind == TY_PTR) {
        ckc_error(c, l, "incompatible pointer to integer conversion %s", ctx_text(c, what, to, from));
        return err_node(c, e);
    }
    if (t->kind == TY_VOID) {
        ckc_error(c, l, "cannot convert to 'void'");
        return err_node(c, e);
    }
    ckc_error(c, l, "incompatible types %s", ctx_text(c, what, to, from));
    return err_node(c, e);
}

int ckc_sema_cond_ok(cc *c, node *e)
{
    if (bad(e)) return 0;
    if (!ckc_type_is_scalar(e->ty)) {
        ckc_error(c, e->loc, "used type '%s' where a scalar is required", ckc_type_str(c, e->ty));
        return 0;
    }
    return 1;
}

/* --- primary expressions ----------------------------------------------------------------------- */
static node *ident(cc *c, node *e)
{
    sym *s = ckc_sema_lookup(c, e->name);
    if (!s) {
        ckc_error(c, e->loc, "use of undeclared identifier '%s'", e->name);
        return err_node(c, e);
    }
    if (s->kind == S_TYPEDEF) {
        ckc_error(c, e->loc, "unexpected type name '%s': expected expression", e->name);
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
        int tw = ckc_string_width(t);
        if (tw > 1 && w > 1 && tw != w) ckc_error(c, t->loc, "unsupported non-standard concatenation of string literals");
        if (tw > w) w = tw;
    }
    ck_buf b = {0};
    for (tok *t = e->toks; t; t = t->next) ckc_string_decode(c, t, &b, w);
    ck_buf_zero(&b, (size_t)w);
    e->str = ck_arena_alloc(c->arena, b.len);
    memcpy(e->str, b.data, b.len);
    e->slen = b.len;
    e->swidth = w;
    ck_buf_free(&b);
    ctype *elem = w == 1 ? &ckc_ty_char : w == 2 ? &ckc_ty_ushort : &ckc_ty_uint;
    e->ty = ckc_type_array(c, elem, (long long)(e->slen / (size_t)w));
    e->is_lvalue = 1;
    return e;
}

static node *func_name(cc *c, node *e)
{
    if (!c->fn || !c->fn->s) {
        ckc_error(c, e->loc, "'__func__' is not allowed outside a function");
        return err_node(c, e);
    }
    const char *n = c->fn->s->name;
    e->kind = N_STRLIT;
    e->slen = strlen(n) + 1;
    e->str = ck_arena_strndup(c->arena, n, e->slen - 1);
    e->swidth = 1;
    e->ty = ckc_type_array(c, ckc_type_qual(c, &ckc_ty_char, Q_CONST), (long long)e->slen);
    e->is_lvalue = 1;
    return e;
}

static node *compound_literal(cc *c, node *e)
{
    ctype *t = ckc_sema_typename(c, e->ds, e->dt);
    if (t->kind == TY_FUNC || (t->kind != TY_ARRAY && !ckc_type_is_complete(t))) {
        ckc_error(c, e->loc, "compound literal has incomplete type '%s'", ckc_type_str(c, t));
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
    s->leaves = ckc_sema_init(c, &t, e->in, s->global, e->loc);
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
    if (fn->kind == N_IDENT && !ckc_sema_lookup(c, fn->name) && ckc_sema_is_builtin(fn->name)) {
        node *args[4];
        int n = 0;
        for (node *a = e->b; a; a = a->next) {
            if (n == 4) break;
            args[n++] = a;
        }
        if (n == 4) {
            ckc_error(c, e->loc, "too many arguments to '%s'", fn->name);
            return err_node(c, e);
        }
        for (int i = 0; i < n; i++) {
            node *nx = args[i]->next;
            args[i] = ckc_sema_rvalue(c, args[i]);
            args[i]->next = nx;
            if (bad(args[i])) return err_node(c, e);
        }
        node *r = ckc_sema_builtin_call(c, e, fn->name, args, n);
        if (!r) return err_node(c, e);
        for (int i = 0; i < n; i++)
            if (bad(args[i])) return err_node(c, e);
        return r;
    }
    if (fn->kind == N_IDENT && !ckc_sema_lookup(c, fn->name)) {
        ckc_error(c, fn->loc, "implicit declaration of function '%s' is invalid in C99", fn->name);
        for (node *a = e->b; a; a = a->next) ckc_sema_rvalue(c, a);
        return err_node(c, e);
    }
    if (fn->kind == N_IDENT && (!strcmp(fn->name, "setjmp") || !strcmp(fn->name, "longjmp") || !strcmp(fn->name, "_setjmp"))) {
        ckc_error(c, fn->loc, "setjmp and longjmp are not supported in Cockpit C");
        return err_node(c, e);
    }
    fn = ckc_sema_rvalue(c, fn);
    node *args[256];
    int n = 0;
    for (node *a = e->b; a; a = a->next) {
        if (n == 256) {
            ckc_error(c, a->loc, "too many arguments in call (more than 256)");
            return err_node(c, e);
        }
        args[n++] = a;
    }
    int any_bad = bad(fn);
    for (int i = 0; i < n; i++) {
        node *nx = args[i]->next;
        args[i] = ckc_sema_rvalue(c, args[i]);
        args[i]->next = nx;
        any_bad |= bad(args[i]);
    }
    if (any_bad) return err_node(c, e);
    ctype *ft = ckc_type_unqual(fn->ty);
    if (ft->kind != TY_PTR || ft->base->kind != TY_FUNC) {
        ckc_error(c, e->loc, "called object type '%s' is not a function or function pointer", ckc_type_str(c, fn->ty));
        return err_node(c, e);
    }
    ft = ft->base;
    const char *fname = fn->kind == N_DECAY && fn->a->kind == N_VAR ? fn->a->sym->name : NULL;
    if (ft->proto) {
        if (n < ft->nparams || (n > ft->nparams && !ft->variadic)) {
            const char *which = n < ft->nparams ? "few" : "many";
            if (fname) ckc_error(c, e->loc, "too %s arguments to function call, expected %d, have %d (function '%s')", which, ft->nparams, n, fname);
            else ckc_error(c, e->loc, "too %s arguments to function call, expected %d, have %d", which, ft->nparams, n);
            return err_node(c, e);
        }
    }
    for (int i = 0; i < n; i++) {
        node *nx = args[i]->next;
        if (ft->proto && i < ft->nparams) {
            const char *what = fname ? ck_arena_printf(c->arena, " (argument %d of '%s')", i + 1, fname)
                                     : ck_arena_printf(c->arena, " (argument %d)", i + 1);
            args[i] = ckc_sema_assign_conv(c, args[i], ft->params[i], what, args[i]->loc);
        } else {
            /* default argument promotions for '...' and unprototyped calls */
            ctype *t = ckc_type_unqual(args[i]->ty);
            if (t->kind == TY_FLOAT) args[i] = conv(c, args[i], &ckc_ty_double);
            else if (ckc_type_is_integer(t)) args[i] = conv(c, args[i], ckc_type_promote(t));
            else if (t->kind == TY_VOID) {
                ckc_error(c, args[i]->loc, "argument %d has type 'void'", i + 1);
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
    e->ty = ckc_type_unqual(ft->base);
    if (e->ty->kind != TY_VOID && !ckc_type_is_complete(e->ty)) {
        ckc_error(c, e->loc, "calling function with incomplete return type '%s'", ckc_type_str(c, e->ty));
        return err_node(c, e);
    }
    if (fname) ckc_sema_printf_int(c, e, fn->a->sym, args, n);
    e->is_lvalue = 0;
    return e;
}

static node *member_access(cc *c, node *e)
{
    node *a;
    if (e->kind == N_ARROW) {
        a = ckc_sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *pt = ckc_type_unqual(a->ty);
        if (pt->kind != TY_PTR || !ckc_type_is_record(pt->base)) {
            ckc_error(c, e->loc, "member reference type '%s' is not a pointer to a struct or union", ckc_type_str(c, a->ty));
            return err_node(c, e);
        }
        node *d = mk(c, N_DEREF, a->loc, pt->base, a);
        d->is_lvalue = 1;
        a = d;
    } else {
        a = ckc_sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        if (!ckc_type_is_record(a->ty)) {
            ckc_error(c, e->loc, "member reference base type '%s' is not a structure or union", ckc_type_str(c, a->ty));
            return err_node(c, e);
        }
    }
    ctype *st = a->ty;
    if (!ckc_type_is_complete(st)) {
        ckc_error(c, e->loc, "incomplete definition of type '%s'", ckc_type_str(c, st));
        return err_node(c, e);
    }
    unsigned off;
    member *m = ckc_type_find_member(st, e->name, &off);
    if (!m) {
        ckc_error(c, e->loc, "no member named '%s' in '%s'", e->name, ckc_type_str(c, st));
        return err_node(c, e);
    }
    e->kind = N_MEMBER;
    e->a = a;
    e->mem = m;
    e->ival = off;
    e->ty = st->quals ? ckc_type_qual(c, m->ty, st->quals) : m->ty;
    e->is_lvalue = a->is_lvalue;
    return e;
}

/* --- operators --------------------------------------------------------------------------------- */
static node *pointer_add(cc *c, node *e, node *p, node *i, int sub)
{
    ctype *pt = ckc_type_unqual(p->ty);
    if (pt->base->kind == TY_FUNC) {
        ckc_error(c, e->loc, "arithmetic on a pointer to the function type '%s'", ckc_type_str(c, pt->base));
        return err_node(c, e);
    }
    if (pt->base->kind != TY_VOID && !ckc_type_is_complete(pt->base)) {
        ckc_error(c, e->loc, "arithmetic on a pointer to an incomplete type '%s'", ckc_type_str(c, pt->base));
        return err_node(c, e);
    }
    e->kind = N_BINARY;
    e->op = sub ? B_SUB : B_ADD;
    e->a = p;
    e->b = conv(c, i, ckc_type_is_signed(ckc_type_promote(i->ty)) ? &ckc_ty_int : &ckc_ty_uint);
    if (ckc_type_unqual(i->ty)->size == 8) e->b = conv(c, i, ckc_type_is_signed(i->ty) ? &ckc_ty_int : &ckc_ty_uint);
    e->ty = pt;
    return e;
}

static node *invalid_operands(cc *c, node *e, node *a, node *b)
{
    ckc_error(c, e->loc, "invalid operands to binary expression ('%s' and '%s')", ckc_type_str(c, a->ty), ckc_type_str(c, b->ty));
    return err_node(c, e);
}

/* Checks a binary operator over already-converted operands; e->op is the operator. */
static node *binary_checked(cc *c, node *e, node *a, node *b)
{
    ctype *ta = ckc_type_unqual(a->ty), *tb = ckc_type_unqual(b->ty);
    int op = e->op;
    e->a = a;
    e->b = b;
    e->is_lvalue = 0;
    switch (op) {
    case B_MUL: case B_DIV:
        if (!ckc_type_is_arith(ta) || !ckc_type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_MOD: case B_AND: case B_XOR: case B_OR:
        if (!ckc_type_is_integer(ta) || !ckc_type_is_integer(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_SHL: case B_SHR: {
        if (!ckc_type_is_integer(ta) || !ckc_type_is_integer(tb)) return invalid_operands(c, e, a, b);
        ctype *t = ckc_type_promote(ta);
        e->a = conv(c, a, t);
        e->b = conv(c, b, ckc_type_promote(tb));
        e->ty = t;
        long long sh;
        unsigned errs = c->errors;
        if (ckc_const_int(c, e->b, &sh) && (sh < 0 || sh >= (long long)t->size * 8))
            ckc_warning(c, e->loc, "shift count %s", sh < 0 ? "is negative" : ">= width of type");
        c->errors = errs;
        return e;
    }
    case B_ADD:
        if (ta->kind == TY_PTR && ckc_type_is_integer(tb)) return pointer_add(c, e, a, b, 0);
        if (tb->kind == TY_PTR && ckc_type_is_integer(ta)) return pointer_add(c, e, b, a, 0);
        if (!ckc_type_is_arith(ta) || !ckc_type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_SUB:
        if (ta->kind == TY_PTR && ckc_type_is_integer(tb)) return pointer_add(c, e, a, b, 1);
        if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
            if (!ckc_type_compatible(ckc_type_unqual(ta->base), ckc_type_unqual(tb->base))) {
                ckc_error(c, e->loc, "'%s' and '%s' are not pointers to compatible types", ckc_type_str(c, ta), ckc_type_str(c, tb));
                return err_node(c, e);
            }
            if (ta->base->kind != TY_VOID && !ckc_type_is_complete(ta->base)) {
                ckc_error(c, e->loc, "arithmetic on pointers to an incomplete type '%s'", ckc_type_str(c, ta->base));
                return err_node(c, e);
            }
            e->ty = &ckc_ty_int;             /* ptrdiff_t */
            return e;
        }
        if (!ckc_type_is_arith(ta) || !ckc_type_is_arith(tb)) return invalid_operands(c, e, a, b);
        goto arith;
    case B_LT: case B_GT: case B_LE: case B_GE: case B_EQ: case B_NE:
        e->ty = &ckc_ty_int;
        if (ckc_type_is_arith(ta) && ckc_type_is_arith(tb)) {
            ctype *t = arith_conv(ta, tb);
            e->a = conv(c, a, t);
            e->b = conv(c, b, t);
            return e;
        }
        if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
            ctype *x = ckc_type_unqual(ta->base), *y = ckc_type_unqual(tb->base);
            int eq = op == B_EQ || op == B_NE;
            if (!ckc_type_compatible(x, y)) {
                if (eq && ((x->kind == TY_VOID && y->kind != TY_FUNC) || (y->kind == TY_VOID && x->kind != TY_FUNC))) {
                    e->b = conv(c, b, ta);
                    return e;
                }
                ckc_warning(c, e->loc, "comparison of distinct pointer types ('%s' and '%s')", ckc_type_str(c, ta), ckc_type_str(c, tb));
            }
            e->b = conv(c, b, ta);
            return e;
        }
        if (ta->kind == TY_PTR && ckc_type_is_integer(tb)) {
            if (!is_null_ptr_const(c, b)) {
                ckc_error(c, e->loc, "comparison between pointer and integer ('%s' and '%s')", ckc_type_str(c, ta), ckc_type_str(c, tb));
                return err_node(c, e);
            }
            e->b = conv(c, b, ta);
            return e;
        }
        if (tb->kind == TY_PTR && ckc_type_is_integer(ta)) {
            if (!is_null_ptr_const(c, a)) {
                ckc_error(c, e->loc, "comparison between pointer and integer ('%s' and '%s')", ckc_type_str(c, ta), ckc_type_str(c, tb));
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
        if ((op == B_DIV || op == B_MOD) && ckc_type_is_integer(t)) {
            long long v;
            unsigned errs = c->errors;
            if (ckc_const_int(c, e->b, &v) && v == 0) ckc_warning(c, e->loc, "division by zero is undefined");
            c->errors = errs;
        }
        return e;
    }
}

static node *binary(cc *c, node *e)
{
    node *a = ckc_sema_rvalue(c, e->a), *b = ckc_sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    return binary_checked(c, e, a, b);
}

static node *logical(cc *c, node *e)
{
    node *a = ckc_sema_rvalue(c, e->a), *b = ckc_sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!ckc_sema_cond_ok(c, a) || !ckc_sema_cond_ok(c, b)) return err_node(c, e);
    e->a = a;
    e->b = b;
    e->ty = &ckc_ty_int;
    return e;
}

static node *assign(cc *c, node *e)
{
    node *a = ckc_sema_expr(c, e->a);
    node *b = ckc_sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!is_modifiable(c, a, "left operand of assignment")) return err_node(c, e);
    e->a = a;
    e->b = ckc_sema_assign_conv(c, b, a->ty, "assignment", e->loc);
    if (bad(e->b)) return err_node(c, e);
    e->ty = ckc_type_unqual(a->ty);
    e->is_lvalue = 0;
    return e;
}

/* a op= b: the operation is done in the type binary_checked picks, then converted back. */
static node *op_assign(cc *c, node *e)
{
    node *a = ckc_sema_expr(c, e->a);
    node *b = ckc_sema_rvalue(c, e->b);
    if (bad(a) || bad(b)) return err_node(c, e);
    if (!is_modifiable(c, a, "left operand of assignment")) return err_node(c, e);
    node tmp = *e;
    tmp.kind = N_BINARY;
    node *r = binary_checked(c, &tmp, a, b);
    if (bad(r)) return err_node(c, e);
    if (ckc_type_is_ptr(r->ty) && !ckc_type_is_ptr(a->ty)) return invalid_operands(c, e, a, b);
    if (tmp.op == B_SUB && ckc_type_is_ptr(a->ty) && ckc_type_is_ptr(b->ty)) return invalid_operands(c, e, a, b);
    e->a = a;                   /* the lvalue itself; codegen loads and converts it */
    e->b = r->b;
    e->cast_ty = r->ty;         /* the operation's type */
    e->ty = ckc_type_unqual(a->ty);
    e->is_lvalue = 0;
    return e;
}

static node *incdec(cc *c, node *e)
{
    node *a = ckc_sema_expr(c, e->a);
    if (bad(a)) return err_node(c, e);
    const char *what = e->kind == N_PREINC || e->kind == N_POSTINC ? "increment operand" : "decrement operand";
    if (!is_modifiable(c, a, what)) return err_node(c, e);
    ctype *t = ckc_type_unqual(a->ty);
    if (!ckc_type_is_scalar(t)) {
        ckc_error(c, e->loc, "cannot %s value of type '%s'", what[0] == 'i' ? "increment" : "decrement", ckc_type_str(c, t));
        return err_node(c, e);
    }
    if (t->kind == TY_PTR && (t->base->kind == TY_FUNC || (t->base->kind != TY_VOID && !ckc_type_is_complete(t->base)))) {
        ckc_error(c, e->loc, "arithmetic on a pointer to an incomplete or function type '%s'", ckc_type_str(c, t->base));
        return err_node(c, e);
    }
    e->a = a;
    e->ty = t;
    e->is_lvalue = 0;
    return e;
}

static node *cond(cc *c, node *e)
{
    node *x = ckc_sema_rvalue(c, e->a), *a = ckc_sema_rvalue(c, e->b), *b = ckc_sema_rvalue(c, e->c);
    if (bad(x) || bad(a) || bad(b)) return err_node(c, e);
    if (!ckc_sema_cond_ok(c, x)) return err_node(c, e);
    ctype *ta = ckc_type_unqual(a->ty), *tb = ckc_type_unqual(b->ty);
    e->a = x;
    e->is_lvalue = 0;
    if (ckc_type_is_arith(ta) && ckc_type_is_arith(tb)) {
        ctype *t = arith_conv(ta, tb);
        e->b = conv(c, a, t);
        e->c = conv(c, b, t);
        e->ty = t;
        return e;
    }
    e->b = a;
    e->c = b;
    if (ckc_type_is_record(ta) && ckc_type_compatible(ta, tb)) { e->ty = ta; return e; }
    if (ta->kind == TY_VOID && tb->kind == TY_VOID) { e->ty = &ckc_ty_void; return e; }
    if (ta->kind == TY_PTR && tb->kind == TY_PTR) {
        ctype *x1 = ta->base, *y1 = tb->base;
        int q = x1->quals | y1->quals;
        if (ckc_type_compatible(ckc_type_unqual(x1), ckc_type_unqual(y1))) {
            e->ty = ckc_type_ptr(c, ckc_type_qual(c, ckc_type_composite(c, ckc_type_unqual(x1), ckc_type_unqual(y1)), q));
        } else if (x1->kind == TY_VOID || y1->kind == TY_VOID) {
            e->ty = ckc_type_ptr(c, ckc_type_qual(c, &ckc_ty_void, q));
        } else {
            ckc_warning(c, e->loc, "pointer type mismatch in conditional expression ('%s' and '%s')", ckc_type_str(c, ta), ckc_type_str(c, tb));
            e->ty = ckc_type_ptr(c, ckc_type_qual(c, &ckc_ty_void, q));
        }
        e->b = conv(c, a, e->ty);
        e->c = conv(c, b, e->ty);
        return e;
    }
    if (ta->kind == TY_PTR && is_null_ptr_const(c, b)) { e->ty = ta; e->c = conv(c, b, ta); return e; }
    if (tb->kind == TY_PTR && is_null_ptr_const(c, a)) { e->ty = tb; e->b = conv(c, a, tb); return e; }
    ckc_error(c, e->loc, "incompatible operand types ('%s' and '%s')", ckc_type_str(c, ta), ckc_type_str(c, tb));
    return err_node(c, e);
}

static node *cast(cc *c, node *e)
{
    ctype *t = ckc_sema_typename(c, e->ds, e->dt);
    node *a = ckc_sema_rvalue(c, e->a);
    if (bad(a)) return err_node(c, e);
    ctype *from = ckc_type_unqual(a->ty);
    t = ckc_type_unqual(t);
    if (t->kind == TY_VOID) {
        node *n = mk(c, N_CONV, e->loc, &ckc_ty_void, a);
        return n;
    }
    if (!ckc_type_is_scalar(t)) {
        ckc_error(c, e->loc, "used type '%s' where arithmetic or pointer type is required", ckc_type_str(c, t));
        return err_node(c, e);
    }
    if (!ckc_type_is_scalar(from)) {
        ckc_error(c, e->loc, "operand of type '%s' where arithmetic or pointer type is required", ckc_type_str(c, from));
        return err_node(c, e);
    }
    if ((ckc_type_is_float(t) && from->kind == TY_PTR) || (t->kind == TY_PTR && ckc_type_is_float(from))) {
        ckc_error(c, e->loc, "cannot cast between '%s' and '%s'", ckc_type_str(c, from), ckc_type_str(c, t));
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
        node *a = ckc_sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        if (a->ty->kind == TY_FUNC) return mk(c, N_DECAY, e->loc, ckc_type_ptr(c, a->ty), a);
        if (!a->is_lvalue) {
            ckc_error(c, e->loc, "cannot take the address of an rvalue of type '%s'", ckc_type_str(c, a->ty));
            return err_node(c, e);
        }
        if (a->kind == N_VAR && a->sym->storage == SC_REGISTER) {
            ckc_error(c, e->loc, "address of register variable '%s' requested", a->sym->name);
            return err_node(c, e);
        }
        e->a = a;
        e->ty = ckc_type_ptr(c, a->ty);
        return e;
    }
    case N_DEREF: {
        node *a = ckc_sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *t = ckc_type_unqual(a->ty);
        if (t->kind != TY_PTR) {
            ckc_error(c, e->loc, "indirection requires pointer operand ('%s' invalid)", ckc_type_str(c, a->ty));
            return err_node(c, e);
        }
        e->a = a;
        e->ty = t->base;
        e->is_lvalue = t->base->kind != TY_FUNC && t->base->kind != TY_VOID;
        return e;
    }
    case N_PLUS: case N_NEG: case N_BITNOT: {
        node *a = ckc_sema_rvalue(c, e->a);
        if (bad(a)) return err_node(c, e);
        ctype *t = ckc_type_unqual(a->ty);
        if (e->kind == N_BITNOT ? !ckc_type_is_integer(t) : !ckc_type_is_arith(t)) {
            ckc_error(c, e->loc, "invalid argument type '%s' to unary expression", ckc_type_str(c, a->ty));
            return err_node(c, e);
        }
        t = ckc_type_promote(t);
        e->a = conv(c, a, t);
        e->ty = t;
        return e;
    }
    case N_NOT: {
        node *a = ckc_sema_rvalue(c, e->a);
        if (bad(a) || !ckc_sema_cond_ok(c, a)) return err_node(c, e);
        e->a = a;
        e->ty = &ckc_ty_int;
        return e;
    }
    default: return e;
    }
}

static node *size_of(cc *c, node *e)
{
    ctype *t;
    if (e->kind == N_SIZEOF_EXPR) {
        node *a = ckc_sema_expr(c, e->a);
        if (bad(a)) return err_node(c, e);
        t = a->ty;
    } else {
        t = ckc_sema_typename(c, e->ds, e->dt);
    }
    const char *op = e->kind == N_ALIGNOF ? "alignof" : "sizeof";
    if (t->kind == TY_FUNC) {
        ckc_error(c, e->loc, "invalid application of '%s' to a function type", op);
        return err_node(c, e);
    }
    if (t->kind == TY_VOID) {
        ckc_error(c, e->loc, "invalid application of '%s' to a void type", op);
        return err_node(c, e);
    }
    if (!ckc_type_is_complete(t) && !(e->kind == N_ALIGNOF && t->kind == TY_ARRAY)) {
        ckc_error(c, e->loc, "invalid application of '%s' to an incomplete type '%s'", op, ckc_type_str(c, t));
        return err_node(c, e);
    }
    return int_const(c, e->loc, e->kind == N_ALIGNOF ? t->align : t->size, &ckc_ty_uint);
}

static node *check(cc *c, node *e);

/* Expression trees deeper than this are refused, so that every recursive pass stays within the
 * host stack (an operator chain like 1 + 1 + ... nests one level per operator). */
#define CC_MAX_EXPR_DEPTH 4000

node *ckc_sema_expr(cc *c, node *e)
{
    if (!e) return e;
    if (e->ty && e->kind != N_INTLIT && e->kind != N_FLOATLIT) return e;     /* already checked */
    if (c->expr_depth >= CC_MAX_EXPR_DEPTH) {
        if (!c->depth_reported) ckc_error(c, e->loc, "expression is nested too deeply (more than %d levels)", CC_MAX_EXPR_DEPTH);
        c->depth_reported = 1;
        return err_node(c, e);
    }
    c->expr_depth++;
    node *r = check(c, e);
    c->expr_depth--;
    return r;
}

/* ({ items; last; }): the block in its own scope; the value is the last item's if that is an
 * expression statement (as an rvalue), else there is none (void). */
static node *stmt_expr(cc *c, node *e)
{
    if (!c->fn) {
        ckc_error(c, e->loc, "statement expression not allowed at file scope");
        return err_node(c, e);
    }
    ckc_sema_scope_push(c);
    e->ty = &ckc_ty_void;
    for (node *i = e->a->a; i; i = i->next) {
        if (i->next || i->kind != N_EXPRSTMT) {
            ckc_sema_stmt(c, i);
            continue;
        }
        node *nx = i->next;
        i->a = ckc_sema_rvalue(c, i->a);
        i->a->next = nx;
        if (bad(i->a)) {
            ckc_sema_scope_pop(c);
            return err_node(c, e);
        }
        e->b = i;
        e->ty = ckc_type_unqual(i->a->ty);
    }
    ckc_sema_scope_pop(c);
    e->is_lvalue = 0;
    return e;
}

static node *check(cc *c, node *e)
{
    switch (e->kind) {
    case N_INTLIT: case N_FLOATLIT: return e;
    case N_IDENT: return ident(c, e);
    case N_STRLIT: return string_lit(c, e);
    case N_FUNCNAME: return func_name(c, e);
    case N_STMTEXPR: return stmt_expr(c, e);
    case N_COMPLIT: return compound_literal(c, e);
    case N_CALL: return call(c, e);
    case N_MEMBER: case N_ARROW: return member_access(c, e);
    case N_INDEX: {
        node *a = ckc_sema_rvalue(c, e->a), *b = ckc_sema_rvalue(c, e->b);
        if (bad(a) || bad(b)) return err_node(c, e);
        ctype *ta = ckc_type_unqual(a->ty), *tb = ckc_type_unqual(b->ty);
        if (!((ta->kind == TY_PTR && ckc_type_is_integer(tb)) || (tb->kind == TY_PTR && ckc_type_is_integer(ta)))) {
            if (ta->kind == TY_PTR || tb->kind == TY_PTR) ckc_error(c, e->loc, "array subscript is not an integer");
            else ckc_error(c, e->loc, "subscripted value is not an array, pointer, or vector");
            return err_node(c, e);
        }
        node *add = mk(c, N_BINARY, e->loc, NULL, NULL);
        add->op = B_ADD;
        add = binary_checked(c, add, a, b);
        if (bad(add)) return err_node(c, e);
        node *d = mk(c, N_DEREF, e->loc, ckc_type_unqual(add->ty)->base, add);
        d->is_lvalue = d->ty->kind != TY_FUNC;
        if (d->ty->kind == TY_VOID) {
            ckc_error(c, e->loc, "subscript of pointer to incomplete type 'void'");
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
        node *a = ckc_sema_rvalue(c, e->a), *b = ckc_sema_rvalue(c, e->b);
        if (bad(a) || bad(b)) return err_node(c, e);
        e->a = a;
        e->b = b;
        e->ty = ckc_type_unqual(b->ty);
        return e;
    }
    default:
        ckc_error(c, e->loc, "expected expression");
        return err_node(c, e);
    }
}

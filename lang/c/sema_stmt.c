/* Semantic analysis of statements (C11 6.8): block scopes, conditions, loops, break/continue
 * placement, switch with its case labels (constant, converted to the controlling type, no
 * duplicates), labels and goto within a function, and return against the function's type. */
#include <string.h>

#include "cc.h"

static label *find_label(cc *c, const char *name)
{
    for (label *l = c->fn->labels; l; l = l->next)
        if (l->name == name) return l;
    label *l = ck_arena_alloc(c->arena, sizeof *l);
    l->name = name;
    l->next = c->fn->labels;
    c->fn->labels = l;
    return l;
}

static node *condition(cc *c, node *e)
{
    node *r = ckc_sema_rvalue(c, e);
    ckc_sema_cond_ok(c, r);
    /* (a = b): the extra parentheses say the assignment is meant, as with gcc and clang */
    if (r->kind == N_ASSIGN && !e->paren && !r->paren && c->opts->wall)
        ckc_warning_wall(c, r->loc, "using the result of an assignment as a condition without parentheses");
    return r;
}

/* A case value: an integer constant converted to the promoted controlling type; 0 after an error. */
static int case_value(cc *c, node **e, ctype *t, long long *x)
{
    node *v = *e = ckc_sema_rvalue(c, *e);
    if (!ckc_type_is_integer(v->ty) || !ckc_const_int(c, v, x)) {
        ckc_error(c, v->loc, "case label does not reduce to an integer constant");
        return 0;
    }
    if (t->size == 4) *x = ckc_type_is_signed(t) ? (long long)(int)*x : (long long)(unsigned)*x;
    return 1;
}

/* Compares case values as the controlling type does. */
static int case_lt(ctype *t, unsigned long long a, unsigned long long b)
{
    return ckc_type_is_signed(t) ? (long long)a < (long long)b : a < b;
}

static void case_label(cc *c, node *s)
{
    node *sw = c->sw;
    if (s->kind == N_CASE) {
        long long x = 0, y = 0;
        if (!sw) {
            ckc_error(c, s->loc, "'case' statement not in switch statement");
            s->a = ckc_sema_rvalue(c, s->a);
        } else if (case_value(c, &s->a, sw->a->ty, &x) && (!s->c || case_value(c, &s->c, sw->a->ty, &y))) {
            ctype *t = sw->a->ty;
            s->ival = (unsigned long long)x;
            s->ihi = s->c ? (unsigned long long)y : s->ival;
            if (case_lt(t, s->ihi, s->ival)) {
                ckc_warning(c, s->loc, "empty range specified");
                s->op = 1;                  /* a label that no value reaches */
            } else {
                for (node *o = sw->cases; o; o = o->d)
                    if (o->kind == N_CASE && !o->op && !case_lt(t, o->ihi, s->ival) && !case_lt(t, s->ihi, o->ival)) {
                        if (s->c || o->c) ckc_error(c, s->loc, "duplicate (or overlapping) case value");
                        else ckc_error(c, s->loc, "duplicate case value '%lld'", x);
                        break;
                    }
            }
            s->d = sw->cases;
            sw->cases = s;
        }
        ckc_sema_stmt(c, s->b);
        return;
    }
    if (!sw) {
        ckc_error(c, s->loc, "'default' statement not in switch statement");
    } else {
        for (node *o = sw->cases; o; o = o->d)
            if (o->kind == N_DEFAULT) {
                ckc_error(c, s->loc, "multiple default labels in one switch");
                break;
            }
        s->d = sw->cases;
        sw->cases = s;
    }
    ckc_sema_stmt(c, s->a);
}

static void return_stmt(cc *c, node *s)
{
    ctype *ret = ckc_type_unqual(c->fn->s->ty->base);
    if (!s->a) {
        if (ret->kind != TY_VOID)
            ckc_error(c, s->loc, "non-void function '%s' should return a value", c->fn->s->name);
        return;
    }
    node *e = ckc_sema_rvalue(c, s->a);
    if (ret->kind == TY_VOID) {
        if (ckc_type_unqual(e->ty)->kind != TY_VOID)
            ckc_error(c, s->loc, "void function '%s' should not return a value", c->fn->s->name);
        s->a = e;
        return;
    }
    s->a = ckc_sema_assign_conv(c, e, ret, "return", e->loc);
}

void ckc_sema_stmt(cc *c, node *s)
{
    if (!s) return;
    switch (s->kind) {
    case N_BLOCK:
        ckc_sema_scope_push(c);
        for (node *i = s->a; i; i = i->next) ckc_sema_stmt(c, i);
        ckc_sema_scope_pop(c);
        break;
    case N_DECLSTMT:
        ckc_sema_decl(c, s->dl, 0);
        break;
    case N_EXPRSTMT: {
        node *nx = s->a->next;
        for (node *x = s->a; x; x = x->kind == N_CAST ? x->a : NULL) x->discarded = 1;   /* (void)f() */
        s->a = ckc_sema_rvalue(c, s->a);
        s->a->next = nx;
        break;
    }
    case N_EMPTY:
        break;
    case N_IF:
        s->a = condition(c, s->a);
        ckc_sema_stmt(c, s->b);
        ckc_sema_stmt(c, s->c);
        break;
    case N_WHILE:
    case N_DOWHILE:
        s->a = condition(c, s->a);
        c->loop_depth++;
        ckc_sema_stmt(c, s->b);
        c->loop_depth--;
        break;
    case N_FOR:
        ckc_sema_scope_push(c);
        if (s->a) {
            if (s->a->kind == N_DECLSTMT) {
                for (idecl *i = s->a->dl->list; i; i = i->next)
                    if (s->a->dl->ds && (s->a->dl->ds->storage == SC_STATIC || s->a->dl->ds->storage == SC_EXTERN || s->a->dl->ds->storage == SC_TYPEDEF))
                        ckc_error(c, s->a->loc, "declaration of non-local variable in 'for' loop");
                ckc_sema_stmt(c, s->a);
            } else {
                s->a = ckc_sema_rvalue(c, s->a);
            }
        }
        if (s->b) s->b = condition(c, s->b);
        if (s->c) s->c = ckc_sema_rvalue(c, s->c);
        c->loop_depth++;
        ckc_sema_stmt(c, s->d);
        c->loop_depth--;
        ckc_sema_scope_pop(c);
        break;
    case N_SWITCH: {
        node *e = ckc_sema_rvalue(c, s->a);
        if (!ckc_type_is_integer(e->ty)) {
            if (e->ty->kind != TY_INT || e->ty->size) ckc_error(c, s->a->loc, "statement requires expression of integer type ('%s' invalid)", ckc_type_str(c, e->ty));
        } else {
            e = ckc_sema_convert(c, e, ckc_type_promote(e->ty), 1);
        }
        s->a = e;
        node *outer = c->sw;
        c->sw = s;
        c->sw_depth++;
        ckc_sema_stmt(c, s->b);
        c->sw_depth--;
        c->sw = outer;
        break;
    }
    case N_CASE:
    case N_DEFAULT:
        case_label(c, s);
        break;
    case N_LABEL: {
        label *l = find_label(c, s->name);
        if (l->def) ckc_error(c, s->loc, "redefinition of label '%s'", s->name);
        else l->def = s;
        ckc_sema_stmt(c, s->a);
        break;
    }
    case N_GOTO: {
        label *l = find_label(c, s->name);
        if (!l->first_use) l->first_use = s;
        break;
    }
    case N_BREAK:
        if (!c->loop_depth && !c->sw_depth) ckc_error(c, s->loc, "'break' statement not in loop or switch statement");
        break;
    case N_CONTINUE:
        if (!c->loop_depth) ckc_error(c, s->loc, "'continue' statement not in loop statement");
        break;
    case N_RETURN:
        return_stmt(c, s);
        break;
    default:
        break;
    }
}

void ckc_sema_function_body(cc *c, funcdef *f)
{
    int ld = c->loop_depth, sd = c->sw_depth;
    node *sw = c->sw;
    c->loop_depth = c->sw_depth = 0;
    c->sw = NULL;
    /* the body shares the parameters' scope (C11 6.2.1p4) */
    for (node *i = f->body->a; i; i = i->next) ckc_sema_stmt(c, i);
    for (label *l = f->labels; l; l = l->next) {
        if (!l->def) ckc_error(c, l->first_use->b->loc, "use of undeclared label '%s'", l->name);
        else if (!l->first_use) ckc_warning_wall(c, l->def->loc, "unused label '%s'", l->name);
    }
    c->loop_depth = ld;
    c->sw_depth = sd;
    c->sw = sw;
}

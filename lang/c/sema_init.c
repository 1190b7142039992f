/* Initialisers (C11 6.7.9): flattens a (possibly braced, designated, brace-elided) initialiser
 * into leaves "bytes at offset O hold this scalar, string or struct value". Later leaves override
 * earlier overlapping ones, which is how designated re-initialisation works. Arrays of unknown
 * size are completed from the largest index. Static objects need constant leaves. */
#include <string.h>

#include "cc.h"

typedef struct ictx {
    cc *c;
    int is_static;
    ileaf head, *tail;
} ictx;

static void add_leaf(ictx *x, unsigned off, ctype *t, node *e)
{
    ileaf *l = ck_arena_alloc(x->c->arena, sizeof *l);
    l->off = off;
    l->ty = t;
    l->expr = e;
    x->tail = x->tail->next = l;
}

static int is_string(node *e)
{
    return e && e->kind == N_STRLIT;
}

static int is_char_array(ctype *t)
{
    return t->kind == TY_ARRAY && (ckc_type_unqual(t->base)->size <= 4) && ckc_type_is_integer(t->base) &&
           (ckc_type_unqual(t->base)->kind == TY_CHAR || ckc_type_unqual(t->base)->kind == TY_SCHAR ||
            ckc_type_unqual(t->base)->kind == TY_UCHAR || ckc_type_unqual(t->base)->kind == TY_USHORT ||
            ckc_type_unqual(t->base)->kind == TY_SHORT || ckc_type_unqual(t->base)->kind == TY_UINT ||
            ckc_type_unqual(t->base)->kind == TY_INT);
}

static void string_leaf(ictx *x, ctype *t, unsigned off, node *s)
{
    cc *c = x->c;
    s = ckc_sema_expr(c, s);
    unsigned es = ckc_type_unqual(t->base)->size;
    if ((unsigned)s->swidth != es) {
        ckc_error(c, s->loc, "initializing an array of '%s' from a string literal with elements of %d bytes",
                 ckc_type_str(c, t->base), s->swidth);
        return;
    }
    long long n = (long long)(s->slen / es);
    if (t->len >= 0 && n - 1 > t->len)
        ckc_warning(c, s->loc, "initializer-string for char array is too long");
    if (t->len < 0) t = ckc_type_array(c, t->base, n);
    add_leaf(x, off, t, s);
}

static void check_const(ictx *x, node *e)
{
    if (!x->is_static) return;
    cval v;
    if (!ckc_eval_const(x->c, e, &v)) ckc_error(x->c, e->loc, "initializer element is not a compile-time constant");
}

static void scalar_leaf(ictx *x, ctype *t, unsigned off, node *e)
{
    cc *c = x->c;
    node *r = ckc_sema_rvalue(c, e);
    r = ckc_sema_assign_conv(c, r, t, "initialization", e->loc);
    check_const(x, r);
    add_leaf(x, off, t, r);
}

static void init_obj(ictx *x, ctype *t, unsigned off, init *in, long long *len);
static void init_agg(ictx *x, ctype *t, unsigned off, iitem **pp, int braced, long long *len);

/* Initialises one element or member from the next item, eliding braces into sub-aggregates. */
static void init_elem(ictx *x, ctype *t, unsigned off, iitem **pp)
{
    cc *c = x->c;
    iitem *it = *pp;
    init *in = it->in;
    if (in->braced || !ckc_type_is_aggregate(t)) {
        *pp = it->next;
        init_obj(x, t, off, in, NULL);
        return;
    }
    node *e = in->expr;
    if (is_char_array(t) && is_string(e)) {
        *pp = it->next;
        if (t->len < 0) {
            ckc_error(c, e->loc, "initializing a flexible array member is not supported in Cockpit C");
            return;
        }
        string_leaf(x, t, off, e);
        return;
    }
    if (ckc_type_is_record(t)) {
        node *r = ckc_sema_rvalue(c, e);
        in->expr = r;
        if (ckc_type_compatible(ckc_type_unqual(r->ty), ckc_type_unqual(t))) {
            *pp = it->next;
            check_const(x, r);
            add_leaf(x, off, t, r);
            return;
        }
    }
    init_agg(x, t, off, pp, 0, NULL);
}

static long long index_value(cc *c, desig *d)
{
    node *e = ckc_sema_rvalue(c, d->index);
    long long v;
    if (!ckc_type_is_integer(e->ty) || !ckc_const_int(c, e, &v)) {
        ckc_error(c, d->loc, "expression is not an integer constant expression");
        return -1;
    }
    if (v < 0) {
        ckc_error(c, d->loc, "array index in initializer is negative");
        return -1;
    }
    return v;
}

static member *first_member(ctype *t)
{
    return t->rec->members;
}

/* Fills aggregate t from items at *pp. A braced list owns the designators it meets; a list with
 * elided braces returns to its parent at the next item that starts with a designator. */
static void init_agg(ictx *x, ctype *t, unsigned off, iitem **pp, int braced, long long *len)
{
    cc *c = x->c;
    long long idx = 0, max = 0;
    member *m = t->kind == TY_ARRAY ? NULL : first_member(t);
    int is_union = t->kind == TY_UNION, done_union = 0;
    if (t->kind == TY_ARRAY && t->len < 0 && !len) {
        ckc_error(c, (*pp) ? (*pp)->in->loc : (loc){0}, "initializing a flexible array member is not supported in Cockpit C");
        if (*pp) *pp = (*pp)->next;
        return;
    }
    if (ckc_type_is_record(t) && !ckc_type_is_complete(t)) {
        ckc_error(c, (*pp) ? (*pp)->in->loc : (loc){0}, "variable has incomplete type '%s'", ckc_type_str(c, t));
        return;
    }
    while (*pp) {
        iitem *it = *pp;
        desig *d = it->cur;           /* designators still to apply at this level */
        if (d) {
            if (!braced && !it->started) break;
            it->started = 1;
            it->cur = d->next;
            if (t->kind == TY_ARRAY) {
                if (d->kind != DG_INDEX) {
                    ckc_error(c, d->loc, "field designator '%s' used for an array", d->name);
                    *pp = it->next;
                    continue;
                }
                long long v = index_value(c, d);
                if (v < 0) { *pp = it->next; continue; }
                if (t->len >= 0 && v >= t->len) {
                    ckc_error(c, d->loc, "array index %lld in initializer exceeds array bounds", v);
                    *pp = it->next;
                    continue;
                }
                idx = v;
            } else {
                if (d->kind != DG_FIELD) {
                    ckc_error(c, d->loc, "array designator used for a %s", is_union ? "union" : "struct");
                    *pp = it->next;
                    continue;
                }
                member *f = t->rec->members;
                while (f && f->name != d->name) f = f->next;
                if (!f) {
                    ckc_error(c, d->loc, "field designator '%s' does not refer to any field in type '%s'", d->name, ckc_type_str(c, t));
                    *pp = it->next;
                    continue;
                }
                m = f;
                done_union = 0;
            }
            ctype *et = t->kind == TY_ARRAY ? t->base : m->ty;
            unsigned eo = off + (t->kind == TY_ARRAY ? (unsigned)idx * t->base->size : m->offset);
            if (d->next) {
                if (!ckc_type_is_aggregate(et)) {
                    ckc_error(c, d->next->loc, "designator into a scalar of type '%s'", ckc_type_str(c, et));
                    *pp = it->next;
                    continue;
                }
                init_agg(x, et, eo, pp, 0, NULL);
            } else {
                init_elem(x, et, eo, pp);
            }
        } else {
            if (t->kind == TY_ARRAY) {
                if (t->len >= 0 && idx >= t->len) break;
                init_elem(x, t->base, off + (unsigned)idx * t->base->size, pp);
            } else {
                if (!m || (is_union && done_union)) break;
                init_elem(x, m->ty, off + m->offset, pp);
            }
        }
        if (t->kind == TY_ARRAY) {
            idx++;
            if (idx > max) max = idx;
        } else {
            done_union = 1;
            m = m ? m->next : NULL;
            if (is_union && !braced) break;
        }
    }
    if (len) *len = max;
}

static void init_obj(ictx *x, ctype *t, unsigned off, init *in, long long *len)
{
    cc *c = x->c;
    if (in->braced) {
        /* reset designator progress: each item starts at its first designator */
        for (iitem *it = in->list; it; it = it->next) {
            it->cur = it->d;
            it->started = 0;
        }
        if (ckc_type_is_scalar(t)) {
            iitem *it = in->list;
            if (!it) {
                node *z = ckc_ast_node(c, N_INTLIT, in->loc);
                z->ty = &ckc_ty_int;
                scalar_leaf(x, t, off, z);
                return;
            }
            if (it->d) ckc_error(c, it->d->loc, "designator in initializer for scalar type '%s'", ckc_type_str(c, t));
            if (it->in->braced) ckc_warning(c, it->in->loc, "too many braces around scalar initializer");
            init_obj(x, t, off, it->in, NULL);
            if (it->next) ckc_warning(c, it->next->in->loc, "excess elements in scalar initializer");
            return;
        }
        if (!ckc_type_is_aggregate(t)) {
            ckc_error(c, in->loc, "initializer for a value of type '%s'", ckc_type_str(c, t));
            return;
        }
        iitem *p = in->list;
        if (is_char_array(t) && p && !p->d && !p->next && !p->in->braced && is_string(p->in->expr)) {
            if (t->len < 0 && !len) {
                ckc_error(c, p->in->loc, "initializing a flexible array member is not supported in Cockpit C");
                return;
            }
            string_leaf(x, t, off, p->in->expr);
            if (len) *len = (long long)(ckc_sema_expr(c, p->in->expr)->slen / ckc_type_unqual(t->base)->size);
            return;
        }
        init_agg(x, t, off, &p, 1, len);
        if (p) {
            const char *what = t->kind == TY_ARRAY ? "array" : t->kind == TY_UNION ? "union" : "struct";
            ckc_warning(c, p->in->loc, "excess elements in %s initializer", what);
        }
        return;
    }
    node *e = in->expr;
    if (t->kind == TY_ARRAY) {
        if (is_char_array(t) && is_string(e)) {
            if (t->len < 0 && !len) {
                ckc_error(c, e->loc, "initializing a flexible array member is not supported in Cockpit C");
                return;
            }
            string_leaf(x, t, off, e);
            if (len) *len = (long long)(ckc_sema_expr(c, e)->slen / ckc_type_unqual(t->base)->size);
            return;
        }
        ckc_error(c, in->loc, "array initializer must be an initializer list%s", is_char_array(t) ? " or string literal" : "");
        return;
    }
    if (ckc_type_is_record(t)) {
        node *r = ckc_sema_rvalue(c, e);
        if (r->ty && ckc_type_compatible(ckc_type_unqual(r->ty), ckc_type_unqual(t))) {
            check_const(x, r);
            add_leaf(x, off, t, r);
            return;
        }
        ckc_sema_assign_conv(c, r, t, "initialization", e->loc);
        return;
    }
    scalar_leaf(x, t, off, e);
}

ileaf *ckc_sema_init(cc *c, ctype **ty, init *in, int is_static, loc l)
{
    ictx x = {0};
    x.c = c;
    x.is_static = is_static;
    x.tail = &x.head;
    ctype *t = *ty;
    if (t->kind == TY_FUNC) return NULL;
    if (t->kind != TY_ARRAY && !ckc_type_is_complete(t)) {
        ckc_error(c, l, "variable has incomplete type '%s'", ckc_type_str(c, t));
        return NULL;
    }
    if (t->kind == TY_ARRAY && !ckc_type_is_complete(t->base)) return NULL;
    long long len = -1;
    init_obj(&x, t, 0, in, t->kind == TY_ARRAY && t->len < 0 ? &len : NULL);
    if (t->kind == TY_ARRAY && t->len < 0) {
        if (len <= 0 && !in->braced && !is_string(in->expr)) len = 1;
        if (len == 0) ckc_error(c, l, "zero-size array");
        *ty = ckc_type_array(c, t->base, len);
    }
    return x.head.next;
}

/* Syntax tree constructors called by the grammar actions (parse.y). They only record what was
 * written, with locations; meaning is given later by sema. Lists keep their tail in the head so
 * that appending is constant time. */
#include <string.h>

#include "cc.h"

node *ast_node(cc *c, int kind, loc l)
{
    node *n = ck_arena_alloc(c->arena, sizeof *n);
    n->kind = kind;
    n->loc = l;
    return n;
}

node *ast_unary(cc *c, int kind, tok *t, node *a)
{
    node *n = ast_node(c, kind, t->loc);
    n->a = a;
    return n;
}

node *ast_binary(cc *c, int op, tok *t, node *a, node *b)
{
    node *n = ast_node(c, N_BINARY, t->loc);
    n->op = op;
    n->a = a;
    n->b = b;
    return n;
}

node *ast_opassign(cc *c, int op, tok *t, node *a, node *b)
{
    node *n = ast_binary(c, op, t, a, b);
    n->kind = N_OPASSIGN;
    return n;
}

node *ast_kind2(cc *c, int kind, tok *t, node *a, node *b)
{
    node *n = ast_node(c, kind, t->loc);
    n->a = a;
    n->b = b;
    return n;
}

node *ast_cond(cc *c, tok *t, node *a, node *b, node *x)
{
    node *n = ast_kind2(c, N_COND, t, a, b);
    n->c = x;
    return n;
}

node *ast_typename(cc *c, dspec *ds, dtor *d)
{
    node *n = ast_node(c, N_EMPTY, ds->loc);
    n->ds = ds;
    n->dt = d;
    return n;
}

node *ast_cast(cc *c, tok *t, node *tn, node *e)
{
    node *n = ast_unary(c, N_CAST, t, e);
    n->ds = tn->ds;
    n->dt = tn->dt;
    return n;
}

node *ast_sizeof_type(cc *c, int kind, tok *t, node *tn)
{
    node *n = ast_node(c, kind, t->loc);
    n->ds = tn->ds;
    n->dt = tn->dt;
    return n;
}

node *ast_ident(cc *c, tok *t)
{
    node *n = ast_node(c, N_IDENT, t->loc);
    n->name = ck_intern(c->arena, t->s, t->len);
    return n;
}

/* The type of an integer constant (C11 6.4.4.1p5) on this ILP32 target. */
static ctype *int_lit_type(const intlit *il)
{
    unsigned long long v = il->v;
    int dec = il->decimal;
    if (il->nlong < 2) {
        if (!il->is_unsigned && v <= 0x7fffffffULL) return il->nlong ? &ty_long : &ty_int;
        if ((il->is_unsigned || !dec) && v <= 0xffffffffULL) return il->nlong ? &ty_ulong : &ty_uint;
    }
    if (!il->is_unsigned && v <= 0x7fffffffffffffffULL) return &ty_llong;
    return &ty_ullong;
}

node *ast_number(cc *c, tok *t)
{
    node *n = ast_node(c, N_INTLIT, t->loc);
    intlit il;
    double f;
    int isf;
    int rc = cc_number(c, t, &il, &f, &isf);
    if (rc < 0) {
        n->ty = &ty_int;
        return n;
    }
    if (rc == 1) {
        n->kind = N_FLOATLIT;
        n->fval = isf == 1 ? (double)(float)f : f;
        n->ty = isf == 1 ? &ty_float : &ty_double;
        return n;
    }
    n->ival = il.v;
    n->ty = int_lit_type(&il);
    if (il.decimal && !il.is_unsigned && n->ty == &ty_ullong)
        cc_warning(c, t->loc, "integer constant is so large that it is unsigned");
    return n;
}

node *ast_charlit(cc *c, tok *t)
{
    node *n = ast_node(c, N_INTLIT, t->loc);
    long long v = 0;
    int w = 1;
    cc_char_value(c, t, &v, &w);
    n->ival = (unsigned long long)v;
    n->ty = w == 1 ? &ty_int : w == 2 ? &ty_ushort : &ty_uint;
    return n;
}

node *ast_string(cc *c, node *prev, tok *t)
{
    node *n = prev ? prev : ast_node(c, N_STRLIT, t->loc);
    tok *copy = cc_tok_copy(c, t);
    if (!n->toks) {
        n->toks = copy;
    } else {
        tok *l = n->toks;
        while (l->next) l = l->next;
        l->next = copy;
    }
    return n;
}

node *ast_funcname(cc *c, tok *t)
{
    return ast_node(c, N_FUNCNAME, t->loc);
}

node *ast_paren(cc *c, node *e)
{
    (void)c;
    return e;
}

node *ast_member(cc *c, int kind, node *a, tok *name)
{
    node *n = ast_node(c, kind, name->loc);
    n->a = a;
    n->name = ck_intern(c->arena, name->s, name->len);
    return n;
}

node *ast_complit(cc *c, tok *t, node *tn, init *in)
{
    node *n = ast_node(c, N_COMPLIT, t->loc);
    n->ds = tn->ds;
    n->dt = tn->dt;
    n->in = in;
    return n;
}

void ast_unsupported(cc *c, tok *t, const char *what)
{
    cc_error(c, t->loc, "%s is not supported in Cockpit C", what);
}

node *ast_unsupported_expr(cc *c, tok *t, const char *what)
{
    ast_unsupported(c, t, what);
    node *n = ast_node(c, N_INTLIT, t->loc);
    n->ty = &ty_int;
    return n;
}

node *ast_list_append(node *list, node *item)
{
    if (!list) return item;
    node *last = list->tail ? list->tail : list;
    last->next = item;
    list->tail = item;
    return list;
}

node *ast_stmt(cc *c, int kind, tok *t, node *a, node *b, node *x, node *d)
{
    node *n = ast_node(c, kind, t ? t->loc : a->loc);
    n->a = a;
    n->b = b;
    n->c = x;
    n->d = d;
    return n;
}

node *ast_label(cc *c, tok *name, node *stmt)
{
    node *n = ast_node(c, N_LABEL, name->loc);
    n->name = ck_intern(c->arena, name->s, name->len);
    n->a = stmt;
    return n;
}

node *ast_goto(cc *c, tok *t, tok *name)
{
    node *n = ast_node(c, N_GOTO, t->loc);
    n->name = ck_intern(c->arena, name->s, name->len);
    n->b = ast_node(c, N_EMPTY, name->loc);
    return n;
}

node *ast_block(cc *c, tok *t, node *items)
{
    node *n = ast_node(c, N_BLOCK, items ? items->loc : t->loc);
    n->a = items;
    n->b = ast_node(c, N_EMPTY, t->loc);     /* where the closing brace is */
    return n;
}

node *ast_declstmt(cc *c, decl *d)
{
    node *n = ast_node(c, N_DECLSTMT, d->loc);
    n->dl = d;
    return n;
}

/* --- declaration specifiers -------------------------------------------------------------------- */
static dspec *ds_new(cc *c, dspec *ds, loc l)
{
    if (ds) return ds;
    ds = ck_arena_alloc(c->arena, sizeof *ds);
    ds->loc = l;
    return ds;
}

static void set_storage(cc *c, dspec *ds, int sc, tok *kw)
{
    if (ds->nstorage++ && ds->storage != sc)
        cc_error(c, kw->loc, "multiple storage classes in declaration specifiers");
    else if (ds->nstorage > 1)
        cc_error(c, kw->loc, "duplicate '%s'", cc_tok_text(c, kw));
    ds->storage = sc;
}

static void add_type(cc *c, dspec *ds, unsigned flag, tok *kw)
{
    if (ds->flags & flag) {
        cc_error(c, kw->loc, "duplicate '%s'", cc_tok_text(c, kw));
        return;
    }
    ds->flags |= flag;
}

dspec *ast_ds_keyword(cc *c, dspec *ds, tok *kw)
{
    ds = ds_new(c, ds, kw->loc);
    const char *k = cc_tok_text(c, kw);
    if (!strcmp(k, "static")) set_storage(c, ds, SC_STATIC, kw);
    else if (!strcmp(k, "extern")) set_storage(c, ds, SC_EXTERN, kw);
    else if (!strcmp(k, "typedef")) set_storage(c, ds, SC_TYPEDEF, kw);
    else if (!strcmp(k, "auto")) set_storage(c, ds, SC_AUTO, kw);
    else if (!strcmp(k, "register")) set_storage(c, ds, SC_REGISTER, kw);
    else if (!strcmp(k, "inline") || !strcmp(k, "__inline") || !strcmp(k, "__inline__")) ds->is_inline = 1;
    else if (!strcmp(k, "_Noreturn")) ds->is_noreturn = 1;
    else if (!strcmp(k, "const") || !strcmp(k, "__const")) ds->quals |= Q_CONST;
    else if (!strcmp(k, "volatile") || !strcmp(k, "__volatile__")) ds->quals |= Q_VOLATILE;
    else if (!strcmp(k, "restrict") || !strcmp(k, "__restrict") || !strcmp(k, "__restrict__")) ds->quals |= Q_RESTRICT;
    else if (!strcmp(k, "void")) add_type(c, ds, DS_VOID, kw);
    else if (!strcmp(k, "_Bool")) add_type(c, ds, DS_BOOL, kw);
    else if (!strcmp(k, "char")) add_type(c, ds, DS_CHAR, kw);
    else if (!strcmp(k, "int")) add_type(c, ds, DS_INT, kw);
    else if (!strcmp(k, "float")) add_type(c, ds, DS_FLOAT, kw);
    else if (!strcmp(k, "double")) add_type(c, ds, DS_DOUBLE, kw);
    else if (!strcmp(k, "signed") || !strcmp(k, "__signed__")) add_type(c, ds, DS_SIGNED, kw);
    else if (!strcmp(k, "unsigned")) add_type(c, ds, DS_UNSIGNED, kw);
    else if (!strcmp(k, "short")) add_type(c, ds, DS_SHORT, kw);
    else if (!strcmp(k, "long")) {
        if (ds->nlong == 2) cc_error(c, kw->loc, "'long long long' is too long");
        else ds->nlong++;
    } else if (!strcmp(k, "_Complex") || !strcmp(k, "_Imaginary")) {
        if (!ds->unsupported) ds->unsupported = "_Complex";
        ds->flags |= DS_COMPLEX;
    } else if (!strcmp(k, "_Atomic")) {
        if (!ds->unsupported) ds->unsupported = "_Atomic";
    } else if (!strcmp(k, "_Thread_local")) {
        if (!ds->unsupported) ds->unsupported = "_Thread_local";
    } else if (!strcmp(k, "_Alignas")) {
        if (!ds->unsupported) ds->unsupported = "_Alignas";
    } else if (!strcmp(k, "__attribute__")) {
        if (!ds->unsupported) ds->unsupported = "__attribute__";
    }
    if (ds->unsupported && !ds->uloc.line) ds->uloc = kw->loc;
    return ds;
}

dspec *ast_ds_tag(cc *c, dspec *ds, tagspec *ts)
{
    ds = ds_new(c, ds, ts->loc);
    if (ds->tag || ds->tdname) cc_error(c, ts->loc, "two or more data types in declaration specifiers");
    ds->tag = ts;
    ds->flags |= DS_OTHER;
    return ds;
}

dspec *ast_ds_typedef(cc *c, dspec *ds, tok *name)
{
    ds = ds_new(c, ds, name->loc);
    if (ds->tag || ds->tdname) cc_error(c, name->loc, "two or more data types in declaration specifiers");
    ds->tdname = ck_intern(c->arena, name->s, name->len);
    ds->flags |= DS_OTHER;
    return ds;
}

tagspec *ast_tagspec(cc *c, tok *kw, tok *name, int has_body, decl *members, enumerator *enums)
{
    tagspec *t = ck_arena_alloc(c->arena, sizeof *t);
    const char *k = cc_tok_text(c, kw);
    t->kind = !strcmp(k, "struct") ? TY_STRUCT : !strcmp(k, "union") ? TY_UNION : TY_ENUM;
    t->tag = name ? ck_intern(c->arena, name->s, name->len) : NULL;
    t->has_body = has_body;
    t->members = members;
    t->enums = enums;
    t->loc = name ? name->loc : kw->loc;
    return t;
}

enumerator *ast_enumerator(cc *c, enumerator *list, tok *name, node *value)
{
    enumerator *e = ck_arena_alloc(c->arena, sizeof *e);
    e->name = ck_intern(c->arena, name->s, name->len);
    e->value = value;
    e->loc = name->loc;
    if (!list) return e;
    enumerator *l = list;
    while (l->next) l = l->next;
    l->next = e;
    return list;
}

/* --- declarators: derivations are kept from the identifier outwards -------------------------- */
dtor *ast_dtor_name(cc *c, tok *name)
{
    dtor *d = ck_arena_alloc(c->arena, sizeof *d);
    d->name = ck_intern(c->arena, name->s, name->len);
    d->loc = name->loc;
    return d;
}

dtor *ast_dtor_abstract(cc *c, loc l)
{
    dtor *d = ck_arena_alloc(c->arena, sizeof *d);
    d->loc = l;
    return d;
}

static deriv *deriv_new(cc *c, int kind, loc l)
{
    deriv *v = ck_arena_alloc(c->arena, sizeof *v);
    v->kind = kind;
    v->loc = l;
    return v;
}

static void deriv_append(dtor *d, deriv *v)
{
    deriv **p = &d->d;
    while (*p) p = &(*p)->next;
    *p = v;
}

/* Each further '*' is nearer the identifier, so it goes first. */
dtor *ast_dtor_ptr(cc *c, dtor *d, int quals, tok *star)
{
    deriv *v = deriv_new(c, D_PTR, star->loc);
    v->quals = quals;
    v->next = d->d;
    d->d = v;
    return d;
}

dtor *ast_dtor_wrap(cc *c, dtor *d, dtor *ptrs)
{
    (void)c;
    if (ptrs->d) deriv_append(d, ptrs->d);
    return d;
}

dtor *ast_dtor_group(cc *c, dtor *d)
{
    (void)c;
    return d;
}

dtor *ast_dtor_array(cc *c, dtor *d, node *size, tok *t)
{
    deriv *v = deriv_new(c, D_ARRAY, t->loc);
    v->size = size;
    deriv_append(d, v);
    return d;
}

dtor *ast_dtor_array_vla(cc *c, dtor *d, tok *t)
{
    cc_error(c, t->loc, "variable-length arrays are not supported in Cockpit C");
    return ast_dtor_array(c, d, NULL, t);
}

dtor *ast_dtor_func(cc *c, dtor *d, param *params, int variadic, int has_proto, tok *t)
{
    deriv *v = deriv_new(c, D_FUNC, t->loc);
    v->params = params;
    v->variadic = variadic;
    v->has_proto = has_proto;
    deriv_append(d, v);
    return d;
}

dtor *ast_dtor_bitfield(cc *c, dtor *d, node *width)
{
    (void)c;
    d->bitwidth = width;
    d->has_bitwidth = 1;
    return d;
}

void ast_kr_params(cc *c, tok *t)
{
    cc_error(c, t->loc, "old-style (K&R) parameter lists are not supported in Cockpit C");
}

int ast_quals(cc *c, int quals, tok *kw)
{
    const char *k = cc_tok_text(c, kw);
    if (!strcmp(k, "const") || !strcmp(k, "__const")) return quals | Q_CONST;
    if (!strcmp(k, "volatile") || !strcmp(k, "__volatile__")) return quals | Q_VOLATILE;
    if (!strcmp(k, "_Atomic")) {
        cc_error(c, kw->loc, "_Atomic is not supported in Cockpit C");
        return quals;
    }
    return quals | Q_RESTRICT;
}

param *ast_param(cc *c, param *list, dspec *ds, dtor *d)
{
    param *p = ck_arena_alloc(c->arena, sizeof *p);
    p->ds = ds;
    p->d = d ? d : ast_dtor_abstract(c, ds->loc);
    p->loc = d && d->name ? d->loc : ds->loc;
    return list ? ast_param_link(list, p) : p;
}

param *ast_param_link(param *list, param *p)
{
    param *l = list;
    while (l->next) l = l->next;
    l->next = p;
    return list;
}

/* --- initialisers ------------------------------------------------------------------------------ */
init *ast_init_expr(cc *c, node *e)
{
    init *in = ck_arena_alloc(c->arena, sizeof *in);
    in->expr = e;
    in->loc = e->loc;
    return in;
}

init *ast_init_list(cc *c, tok *t, iitem *items)
{
    init *in = ck_arena_alloc(c->arena, sizeof *in);
    in->list = items;
    in->braced = 1;
    in->loc = t->loc;
    return in;
}

iitem *ast_iitem(cc *c, iitem *list, desig *d, init *in)
{
    iitem *it = ck_arena_alloc(c->arena, sizeof *it);
    it->d = d;
    it->in = in;
    if (!list) return it;
    (list->tail ? list->tail : list)->next = it;
    list->tail = it;
    return list;
}

desig *ast_desig(cc *c, desig *list, int kind, tok *t, node *index, tok *name)
{
    desig *d = ck_arena_alloc(c->arena, sizeof *d);
    d->kind = kind;
    d->index = index;
    d->name = name ? ck_intern(c->arena, name->s, name->len) : NULL;
    d->loc = name ? name->loc : t->loc;
    if (!list) return d;
    desig *l = list;
    while (l->next) l = l->next;
    l->next = d;
    return list;
}

/* --- declarations ------------------------------------------------------------------------------ */
idecl *ast_idecl(cc *c, idecl *list, dtor *d, init *in)
{
    idecl *i = ck_arena_alloc(c->arena, sizeof *i);
    i->d = d;
    i->in = in;
    if (!list) return i;
    ast_idecl_link(list, i);
    return list;
}

void ast_idecl_link(idecl *list, idecl *d)
{
    while (list->next) list = list->next;
    list->next = d;
}

decl *ast_decl(cc *c, dspec *ds, idecl *list)
{
    decl *d = ck_arena_alloc(c->arena, sizeof *d);
    d->ds = ds;
    d->list = list;
    d->loc = list && list->d->name ? list->d->loc : ds->loc;
    return d;
}

decl *ast_static_assert(cc *c, tok *t, node *e, node *msg)
{
    decl *d = ck_arena_alloc(c->arena, sizeof *d);
    d->loc = t->loc;
    d->assert_expr = e;
    d->assert_msg = msg;
    return d;
}

decl *ast_decl_append(decl *list, decl *d)
{
    if (!list) return d;
    decl *l = list;
    while (l->next) l = l->next;
    l->next = d;
    return list;
}

void ast_extdecl(cc *c, decl *dl, funcdef *fn)
{
    extdecl *e = ck_arena_alloc(c->arena, sizeof *e);
    e->dl = dl;
    e->fn = fn;
    if (c->unit_tail) c->unit_tail->next = e;
    else c->unit = e;
    c->unit_tail = e;
}

funcdef *ast_funcdef(cc *c, dspec *ds, dtor *d, node *body)
{
    funcdef *f = ck_arena_alloc(c->arena, sizeof *f);
    f->ds = ds;
    f->d = d;
    f->body = body;
    f->loc = d->loc;
    return f;
}

/* Syntax tree constructors called by the grammar actions (parse.y). They only record what was
 * written, with locations; meaning is given later by sema. Lists keep their tail in the head so
 * that appending is constant time. */
#include <string.h>

#include "cc.h"

node *ckc_ast_node(cc *c, int kind, loc l)
{
    node *n = ck_arena_alloc(c->arena, sizeof *n);
    n->kind = kind;
    n->loc = l;
    return n;
}

node *ckc_ast_unary(cc *c, int kind, tok *t, node *a)
{
    node *n = ckc_ast_node(c, kind, t->loc);
    n->a = a;
    return n;
}

node *ckc_ast_binary(cc *c, int op, tok *t, node *a, node *b)
{
    node *n = ckc_ast_node(c, N_BINARY, t->loc);
    n->op = op;
    n->a = a;
    n->b = b;
    return n;
}

node *ckc_ast_opassign(cc *c, int op, tok *t, node *a, node *b)
{
    node *n = ckc_ast_binary(c, op, t, a, b);
    n->kind = N_OPASSIGN;
    return n;
}

node *ckc_ast_kind2(cc *c, int kind, tok *t, node *a, node *b)
{
    node *n = ckc_ast_node(c, kind, t->loc);
    n->a = a;
    n->b = b;
    return n;
}

node *ckc_ast_cond(cc *c, tok *t, node *a, node *b, node *x)
{
    node *n = ckc_ast_kind2(c, N_COND, t, a, b);
    n->c = x;
    return n;
}

node *ckc_ast_typename(cc *c, dspec *ds, dtor *d)
{
    node *n = ckc_ast_node(c, N_EMPTY, ds->loc);
    n->ds = ds;
    n->dt = d;
    return n;
}

node *ckc_ast_cast(cc *c, tok *t, node *tn, node *e)
{
    node *n = ckc_ast_unary(c, N_CAST, t, e);
    n->ds = tn->ds;
    n->dt = tn->dt;
    return n;
}

node *ckc_ast_sizeof_type(cc *c, int kind, tok *t, node *tn)
{
    node *n = ckc_ast_node(c, kind, t->loc);
    n->ds = tn->ds;
    n->dt = tn->dt;
    return n;
}

/* __builtin_va_arg(ap, T): a call of the builtin (sema and codegen treat it with the other
 * builtins) that carries T as its type name. */
node *ckc_ast_va_arg(cc *c, tok *t, node *ap, node *tn)
{
    node *n = ckc_ast_kind2(c, N_CALL, t, ckc_ast_ident(c, t), ap);
    n->ds = tn->ds;
    n->dt = tn->dt;
    return n;
}

node *ckc_ast_ident(cc *c, tok *t)
{
    node *n = ckc_ast_node(c, N_IDENT, t->loc);
    n->name = ck_intern(c->arena, t->s, t->len);
    return n;
}

/* The type of an integer constant (C11 6.4.4.1p5) on this ILP32 target. */
static ctype *int_lit_type(const intlit *il)
{
    unsigned long long v = il->v;
    int dec = il->decimal;
    if (il->nlong < 2) {
        if (!il->is_unsigned && v <= 0x7fffffffULL) return il->nlong ? &ckc_ty_long : &ckc_ty_int;
        if ((il->is_unsigned || !dec) && v <= 0xffffffffULL) return il->nlong ? &ckc_ty_ulong : &ckc_ty_uint;
    }
    if (!il->is_unsigned && v <= 0x7fffffffffffffffULL) return &ckc_ty_llong;
    return &ckc_ty_ullong;
}

node *ckc_ast_number(cc *c, tok *t)
{
    node *n = ckc_ast_node(c, N_INTLIT, t->loc);
    intlit il;
    double f;
    int isf;
    int rc = ckc_number(c, t, &il, &f, &isf);
    if (rc < 0) {
        n->ty = &ckc_ty_int;
        return n;
    }
    if (rc == 1) {
        n->kind = N_FLOATLIT;
        n->fval = isf == 1 ? (double)(float)f : f;
        n->ty = isf == 1 ? &ckc_ty_float : &ckc_ty_double;
        return n;
    }
    n->ival = il.v;
    n->ty = int_lit_type(&il);
    if (il.decimal && !il.is_unsigned && n->ty == &ckc_ty_ullong)
        ckc_warning(c, t->loc, "integer constant is so large that it is unsigned");
    return n;
}

node *ckc_ast_charlit(cc *c, tok *t)
{
    node *n = ckc_ast_node(c, N_INTLIT, t->loc);
    long long v = 0;
    int w = 1;
    ckc_char_value(c, t, &v, &w);
    n->ival = (unsigned long long)v;
    n->ty = w == 1 ? &ckc_ty_int : w == 2 ? &ckc_ty_ushort : &ckc_ty_uint;
    return n;
}

node *ckc_ast_string(cc *c, node *prev, tok *t)
{
    node *n = prev ? prev : ckc_ast_node(c, N_STRLIT, t->loc);
    tok *copy = ckc_tok_copy(c, t);
    if (!n->toks) {
        n->toks = copy;
    } else {
        tok *l = n->toks;
        while (l->next) l = l->next;
        l->next = copy;
    }
    return n;
}

node *ckc_ast_funcname(cc *c, tok *t)
{
    return ckc_ast_node(c, N_FUNCNAME, t->loc);
}

node *ckc_ast_paren(cc *c, node *e)
{
    (void)c;
    if (e) e->paren = 1;
    return e;
}

node *ckc_ast_stmt_expr(cc *c, tok *t, node *block)
{
    node *n = ckc_ast_node(c, N_STMTEXPR, t->loc);
    n->a = block;
    return n;
}

/* __builtin_offsetof(T, a.b[i]): (unsigned int)&((T *)0)->a.b[i], the form that stddef.h's
 * offsetof has and that constant expressions accept. */
node *ckc_ast_offsetof(cc *c, tok *t, node *tn, node *desig)
{
    node *null = ckc_ast_node(c, N_CAST, t->loc);
    null->ds = tn->ds;
    null->dt = ckc_ast_dtor_ptr(c, tn->dt ? tn->dt : ckc_ast_dtor_abstract(c, t->loc), 0, t);
    null->a = ckc_ast_node(c, N_INTLIT, t->loc);
    null->a->ty = &ckc_ty_int;
    node *first = desig;
    while (first->a) first = first->a;
    first->a = null;
    dspec *size_t_ds = ck_arena_alloc(c->arena, sizeof *size_t_ds);
    size_t_ds->flags = DS_UNSIGNED | DS_INT;
    size_t_ds->loc = t->loc;
    node *n = ckc_ast_node(c, N_CAST, t->loc);
    n->ds = size_t_ds;
    n->a = ckc_ast_unary(c, N_ADDR, t, desig);
    return n;
}

node *ckc_ast_member(cc *c, int kind, node *a, tok *name)
{
    node *n = ckc_ast_node(c, kind, name->loc);
    n->a = a;
    n->name = ck_intern(c->arena, name->s, name->len);
    return n;
}

node *ckc_ast_complit(cc *c, tok *t, node *tn, init *in)
{
    node *n = ckc_ast_node(c, N_COMPLIT, t->loc);
    n->ds = tn->ds;
    n->dt = tn->dt;
    n->in = in;
    return n;
}

void ckc_ast_unsupported(cc *c, tok *t, const char *what)
{
    ckc_error(c, t->loc, "%s is not supported in Cockpit C", what);
}

node *ckc_ast_unsupported_expr(cc *c, tok *t, const char *what)
{
    ckc_ast_unsupported(c, t, what);
    node *n = ckc_ast_node(c, N_INTLIT, t->loc);
    n->ty = &ckc_ty_int;
    return n;
}

node *ckc_ast_list_append(node *list, node *item)
{
    if (!list) return item;
    node *last = list->tail ? list->tail : list;
    last->next = item;
    list->tail = item;
    return list;
}

node *ckc_ast_stmt(cc *c, int kind, tok *t, node *a, node *b, node *x, node *d)
{
    node *n = ckc_ast_node(c, kind, t ? t->loc : a->loc);
    n->a = a;
    n->b = b;
    n->c = x;
    n->d = d;
    return n;
}

node *ckc_ast_label(cc *c, tok *name, node *stmt)
{
    node *n = ckc_ast_node(c, N_LABEL, name->loc);
    n->name = ck_intern(c->arena, name->s, name->len);
    n->a = stmt;
    return n;
}

node *ckc_ast_goto(cc *c, tok *t, tok *name)
{
    node *n = ckc_ast_node(c, N_GOTO, t->loc);
    n->name = ck_intern(c->arena, name->s, name->len);
    n->b = ckc_ast_node(c, N_EMPTY, name->loc);
    return n;
}

node *ckc_ast_block(cc *c, tok *t, node *items)
{
    node *n = ckc_ast_node(c, N_BLOCK, items ? items->loc : t->loc);
    n->a = items;
    n->b = ckc_ast_node(c, N_EMPTY, t->loc);     /* where the closing brace is */
    return n;
}

node *ckc_ast_declstmt(cc *c, decl *d)
{
    node *n = ckc_ast_node(c, N_DECLSTMT, d->loc);
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
        ckc_error(c, kw->loc, "multiple storage classes in declaration specifiers");
    else if (ds->nstorage > 1)
        ckc_error(c, kw->loc, "duplicate '%s'", ckc_tok_text(c, kw));
    ds->storage = sc;
}

static void add_type(cc *c, dspec *ds, unsigned flag, tok *kw)
{
    if (ds->flags & flag) {
        ckc_error(c, kw->loc, "duplicate '%s'", ckc_tok_text(c, kw));
        return;
    }
    ds->flags |= flag;
}

dspec *ckc_ast_ds_keyword(cc *c, dspec *ds, tok *kw)
{
    ds = ds_new(c, ds, kw->loc);
    const char *k = ckc_tok_text(c, kw);
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
        if (ds->nlong == 2) ckc_error(c, kw->loc, "'long long long' is too long");
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
    }
    if (ds->unsupported && !ds->uloc.line) ds->uloc = kw->loc;
    return ds;
}

dspec *ckc_ast_ds_tag(cc *c, dspec *ds, tagspec *ts)
{
    ds = ds_new(c, ds, ts->loc);
    if (ds->tag || ds->tdname) ckc_error(c, ts->loc, "two or more data types in declaration specifiers");
    ds->tag = ts;
    ds->flags |= DS_OTHER;
    return ds;
}

dspec *ckc_ast_ds_typedef(cc *c, dspec *ds, tok *name)
{
    ds = ds_new(c, ds, name->loc);
    if (ds->tag || ds->tdname) ckc_error(c, name->loc, "two or more data types in declaration specifiers");
    ds->tdname = ck_intern(c->arena, name->s, name->len);
    ds->flags |= DS_OTHER;
    return ds;
}

dspec *ckc_ast_ds_typeof(cc *c, dspec *ds, tok *kw, node *e, node *tn)
{
    ds = ds_new(c, ds, kw->loc);
    if (ds->tag || ds->tdname || ds->typeof_expr || ds->typeof_name)
        ckc_error(c, kw->loc, "two or more data types in declaration specifiers");
    ds->typeof_expr = e;
    ds->typeof_name = tn;
    ds->typeof_unqual = strstr(ckc_tok_text(c, kw), "unqual") != NULL;
    ds->flags |= DS_OTHER;
    return ds;
}

tagspec *ckc_ast_tagspec(cc *c, tok *kw, tok *name, int has_body, decl *members, enumerator *enums)
{
    tagspec *t = ck_arena_alloc(c->arena, sizeof *t);
    const char *k = ckc_tok_text(c, kw);
    t->kind = !strcmp(k, "struct") ? TY_STRUCT : !strcmp(k, "union") ? TY_UNION : TY_ENUM;
    t->tag = name ? ck_intern(c->arena, name->s, name->len) : NULL;
    t->has_body = has_body;
    t->members = members;
    t->enums = enums;
    t->loc = name ? name->loc : kw->loc;
    return t;
}

enumerator *ckc_ast_enumerator(cc *c, enumerator *list, tok *name, node *value)
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
dtor *ckc_ast_dtor_name(cc *c, tok *name)
{
    dtor *d = ck_arena_alloc(c->arena, sizeof *d);
    d->name = ck_intern(c->arena, name->s, name->len);
    d->loc = name->loc;
    return d;
}

dtor *ckc_ast_dtor_abstract(cc *c, loc l)
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
dtor *ckc_ast_dtor_ptr(cc *c, dtor *d, int quals, tok *star)
{
    deriv *v = deriv_new(c, D_PTR, star->loc);
    v->quals = quals;
    v->next = d->d;
    d->d = v;
    return d;
}

dtor *ckc_ast_dtor_wrap(cc *c, dtor *d, dtor *ptrs)
{
    (void)c;
    if (ptrs->d) deriv_append(d, ptrs->d);
    return d;
}

dtor *ckc_ast_dtor_group(cc *c, dtor *d)
{
    (void)c;
    return d;
}

dtor *ckc_ast_dtor_array(cc *c, dtor *d, node *size, tok *t)
{
    deriv *v = deriv_new(c, D_ARRAY, t->loc);
    v->size = size;
    deriv_append(d, v);
    return d;
}

dtor *ckc_ast_dtor_array_vla(cc *c, dtor *d, tok *t)
{
    ckc_error(c, t->loc, "variable-length arrays are not supported in Cockpit C");
    return ckc_ast_dtor_array(c, d, NULL, t);
}

dtor *ckc_ast_dtor_func(cc *c, dtor *d, param *params, int variadic, int has_proto, tok *t)
{
    deriv *v = deriv_new(c, D_FUNC, t->loc);
    v->params = params;
    v->variadic = variadic;
    v->has_proto = has_proto;
    deriv_append(d, v);
    return d;
}

dtor *ckc_ast_dtor_bitfield(cc *c, dtor *d, node *width)
{
    (void)c;
    d->bitwidth = width;
    d->has_bitwidth = 1;
    return d;
}

dtor *ckc_ast_dtor_asm(cc *c, dtor *d, node *label)
{
    (void)c;
    d->asm_label = label;
    return d;
}

/* Attributes are ignored, except those that would change the meaning of the program. */
void ckc_ast_attribute(cc *c, tok *name)
{
    static const char *refused[] = { "packed", "__packed__", "aligned", "__aligned__", "section",
                                     "__section__", "weak", "__weak__", "alias", "__alias__",
                                     "vector_size", "__vector_size__", "mode", "__mode__",
                                     "cleanup", "__cleanup__", "interrupt", "__interrupt__" };
    const char *n = ckc_tok_text(c, name);
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        if (!strcmp(n, refused[i])) {
            ckc_error(c, name->loc, "attribute '%s' is not supported in Cockpit C", n);
            return;
        }
}

void ckc_ast_kr_params(cc *c, tok *t)
{
    ckc_error(c, t->loc, "old-style (K&R) parameter lists are not supported in Cockpit C");
}

int ckc_ast_quals(cc *c, int quals, tok *kw)
{
    const char *k = ckc_tok_text(c, kw);
    if (!strcmp(k, "const") || !strcmp(k, "__const")) return quals | Q_CONST;
    if (!strcmp(k, "volatile") || !strcmp(k, "__volatile__")) return quals | Q_VOLATILE;
    if (!strcmp(k, "_Atomic")) {
        ckc_error(c, kw->loc, "_Atomic is not supported in Cockpit C");
        return quals;
    }
    return quals | Q_RESTRICT;
}

param *ckc_ast_param(cc *c, param *list, dspec *ds, dtor *d)
{
    param *p = ck_arena_alloc(c->arena, sizeof *p);
    p->ds = ds;
    p->d = d ? d : ckc_ast_dtor_abstract(c, ds->loc);
    p->loc = d && d->name ? d->loc : ds->loc;
    return list ? ckc_ast_param_link(list, p) : p;
}

param *ckc_ast_param_link(param *list, param *p)
{
    param *l = list;
    while (l->next) l = l->next;
    l->next = p;
    return list;
}

/* --- initialisers ------------------------------------------------------------------------------ */
init *ckc_ast_init_expr(cc *c, node *e)
{
    init *in = ck_arena_alloc(c->arena, sizeof *in);
    in->expr = e;
    in->loc = e->loc;
    return in;
}

init *ckc_ast_init_list(cc *c, tok *t, iitem *items)
{
    init *in = ck_arena_alloc(c->arena, sizeof *in);
    in->list = items;
    in->braced = 1;
    in->loc = t->loc;
    return in;
}

iitem *ckc_ast_iitem(cc *c, iitem *list, desig *d, init *in)
{
    iitem *it = ck_arena_alloc(c->arena, sizeof *it);
    it->d = d;
    it->in = in;
    if (!list) return it;
    (list->tail ? list->tail : list)->next = it;
    list->tail = it;
    return list;
}

desig *ckc_ast_desig(cc *c, desig *list, int kind, tok *t, node *index, tok *name)
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
idecl *ckc_ast_idecl(cc *c, idecl *list, dtor *d, init *in)
{
    idecl *i = ck_arena_alloc(c->arena, sizeof *i);
    i->d = d;
    i->in = in;
    if (!list) return i;
    ckc_ast_idecl_link(list, i);
    return list;
}

void ckc_ast_idecl_link(idecl *list, idecl *d)
{
    while (list->next) list = list->next;
    list->next = d;
}

decl *ckc_ast_decl(cc *c, dspec *ds, idecl *list)
{
    decl *d = ck_arena_alloc(c->arena, sizeof *d);
    d->ds = ds;
    d->list = list;
    d->loc = list && list->d->name ? list->d->loc : ds->loc;
    return d;
}

decl *ckc_ast_static_assert(cc *c, tok *t, node *e, node *msg)
{
    decl *d = ck_arena_alloc(c->arena, sizeof *d);
    d->loc = t->loc;
    d->assert_expr = e;
    d->assert_msg = msg;
    return d;
}

decl *ckc_ast_decl_append(decl *list, decl *d)
{
    if (!list) return d;
    decl *l = list;
    while (l->next) l = l->next;
    l->next = d;
    return list;
}

void ckc_ast_extdecl(cc *c, decl *dl, funcdef *fn)
{
    extdecl *e = ck_arena_alloc(c->arena, sizeof *e);
    e->dl = dl;
    e->fn = fn;
    if (c->unit_tail) c->unit_tail->next = e;
    else c->unit = e;
    c->unit_tail = e;
}

funcdef *ckc_ast_funcdef(cc *c, dspec *ds, dtor *d, node *body)
{
    funcdef *f = ck_arena_alloc(c->arena, sizeof *f);
    f->ds = ds;
    f->d = d;
    f->body = body;
    f->loc = d->loc;
    return f;
}

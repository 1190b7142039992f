/* Semantic analysis of declarations (C11 6.2, 6.7, 6.9): scopes and name spaces, declaration
 * specifiers and declarators to types, struct/union/enum definitions, linkage and redeclaration
 * rules, function definitions and the translation unit. Expressions: ckc_sema_expr.c; statements:
 * ckc_sema_stmt.c; initialisers: ckc_sema_init.c. */
#include <string.h>

#include "cc.h"

#define SCOPE_BUCKETS 64

typedef struct binding {
    const char *name;
    sym *s;                   /* ordinary identifiers */
    ctype *tag;               /* struct/union/enum tags */
    struct binding *next;
} binding;

struct scope {
    binding *b[SCOPE_BUCKETS];
    scope *up;
    int is_file;
};

static unsigned bucket(const char *name)
{
    return (unsigned)(((uintptr_t)name >> 3) % SCOPE_BUCKETS);
}

void ckc_sema_scope_push(cc *c)
{
    scope *s = ck_arena_alloc(c->arena, sizeof *s);
    s->up = c->sc;
    s->is_file = c->sc == NULL;
    c->sc = s;
}

void ckc_sema_scope_pop(cc *c)
{
    if (c->opts->wall)
        for (int i = 0; i < SCOPE_BUCKETS; i++)
            for (binding *b = c->sc->b[i]; b; b = b->next)
                if (b->s && b->s->kind == S_VAR && !b->s->global && !b->s->used && !b->s->is_param)
                    ckc_warning_wall(c, b->s->loc, "unused variable '%s'", b->s->name);
    c->sc = c->sc->up;
}

static binding *find_in(scope *s, const char *name, int tag)
{
    for (binding *b = s->b[bucket(name)]; b; b = b->next)
        if (b->name == name && (tag ? b->tag != NULL : b->s != NULL)) return b;
    return NULL;
}

sym *ckc_sema_lookup(cc *c, const char *name)
{
    for (scope *s = c->sc; s; s = s->up) {
        binding *b = find_in(s, name, 0);
        if (b) return b->s;
    }
    return NULL;
}

static sym *lookup_here(cc *c, const char *name)
{
    binding *b = find_in(c->sc, name, 0);
    return b ? b->s : NULL;
}

static void bind(cc *c, scope *s, const char *name, sym *sy, ctype *tag)
{
    binding *b = ck_arena_alloc(c->arena, sizeof *b);
    b->name = name;
    b->s = sy;
    b->tag = tag;
    unsigned h = bucket(name);
    b->next = s->b[h];
    s->b[h] = b;
}

static scope *file_scope(cc *c)
{
    scope *s = c->sc;
    while (s->up) s = s->up;
    return s;
}

static sym *new_sym(cc *c, const char *name, int kind, ctype *ty, loc l)
{
    sym *s = ck_arena_alloc(c->arena, sizeof *s);
    s->name = name;
    s->kind = kind;
    s->ty = ty;
    s->loc = l;
    s->llname = name;
    return s;
}

static void add_global(cc *c, sym *s)
{
    if (c->globals_tail) c->globals_tail->next_global = s;
    else c->globals = s;
    c->globals_tail = s;
}

/* --- specifiers to types ----------------------------------------------------------------------- */
static ctype *tag_type(cc *c, tagspec *ts, int is_decl_only);

ctype *ckc_sema_dspec_type(cc *c, dspec *ds, int member_ctx)
{
    (void)member_ctx;
    if (ds->unsupported) ckc_error(c, ds->uloc, "%s is not supported in Cockpit C", ds->unsupported);
    unsigned f = ds->flags;
    ctype *t = NULL;
    int nl = ds->nlong;
    if (ds->tdname) {
        sym *s = ckc_sema_lookup(c, ds->tdname);
        if (!s || s->kind != S_TYPEDEF) {
            ckc_error(c, ds->loc, "unknown type name '%s'", ds->tdname);
            t = &ckc_ty_int;
        } else {
            t = s->ty;
        }
        if ((f & ~DS_OTHER) || nl) ckc_error(c, ds->loc, "two or more data types in declaration specifiers");
    } else if (ds->typeof_expr || ds->typeof_name) {
        if (!ds->typeof_ty) {
            if (ds->typeof_name) {
                ds->typeof_ty = ckc_sema_typename(c, ds->typeof_name->ds, ds->typeof_name->dt);
            } else {
                node *e = ckc_sema_expr(c, ds->typeof_expr);    /* checked, never evaluated */
                ds->typeof_ty = e && e->ty ? e->ty : &ckc_ty_int;
            }
            if (ds->typeof_unqual) ds->typeof_ty = ckc_type_unqual(ds->typeof_ty);
        }
        t = ds->typeof_ty;
        if ((f & ~DS_OTHER) || nl) ckc_error(c, ds->loc, "two or more data types in declaration specifiers");
    } else if (ds->tag) {
        /* 'struct s;' alone declares the tag in this scope; otherwise a reference */
        t = tag_type(c, ds->tag, 0);
        if ((f & ~DS_OTHER) || nl) ckc_error(c, ds->loc, "two or more data types in declaration specifiers");
    } else if (f & DS_COMPLEX) {
        t = &ckc_ty_double;
    } else {
        unsigned sign = f & (DS_SIGNED | DS_UNSIGNED);
        unsigned base = f & ~(DS_SIGNED | DS_UNSIGNED);
        if (sign == (DS_SIGNED | DS_UNSIGNED)) {
            ckc_error(c, ds->loc, "both 'signed' and 'unsigned' in declaration specifiers");
            sign = DS_SIGNED;
        }
        int u = sign == DS_UNSIGNED;
        if (base == DS_VOID && !nl && !sign) t = &ckc_ty_void;
        else if (base == DS_BOOL && !nl && !sign) t = &ckc_ty_bool;
        else if (base == DS_CHAR && !nl) t = sign == DS_SIGNED ? &ckc_ty_schar : u ? &ckc_ty_uchar : &ckc_ty_char;
        else if ((base == DS_SHORT || base == (DS_SHORT | DS_INT)) && !nl) t = u ? &ckc_ty_ushort : &ckc_ty_short;
        else if ((base == DS_INT || base == 0) && (nl || sign || base)) {
            t = nl == 2 ? (u ? &ckc_ty_ullong : &ckc_ty_llong) : nl == 1 ? (u ? &ckc_ty_ulong : &ckc_ty_long) : (u ? &ckc_ty_uint : &ckc_ty_int);
        } else if (base == DS_FLOAT && !nl && !sign) t = &ckc_ty_float;
        else if (base == DS_DOUBLE && !sign) {
            if (nl) {
                ckc_error(c, ds->loc, "'long double' is not supported in Cockpit C");
            }
            t = &ckc_ty_double;
        } else if (!base && !nl && !sign) {
            ckc_error(c, ds->loc, "type specifier missing, defaults to 'int'");
            t = &ckc_ty_int;
        } else {
            ckc_error(c, ds->loc, "invalid combination of type specifiers");
            t = &ckc_ty_int;
        }
    }
    if (ds->quals) t = ckc_type_qual(c, t, ds->quals & (Q_CONST | Q_VOLATILE));
    return t;
}

static ctype *lookup_tag(cc *c, const char *tag, int here_only)
{
    for (scope *s = c->sc; s; s = s->up) {
        binding *b = find_in(s, tag, 1);
        if (b) return b->tag;
        if (here_only) break;
    }
    return NULL;
}

static void define_record(cc *c, ctype *t, tagspec *ts);
static void define_enum(cc *c, ctype *t, tagspec *ts);

static ctype *tag_type(cc *c, tagspec *ts, int decl_only)
{
    int kind = ts->kind;
    ctype *t = NULL;
    if (ts->tag) {
        t = lookup_tag(c, ts->tag, ts->has_body || decl_only);
        if (t && t->kind != kind) {
            ckc_error(c, ts->loc, "'%s' defined as wrong kind of tag", ts->tag);
            t = NULL;
            if (!ts->has_body) return kind == TY_ENUM ? ckc_type_enum(c, ts->tag, ts->loc) : ckc_type_record(c, kind == TY_UNION, ts->tag, ts->loc);
        }
    }
    if (!t) {
        if (kind == TY_ENUM && !ts->has_body) {
            ckc_error(c, ts->loc, "use of undeclared enum '%s' (forward references to enums are not allowed)", ts->tag);
            return &ckc_ty_int;
        }
        t = kind == TY_ENUM ? ckc_type_enum(c, ts->tag, ts->loc) : ckc_type_record(c, kind == TY_UNION, ts->tag, ts->loc);
        if (ts->tag) bind(c, c->sc, ts->tag, NULL, t);
    }
    if (ts->has_body) {
        if ((kind == TY_ENUM ? t->en->complete : t->rec->complete)) {
            ckc_error(c, ts->loc, "redefinition of '%s %s'", kind == TY_STRUCT ? "struct" : kind == TY_UNION ? "union" : "enum", ts->tag);
            if (kind != TY_ENUM) {
                t = ckc_type_record(c, kind == TY_UNION, ts->tag, ts->loc);
            } else {
                t = ckc_type_enum(c, ts->tag, ts->loc);
            }
        }
        if (kind == TY_ENUM) define_enum(c, t, ts);
        else define_record(c, t, ts);
    }
    return t;
}

static void define_record(cc *c, ctype *t, tagspec *ts)
{
    record *r = t->rec;
    member head = {0}, *cur = &head;
    for (decl *d = ts->members; d; d = d->next) {
        if (d->assert_expr) {
            ckc_sema_decl(c, d, 0);
            continue;
        }
        ctype *base = ckc_sema_dspec_type(c, d->ds, 1);
        if (d->ds->storage) ckc_error(c, d->ds->loc, "storage class specified for a member");
        if (!d->list) {
            /* C11 anonymous struct or union member */
            if (d->ds->tag && !d->ds->tag->tag && ckc_type_is_record(base)) {
                cur = cur->next = ck_arena_alloc(c->arena, sizeof(member));
                cur->ty = base;
                cur->loc = d->loc;
            } else {
                ckc_warning(c, d->loc, "declaration does not declare anything");
            }
            continue;
        }
        for (idecl *i = d->list; i; i = i->next) {
            if (i->d->has_bitwidth) {
                ckc_error(c, i->d->name ? i->d->loc : d->loc, "bit-fields are not supported in Cockpit C");
                continue;
            }
            ctype *mt = ckc_sema_declarator_type(c, base, i->d, 0);
            const char *name = i->d->name;
            for (member *m = head.next; m; m = m->next)
                if (m->name && m->name == name) ckc_error(c, i->d->loc, "duplicate member '%s'", name);
            if (mt->kind == TY_FUNC) {
                ckc_error(c, i->d->loc, "member '%s' declared as a function", name);
                continue;
            }
            if (mt->kind == TY_ARRAY && mt->len < 0) {
                /* a flexible array member must be last, in a struct with another member */
                if (i->next || d->next || r->is_union || !head.next) {
                    ckc_error(c, i->d->loc, "flexible array member '%s' not at end of struct", name);
                    continue;
                }
                r->has_flex = 1;
            } else if (!ckc_type_is_complete(mt)) {
                ckc_error(c, i->d->loc, "member '%s' has incomplete type '%s'", name, ckc_type_str(c, mt));
                continue;
            } else if (ckc_type_is_record(mt) && mt->rec->has_flex) {
                ckc_error(c, i->d->loc, "member '%s' is a struct with a flexible array member", name);
            }
            cur = cur->next = ck_arena_alloc(c->arena, sizeof(member));
            cur->name = name;
            cur->ty = mt;
            cur->loc = i->d->loc;
        }
    }
    r->members = head.next;
    if (!r->members) ckc_warning(c, ts->loc, "%s has no members", r->is_union ? "union" : "struct");
    ckc_type_layout(c, r);
    t->size = r->size;
    t->align = r->align;
}

static void define_enum(cc *c, ctype *t, tagspec *ts)
{
    long long next = 0, min = 0, max = 0;
    for (enumerator *e = ts->enums; e; e = e->next) {
        if (e->value) {
            node *v = ckc_sema_rvalue(c, e->value);
            long long x;
            if (!ckc_const_int(c, v, &x)) {
                ckc_error(c, e->value->loc, "enumerator value for '%s' is not an integer constant", e->name);
                x = next;
            }
            next = x;
        }
        if (next > 0xffffffffLL || next < -0x80000000LL)
            ckc_error(c, e->loc, "enumerator value for '%s' is out of range", e->name);
        sym *old = lookup_here(c, e->name);
        if (old) ckc_error(c, e->loc, "redeclaration of '%s'", e->name);
        sym *s = new_sym(c, e->name, S_ENUMCONST, &ckc_ty_int, e->loc);
        s->ival = next;
        bind(c, c->sc, e->name, s, NULL);
        if (next < min) min = next;
        if (next > max) max = next;
        next++;
    }
    t->en->complete = 1;
    t->en->is_signed = min < 0;
    if (min < 0 && max > 0x7fffffffLL) ckc_error(c, ts->loc, "enumeration values exceed the range of 'int'");
    /* enumerators have type int; values that need unsigned int keep their bits */
    for (scope *s = c->sc; s; s = NULL)
        for (enumerator *e = ts->enums; e; e = e->next) {
            binding *b = find_in(s, e->name, 0);
            if (b && b->s->kind == S_ENUMCONST && (b->s->ival > 0x7fffffffLL)) b->s->ty = &ckc_ty_uint;
        }
}

/* --- declarators ------------------------------------------------------------------------------- */
static ctype *param_type(cc *c, param *p, ctype **out_ty);

/* Applies derivations from the outermost (the list's end) inwards. */
static ctype *derive(cc *c, ctype *base, deriv *d, int is_param_level)
{
    if (!d) return base;
    ctype *t = derive(c, base, d->next, 0);
    switch (d->kind) {
    case D_PTR: {
        ctype *p = ckc_type_ptr(c, t);
        return d->quals ? ckc_type_qual(c, p, d->quals & (Q_CONST | Q_VOLATILE | Q_RESTRICT)) : p;
    }
    case D_ARRAY: {
        long long len = -1;
        if (t->kind == TY_FUNC) {
            ckc_error(c, d->loc, "declaration of array of functions");
            t = ckc_type_ptr(c, t);
        } else if (!ckc_type_is_complete(t)) {
            ckc_error(c, d->loc, "array has incomplete element type '%s'", ckc_type_str(c, t));
            t = &ckc_ty_int;
        }
        if (d->size) {
            node *e = ckc_sema_rvalue(c, d->size);
            long long v;
            if (!ckc_type_is_integer(e->ty)) {
                ckc_error(c, d->size->loc, "size of array has non-integer type '%s'", ckc_type_str(c, e->ty));
                v = 1;
            } else if (!ckc_const_int(c, e, &v)) {
                ckc_error(c, d->size->loc, "variable-length arrays are not supported in Cockpit C");
                v = 1;
            } else if (v < 0 || (ckc_type_is_signed(e->ty) && v < 0)) {
                ckc_error(c, d->size->loc, "size of array is negative");
                v = 1;
            } else if ((unsigned long long)v * t->size > 0x7fffffffULL) {
                ckc_error(c, d->size->loc, "size of array is too large");
                v = 1;
            }
            len = v;
        }
        (void)is_param_level;
        return ckc_type_array(c, t, len);
    }
    default: {
        if (t->kind == TY_FUNC) {
            ckc_error(c, d->loc, "function cannot return a function type");
            t = &ckc_ty_int;
        } else if (t->kind == TY_ARRAY) {
            ckc_error(c, d->loc, "function cannot return an array type");
            t = &ckc_ty_int;
        }
        int n = 0;
        for (param *p = d->params; p; p = p->next) n++;
        ctype **ps = ck_arena_alloc(c->arena, sizeof(ctype *) * (size_t)(n + 1));
        int i = 0, isvoid = 0;
        for (param *p = d->params; p; p = p->next) {
            ctype *pt;
            param_type(c, p, &pt);
            if (pt->kind == TY_VOID) {
                if (n != 1 || p->d->name || pt->quals) ckc_error(c, p->loc, "'void' must be the only parameter");
                isvoid = 1;
                continue;
            }
            ps[i++] = pt;
        }
        if (isvoid) i = 0;
        if (d->variadic && i == 0) ckc_error(c, d->loc, "ISO C requires a named parameter before '...'");
        return ckc_type_func(c, ckc_type_unqual(t)->kind == TY_VOID ? t : t, ps, i, d->variadic, d->has_proto);
    }
    }
}

ctype *ckc_sema_declarator_type(cc *c, ctype *base, dtor *d, int is_param)
{
    if (!d) return base;
    return derive(c, base, d->d, is_param);
}

/* Parameter types: arrays and functions adjust to pointers (C11 6.7.6.3p7-8). */
static ctype *param_type(cc *c, param *p, ctype **out_ty)
{
    ctype *base = ckc_sema_dspec_type(c, p->ds, 0);
    if (p->ds->storage && p->ds->storage != SC_REGISTER)
        ckc_error(c, p->loc, "invalid storage class for parameter");
    ctype *t = ckc_sema_declarator_type(c, base, p->d, 1);
    if (t->kind == TY_ARRAY) t = ckc_type_qual(c, ckc_type_ptr(c, t->base), 0);
    else if (t->kind == TY_FUNC) t = ckc_type_ptr(c, t);
    *out_ty = t;
    return t;
}

ctype *ckc_sema_typename(cc *c, dspec *ds, dtor *dt)
{
    if (ds->storage) ckc_error(c, ds->loc, "storage class in a type name");
    ctype *base = ckc_sema_dspec_type(c, ds, 0);
    return ckc_sema_declarator_type(c, base, dt, 0);
}

/* --- declarations ------------------------------------------------------------------------------ */
static void check_static_assert(cc *c, decl *d)
{
    node *e = ckc_sema_rvalue(c, d->assert_expr);
    long long v;
    if (!ckc_const_int(c, e, &v)) {
        ckc_error(c, d->assert_expr->loc, "static assertion expression is not an integral constant expression");
        return;
    }
    if (!v) {
        if (d->assert_msg) {
            node *m = ckc_sema_expr(c, d->assert_msg);
            ckc_error(c, d->loc, "static assertion failed: \"%s\"", m->str ? m->str : "");
        } else {
            ckc_error(c, d->loc, "static assertion failed");
        }
    }
}

/* A file-scope declaration or a block-scope extern: merges with earlier declarations. */
static sym *declare_global(cc *c, const char *name, ctype *t, int storage, loc l, int is_def)
{
    scope *fs = file_scope(c);
    binding *b = find_in(fs, name, 0);
    sym *old = b ? b->s : NULL;
    int kind = t->kind == TY_FUNC ? S_FUNC : S_VAR;
    if (old) {
        if (old->kind == S_TYPEDEF || old->kind == S_ENUMCONST) {
            ckc_error(c, l, "'%s' redeclared as different kind of symbol", name);
            return old;
        }
        if (old->kind != kind || !ckc_type_compatible(old->ty, t)) {
            ckc_error(c, l, "conflicting types for '%s'", name);
            return old;
        }
        if (storage == SC_STATIC && old->storage != SC_STATIC && c->sc->is_file)
            ckc_error(c, l, "static declaration of '%s' follows non-static declaration", name);
        old->ty = ckc_type_composite(c, old->ty, t);
        if (c->sc != fs && !lookup_here(c, name)) bind(c, c->sc, name, old, NULL);
        return old;
    }
    sym *s = new_sym(c, name, kind, t, l);
    s->storage = storage;
    s->global = 1;
    (void)is_def;
    bind(c, fs, name, s, NULL);
    if (c->sc != fs) bind(c, c->sc, name, s, NULL);
    add_global(c, s);
    return s;
}

/* 'int f(int) __asm__("io.f")' names the symbol in the module (natives are declared so). */
static void set_asm_label(cc *c, sym *s, dtor *dt)
{
    node *l = ckc_sema_expr(c, dt->asm_label);
    if (!l->str || l->swidth != 1 || strlen(l->str) + 1 != l->slen || !l->str[0]) {
        ckc_error(c, dt->asm_label->loc, "invalid symbol name in __asm__ label");
        return;
    }
    if (s->llname != s->name && strcmp(s->llname, l->str))
        ckc_error(c, dt->loc, "conflicting __asm__ labels for '%s'", s->name);
    s->llname = l->str;
}

static void declare_one(cc *c, decl *d, ctype *base, idecl *i, int file)
{
    dspec *ds = d->ds;
    dtor *dt = i->d;
    ctype *t = ckc_sema_declarator_type(c, base, dt, 0);
    const char *name = dt->name;
    if (!name) {
        ckc_error(c, dt->loc, "declarator has no name");
        return;
    }
    if (dt->has_bitwidth) ckc_error(c, dt->loc, "bit-fields are not supported in Cockpit C");
    if (ds->storage == SC_TYPEDEF) {
        if (i->in) ckc_error(c, dt->loc, "typedef '%s' is initialized", name);
        sym *old = lookup_here(c, name);
        if (old) {
            if (old->kind != S_TYPEDEF) ckc_error(c, dt->loc, "'%s' redeclared as different kind of symbol", name);
            else if (!ckc_type_compatible(old->ty, t)) ckc_error(c, dt->loc, "conflicting types for '%s'", name);
            return;
        }
        sym *s = new_sym(c, name, S_TYPEDEF, t, dt->loc);
        bind(c, c->sc, name, s, NULL);
        i->s = s;
        return;
    }
    if (t->kind == TY_FUNC) {
        if (i->in) ckc_error(c, dt->loc, "function '%s' is initialized like a variable", name);
        if (!file && ds->storage == SC_STATIC) ckc_error(c, dt->loc, "invalid storage class for function '%s'", name);
        if (!file && ds->storage != SC_EXTERN && lookup_here(c, name) && lookup_here(c, name)->kind != S_FUNC) {
            ckc_error(c, dt->loc, "'%s' redeclared as different kind of symbol", name);
            return;
        }
        sym *s = declare_global(c, name, t, ds->storage == SC_STATIC ? SC_STATIC : SC_EXTERN, dt->loc, 0);
        if (ds->is_inline) s->is_inline = 1;
        if (dt->asm_label) set_asm_label(c, s, dt);
        i->s = s;
        return;
    }
    if (ds->is_inline) ckc_error(c, ds->loc, "'inline' can only appear on functions");
    if (t->kind == TY_VOID) {
        ckc_error(c, dt->loc, "variable '%s' declared void", name);
        return;
    }
    if (file || ds->storage == SC_EXTERN) {
        if (file && (ds->storage == SC_AUTO || ds->storage == SC_REGISTER))
            ckc_error(c, dt->loc, "file-scope declaration of '%s' specifies '%s'", name, ds->storage == SC_AUTO ? "auto" : "register");
        if (!file && i->in) {
            ckc_error(c, dt->loc, "'%s' has both 'extern' and initializer", name);
            return;
        }
        if (!file) {
            sym *here = lookup_here(c, name);
            if (here && !here->global) {
                ckc_error(c, dt->loc, "extern declaration of '%s' follows declaration with no linkage", name);
                return;
            }
        }
        sym *s = declare_global(c, name, t, ds->storage, dt->loc, i->in != NULL);
        i->s = s;
        if (dt->asm_label) set_asm_label(c, s, dt);
        if (s->kind != S_VAR) return;
        if (ds->storage != SC_EXTERN || i->in) s->tentative = 1;
        if (ds->storage == SC_STATIC) s->storage = SC_STATIC;
        if (i->in) {
            if (s->defined) {
                ckc_error(c, dt->loc, "redefinition of '%s'", name);
                return;
            }
            if (ds->storage == SC_EXTERN) ckc_warning(c, dt->loc, "'%s' initialized and declared 'extern'", name);
            s->defined = 1;
            s->in = i->in;
            ctype *ty = s->ty;
            s->leaves = ckc_sema_init(c, &ty, i->in, 1, dt->loc);
            s->ty = ty;
        }
        return;
    }
    /* block scope object */
    sym *old = lookup_here(c, name);
    if (old) {
        ckc_error(c, dt->loc, "redefinition of '%s'", name);
        return;
    }
    sym *s = new_sym(c, name, S_VAR, t, dt->loc);
    s->storage = ds->storage;
    i->s = s;
    if (ds->storage == SC_STATIC) {
        s->global = s->is_static_local = s->defined = 1;
        s->llname = ck_arena_printf(c->arena, "%s.%s", c->fn && c->fn->s ? c->fn->s->name : "", name);
        add_global(c, s);
    }
    if (!i->in && t->kind == TY_ARRAY && t->len < 0) {
        ckc_error(c, dt->loc, "array size missing in '%s'", name);
        s->ty = ckc_type_array(c, t->base, 1);
    } else if (!i->in && !ckc_type_is_complete(t)) {
        ckc_error(c, dt->loc, "storage size of '%s' isn't known", name);
        s->ty = &ckc_ty_int;
    }
    if (i->in) {
        ctype *ty = s->ty;
        /* the name is in scope within its own initialiser (C11 6.2.1p7) */
        bind(c, c->sc, name, s, NULL);
        s->in = i->in;
        s->leaves = ckc_sema_init(c, &ty, i->in, s->global, dt->loc);
        s->ty = ty;
        return;
    }
    bind(c, c->sc, name, s, NULL);
}

void ckc_sema_decl(cc *c, decl *d, int file)
{
    if (d->assert_expr) {
        check_static_assert(c, d);
        return;
    }
    ctype *base;
    if (!d->list && d->ds->tag && !d->ds->tdname) {
        /* 'struct s;' declares a new tag in this scope, shadowing outer ones */
        tagspec *ts = d->ds->tag;
        base = tag_type(c, ts, !ts->has_body && ts->kind != TY_ENUM);
        if (d->ds->storage) ckc_warning(c, d->loc, "useless storage class specifier in empty declaration");
        if (d->ds->unsupported) ckc_error(c, d->ds->uloc, "%s is not supported in Cockpit C", d->ds->unsupported);
        return;
    }
    base = ckc_sema_dspec_type(c, d->ds, 0);
    if (!d->list) {
        ckc_warning(c, d->loc, "declaration does not declare anything");
        return;
    }
    if (d->ds->storage == SC_AUTO && file) ckc_error(c, d->ds->loc, "file-scope declaration specifies 'auto'");
    for (idecl *i = d->list; i; i = i->next) declare_one(c, d, base, i, file);
}

/* --- function definitions ---------------------------------------------------------------------- */
static void ckc_sema_function(cc *c, funcdef *f)
{
    ctype *base = ckc_sema_dspec_type(c, f->ds, 0);
    dtor *dt = f->d;
    /* the parameter names come from the innermost function derivation next to the name */
    deriv *fd = dt->d;
    if (!fd || fd->kind != D_FUNC) {
        ckc_error(c, dt->loc, "expected a function declarator for a function body");
        return;
    }
    ctype *t = ckc_sema_declarator_type(c, base, dt, 0);
    if (t->kind != TY_FUNC) return;
    if (!t->proto) {
        /* 'int f() {...}' defines a function with no parameters */
        t = ckc_type_func(c, t->base, NULL, 0, 0, 1);
    }
    /* the stdlib defines printf and friends (built with -fvariadic-definitions); user code may not */
    if (t->variadic && !c->opts->variadic_defs)
        ckc_error(c, dt->loc, "defining variadic functions is not supported in Cockpit C (calling them is)");
    if (f->ds->storage == SC_TYPEDEF) {
        ckc_error(c, dt->loc, "function definition declared 'typedef'");
        return;
    }
    if (f->ds->storage != SC_NONE && f->ds->storage != SC_STATIC && f->ds->storage != SC_EXTERN)
        ckc_error(c, dt->loc, "invalid storage class for function '%s'", dt->name);
    ctype *ret = t->base;
    if (ret->kind != TY_VOID && !ckc_type_is_complete(ret))
        ckc_error(c, dt->loc, "return type is an incomplete type");
    sym *s = declare_global(c, dt->name, t, f->ds->storage == SC_STATIC ? SC_STATIC : SC_EXTERN, dt->loc, 1);
    if (s->kind != S_FUNC) return;
    if (s->defined) {
        ckc_error(c, dt->loc, "redefinition of '%s'", dt->name);
        return;
    }
    s->defined = 1;
    s->fn = f;
    s->ty = ckc_type_composite(c, t, s->ty);
    if (f->ds->is_inline) s->is_inline = 1;
    if (!strcmp(dt->name, "main")) {
        if (ckc_type_unqual(ret) != &ckc_ty_int) ckc_error(c, dt->loc, "return type of 'main' is not 'int'");
    }
    f->s = s;
    c->fn = f;
    ckc_sema_scope_push(c);
    int i = 0;
    f->params = ck_arena_alloc(c->arena, sizeof(sym *) * (size_t)(t->nparams + 1));
    for (param *p = fd->params; p; p = p->next) {
        if (i >= t->nparams) break;
        if (!p->d->name) {
            ckc_error(c, p->loc, "parameter name omitted");
            i++;
            continue;
        }
        ctype *pt = t->params[i];
        if (!ckc_type_is_complete(pt)) ckc_error(c, p->loc, "parameter '%s' has incomplete type", p->d->name);
        if (lookup_here(c, p->d->name)) ckc_error(c, p->d->loc, "redefinition of parameter '%s'", p->d->name);
        sym *ps = new_sym(c, p->d->name, S_VAR, pt, p->d->loc);
        ps->is_param = 1;
        bind(c, c->sc, p->d->name, ps, NULL);
        f->params[i++] = ps;
    }
    f->nparams = t->nparams;
    ckc_sema_function_body(c, f);
    ckc_sema_scope_pop(c);
    c->fn = NULL;
}

int ckc_sema(cc *c)
{
    ckc_sema_scope_push(c);
    for (extdecl *e = c->unit; e; e = e->next) {
        if (c->errors > CC_MAX_ERRORS) break;
        if (e->fn) ckc_sema_function(c, e->fn);
        else ckc_sema_decl(c, e->dl, 1);
    }
    /* warnings about functions declared static but never defined, used but undefined */
    for (sym *s = c->globals; s; s = s->next_global)
        if (s->kind == S_FUNC && s->storage == SC_STATIC && !s->defined && s->used)
            ckc_warning(c, s->loc, "'%s' used but never defined", s->name);
    return c->errors ? -1 : 0;
}

/* C types of the Cockpit target (ILP32, AAPCS layout as arm-none-eabi): construction,
 * qualification, struct/union layout, compatibility and composite types (C11 6.2.7), integer
 * conversion ranks and promotions, and spelling types in messages. */
#include <stdio.h>
#include <string.h>

#include "cc.h"

#define BASIC(name, k, sz) ctype name = { .kind = k, .size = sz, .align = sz }
BASIC(ckc_ty_void, TY_VOID, 1);
BASIC(ckc_ty_bool, TY_BOOL, 1);
BASIC(ckc_ty_char, TY_CHAR, 1);
BASIC(ckc_ty_schar, TY_SCHAR, 1);
BASIC(ckc_ty_uchar, TY_UCHAR, 1);
BASIC(ckc_ty_short, TY_SHORT, 2);
BASIC(ckc_ty_ushort, TY_USHORT, 2);
BASIC(ckc_ty_int, TY_INT, 4);
BASIC(ckc_ty_uint, TY_UINT, 4);
BASIC(ckc_ty_long, TY_LONG, 4);
BASIC(ckc_ty_ulong, TY_ULONG, 4);
BASIC(ckc_ty_llong, TY_LLONG, 8);
BASIC(ckc_ty_ullong, TY_ULLONG, 8);
BASIC(ckc_ty_float, TY_FLOAT, 4);
BASIC(ckc_ty_double, TY_DOUBLE, 8);

void ckc_types_init(void)
{
    ctype *all[] = { &ckc_ty_void, &ckc_ty_bool, &ckc_ty_char, &ckc_ty_schar, &ckc_ty_uchar, &ckc_ty_short, &ckc_ty_ushort,
                     &ckc_ty_int, &ckc_ty_uint, &ckc_ty_long, &ckc_ty_ulong, &ckc_ty_llong, &ckc_ty_ullong, &ckc_ty_float,
                     &ckc_ty_double };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        all[i]->unqual = all[i];
        all[i]->llty = NULL;
    }
}

static ctype *new_type(cc *c, int kind, unsigned size, unsigned align)
{
    ctype *t = ck_arena_alloc(c->arena, sizeof *t);
    t->kind = kind;
    t->size = size;
    t->align = align;
    t->unqual = t;
    return t;
}

ctype *ckc_type_ptr(cc *c, ctype *base)
{
    ctype *t = new_type(c, TY_PTR, 4, 4);
    t->base = base;
    return t;
}

ctype *ckc_type_array(cc *c, ctype *elem, long long len)
{
    unsigned long long size = len < 0 ? 0 : (unsigned long long)len * elem->size;
    ctype *t = new_type(c, TY_ARRAY, size > 0xffffffffu ? 0xffffffffu : (unsigned)size, elem->align);
    t->base = elem;
    t->len = len;
    return t;
}

ctype *ckc_type_func(cc *c, ctype *ret, ctype **params, int nparams, int variadic, int proto)
{
    ctype *t = new_type(c, TY_FUNC, 1, 1);
    t->base = ret;
    t->params = params;
    t->nparams = nparams;
    t->variadic = variadic;
    t->proto = proto;
    return t;
}

ctype *ckc_type_unqual(ctype *t)
{
    return t->unqual ? t->unqual : t;
}

ctype *ckc_type_qual(cc *c, ctype *t, int quals)
{
    quals |= t->quals;
    if (quals == t->quals) return t;
    /* qualifiers on an array type apply to its elements (C11 6.7.3p9) */
    if (t->kind == TY_ARRAY) {
        ctype *a = ckc_type_array(c, ckc_type_qual(c, t->base, quals), t->len);
        return a;
    }
    ctype *q = ck_arena_alloc(c->arena, sizeof *q);
    *q = *ckc_type_unqual(t);
    q->quals = quals;
    q->unqual = ckc_type_unqual(t);
    return q;
}

ctype *ckc_type_record(cc *c, int is_union, const char *tag, loc l)
{
    ctype *t = new_type(c, is_union ? TY_UNION : TY_STRUCT, 0, 1);
    t->rec = ck_arena_alloc(c->arena, sizeof(record));
    t->rec->tag = tag;
    t->rec->is_union = is_union;
    t->rec->loc = l;
    return t;
}

ctype *ckc_type_enum(cc *c, const char *tag, loc l)
{
    ctype *t = new_type(c, TY_ENUM, 4, 4);
    t->en = ck_arena_alloc(c->arena, sizeof(enumdef));
    t->en->tag = tag;
    t->en->loc = l;
    return t;
}

/* Natural alignment, members in order, size rounded to the alignment (AAPCS 4.3). */
void ckc_type_layout(cc *c, record *r)
{
    (void)c;
    unsigned off = 0, size = 0, align = 1;
    for (member *m = r->members; m; m = m->next) {
        unsigned a = m->ty->align ? m->ty->align : 1;
        if (a > align) align = a;
        if (r->is_union) {
            m->offset = 0;
            if (m->ty->size > size) size = m->ty->size;
        } else {
            off = (off + a - 1) / a * a;
            m->offset = off;
            off += m->ty->kind == TY_ARRAY && m->ty->len < 0 ? 0 : m->ty->size;
            size = off;
        }
    }
    r->size = (size + align - 1) / align * align;
    r->align = align;
    r->complete = 1;
}

int ckc_type_is_integer(const ctype *t)
{
    return (t->kind >= TY_BOOL && t->kind <= TY_ULLONG) || t->kind == TY_ENUM;
}

int ckc_type_is_float(const ctype *t)
{
    return t->kind == TY_FLOAT || t->kind == TY_DOUBLE;
}

int ckc_type_is_arith(const ctype *t)
{
    return ckc_type_is_integer(t) || ckc_type_is_float(t);
}

int ckc_type_is_ptr(const ctype *t)
{
    return t->kind == TY_PTR;
}

int ckc_type_is_scalar(const ctype *t)
{
    return ckc_type_is_arith(t) || t->kind == TY_PTR;
}

int ckc_type_is_record(const ctype *t)
{
    return t->kind == TY_STRUCT || t->kind == TY_UNION;
}

int ckc_type_is_aggregate(const ctype *t)
{
    return ckc_type_is_record(t) || t->kind == TY_ARRAY;
}

int ckc_type_is_void(const ctype *t)
{
    return t->kind == TY_VOID;
}

int ckc_type_is_complete(const ctype *t)
{
    switch (t->kind) {
    case TY_VOID: return 0;
    case TY_ARRAY: return t->len >= 0 && ckc_type_is_complete(t->base);
    case TY_STRUCT: case TY_UNION: return t->rec->complete;
    case TY_ENUM: return 1;
    case TY_FUNC: return 0;
    default: return 1;
    }
}

int ckc_type_is_signed(const ctype *t)
{
    switch (t->kind) {
    case TY_SCHAR: case TY_SHORT: case TY_INT: case TY_LONG: case TY_LLONG: return 1;
    case TY_ENUM: return t->en->is_signed;    /* enums with negative values are int */
    default: return 0;
    }
}

int ckc_type_rank(const ctype *t)
{
    switch (t->kind) {
    case TY_BOOL: return 1;
    case TY_CHAR: case TY_SCHAR: case TY_UCHAR: return 2;
    case TY_SHORT: case TY_USHORT: return 3;
    case TY_INT: case TY_UINT: case TY_ENUM: return 4;
    case TY_LONG: case TY_ULONG: return 5;
    case TY_LLONG: case TY_ULLONG: return 6;
    default: return 0;
    }
}

ctype *ckc_type_promote(ctype *t)
{
    t = ckc_type_unqual(t);
    if (t->kind == TY_ENUM) return ckc_type_is_signed(t) ? &ckc_ty_int : &ckc_ty_uint;
    if (ckc_type_is_integer(t) && ckc_type_rank(t) < 4) return &ckc_ty_int;
    return t;
}

static int params_compatible(const ctype *a, const ctype *b)
{
    if (a->nparams != b->nparams || a->variadic != b->variadic) return 0;
    for (int i = 0; i < a->nparams; i++)
        if (!ckc_type_compatible(ckc_type_unqual(a->params[i]), ckc_type_unqual(b->params[i]))) return 0;
    return 1;
}

/* An unprototyped function type is compatible with a prototype whose parameters survive the
 * default argument promotions unchanged (C11 6.7.6.3p15). */
static int promotable_params(const ctype *f)
{
    if (f->variadic) return 0;
    for (int i = 0; i < f->nparams; i++) {
        ctype *p = ckc_type_unqual(f->params[i]);
        if (p->kind == TY_FLOAT || (ckc_type_is_integer(p) && ckc_type_promote(p) != p)) return 0;
    }
    return 1;
}

int ckc_type_compatible(const ctype *a, const ctype *b)
{
    if (a == b) return 1;
    if (a->quals != b->quals) return 0;
    a = a->unqual ? a->unqual : a;
    b = b->unqual ? b->unqual : b;
    if (a == b) return 1;
    /* an enum is compatible with its underlying integer type */
    if (a->kind == TY_ENUM && b->kind != TY_ENUM) return ckc_type_is_integer(b) && b->kind == (ckc_type_is_signed(a) ? TY_INT : TY_UINT);
    if (b->kind == TY_ENUM && a->kind != TY_ENUM) return ckc_type_compatible(b, a);
    if (a->kind != b->kind) return 0;
    switch (a->kind) {
    case TY_PTR: return ckc_type_compatible(a->base, b->base);
    case TY_ARRAY:
        if (!ckc_type_compatible(a->base, b->base)) return 0;
        return a->len < 0 || b->len < 0 || a->len == b->len;
    case TY_FUNC:
        if (!ckc_type_compatible(a->base, b->base)) return 0;
        if (a->proto && b->proto) return params_compatible(a, b);
        if (a->proto) return promotable_params(a);
        if (b->proto) return promotable_params(b);
        return 1;
    case TY_STRUCT: case TY_UNION: return a->rec == b->rec;
    case TY_ENUM: return a->en == b->en;
    default: return 1;       /* the same basic type */
    }
}

ctype *ckc_type_composite(cc *c, ctype *a, ctype *b)
{
    if (a->kind == TY_ARRAY && b->kind == TY_ARRAY) {
        if (a->len < 0 && b->len >= 0) return b;
        return a;
    }
    if (a->kind == TY_FUNC && b->kind == TY_FUNC) {
        if (!a->proto && b->proto) return b;
        if (a->proto && b->proto) {
            ctype **ps = ck_arena_alloc(c->arena, sizeof(ctype *) * (size_t)(a->nparams + 1));
            for (int i = 0; i < a->nparams; i++) ps[i] = ckc_type_composite(c, a->params[i], b->params[i]);
            return ckc_type_func(c, ckc_type_composite(c, a->base, b->base), ps, a->nparams, a->variadic, 1);
        }
        return a;
    }
    return a;
}

member *ckc_type_find_member(const ctype *t, const char *name, unsigned *off)
{
    if (!ckc_type_is_record(t) || !t->rec->complete) return NULL;
    for (member *m = t->rec->members; m; m = m->next) {
        if (m->name == name) {
            *off = m->offset;
            return m;
        }
        if (!m->name && ckc_type_is_record(m->ty)) {
            unsigned sub;
            member *r = ckc_type_find_member(m->ty, name, &sub);
            if (r) {
                *off = m->offset + sub;
                return r;
            }
        }
    }
    return NULL;
}

/* --- spelling types ---------------------------------------------------------------------------- */
static void quals_str(char *buf, size_t n, int q)
{
    buf[0] = 0;
    if (q & Q_CONST) snprintf(buf + strlen(buf), n - strlen(buf), "const ");
    if (q & Q_VOLATILE) snprintf(buf + strlen(buf), n - strlen(buf), "volatile ");
    if (q & Q_RESTRICT) snprintf(buf + strlen(buf), n - strlen(buf), "restrict ");
}

static const char *base_name(cc *c, const ctype *t)
{
    switch (t->kind) {
    case TY_VOID: return "void";
    case TY_BOOL: return "_Bool";
    case TY_CHAR: return "char";
    case TY_SCHAR: return "signed char";
    case TY_UCHAR: return "unsigned char";
    case TY_SHORT: return "short";
    case TY_USHORT: return "unsigned short";
    case TY_INT: return "int";
    case TY_UINT: return "unsigned int";
    case TY_LONG: return "long";
    case TY_ULONG: return "unsigned long";
    case TY_LLONG: return "long long";
    case TY_ULLONG: return "unsigned long long";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    case TY_ENUM: return t->en->tag ? ck_arena_printf(c->arena, "enum %s", t->en->tag) : "enum <anonymous>";
    case TY_STRUCT: return t->rec->tag ? ck_arena_printf(c->arena, "struct %s", t->rec->tag) : "struct <anonymous>";
    case TY_UNION: return t->rec->tag ? ck_arena_printf(c->arena, "union %s", t->rec->tag) : "union <anonymous>";
    default: return "?";
    }
}

/* Builds the declarator text around 'inner' (C's inside-out spelling). */
static char *spell(cc *c, const ctype *t, const char *inner)
{
    char q[64];
    switch (t->kind) {
    case TY_PTR: {
        quals_str(q, sizeof q, t->quals);
        size_t l = strlen(q);
        if (l) q[l - 1] = 0;
        const char *sep = *inner && l ? " " : "";
        char *in = ck_arena_printf(c->arena, "*%s%s%s", q, sep, inner);
        if (t->base->kind == TY_ARRAY || t->base->kind == TY_FUNC) in = ck_arena_printf(c->arena, "(%s)", in);
        return spell(c, t->base, in);
    }
    case TY_ARRAY:
        if (t->len < 0) return spell(c, t->base, ck_arena_printf(c->arena, "%s[]", inner));
        return spell(c, t->base, ck_arena_printf(c->arena, "%s[%lld]", inner, t->len));
    case TY_FUNC: {
        char *ps = ck_arena_printf(c->arena, "%s", "");
        for (int i = 0; i < t->nparams; i++)
            ps = ck_arena_printf(c->arena, "%s%s%s", ps, i ? ", " : "", ckc_type_str(c, t->params[i]));
        if (t->variadic) ps = ck_arena_printf(c->arena, "%s, ...", ps);
        if (t->proto && !t->nparams && !t->variadic) ps = "void";
        return spell(c, t->base, ck_arena_printf(c->arena, "%s(%s)", inner, ps));
    }
    default:
        quals_str(q, sizeof q, t->quals);
        return ck_arena_printf(c->arena, "%s%s%s%s", q, base_name(c, t), *inner ? " " : "", inner);
    }
}

const char *ckc_type_str(cc *c, const ctype *t)
{
    return spell(c, t, "");
}

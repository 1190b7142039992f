/* LLVM types of C types and the calling convention clang uses for armv7m-none-eabi (AAPCS, soft
 * float): structs and unions are passed as [N x i32] ([N x i64] when 8-aligned), returned as an
 * integer of their size when at most 4 bytes and through a hidden 'sret' pointer otherwise;
 * small integer parameters and results carry signext/zeroext. Aggregates are laid out as packed
 * LLVM structs with explicit padding, so their size is exactly the C size. */
#include <string.h>

#include "gen.h"

static LLVMTypeRef record_type(cc *c, ctype *t)
{
    record *r = t->rec;
    if (r->llty) return r->llty;
    gen *g = c->g;
    const char *name = r->tag ? ck_arena_printf(c->arena, "%s.%s", r->is_union ? "union" : "struct", r->tag)
                              : (r->is_union ? "union.anon" : "struct.anon");
    r->llty = LLVMStructCreateNamed(c->ctx, name);
    if (!r->complete) return r->llty;
    LLVMTypeRef f[512];
    unsigned n = 0, off = 0;
    if (r->is_union) {
        /* the most aligned (then largest) member, padded to the union's size */
        member *best = NULL;
        for (member *m = r->members; m; m = m->next)
            if (!best || m->ty->align > best->ty->align || (m->ty->align == best->ty->align && m->ty->size > best->ty->size))
                best = m;
        if (best) {
            f[n++] = ckc_gen_type(c, best->ty);
            off = best->ty->size;
        }
    } else {
        for (member *m = r->members; m && n < 500; m = m->next) {
            if (m->offset > off) f[n++] = LLVMArrayType2(g->i8, m->offset - off);
            f[n++] = ckc_gen_type(c, m->ty);
            off = m->offset + (m->ty->kind == TY_ARRAY && m->ty->len < 0 ? 0 : m->ty->size);
        }
    }
    if (r->size > off) f[n++] = LLVMArrayType2(g->i8, r->size - off);
    LLVMStructSetBody(r->llty, f, n, 1);
    return r->llty;
}

LLVMTypeRef ckc_gen_type(cc *c, ctype *t)
{
    gen *g = c->g;
    switch (t->kind) {
    case TY_VOID: return g->voidt;
    case TY_BOOL: case TY_CHAR: case TY_SCHAR: case TY_UCHAR: return g->i8;
    case TY_SHORT: case TY_USHORT: return g->i16;
    case TY_INT: case TY_UINT: case TY_LONG: case TY_ULONG: case TY_ENUM: return g->i32;
    case TY_LLONG: case TY_ULLONG: return g->i64;
    case TY_FLOAT: return g->f32;
    case TY_DOUBLE: return g->f64;
    case TY_PTR: return g->ptr;
    case TY_ARRAY: return LLVMArrayType2(ckc_gen_type(c, t->base), t->len < 0 ? 0 : (uint64_t)t->len);
    case TY_STRUCT: case TY_UNION: return record_type(c, t->unqual ? t->unqual : t);
    case TY_FUNC: return ckc_gen_func_type(c, t);
    default: return g->i32;
    }
}

int ckc_gen_ret_sret(cc *c, ctype *ret)
{
    (void)c;
    return ckc_type_is_record(ret) && ret->size > 4;
}

LLVMTypeRef ckc_gen_ret_coerce(cc *c, ctype *ret)
{
    if (!ckc_type_is_record(ret) || ret->size > 4) return NULL;
    unsigned bits = ret->size <= 1 ? 8 : ret->size <= 2 ? 16 : 32;
    return LLVMIntTypeInContext(c->ctx, bits);
}

LLVMTypeRef ckc_gen_arg_coerce(cc *c, ctype *t)
{
    if (!ckc_type_is_record(t)) return NULL;
    if (t->align >= 8) return LLVMArrayType2(c->g->i64, (t->size + 7) / 8);
    return LLVMArrayType2(c->g->i32, (t->size + 3) / 4);
}

LLVMTypeRef ckc_gen_func_type(cc *c, ctype *ft)
{
    gen *g = c->g;
    ctype *ret = ckc_type_unqual(ft->base);
    LLVMTypeRef ps[260];
    unsigned n = 0;
    LLVMTypeRef rt;
    if (ckc_gen_ret_sret(c, ret)) {
        ps[n++] = g->ptr;
        rt = g->voidt;
    } else if (ckc_type_is_record(ret)) {
        rt = ckc_gen_ret_coerce(c, ret);
    } else {
        rt = ckc_gen_type(c, ret);
    }
    for (int i = 0; i < ft->nparams && n < 258; i++) {
        ctype *p = ckc_type_unqual(ft->params[i]);
        LLVMTypeRef co = ckc_gen_arg_coerce(c, p);
        ps[n++] = co ? co : ckc_gen_type(c, p);
    }
    return LLVMFunctionType(rt, ps, n, ft->variadic || !ft->proto);
}

static LLVMAttributeRef attr(cc *c, const char *name)
{
    return LLVMCreateEnumAttribute(c->ctx, LLVMGetEnumAttributeKindForName(name, strlen(name)), 0);
}

/* signext/zeroext on integers narrower than int, as the AAPCS caller/callee contract. */
static const char *ext_attr(ctype *t)
{
    t = ckc_type_unqual(t);
    if (!ckc_type_is_integer(t) || t->size >= 4) return NULL;
    return ckc_type_is_signed(t) ? "signext" : "zeroext";
}

void ckc_gen_add_param_attrs(cc *c, LLVMValueRef v, ctype *ft, int is_call)
{
    ctype *ret = ckc_type_unqual(ft->base);
    unsigned idx = 1;
    void (*add)(LLVMValueRef, LLVMAttributeIndex, LLVMAttributeRef) =
        is_call ? LLVMAddCallSiteAttribute : LLVMAddAttributeAtIndex;
    const char *e = ext_attr(ret);
    if (e) add(v, LLVMAttributeReturnIndex, attr(c, e));
    if (ckc_gen_ret_sret(c, ret)) {
        LLVMAttributeRef a = LLVMCreateTypeAttribute(c->ctx, LLVMGetEnumAttributeKindForName("sret", 4), ckc_gen_type(c, ret));
        add(v, idx, a);
        idx++;
    }
    for (int i = 0; i < ft->nparams; i++, idx++) {
        e = ext_attr(ft->params[i]);
        if (e) add(v, idx, attr(c, e));
    }
}

LLVMValueRef ckc_gen_function_value(cc *c, sym *s)
{
    if (s->val) return s->val;
    LLVMValueRef f = LLVMGetNamedFunction(c->mod, s->llname);
    if (!f) {
        f = LLVMAddFunction(c->mod, s->llname, ckc_gen_func_type(c, s->ty));
        ckc_gen_add_param_attrs(c, f, s->ty, 0);
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, attr(c, "nounwind"));
    }
    if (s->storage == SC_STATIC) LLVMSetLinkage(f, LLVMInternalLinkage);
    s->val = f;
    return f;
}

/* gcc's bit and arithmetic builtins that embedded code uses (__builtin_popcount, clz, ctz, ffs,
 * parity, clrsb, bswap, bitreverse, fabs, expect, unreachable, add/sub/mul_overflow): checked
 * like calls to prototyped functions and lowered to the LLVM intrinsics the back end knows.
 * Also the variadic-argument builtins behind <stdarg.h> (__builtin_va_start, va_arg, va_end,
 * va_copy), lowered as clang does for AAPCS: va_list is struct __va_list { void *__ap; } and
 * va_arg reads the next 4-byte (8-byte aligned for 8-byte types) slot inline in the IR.
 * __builtin_memcpy/memmove/memset are the llvm.mem* intrinsics; __builtin_memcmp/strlen/strcmp
 * are plain calls of the library functions, as in gcc without optimisation. */
#include <string.h>

#include "gen.h"

enum { BI_POPCOUNT = 1, BI_CLZ, BI_CTZ, BI_CLRSB, BI_FFS, BI_PARITY, BI_BSWAP, BI_BITREVERSE,
       BI_FABS, BI_EXPECT, BI_UNREACHABLE, BI_VA_START, BI_VA_END, BI_VA_COPY, BI_VA_ARG,
       BI_ADD_OVF, BI_SUB_OVF, BI_MUL_OVF,
       BI_MEMCPY, BI_MEMMOVE, BI_MEMSET,     /* the llvm.mem* intrinsics (one VM instruction each) */
       BI_LIBCALL };                         /* a call of the C library function of that name */

/* sig: for BI_MEMCPY and after, the C prototype: the return type, then each parameter's
 * (v void *, V const void *, s const char *, i int, z size_t). */
typedef struct builtin { const char *name; int id; ctype *arg, *ret; int nargs; const char *sig; } builtin;

static const builtin *find(const char *name)
{
#define B(name, id, arg, ret, n) {name, id, arg, ret, n, NULL}
#define L(name, id, n, sig) {name, id, NULL, NULL, n, sig}
    static const builtin t[] = {
        B("popcount", BI_POPCOUNT, &ckc_ty_uint, &ckc_ty_int, 1), B("popcountl", BI_POPCOUNT, &ckc_ty_ulong, &ckc_ty_int, 1),
        B("popcountll", BI_POPCOUNT, &ckc_ty_ullong, &ckc_ty_int, 1),
        B("clz", BI_CLZ, &ckc_ty_uint, &ckc_ty_int, 1), B("clzl", BI_CLZ, &ckc_ty_ulong, &ckc_ty_int, 1),
        B("clzll", BI_CLZ, &ckc_ty_ullong, &ckc_ty_int, 1),
        B("ctz", BI_CTZ, &ckc_ty_uint, &ckc_ty_int, 1), B("ctzl", BI_CTZ, &ckc_ty_ulong, &ckc_ty_int, 1),
        B("ctzll", BI_CTZ, &ckc_ty_ullong, &ckc_ty_int, 1),
        B("clrsb", BI_CLRSB, &ckc_ty_int, &ckc_ty_int, 1), B("clrsbl", BI_CLRSB, &ckc_ty_long, &ckc_ty_int, 1),
        B("clrsbll", BI_CLRSB, &ckc_ty_llong, &ckc_ty_int, 1),
        B("ffs", BI_FFS, &ckc_ty_int, &ckc_ty_int, 1), B("ffsl", BI_FFS, &ckc_ty_long, &ckc_ty_int, 1),
        B("ffsll", BI_FFS, &ckc_ty_llong, &ckc_ty_int, 1),
        B("parity", BI_PARITY, &ckc_ty_uint, &ckc_ty_int, 1), B("parityl", BI_PARITY, &ckc_ty_ulong, &ckc_ty_int, 1),
        B("parityll", BI_PARITY, &ckc_ty_ullong, &ckc_ty_int, 1),
        B("bswap16", BI_BSWAP, &ckc_ty_ushort, &ckc_ty_ushort, 1), B("bswap32", BI_BSWAP, &ckc_ty_uint, &ckc_ty_uint, 1),
        B("bswap64", BI_BSWAP, &ckc_ty_ullong, &ckc_ty_ullong, 1),
        B("bitreverse8", BI_BITREVERSE, &ckc_ty_uchar, &ckc_ty_uchar, 1),
        B("bitreverse16", BI_BITREVERSE, &ckc_ty_ushort, &ckc_ty_ushort, 1),
        B("bitreverse32", BI_BITREVERSE, &ckc_ty_uint, &ckc_ty_uint, 1),
        B("bitreverse64", BI_BITREVERSE, &ckc_ty_ullong, &ckc_ty_ullong, 1),
        B("fabs", BI_FABS, &ckc_ty_double, &ckc_ty_double, 1), B("fabsf", BI_FABS, &ckc_ty_float, &ckc_ty_float, 1),
        B("expect", BI_EXPECT, &ckc_ty_long, &ckc_ty_long, 2),
        B("unreachable", BI_UNREACHABLE, NULL, &ckc_ty_void, 0),
        B("va_start", BI_VA_START, NULL, &ckc_ty_void, 2), B("va_end", BI_VA_END, NULL, &ckc_ty_void, 1),
        B("va_copy", BI_VA_COPY, NULL, &ckc_ty_void, 2), B("va_arg", BI_VA_ARG, NULL, NULL, 1),
        B("add_overflow", BI_ADD_OVF, NULL, &ckc_ty_bool, 3), B("sub_overflow", BI_SUB_OVF, NULL, &ckc_ty_bool, 3),
        B("mul_overflow", BI_MUL_OVF, NULL, &ckc_ty_bool, 3),
        L("memcpy", BI_MEMCPY, 3, "vvVz"), L("memmove", BI_MEMMOVE, 3, "vvVz"), L("memset", BI_MEMSET, 3, "vviz"),
        L("memcmp", BI_LIBCALL, 3, "iVVz"), L("strlen", BI_LIBCALL, 1, "zs"), L("strcmp", BI_LIBCALL, 2, "iss"),
    };
#undef B
#undef L
    if (strncmp(name, "__builtin_", 10)) return NULL;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(t[i].name, name + 10)) return &t[i];
    return NULL;
}

int ckc_sema_is_builtin(const char *name)
{
    return find(name) != NULL;
}

static int overflow_type_ok(const ctype *t)
{
    t = ckc_type_unqual((ctype *)t);
    return ckc_type_is_integer(t) && t->kind != TY_BOOL && t->kind != TY_ENUM;
}

/* The builtin va_list (the prelude's struct __va_list), as a modifiable lvalue. */
static int va_list_ok(cc *c, node *a, const char *name)
{
    ctype *t = ckc_type_unqual(a->ty);
    if (t->kind != TY_STRUCT || !t->rec || !t->rec->tag || strcmp(t->rec->tag, "__va_list")) {
        ckc_error(c, a->loc, "'%s' needs a 'va_list' (__builtin_va_list) object, not '%s'", name, ckc_type_str(c, a->ty));
        return 0;
    }
    if (!a->is_lvalue || (a->ty->quals & Q_CONST)) {
        ckc_error(c, a->loc, "'%s' needs a modifiable 'va_list' object", name);
        return 0;
    }
    return 1;
}

/* va_start/va_end/va_copy/va_arg: the result type, or NULL after an error. */
static ctype *va_builtin(cc *c, node *e, int id, const char *name, node **args)
{
    if (!va_list_ok(c, args[0], name)) return NULL;
    if (id == BI_VA_START) {
        funcdef *f = c->fn;
        if (!f || !f->s || !ckc_type_unqual(f->s->ty)->variadic) {
            ckc_error(c, e->a->loc, "'va_start' used in function with fixed arguments");
            return NULL;
        }
        node *last = args[1];
        while (last->kind == N_CONV || last->kind == N_DECAY) last = last->a;
        if (last->kind != N_VAR || !f->nparams || last->sym != f->params[f->nparams - 1])
            ckc_warning(c, args[1]->loc, "second argument to 'va_start' is not the last named parameter");
        return &ckc_ty_void;
    }
    if (id == BI_VA_COPY) {
        if (!va_list_ok(c, args[1], name)) return NULL;
        return &ckc_ty_void;
    }
    if (id == BI_VA_END) return &ckc_ty_void;
    /* va_arg(ap, T): the promoted scalar types only (what a '...' argument can be here) */
    ctype *t = ckc_sema_typename(c, e->ds, e->dt);
    if (!t) return NULL;
    t = ckc_type_unqual(t);
    if (t->kind == TY_BOOL || t->kind == TY_CHAR || t->kind == TY_SCHAR || t->kind == TY_UCHAR ||
        t->kind == TY_SHORT || t->kind == TY_USHORT || t->kind == TY_FLOAT) {
        ckc_error(c, e->loc, "second argument to 'va_arg' is of promotable type '%s'; the argument was promoted to '%s'",
                  ckc_type_str(c, t), t->kind == TY_FLOAT ? "double" : "int");
        return NULL;
    }
    if (!ckc_type_is_scalar(t)) {
        ckc_error(c, e->loc, "'va_arg' of type '%s' is not supported in Cockpit C (only integer, floating and pointer types)",
                  ckc_type_str(c, t));
        return NULL;
    }
    e->cast_ty = t;
    return t;
}

static ctype *sig_type(cc *c, char k)
{
    switch (k) {
    case 'v': return ckc_type_ptr(c, &ckc_ty_void);
    case 'V': return ckc_type_ptr(c, ckc_type_qual(c, &ckc_ty_void, Q_CONST));
    case 's': return ckc_type_ptr(c, ckc_type_qual(c, &ckc_ty_char, Q_CONST));
    case 'i': return &ckc_ty_int;
    default: return &ckc_ty_uint;       /* size_t */
    }
}

/* The prototype of a library builtin (__builtin_memcpy...), as a function type. */
static ctype *sig_func(cc *c, const builtin *b)
{
    ctype **p = ck_arena_alloc(c->arena, sizeof *p * (size_t)b->nargs);
    for (int i = 0; i < b->nargs; i++) p[i] = sig_type(c, b->sig[i + 1]);
    return ckc_type_func(c, sig_type(c, b->sig[0]), p, b->nargs, 0, 1);
}

/* Checks a call of a builtin; args are already rvalues, linked by next. */
node *ckc_sema_builtin_call(cc *c, node *e, const char *name, node **args, int n)
{
    const builtin *b = find(name);
    if (n != b->nargs) {
        ckc_error(c, e->loc, "too %s arguments to function call, expected %d, have %d (function '%s')",
                 n < b->nargs ? "few" : "many", b->nargs, n, name);
        return NULL;
    }
    ctype *ret = b->ret;
    if (b->id >= BI_VA_START && b->id <= BI_VA_ARG) {
        ret = va_builtin(c, e, b->id, name, args);
        if (!ret) return NULL;
    } else if (b->id >= BI_ADD_OVF && b->id <= BI_MUL_OVF) {
        ctype *pt = ckc_type_unqual(args[2]->ty);
        if (!overflow_type_ok(args[0]->ty) || !overflow_type_ok(args[1]->ty) || pt->kind != TY_PTR ||
            !overflow_type_ok(pt->base) || (pt->base->quals & Q_CONST)) {
            ckc_error(c, e->loc, "'%s' needs two integer operands and a pointer to a modifiable integer", name);
            return NULL;
        }
        ctype *r = ckc_type_unqual(pt->base);
        for (int i = 0; i < 2; i++) {
            ctype *t = ckc_type_unqual(args[i]->ty);
            if (t->size == 8 && r != t) {
                ckc_error(c, args[i]->loc, "'%s' with 64-bit operands needs all three types to be the same", name);
                return NULL;
            }
            if (r->size == 8 && r != t) args[i] = ckc_sema_convert(c, args[i], r, 1);
        }
        e->cast_ty = r;
    } else if (b->sig) {    /* __builtin_memcpy...: checked against the C prototype */
        ctype *ft = sig_func(c, b);
        for (int i = 0; i < n; i++) {
            const char *what = ck_arena_printf(c->arena, " (argument %d of '%s')", i + 1, name);
            args[i] = ckc_sema_assign_conv(c, args[i], ft->params[i], what, args[i]->loc);
        }
        ret = ft->base;
        e->cast_ty = ft;
    } else {
        for (int i = 0; i < n; i++) args[i] = ckc_sema_assign_conv(c, args[i], b->arg, "", args[i]->loc);
    }
    for (int i = 0; i < n; i++) args[i]->next = i + 1 < n ? args[i + 1] : NULL;
    e->b = n ? args[0] : NULL;
    e->op = b->id;
    e->name = name;
    e->ty = ret;
    e->is_lvalue = 0;
    return e;
}

static LLVMValueRef intrinsic(cc *c, const char *name, LLVMTypeRef t, LLVMValueRef *args, unsigned n)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMValueRef f = LLVMGetIntrinsicDeclaration(c->mod, id, &t, 1);
    LLVMTypeRef ft = LLVMIntrinsicGetType(c->ctx, id, &t, 1);
    return LLVMBuildCall2(c->b, ft, f, args, n, "");
}

static LLVMValueRef to_int(cc *c, LLVMValueRef v)
{
    unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
    if (w == 32) return v;
    return w > 32 ? LLVMBuildTrunc(c->b, v, c->g->i32, "") : LLVMBuildZExt(c->b, v, c->g->i32, "");
}

static LLVMValueRef overflow(cc *c, node *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef res)
{
    gen *g = c->g;
    ctype *r = e->cast_ty, *ta = ckc_type_unqual(e->b->ty), *tb = ckc_type_unqual(e->b->next->ty);
    static const char *ops[] = { "add", "sub", "mul" };
    const char *op = ops[e->op - BI_ADD_OVF];
    LLVMValueRef val, ovf;
    if (ta == r && tb == r) {
        char name[64];
        snprintf(name, sizeof name, "llvm.%c%s.with.overflow", ckc_type_is_signed(r) ? 's' : 'u', op);
        LLVMValueRef args[2] = { a, b };
        LLVMValueRef pair = intrinsic(c, name, ckc_gen_type(c, r), args, 2);
        val = LLVMBuildExtractValue(c->b, pair, 0, "");
        ovf = LLVMBuildExtractValue(c->b, pair, 1, "");
    } else {
        /* operands of at most 32 bits: exact in 64 bits, then check that it fits */
        LLVMValueRef x = ckc_gen_convert(c, a, ta, &ckc_ty_llong), y = ckc_gen_convert(c, b, tb, &ckc_ty_llong);
        LLVMValueRef w = e->op == BI_ADD_OVF ? LLVMBuildAdd(c->b, x, y, "") :
                         e->op == BI_SUB_OVF ? LLVMBuildSub(c->b, x, y, "") : LLVMBuildMul(c->b, x, y, "");
        if (r->size == 8) {
            val = w;
            ovf = LLVMConstInt(g->i1, 0, 0);
            if (!ckc_type_is_signed(r)) ovf = LLVMBuildICmp(c->b, LLVMIntSLT, w, LLVMConstInt(g->i64, 0, 0), "");
        } else {
            val = LLVMBuildTrunc(c->b, w, ckc_gen_type(c, r), "");
            LLVMValueRef back = ckc_type_is_signed(r) ? LLVMBuildSExt(c->b, val, g->i64, "") : LLVMBuildZExt(c->b, val, g->i64, "");
            ovf = LLVMBuildICmp(c->b, LLVMIntNE, back, w, "");
        }
    }
    ckc_gen_store(c, res, val, r);
    return LLVMBuildZExt(c->b, ovf, g->i8, "");
}

/* va_arg as clang lowers it for AAPCS: load the argument pointer, round it up to 8 for 8-byte
 * types (llvm.ptrmask), store it back past the slot (4 or 8 bytes), load the value. */
static LLVMValueRef gen_va_arg(cc *c, node *e, LLVMValueRef ap)
{
    gen *g = c->g;
    ctype *t = e->cast_ty;
    unsigned slot = t->size > 4 ? 8 : 4;
    LLVMValueRef cur = LLVMBuildLoad2(c->b, g->ptr, ap, "argp.cur");
    LLVMSetAlignment(cur, 4);
    if (slot == 8) {
        LLVMValueRef seven = LLVMConstInt(g->i32, 7, 0);
        LLVMValueRef up = LLVMBuildInBoundsGEP2(c->b, g->i8, cur, &seven, 1, "");
        LLVMTypeRef ov[2] = { g->ptr, g->i32 };
        unsigned id = LLVMLookupIntrinsicID("llvm.ptrmask", 12);
        LLVMValueRef f = LLVMGetIntrinsicDeclaration(c->mod, id, ov, 2);
        LLVMValueRef margs[2] = { up, LLVMConstInt(g->i32, (unsigned long long)-8, 1) };
        cur = LLVMBuildCall2(c->b, LLVMIntrinsicGetType(c->ctx, id, ov, 2), f, margs, 2, "argp.cur.aligned");
    }
    LLVMValueRef sz = LLVMConstInt(g->i32, slot, 0);
    LLVMValueRef next = LLVMBuildInBoundsGEP2(c->b, g->i8, cur, &sz, 1, "argp.next");
    LLVMSetAlignment(LLVMBuildStore(c->b, next, ap), 4);
    LLVMValueRef v = LLVMBuildLoad2(c->b, ckc_gen_type(c, t), cur, "");
    LLVMSetAlignment(v, slot);
    return v;
}

static LLVMValueRef va_builtin_gen(cc *c, node *e)
{
    gen *g = c->g;
    LLVMValueRef ap = ckc_gen_expr(c, e->b);      /* a va_list is a struct: its address */
    if (e->op == BI_VA_ARG) return gen_va_arg(c, e, ap);
    if (e->op == BI_VA_END) {
        intrinsic(c, "llvm.va_end", g->ptr, &ap, 1);
    } else if (e->op == BI_VA_START) {
        intrinsic(c, "llvm.va_start", g->ptr, &ap, 1);
    } else {
        LLVMValueRef args[2] = { ap, ckc_gen_expr(c, e->b->next) };
        intrinsic(c, "llvm.va_copy", g->ptr, args, 2);
    }
    return NULL;
}

/* __builtin_memcmp and friends: a call of the library function (declared here if the program
 * did not declare it). */
static LLVMValueRef libcall(cc *c, node *e)
{
    const char *name = e->name + 10;
    ctype *ft = e->cast_ty;
    LLVMTypeRef fty = ckc_gen_func_type(c, ft);
    LLVMValueRef f = LLVMGetNamedFunction(c->mod, name);
    if (!f) {
        f = LLVMAddFunction(c->mod, name, fty);
        ckc_gen_add_param_attrs(c, f, ft, 0);
    }
    LLVMValueRef a[3];
    unsigned n = 0;
    for (node *x = e->b; x && n < 3; x = x->next) a[n++] = ckc_gen_expr(c, x);
    ckc_gen_debug_loc(c, e->loc);
    LLVMValueRef r = LLVMBuildCall2(c->b, fty, f, a, n, "");
    ckc_gen_add_param_attrs(c, r, ft, 1);
    return r;
}

LLVMValueRef ckc_gen_builtin(cc *c, node *e)
{
    gen *g = c->g;
    if (e->op >= BI_VA_START && e->op <= BI_VA_ARG) return va_builtin_gen(c, e);
    if (e->op == BI_LIBCALL) return libcall(c, e);
    LLVMValueRef a[3] = {0};
    int n = 0;
    for (node *x = e->b; x && n < 3; x = x->next) a[n++] = ckc_gen_expr(c, x);
    LLVMTypeRef t = a[0] ? LLVMTypeOf(a[0]) : NULL;
    LLVMValueRef yes = LLVMConstInt(g->i1, 1, 0), no = LLVMConstInt(g->i1, 0, 0);
    switch (e->op) {
    case BI_POPCOUNT: return to_int(c, intrinsic(c, "llvm.ctpop", t, a, 1));
    case BI_PARITY:
        return LLVMBuildAnd(c->b, to_int(c, intrinsic(c, "llvm.ctpop", t, a, 1)), LLVMConstInt(g->i32, 1, 0), "");
    case BI_CLZ: case BI_CTZ: {
        LLVMValueRef args[2] = { a[0], yes };
        return to_int(c, intrinsic(c, e->op == BI_CLZ ? "llvm.ctlz" : "llvm.cttz", t, args, 2));
    }
    case BI_CLRSB: {
        unsigned w = LLVMGetIntTypeWidth(t);
        LLVMValueRef s = LLVMBuildAShr(c->b, a[0], LLVMConstInt(t, w - 1, 0), "");
        LLVMValueRef args[2] = { LLVMBuildXor(c->b, a[0], s, ""), no };
        LLVMValueRef lz = to_int(c, intrinsic(c, "llvm.ctlz", t, args, 2));
        return LLVMBuildSub(c->b, lz, LLVMConstInt(g->i32, 1, 0), "");
    }
    case BI_FFS: {
        LLVMValueRef args[2] = { a[0], no };
        LLVMValueRef tz = to_int(c, intrinsic(c, "llvm.cttz", t, args, 2));
        LLVMValueRef one = LLVMBuildAdd(c->b, tz, LLVMConstInt(g->i32, 1, 0), "");
        LLVMValueRef zero = LLVMBuildICmp(c->b, LLVMIntEQ, a[0], LLVMConstNull(t), "");
        return LLVMBuildSelect(c->b, zero, LLVMConstInt(g->i32, 0, 0), one, "");
    }
    case BI_BSWAP: return intrinsic(c, "llvm.bswap", t, a, 1);
    case BI_BITREVERSE: return intrinsic(c, "llvm.bitreverse", t, a, 1);
    case BI_FABS: return intrinsic(c, "llvm.fabs", t, a, 1);
    case BI_EXPECT: return a[0];
    case BI_MEMCPY: LLVMBuildMemCpy(c->b, a[0], 0, a[1], 0, a[2]); return a[0];
    case BI_MEMMOVE: LLVMBuildMemMove(c->b, a[0], 0, a[1], 0, a[2]); return a[0];
    case BI_MEMSET:
        LLVMBuildMemSet(c->b, a[0], LLVMBuildTrunc(c->b, a[1], g->i8, ""), a[2], 0);
        return a[0];
    case BI_UNREACHABLE:
        LLVMBuildUnreachable(c->b);
        LLVMPositionBuilderAtEnd(c->b, ckc_gen_block(c, "dead"));
        return NULL;
    default: return overflow(c, e, a[0], a[1], a[2]);
    }
}

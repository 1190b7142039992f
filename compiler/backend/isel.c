/* Instruction selection, part 1: values (lvals, constants, materialisation, extension), blocks
 * in reverse postorder, phis as parallel copies on edges (critical edges split into edge
 * blocks), and the terminators (ret, br with fused compares, switch as jump tables and
 * compare trees, unreachable). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "cockpit/config.h"
#include "isel.h"

/* --- errors ---------------------------------------------------------------------------------------- */
int is_err(isel *s, LLVMValueRef where, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    s->bad = 1;
    if (s->M->err) return -1;
    ck_buf b = { 0 };
    ck_buf_printf(&b, "function %s: %s", s->f->lname, msg);
    if (where && LLVMIsAInstruction(where)) {
        LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(where);
        if (loc) {
            LLVMMetadataRef sc = LLVMDILocationGetScope(loc), df = sc ? LLVMDIScopeGetFile(sc) : NULL;
            unsigned len = 0;
            const char *fn = df ? LLVMDIFileGetFilename(df, &len) : NULL;
            if (fn && len) ck_buf_printf(&b, " (%.*s:%u)", (int)len, fn, LLVMDILocationGetLine(loc));
            else ck_buf_printf(&b, " (line %u)", LLVMDILocationGetLine(loc));
        }
        char *txt = LLVMPrintValueToString(where);
        const char *t = txt;
        while (*t == ' ') t++;
        size_t n = strcspn(t, "\n");
        const char *md = strstr(t, ", !");         /* metadata attachments (!dbg ...) are noise here */
        if (md && (size_t)(md - t) < n) n = (size_t)(md - t);
        if (n > 120) n = 120;
        ck_buf_printf(&b, " in `%.*s`", (int)n, t);
        LLVMDisposeMessage(txt);
    }
    s->M->err = (char *)b.data;
    return -1;
}

/* --- types ----------------------------------------------------------------------------------------- */
int int_bits(LLVMTypeRef t)
{
    switch (LLVMGetTypeKind(t)) {
    case LLVMIntegerTypeKind: return (int)LLVMGetIntTypeWidth(t);
    case LLVMPointerTypeKind: return 32;
    default: return 0;
    }
}

static int leaves_rec(isel *s, LLVMTypeRef t, leaf *out, int n, int cap, uint32_t base, LLVMValueRef where)
{
    char *ts;
    switch (LLVMGetTypeKind(t)) {
    case LLVMIntegerTypeKind: {
        int w = (int)LLVMGetIntTypeWidth(t);
        if (w > 64) {
            is_err(s, where, "unsupported IR: integer type i%d (at most 64 bits)", w);
            return -1;
        }
        if (n >= cap) goto too_many;
        out[n] = (leaf){ t, w, (uint8_t)(w > 32 ? 2 : 1), 0, base };
        return n + 1;
    }
    case LLVMPointerTypeKind:
        if (LLVMGetPointerAddressSpace(t) != 0) {
            is_err(s, where, "unsupported IR: pointer in address space %u", LLVMGetPointerAddressSpace(t));
            return -1;
        }
        if (n >= cap) goto too_many;
        out[n] = (leaf){ t, 32, 1, 0, base };
        return n + 1;
    case LLVMFloatTypeKind:
        if (n >= cap) goto too_many;
        out[n] = (leaf){ t, 32, 1, 1, base };
        return n + 1;
    case LLVMDoubleTypeKind:
        if (n >= cap) goto too_many;
        out[n] = (leaf){ t, 64, 2, 2, base };
        return n + 1;
    case LLVMStructTypeKind: {
        unsigned k = LLVMCountStructElementTypes(t);
        for (unsigned i = 0; i < k; i++) {
            LLVMTypeRef e = LLVMStructGetTypeAtIndex(t, i);
            n = leaves_rec(s, e, out, n, cap, base + (uint32_t)LLVMOffsetOfElement(s->M->td, t, i), where);
            if (n < 0) return -1;
        }
        return n;
    }
    case LLVMArrayTypeKind: {
        uint64_t k = LLVMGetArrayLength2(t);
        LLVMTypeRef e = LLVMGetElementType(t);
        uint64_t es = cc_size(s->M, e);
        for (uint64_t i = 0; i < k; i++) {
            if (n >= cap) goto too_many;
            n = leaves_rec(s, e, out, n, cap, base + (uint32_t)(i * es), where);
            if (n < 0) return -1;
        }
        return n;
    }
    default:
        ts = LLVMPrintTypeToString(t);
        is_err(s, where, "unsupported IR: values of type %s", ts);
        LLVMDisposeMessage(ts);
        return -1;
    }
too_many:
    is_err(s, where, "unsupported IR: aggregate value with more than %d scalars (pass it in memory)", cap);
    return -1;
}

/* Flattens t into scalar leaves (struct padding skipped); -1 after reporting what is unsupported. */
int type_leaves(isel *s, LLVMTypeRef t, leaf *out, int cap, uint32_t base, LLVMValueRef where)
{
    if (LLVMGetTypeKind(t) == LLVMVoidTypeKind) return 0;
    return leaves_rec(s, t, out, 0, cap, base, where);
}

/* --- lvals ----------------------------------------------------------------------------------------- */
lval *lv_new(isel *s, LLVMValueRef v, int kind)
{
    if (s->nvals == s->capvals) {
        s->capvals = s->capvals ? s->capvals * 2 : 256;
        s->vals = ck_xrealloc(s->vals, (size_t)s->capvals * sizeof *s->vals);
    }
    lval *l = ar_alloc(&s->f->A, sizeof *l);   /* arena: pointers stay valid */
    s->vals[s->nvals] = l;
    l->kind = (uint8_t)kind;
    pm_put(&s->vmap, v, s->nvals++);
    return l;
}

mopnd newv(isel *s, int sz) { return op_v(s->f, mf_vreg(s->f, sz)); }

int lv_def(isel *s, LLVMValueRef v, int sz, uint8_t ext)
{
    int r = mf_vreg(s->f, sz);
    lval *l = lv_new(s, v, LV_REGS);
    l->nparts = 1;
    l->parts = ar_alloc(&s->f->A, sizeof *l->parts);
    l->parts[0] = op_v(s->f, r);
    l->ext = ext;
    return r;
}

void lv_alias(isel *s, LLVMValueRef v, mopnd o, uint8_t ext)
{
    lval *l = lv_new(s, v, LV_REGS);
    l->nparts = 1;
    l->parts = ar_alloc(&s->f->A, sizeof *l->parts);
    l->parts[0] = o;
    l->ext = ext;
}

static int bb_block(isel *s, LLVMBasicBlockRef bb);

static uint32_t f2bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static uint64_t d2bits(double x) { uint64_t u; memcpy(&u, &x, 8); return u; }

static int const_scalar(isel *s, LLVMValueRef c, const leaf *lf, mopnd *o, uint8_t *ext);

/* Constant GEP offset of indices idx[1..n) over source element type t. */
static int const_gep_off(isel *s, LLVMValueRef g, int64_t *off)
{
    LLVMTypeRef t = LLVMGetGEPSourceElementType(g);
    unsigned n = (unsigned)LLVMGetNumOperands(g);
    int64_t k = 0;
    for (unsigned i = 1; i < n; i++) {
        LLVMValueRef ix = LLVMGetOperand(g, i);
        if (!LLVMIsAConstantInt(ix)) return -1;
        int64_t c = LLVMConstIntGetSExtValue(ix);
        if (i == 1) {
            k += c * (int64_t)cc_size(s->M, t);
        } else if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
            k += (int64_t)LLVMOffsetOfElement(s->M->td, t, (unsigned)c);
            t = LLVMStructGetTypeAtIndex(t, (unsigned)c);
        } else if (LLVMGetTypeKind(t) == LLVMArrayTypeKind) {
            t = LLVMGetElementType(t);
            k += c * (int64_t)cc_size(s->M, t);
        } else {
            return -1;
        }
    }
    *off = (int64_t)(int32_t)(uint32_t)k;
    return 0;
}

/* --- constant expressions computed at run time ------------------------------------------------------ */
/* A constant expression that is not a number or symbol + offset (`sub (i32 0, i32 ptrtoint (ptr @g
 * to i32))`, which LLVM makes from `p - g` once p is known to point into g) is computed by
 * instructions, like any other constant: once before the outermost loop that uses it (s->cx_at,
 * see reg_of), else in the current block. s->cx_dyn tells lv_const that the value is a register. */
#define CX_KIND 99   /* cache kind of a materialised constant expression (sym: the LLVMValueRef) */

static minsn *cx_emit(isel *s, int op, int nd, int n)
{
    int at = s->cx_at;
    s->cx_dyn = 1;
    if (at < 0 || at == s->f->cur) return mf_emit(s->f, op, nd, n);
    mblock *tb = &s->f->blocks[at];
    return mf_insert(s->f, at, tb->nins ? tb->nins - 1 : 0, op, nd, n);
}

/* o in a register (at cx_at); 0 on success. */
static int cx_reg(isel *s, mopnd *o)
{
    if (o->kind == OK_VREG) return 0;
    int op;
    mopnd a = *o;
    switch (o->kind) {
    case OK_IMM:
        if (o->sz == 2) op = CK_OP_LI64;
        else op = fits16((int64_t)(int32_t)o->imm) ? CK_OP_LIH : CK_OP_LI, a = op_imm((int64_t)(int32_t)o->imm, 1);
        break;
    case OK_SYM: case OK_FPTR: op = CK_OP_LI; break;
    default: return is_err(s, NULL, "internal error: constant expression operand kind %d", o->kind);
    }
    /* shared with reg_of's constants made in the same place */
    uint8_t sz = o->kind == OK_IMM ? o->sz : 1;
    int v = -1;
    if (s->cx_at >= 0) {
        for (int i = 0; i < s->nhc && v < 0; i++) {
            cache_ent *e = &s->hc[i];
            if (e->blk == s->cx_at && e->kind == o->kind && e->sz == o->sz && e->key == o->imm && e->sym == o->sym) v = e->v;
        }
    } else {
        v = cache_find(s, o->kind, 0, o->sz, 0, o->imm, o->sym);
    }
    if (v >= 0) { *o = op_v(s->f, v); return 0; }
    mopnd d = newv(s, sz);
    minsn *i = cx_emit(s, op, 1, 2);
    i->o[0] = d, i->o[1] = a;
    if (s->cx_at >= 0) {
        if (s->nhc == s->caphc) {
            s->caphc = s->caphc ? s->caphc * 2 : 16;
            s->hc = ck_xrealloc(s->hc, (size_t)s->caphc * sizeof *s->hc);
        }
        s->hc[s->nhc++] = (cache_ent){ o->kind, 0, o->sz, 0, o->imm, o->sym, d.r, s->cx_at };
    } else {
        cache_add(s, o->kind, 0, o->sz, 0, o->imm, o->sym, d.r);
    }
    *o = d;
    return 0;
}

static mopnd cx_op(isel *s, int op, int sz, mopnd a, mopnd b)
{
    mopnd d = newv(s, sz);
    minsn *i = cx_emit(s, op, 1, b.kind == OK_NONE ? 2 : 3);
    i->o[0] = d, i->o[1] = a;
    if (b.kind != OK_NONE) i->o[2] = b;
    return d;
}

/* A folded integer as const_scalar gives a ConstantInt of `bits`: sign-extended (i1: 0/1). */
static void imm_norm(int64_t v, int bits, int sz, mopnd *o, uint8_t *ext)
{
    if (bits == 1) v &= 1;
    else if (bits < 64) v = (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
    *o = op_imm(sz == 1 ? (int64_t)(int32_t)v : v, sz);
    *ext = v >= 0 ? EXT_Z | EXT_S : bits == 1 ? EXT_Z : EXT_S;
}

/* A register result of `bits` (< 32 only from trunc): i1 must hold 0 or 1. */
static mopnd cx_narrow(isel *s, mopnd d, int bits, uint8_t *ext)
{
    *ext = 0;
    if (bits != 1) return d;
    *ext = EXT_Z;
    return cx_op(s, CK_OP_ANDI, 1, d, op_imm(1, 1));
}

static int const_expr(isel *s, LLVMValueRef c, const leaf *lf, mopnd *o, uint8_t *ext)
{
    LLVMOpcode op = LLVMGetConstOpcode(c);
    leaf inner = *lf;
    int64_t off;
    uint8_t e;
    switch (op) {
    case LLVMGetElementPtr:
        inner.bits = 32, inner.sz = 1, inner.fp = 0;
        if (const_scalar(s, LLVMGetOperand(c, 0), &inner, o, &e)) return -1;
        if (const_gep_off(s, c, &off)) break;
        *ext = 0;
        if (o->kind == OK_SYM || o->kind == OK_IMM) { o->imm = (int64_t)(int32_t)(uint32_t)(o->imm + off); return 0; }
        if (!off) return 0;
        if (cx_reg(s, o)) return -1;
        if (fits16(off)) { *o = cx_op(s, CK_OP_ADDI, 1, *o, op_imm(off, 1)); return 0; }
        mopnd k = op_imm(off, 1);
        if (cx_reg(s, &k)) return -1;
        *o = cx_op(s, CK_OP_ADD, 1, *o, k);
        return 0;
    case LLVMBitCast: case LLVMAddrSpaceCast: case LLVMPtrToInt: case LLVMIntToPtr: case LLVMTrunc: {
        LLVMValueRef a = LLVMGetOperand(c, 0);
        LLVMTypeRef at = LLVMTypeOf(a);
        int ab = int_bits(at);
        LLVMTypeKind ak = LLVMGetTypeKind(at);
        if (ak == LLVMFloatTypeKind || ak == LLVMDoubleTypeKind) ab = lf->bits;
        if (!ab || ab > 64) break;
        inner.bits = ab, inner.sz = (uint8_t)(ab > 32 ? 2 : 1), inner.t = at;
        inner.fp = (uint8_t)(ak == LLVMFloatTypeKind ? 1 : ak == LLVMDoubleTypeKind ? 2 : 0);
        if (const_scalar(s, a, &inner, o, &e)) return -1;
        if (o->kind == OK_IMM) {
            int64_t v = o->imm;
            if (ab < 64 && op != LLVMTrunc && !inner.fp) v &= (int64_t)((1ull << ab) - 1);   /* ptrtoint/inttoptr zero-extend */
            if (lf->fp) { o->sz = lf->sz; *ext = 0; return 0; }                              /* bitcast to float: the bits */
            imm_norm(v, lf->bits, lf->sz, o, ext);
            return 0;
        }
        if (lf->sz == 2 && inner.sz == 2) { *ext = 0; return 0; }       /* i64 <-> double, i64 <-> i64 */
        if (lf->sz == 2) {                                               /* ptrtoint to i64: zero-extends */
            if (cx_reg(s, o)) return -1;
            if (ab < 32) break;
            *o = cx_op(s, CK_OP_ZEXT64, 2, *o, (mopnd){ 0 });
            *ext = 0;
            return 0;
        }
        if (inner.sz == 2) {                                             /* the low word */
            if (cx_reg(s, o)) return -1;
            *o = op_vp(o->r, 1);
            *o = cx_op(s, CK_OP_MOV, 1, *o, (mopnd){ 0 });
            if (lf->bits < 32) *o = cx_narrow(s, *o, lf->bits, ext);
            else *ext = 0;
            return 0;
        }
        if (ab < 32 && lf->bits > ab && !(e & EXT_Z)) break;            /* inttoptr from a narrow register */
        *ext = 0;                                                        /* the same bits */
        if (lf->bits == 1) { if (cx_reg(s, o)) return -1; *o = cx_narrow(s, *o, 1, ext); }
        return 0;
    }
    case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMXor: {
        mopnd a, b;
        uint8_t e2;
        if (lf->fp) break;
        if (const_scalar(s, LLVMGetOperand(c, 0), lf, &a, &e) || const_scalar(s, LLVMGetOperand(c, 1), lf, &b, &e2))
            return -1;
        if (a.kind == OK_IMM && b.kind == OK_IMM) {
            uint64_t x = (uint64_t)a.imm, y = (uint64_t)b.imm;
            uint64_t r = op == LLVMAdd ? x + y : op == LLVMSub ? x - y : op == LLVMMul ? x * y : x ^ y;
            imm_norm((int64_t)r, lf->bits, lf->sz, o, ext);
            return 0;
        }
        if (lf->sz == 1 && (op == LLVMAdd || op == LLVMSub) && b.kind == OK_IMM && a.kind == OK_SYM) {
            *o = a;
            o->imm = (int64_t)(int32_t)(uint32_t)(op == LLVMAdd ? a.imm + b.imm : a.imm - b.imm);
            *ext = 0;
            return 0;
        }
        if (lf->sz == 1 && op == LLVMAdd && a.kind == OK_IMM && b.kind == OK_SYM) {
            *o = b;
            o->imm = (int64_t)(int32_t)(uint32_t)(a.imm + b.imm);
            *ext = 0;
            return 0;
        }
        if (lf->sz == 2) {
            static const int op64[] = { CK_OP_ADD64, CK_OP_SUB64, CK_OP_MUL64, CK_OP_XOR64 };
            int k = op == LLVMAdd ? 0 : op == LLVMSub ? 1 : op == LLVMMul ? 2 : 3;
            if (cx_reg(s, &a) || cx_reg(s, &b)) return -1;
            *o = cx_op(s, op64[k], 2, a, b);
            *ext = 0;
            return 0;
        }
        if (op != LLVMSub && a.kind == OK_IMM) { mopnd t = a; a = b; b = t; }   /* the constant second */
        if (op == LLVMSub && a.kind == OK_IMM && (int32_t)a.imm == 0) {
            if (cx_reg(s, &b)) return -1;
            *o = cx_op(s, CK_OP_NEG, 1, b, (mopnd){ 0 });
        } else {
            if (cx_reg(s, &a)) return -1;
            int64_t k = b.kind == OK_IMM ? (int64_t)(int32_t)b.imm : 0;
            if (b.kind == OK_IMM && op == LLVMSub && fits16(-k)) *o = cx_op(s, CK_OP_ADDI, 1, a, op_imm(-k, 1));
            else if (b.kind == OK_IMM && op != LLVMSub && fits16(k))
                *o = cx_op(s, op == LLVMAdd ? CK_OP_ADDI : op == LLVMMul ? CK_OP_MULI : CK_OP_XORI, 1, a, op_imm(k, 1));
            else {
                if (cx_reg(s, &b)) return -1;
                *o = cx_op(s, op == LLVMAdd ? CK_OP_ADD : op == LLVMSub ? CK_OP_SUB : op == LLVMMul ? CK_OP_MUL : CK_OP_XOR,
                           1, a, b);
            }
        }
        if (lf->bits < 32) *o = cx_narrow(s, *o, lf->bits, ext);
        else *ext = 0;
        return 0;
    }
    default:
        break;
    }
    char *txt = LLVMPrintValueToString(c);
    is_err(s, NULL, "unsupported IR: constant expression %.100s", txt);
    LLVMDisposeMessage(txt);
    return -1;
}

/* A scalar constant as an operand; ext says how a narrow integer's register image is extended. */
static int const_scalar(isel *s, LLVMValueRef c, const leaf *lf, mopnd *o, uint8_t *ext)
{
    *ext = EXT_Z | EXT_S;
    if (LLVMIsUndef(c) || LLVMIsPoison(c)) {
        *o = op_imm(0, lf->sz);
        o->r = 1;                          /* marks undef: copies of it may be dropped */
        return 0;
    }
    if (LLVMIsAConstantInt(c)) {
        int w = lf->bits;
        if (w == 1) { *o = op_imm((int64_t)LLVMConstIntGetZExtValue(c), 1); *ext = o->imm ? EXT_Z : EXT_Z | EXT_S; return 0; }
        int64_t v = LLVMConstIntGetSExtValue(c);
        *o = op_imm(w > 32 ? v : (int64_t)(int32_t)v, lf->sz);
        *ext = v >= 0 ? EXT_Z | EXT_S : EXT_S;
        return 0;
    }
    if (LLVMIsAConstantFP(c)) {
        LLVMBool loses;
        double d = LLVMConstRealGetDouble(c, &loses);
        if (lf->fp == 1) { *o = op_imm((int64_t)(int32_t)f2bits((float)d), 1); return 0; }
        if (lf->fp == 2) { *o = op_imm((int64_t)d2bits(d), 2); return 0; }
        return is_err(s, NULL, "unsupported IR: floating-point constant of this type");
    }
    if (LLVMIsAConstantPointerNull(c)) { *o = op_imm(0, 1); return 0; }
    if (LLVMIsAGlobalVariable(c)) {
        *o = (mopnd){ OK_SYM, 0, 1, 0, 0, cc_name(s->M, c) };
        return 0;
    }
    if (LLVMIsAFunction(c)) {
        if (LLVMIsDeclaration(c) && cc_fn_native(c) >= 0)
            return is_err(s, NULL, "unsupported IR: address of native function %s taken (natives can only be called)",
                          cc_native_name(cc_fn_native(c)));
        *o = (mopnd){ OK_FPTR, 0, 1, 0, 0, cc_name(s->M, c) };
        return 0;
    }
    if (LLVMIsAConstantExpr(c)) return const_expr(s, c, lf, o, ext);
    if (LLVMIsAGlobalAlias(c))
        return is_err(s, NULL, "unsupported IR: global alias %s", LLVMGetValueName2(c, &(size_t){ 0 }));
    if (LLVMIsAGlobalIFunc(c))
        return is_err(s, NULL, "unsupported IR: ifunc %s", LLVMGetValueName2(c, &(size_t){ 0 }));
    if (LLVMIsABlockAddress(c)) return is_err(s, NULL, "unsupported IR: blockaddress (computed goto)");
    return is_err(s, NULL, "unsupported IR: this kind of constant");
}

#define MAX_HOISTED 48   /* constants kept in registers across a loop, per function */

/* The lval of a constant. Numbers, symbol addresses and aggregates of them are the same lval
 * everywhere; a constant expression computed by instructions (const_expr) is a register of the
 * block it was computed in (or of the block before the loops), so it is kept in the per-block
 * caches instead. */
static lval *lv_const(isel *s, LLVMValueRef c)
{
    leaf lv[MAX_LEAVES];
    int n = type_leaves(s, LLVMTypeOf(c), lv, MAX_LEAVES, 0, NULL);
    if (n < 0) return NULL;
    s->cx_at = s->hoist ? s->hoist[s->home] : -1;
    if (s->cx_at >= 0 && s->nhc >= MAX_HOISTED) s->cx_at = -1;
    s->cx_dyn = 0;
    const char *key = (const char *)(void *)c;
    if (n == 1 && LLVMIsAConstantExpr(c)) {      /* computed before? */
        int v = -1;
        if (s->cx_at >= 0) {
            for (int i = 0; i < s->nhc && v < 0; i++)
                if (s->hc[i].blk == s->cx_at && s->hc[i].kind == CX_KIND && s->hc[i].sym == key) v = s->hc[i].v;
        } else {
            v = cache_find(s, CX_KIND, 0, 0, 0, 0, key);
        }
        if (v >= 0) {
            lval *l = ar_alloc(&s->f->A, sizeof *l);
            l->kind = LV_REGS, l->nparts = 1, l->ext = lv[0].bits == 1 ? EXT_Z : 0;
            l->parts = ar_alloc(&s->f->A, sizeof *l->parts);
            l->parts[0] = op_v(s->f, v);
            return l;
        }
    }
    mopnd *parts = ar_alloc(&s->f->A, (size_t)(n ? n : 1) * sizeof *parts);
    uint8_t ext = EXT_Z | EXT_S;
    if (n == 1) {
        if (const_scalar(s, c, &lv[0], &parts[0], &ext)) return NULL;
    } else {
        /* aggregate constant: walk it in the same order as type_leaves */
        LLVMValueRef stack[64]; unsigned idx[64]; int sp = 0, k = 0;
        stack[0] = c; idx[0] = 0;
        while (sp >= 0) {
            LLVMValueRef cur = stack[sp];
            LLVMTypeKind tk = LLVMGetTypeKind(LLVMTypeOf(cur));
            if (tk != LLVMStructTypeKind && tk != LLVMArrayTypeKind) {
                uint8_t e;
                if (k >= n || const_scalar(s, cur, &lv[k], &parts[k], &e)) return NULL;
                k++;
                sp--;
                continue;
            }
            LLVMTypeRef t = LLVMTypeOf(cur);
            unsigned cnt = tk == LLVMStructTypeKind ? LLVMCountStructElementTypes(t) : (unsigned)LLVMGetArrayLength2(t);
            if (idx[sp] >= cnt) { sp--; continue; }
            LLVMValueRef e = LLVMGetAggregateElement(cur, idx[sp]++);
            if (!e || sp + 1 >= 64) { is_err(s, NULL, "unsupported IR: aggregate constant"); return NULL; }
            stack[++sp] = e;
            idx[sp] = 0;
        }
        if (k != n) { is_err(s, NULL, "unsupported IR: aggregate constant"); return NULL; }
    }
    if (s->cx_dyn) {          /* not the same register everywhere: not in vmap */
        lval *l = ar_alloc(&s->f->A, sizeof *l);
        l->kind = LV_REGS, l->nparts = n, l->parts = parts, l->ext = n == 1 ? ext : 0;
        if (n == 1 && parts[0].kind == OK_VREG && !parts[0].part) {
            if (s->cx_at >= 0) {
                if (s->nhc == s->caphc) {
                    s->caphc = s->caphc ? s->caphc * 2 : 16;
                    s->hc = ck_xrealloc(s->hc, (size_t)s->caphc * sizeof *s->hc);
                }
                s->hc[s->nhc++] = (cache_ent){ CX_KIND, 0, 0, 0, 0, key, parts[0].r, s->cx_at };
            } else {
                cache_add(s, CX_KIND, 0, 0, 0, 0, key, parts[0].r);
            }
        }
        return l;
    }
    lval *l = lv_new(s, c, LV_REGS);
    l->nparts = n;
    l->parts = parts;
    l->ext = ext;
    return l;
}

lval *lv_get(isel *s, LLVMValueRef v)
{
    int i;
    if (pm_get(&s->vmap, v, &i)) return s->vals[i];
    if (LLVMIsAConstant(v)) return lv_const(s, v);
    is_err(s, v, "internal error: value used before its definition");
    return NULL;
}

/* --- materialisation ------------------------------------------------------------------------------- */
int cache_find(isel *s, uint8_t kind, uint8_t part, uint8_t sz, int r, int64_t key, const char *sym)
{
    for (int i = s->ncache - 1; i >= 0; i--) {
        cache_ent *e = &s->cache[i];
        if (e->blk != s->f->cur && e->blk != s->home) continue;   /* made in a block that may not dominate */
        if (e->kind == kind && e->part == part && e->sz == sz && e->r == r && e->key == key && e->sym == sym)
            return e->v;
    }
    return -1;
}

void cache_add(isel *s, uint8_t kind, uint8_t part, uint8_t sz, int r, int64_t key, const char *sym, int v)
{
    if (s->ncache == s->capcache) {
        s->capcache = s->capcache ? s->capcache * 2 : 64;
        s->cache = ck_xrealloc(s->cache, (size_t)s->capcache * sizeof *s->cache);
    }
    s->cache[s->ncache++] = (cache_ent){ kind, part, sz, r, key, sym, v, s->f->cur };
}

minsn *emit2(isel *s, int op, mopnd d, mopnd a)
{
    minsn *i = mf_emit(s->f, op, op_ndefs(op), 2);
    i->o[0] = d, i->o[1] = a;
    return i;
}

minsn *emit3(isel *s, int op, mopnd d, mopnd a, mopnd b)
{
    minsn *i = mf_emit(s->f, op, op_ndefs(op), 3);
    i->o[0] = d, i->o[1] = a, i->o[2] = b;
    return i;
}

minsn *emit4(isel *s, int op, mopnd d, mopnd a, mopnd b, mopnd c)
{
    minsn *i = mf_emit(s->f, op, op_ndefs(op), 4);
    i->o[0] = d, i->o[1] = a, i->o[2] = b, i->o[3] = c;
    return i;
}

minsn *emit_store(isel *s, int op, mopnd v, mopnd base, int64_t off)
{
    return emit3(s, op, v, base, op_imm(off, 1));
}

void copy_to(isel *s, mopnd d, mopnd src)
{
    minsn *i = mf_emit(s->f, P_PCOPY, 1, 2);
    i->o[0] = d, i->o[1] = src;
}

mopnd reg_of(isel *s, mopnd o)
{
    if (o.kind == OK_VREG) return o;
    int v = cache_find(s, o.kind, 0, o.sz, 0, o.imm, o.sym);
    if (v >= 0) return op_v(s->f, v);
    /* inside a loop: materialise once, in a block outside the loop that dominates it */
    int at = s->hoist ? s->hoist[s->home] : -1;
    int entry = bb_block(s, LLVMGetEntryBasicBlock(s->fn));
    if (o.kind == OK_FRAME && o.imm == 0) at = entry;   /* the frame base: once per function */
    /* -Os: a global's address once per function (a 6-byte li each time a block needs it otherwise) */
    if (o.kind == OK_SYM && s->M->opts && s->M->opts->opt == 's') at = entry;
    if (at >= 0) {
        for (int i = 0; i < s->nhc; i++) {
            cache_ent *e = &s->hc[i];
            if (e->blk == at && e->kind == o.kind && e->sz == o.sz && e->key == o.imm && e->sym == o.sym) return op_v(s->f, e->v);
        }
        if (s->nhc >= MAX_HOISTED) at = -1;
    }
    mopnd d = newv(s, o.kind == OK_IMM ? o.sz : 1);
    int op;
    mopnd a;
    switch (o.kind) {
    case OK_IMM:
        op = o.sz == 2 ? CK_OP_LI64 : fits16(o.imm) ? CK_OP_LIH : CK_OP_LI;
        a = o.sz == 2 ? o : op_imm((int64_t)(int32_t)o.imm, 1);
        break;
    case OK_SYM: case OK_FPTR: op = CK_OP_LI; a = o; break;
    case OK_FRAME: op = CK_OP_FRAME; a = op_imm(o.imm, 1); break;
    default:
        is_err(s, NULL, "internal error: cannot materialise operand kind %d", o.kind);
        return d;
    }
    if (at >= 0) {
        mblock *tb = &s->f->blocks[at];
        if (at == s->f->cur) emit2(s, op, d, a);       /* still being lowered: here is early enough */
        else {
            minsn *i = mf_insert(s->f, at, tb->nins ? tb->nins - 1 : 0, op, 1, 2);
            i->o[0] = d, i->o[1] = a;
        }
        if (s->nhc == s->caphc) {
            s->caphc = s->caphc ? s->caphc * 2 : 16;
            s->hc = ck_xrealloc(s->hc, (size_t)s->caphc * sizeof *s->hc);
        }
        s->hc[s->nhc++] = (cache_ent){ o.kind, 0, o.sz, 0, o.imm, o.sym, d.r, at };
        return d;
    }
    emit2(s, op, d, a);
    cache_add(s, o.kind, 0, o.sz, 0, o.imm, o.sym, d.r);
    return d;
}

/* The address held in a folded lval, computed into a register. */
static mopnd addr_reg(isel *s, mopnd base, int64_t off)
{
    if (!off && base.kind == OK_VREG) return base;
    if (base.kind == OK_SYM || base.kind == OK_FRAME || base.kind == OK_IMM) {
        base.imm = (int64_t)(int32_t)(uint32_t)(base.imm + off);
        if (base.kind == OK_FRAME && !fits16(base.imm)) {
            mopnd b = reg_of(s, (mopnd){ OK_FRAME, 0, 1, 0, 0, NULL });
            return bin32(s, CK_OP_ADD, CK_OP_ADDI, b, op_imm(base.imm, 1));
        }
        return reg_of(s, base);
    }
    return bin32(s, CK_OP_ADD, CK_OP_ADDI, base, op_imm(off, 1));
}

mopnd sop(isel *s, LLVMValueRef v)
{
    lval *l = lv_get(s, v);
    if (!l) return op_imm(0, 1);
    switch (l->kind) {
    case LV_REGS:
        if (l->nparts < 1) { is_err(s, v, "internal error: empty value used as a scalar"); return op_imm(0, 1); }
        return l->parts[0];
    case LV_ADDR:
        if (l->idx.kind == OK_VREG) {
            int64_t off = l->off;
            mopnd b = addr_add_index(s, l->base, &off, l->idx, l->sh);
            return addr_reg(s, b, off);
        }
        return addr_reg(s, l->base, l->off);
    case LV_CMP: {
        int neg;
        mopnd r = cmp_value(s, v, &neg);
        if (neg) {
            mopnd d = newv(s, 1);
            emit3(s, CK_OP_XORI, d, r, op_imm(1, 1));
            return d;
        }
        return r;
    }
    default:
        is_err(s, v, "internal error: value not lowered");
        return op_imm(0, 1);
    }
}

mopnd sreg(isel *s, LLVMValueRef v) { return reg_of(s, sop(s, v)); }

int is_imm(isel *s, LLVMValueRef v, int64_t *k)
{
    if (LLVMIsAConstantInt(v)) {
        unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
        if (w > 64) return 0;
        *k = w == 1 ? (int64_t)LLVMConstIntGetZExtValue(v) : LLVMConstIntGetSExtValue(v);
        if (w <= 32) *k = (int64_t)(int32_t)*k;
        return 1;
    }
    if (LLVMIsAConstantPointerNull(v)) { *k = 0; return 1; }
    (void)s;
    return 0;
}

/* --- narrow integers ------------------------------------------------------------------------------- */
/* i33..i63 live in a pair: extend within 64 bits by a shift pair. */
static mopnd ext_pair(isel *s, mopnd o, int bits, int how)
{
    int sh = 64 - bits;
    if (o.kind == OK_IMM) {
        uint64_t v = (uint64_t)o.imm << sh;
        return op_imm(how == EXT_Z ? (int64_t)(v >> sh) : (int64_t)v >> sh, 2);
    }
    o = reg_of(s, o);
    int v = cache_find(s, 100 + (uint8_t)how, 0, (uint8_t)bits, o.r, 0, NULL);
    if (v >= 0) return op_v(s->f, v);
    mopnd k = reg_of(s, op_imm(sh, 1)), t = newv(s, 2), d = newv(s, 2);
    emit3(s, CK_OP_SHL64, t, o, k);
    emit3(s, how == EXT_Z ? CK_OP_SHRU64 : CK_OP_SHRS64, d, t, k);
    cache_add(s, 100 + (uint8_t)how, 0, (uint8_t)bits, o.r, 0, NULL, d.r);
    return d;
}

mopnd ext_mopnd(isel *s, mopnd o, uint8_t known, int bits, int how)
{
    if (bits == 32 || bits >= 64 || (known & how)) return o;
    if (bits > 32) return ext_pair(s, o, bits, how);
    if (o.kind == OK_IMM) {
        uint32_t v = (uint32_t)o.imm, m = bits >= 32 ? 0xffffffffu : (1u << bits) - 1;
        if (how == EXT_Z) return op_imm((int64_t)(int32_t)(v & m), 1);
        uint32_t sb = 1u << (bits - 1);
        return op_imm((int64_t)(int32_t)(((v & m) ^ sb) - sb), 1);
    }
    if (o.kind != OK_VREG) o = reg_of(s, o);
    int v = cache_find(s, 100 + (uint8_t)how, o.part, (uint8_t)bits, o.r, 0, NULL);
    if (v >= 0) return op_v(s->f, v);
    mopnd d = newv(s, 1);
    if (how == EXT_Z) {
        if (bits == 8) emit2(s, CK_OP_ZEXT8, d, o);
        else if (bits == 16) emit2(s, CK_OP_ZEXT16, d, o);
        else if (bits < 16) emit3(s, CK_OP_ANDI, d, o, op_imm((1 << bits) - 1, 1));
        else {
            mopnd t = newv(s, 1);
            emit3(s, CK_OP_SHLI, t, o, op_imm(32 - bits, 1));
            emit3(s, CK_OP_SHRUI, d, t, op_imm(32 - bits, 1));
        }
    } else {
        if (bits == 8) emit2(s, CK_OP_SEXT8, d, o);
        else if (bits == 16) emit2(s, CK_OP_SEXT16, d, o);
        else if (bits == 1) {
            mopnd t = newv(s, 1);          /* i1 is 0/1 but may come from a narrow trunc */
            emit3(s, CK_OP_ANDI, t, o, op_imm(1, 1));
            emit2(s, CK_OP_NEG, d, t);
        } else {
            mopnd t = newv(s, 1);
            emit3(s, CK_OP_SHLI, t, o, op_imm(32 - bits, 1));
            emit3(s, CK_OP_SHRSI, d, t, op_imm(32 - bits, 1));
        }
    }
    cache_add(s, 100 + (uint8_t)how, o.part, (uint8_t)bits, o.r, 0, NULL, d.r);
    return d;
}

mopnd ext_opnd(isel *s, LLVMValueRef v, int bits, int how)
{
    lval *l = lv_get(s, v);
    mopnd o = sop(s, v);
    return ext_mopnd(s, o, l ? l->ext : 0, bits, how);
}

mopnd ext_reg(isel *s, LLVMValueRef v, int bits, int how) { return reg_of(s, ext_opnd(s, v, bits, how)); }

/* --- frame ----------------------------------------------------------------------------------------- */
uint32_t frame_alloc(isel *s, uint64_t size, unsigned align, LLVMValueRef where)
{
    mfunc *f = s->f;
    if (align > 8) align = 8;                /* frames are only 8-aligned (docs/backend.md) */
    if (align < 1) align = 1;
    if (!size) size = 1;
    uint64_t off = ((uint64_t)f->frame + align - 1) & ~(uint64_t)(align - 1);
    if (off + size > 32000) {
        is_err(s, where, "stack frame larger than %u bytes", 32000u);
        return 0;
    }
    f->frame = (uint32_t)(off + size);
    return (uint32_t)off;
}

/* --- edges and terminators ------------------------------------------------------------------------- */
static int bb_block(isel *s, LLVMBasicBlockRef bb)
{
    int b = -1;
    pm_get(&s->bmap, bb, &b);
    return b;
}

/* The MIR block that an edge from the current block to `to` must branch to: `to` itself, or an
 * edge block holding the parallel copy for its phis. Single-successor blocks take the copy. */
static int edge_target(isel *s, LLVMBasicBlockRef from, LLVMBasicBlockRef to, int nsucc)
{
    mfunc *f = s->f;
    int sb = bb_block(s, to);
    int ncopies = 0, cap = 0;
    mopnd *dst = NULL, *src = NULL;
    for (LLVMValueRef phi = LLVMGetFirstInstruction(to); phi && LLVMIsAPHINode(phi); phi = LLVMGetNextInstruction(phi)) {
        lval *pl = lv_get(s, phi);
        if (!pl) return sb;
        LLVMValueRef in = NULL;
        unsigned nin = LLVMCountIncoming(phi);
        for (unsigned k = 0; k < nin; k++)
            if (LLVMGetIncomingBlock(phi, k) == from) { in = LLVMGetIncomingValue(phi, k); break; }
        if (!in) { is_err(s, phi, "internal error: phi without a value for an edge"); return sb; }
        lval *il = lv_get(s, in);
        if (!il) return sb;
        if (pl->nparts == 1 && !(LLVMIsUndef(in) || LLVMIsPoison(in))) {
            int o = 0xff;                      /* what this edge guarantees about the phi */
            pm_get(&s->phi_obs, phi, &o);
            pm_put(&s->phi_obs, phi, o & (il->kind == LV_REGS ? il->ext : 0));
        }
        mopnd single;
        mopnd *parts = il->parts;
        int np = il->nparts;
        if (il->kind != LV_REGS) { single = sop(s, in); parts = &single; np = 1; }
        if (np != pl->nparts) { is_err(s, phi, "internal error: phi shape"); return sb; }
        for (int k = 0; k < np; k++) {
            if (parts[k].kind == OK_IMM && parts[k].r == 1) continue;     /* undef: no copy */
            if (parts[k].kind == OK_VREG && parts[k].r == pl->parts[k].r && !parts[k].part) continue;
            if (ncopies == cap) {
                cap = cap ? cap * 2 : 8;
                dst = ck_xrealloc(dst, (size_t)cap * sizeof *dst);
                src = ck_xrealloc(src, (size_t)cap * sizeof *src);
            }
            dst[ncopies] = pl->parts[k];
            src[ncopies++] = parts[k];
        }
    }
    if (!ncopies) { free(dst); free(src); return sb; }
    int home = f->cur, tb = home;
    if (nsucc > 1) {
        tb = mf_block(f);
        f->blocks[tb].split_from = home;
        f->cur = tb;
    }
    minsn *pc = mf_emit(f, P_PCOPY, ncopies, 2 * ncopies);
    for (int k = 0; k < ncopies; k++) pc->o[k] = dst[k], pc->o[ncopies + k] = src[k];
    free(dst);
    free(src);
    if (nsucc > 1) {
        minsn *j = mf_emit(f, CK_OP_JMP, 0, 1);
        j->o[0] = op_blk(sb);
        f->cur = home;
        return tb;
    }
    return sb;
}

static void emit_jmp(isel *s, int b)
{
    minsn *j = mf_emit(s->f, CK_OP_JMP, 0, 1);
    j->o[0] = op_blk(b);
}

/* Conditional branch on a register value: brnz c, t; else f. */
static void emit_brnz(isel *s, mopnd c, int t, int fb, int zero)
{
    minsn *i = mf_emit(s->f, zero ? CK_OP_BRZ : CK_OP_BRNZ, 0, 3);
    i->o[0] = c, i->o[1] = op_blk(t), i->o[2] = op_blk(fb);
}

static int lower_ret(isel *s, LLVMValueRef I)
{
    int n = LLVMGetNumOperands(I);
    if (!n) { mf_emit(s->f, P_RET, 0, 0); return 0; }
    LLVMValueRef v = LLVMGetOperand(I, 0);
    lval *l = lv_get(s, v);
    if (!l) return -1;
    leaf lf[MAX_LEAVES];
    int nl = type_leaves(s, LLVMTypeOf(v), lf, MAX_LEAVES, 0, I);
    if (nl < 0) return -1;
    mopnd ops[MAX_LEAVES];
    if (l->kind != LV_REGS) {
        ops[0] = sop(s, v);
    } else {
        for (int k = 0; k < nl; k++) ops[k] = l->parts[k];
    }
    if (nl == 1 && lf[0].bits < 32 && !lf[0].fp) {
        /* narrow results are returned extended as the function's attribute says (zext by default) */
        int how = LLVMGetEnumAttributeAtIndex(s->fn, LLVMAttributeReturnIndex, s->M->kind_sext) ? EXT_S : EXT_Z;
        ops[0] = ext_mopnd(s, ops[0], l->kind == LV_REGS ? l->ext : 0, lf[0].bits, how);
    }
    minsn *r = mf_emit(s->f, P_RET, 0, nl);
    for (int k = 0; k < nl; k++) r->o[k] = ops[k];
    return 0;
}

int logic_branch(LLVMValueRef sel);    /* isel_ops.c: 1 for a && b, 2 for a || b feeding only a branch */

/* Branch to t if the i1 value v is true, else to f. */
static int branch_on(isel *s, LLVMValueRef v, int t, int f)
{
    lval *l = lv_get(s, v);
    if (!l) return -1;
    if (l->kind == LV_CMP) return cmp_branch(s, v, t, f);
    emit_brnz(s, sreg(s, v), t, f, 0);
    return 0;
}

int lower_term_br(isel *s, LLVMValueRef I, int cond_known)
{
    LLVMBasicBlockRef from = LLVMGetInstructionParent(I);
    if (!LLVMIsConditional(I)) {
        emit_jmp(s, edge_target(s, from, LLVMGetSuccessor(I, 0), 1));
        return 0;
    }
    LLVMValueRef c = LLVMGetCondition(I);
    LLVMBasicBlockRef tb = LLVMGetSuccessor(I, 0), fb = LLVMGetSuccessor(I, 1);
    int64_t k;
    if (tb == fb || (cond_known && is_imm(s, c, &k))) {
        LLVMBasicBlockRef to = tb == fb ? tb : (k & 1) ? tb : fb;
        emit_jmp(s, edge_target(s, from, to, 1));
        return 0;
    }
    lval *l = lv_get(s, c);
    if (!l) return -1;
    int kind = l->kind == LV_CMP ? logic_branch(c) : 0;
    int mid = kind ? mf_block(s->f) : -1;      /* made first: laid out right after this block */
    int t = edge_target(s, from, tb, 2), f = edge_target(s, from, fb, 2);
    if (kind) {                                 /* a && b: two branches, b tested where a is true */
        LLVMValueRef a = LLVMGetOperand(c, 0), b = LLVMGetOperand(c, kind == 1 ? 1 : 2);
        if (branch_on(s, a, kind == 1 ? mid : t, kind == 1 ? f : mid)) return -1;
        s->f->cur = mid;
        return branch_on(s, b, t, f);
    }
    if (l->kind == LV_CMP) return cmp_branch(s, c, t, f);
    emit_brnz(s, sreg(s, c), t, f, 0);
    return 0;
}

/* --- switch ---------------------------------------------------------------------------------------- */
typedef struct scase { int64_t v; int target; } scase;
typedef struct cluster { int64_t lo, hi; int kind; int target; int first, n; } cluster;   /* kind 0 range, 1 table */

static int scase_cmp(const void *a, const void *b)
{
    const scase *x = a, *y = b;
    return x->v < y->v ? -1 : x->v > y->v;
}

/* Branch to t if x (signed or unsigned domain) < k, else to f. */
static void br_lt(isel *s, mopnd x, int64_t k, int uns, int t, int f)
{
    minsn *i;
    if (fits16(k) && (!uns || k <= 32767)) {
        i = mf_emit(s->f, uns ? CK_OP_BLTUI : CK_OP_BLTSI, 0, 4);
        i->o[0] = x, i->o[1] = op_imm(k, 1), i->o[2] = op_blk(t), i->o[3] = op_blk(f);
    } else {
        mopnd kr = reg_of(s, op_imm((int64_t)(int32_t)(uint32_t)k, 1));
        i = mf_emit(s->f, uns ? CK_OP_BLTU : CK_OP_BLTS, 0, 4);
        i->o[0] = x, i->o[1] = kr, i->o[2] = op_blk(t), i->o[3] = op_blk(f);
    }
}

static void br_eq(isel *s, mopnd x, int64_t k, int t, int f)
{
    minsn *i;
    int64_t k32 = (int64_t)(int32_t)(uint32_t)k;
    if (k32 == 0) { emit_brnz(s, x, t, f, 1); return; }
    if (fits16(k32)) {
        i = mf_emit(s->f, CK_OP_BEQI, 0, 4);
        i->o[0] = x, i->o[1] = op_imm(k32, 1), i->o[2] = op_blk(t), i->o[3] = op_blk(f);
    } else {
        mopnd kr = reg_of(s, op_imm(k32, 1));     /* before the branch: it may emit */
        i = mf_emit(s->f, CK_OP_BEQ, 0, 4);
        i->o[0] = x, i->o[1] = kr, i->o[2] = op_blk(t), i->o[3] = op_blk(f);
    }
}

/* One cluster's test in the current block: to its target(s) if it matches, else to `next`. */
static void emit_cluster(isel *s, mopnd x, const cluster *c, const scase *cs, int next, int dflt)
{
    mfunc *f = s->f;
    if (c->kind == 0 && c->lo == c->hi) { br_eq(s, x, c->lo, c->target, next); return; }
    mopnd t = x;
    if (c->lo) t = bin32(s, CK_OP_ADD, CK_OP_ADDI, x, op_imm((int64_t)(int32_t)(uint32_t)-c->lo, 1));
    if (c->kind == 0) {   /* range with one target: (x - lo) <u (hi - lo + 1) */
        br_lt(s, t, c->hi - c->lo + 1, 1, c->target, next);
        return;
    }
    int n = (int)(c->hi - c->lo + 1);
    minsn *j = mf_emit(f, CK_OP_JTAB, 0, n + 2);
    j->o[0] = t;
    for (int k = 0; k < n; k++) j->o[1 + k] = op_blk(dflt);     /* holes match no case */
    for (int k = 0; k < c->n; k++) j->o[1 + (int)(cs[c->first + k].v - c->lo)] = op_blk(cs[c->first + k].target);
    j->o[n + 1] = op_blk(next);
}

/* Binary search over clusters [a, b): the value lies between the neighbours' bounds. */
static void emit_tree(isel *s, mopnd x, const cluster *cl, int a, int b, const scase *cs, int uns, int dflt)
{
    mfunc *f = s->f;
    if (b - a <= 3) {
        for (int k = a; k < b; k++) {
            int next = k + 1 < b ? mf_block(f) : dflt;
            emit_cluster(s, x, &cl[k], cs, next, dflt);
            if (next != dflt) f->cur = next;
        }
        return;
    }
    int m = (a + b) / 2;
    int lb = mf_block(f), rb = mf_block(f);
    br_lt(s, x, cl[m].lo, uns, lb, rb);
    f->cur = lb;
    emit_tree(s, x, cl, a, m, cs, uns, dflt);
    f->cur = rb;
    emit_tree(s, x, cl, m, b, cs, uns, dflt);
}

static int lower_switch(isel *s, LLVMValueRef I)
{
    mfunc *f = s->f;
    LLVMBasicBlockRef from = LLVMGetInstructionParent(I);
    LLVMValueRef cond = LLVMGetOperand(I, 0);
    unsigned nsucc = LLVMGetNumSuccessors(I);
    int bits = int_bits(LLVMTypeOf(cond));
    if (bits <= 0 || bits > 64) return is_err(s, I, "unsupported IR: switch on this type");
    /* distinct successors decide whether edges need their own blocks */
    LLVMBasicBlockRef *succ = ck_xmalloc(nsucc * sizeof *succ);
    int *tgt = ck_xmalloc(nsucc * sizeof *tgt);
    unsigned nd = 0;
    for (unsigned k = 0; k < nsucc; k++) {
        LLVMBasicBlockRef b = LLVMGetSuccessor(I, k);
        unsigned j = 0;
        while (j < nd && succ[j] != b) j++;
        if (j == nd) succ[nd++] = b;
    }
    for (unsigned k = 0; k < nd; k++) tgt[k] = edge_target(s, from, succ[k], (int)nd);
    int dflt = tgt[0];
    int ncases = (int)nsucc - 1;
    scase *cs = ck_xmalloc((size_t)(ncases ? ncases : 1) * sizeof *cs);
    lval *cl = lv_get(s, cond);
    int uns = bits < 32 && !(cl && (cl->ext & EXT_S));
    for (int k = 0; k < ncases; k++) {
        LLVMValueRef cv = LLVMGetOperand(I, (unsigned)(2 + 2 * k));
        LLVMBasicBlockRef b = LLVMGetSuccessor(I, (unsigned)(k + 1));
        unsigned j = 0;
        while (succ[j] != b) j++;
        int64_t v = bits == 1 ? (int64_t)LLVMConstIntGetZExtValue(cv) : LLVMConstIntGetSExtValue(cv);
        if (bits < 32 && uns) v &= ((int64_t)1 << bits) - 1;
        cs[k] = (scase){ v, tgt[j] };
    }
    free(succ);
    free(tgt);
    if (!ncases || s->bad) { emit_jmp(s, dflt); free(cs); return s->bad ? -1 : 0; }
    if (bits > 32) {
        /* 33..64 bits: a chain of eq64 tests on the zero-extended value */
        mopnd x = reg_of(s, ext_opnd(s, cond, bits, EXT_Z));
        for (int k = 0; k < ncases; k++) {
            mopnd t = newv(s, 1);
            int64_t v = bits < 64 ? (int64_t)((uint64_t)cs[k].v & (((uint64_t)1 << bits) - 1)) : cs[k].v;
            emit3(s, CK_OP_EQ64, t, x, reg_of(s, op_imm(v, 2)));
            int next = k + 1 < ncases ? mf_block(f) : dflt;
            emit_brnz(s, t, cs[k].target, next, 0);
            if (next != dflt) f->cur = next;
        }
        free(cs);
        return 0;
    }
    mopnd x = reg_of(s, bits < 32 ? ext_opnd(s, cond, bits, uns ? EXT_Z : EXT_S) : sop(s, cond));
    if (bits == 32) uns = 0;
    qsort(cs, (size_t)ncases, sizeof *cs, scase_cmp);
    /* clusters: runs with one target become ranges, dense stretches become jump tables */
    cluster *cls = ck_xmalloc((size_t)ncases * sizeof *cls);
    int ncl = 0;
    for (int i = 0; i < ncases;) {
        int j = i, best = i;
        for (j = i + 1; j < ncases; j++) {
            int64_t span = cs[j].v - cs[i].v + 1;
            if (span > (int64_t)CK_MAX_JTAB || span > 3 * (int64_t)(j - i + 1)) break;
            if (j - i + 1 >= 4) best = j;
        }
        if (best > i) {
            cls[ncl++] = (cluster){ cs[i].v, cs[best].v, 1, -1, i, best - i + 1 };
            i = best + 1;
            continue;
        }
        j = i;
        while (j + 1 < ncases && cs[j + 1].v == cs[j].v + 1 && cs[j + 1].target == cs[i].target) j++;
        cls[ncl++] = (cluster){ cs[i].v, cs[j].v, 0, cs[i].target, i, j - i + 1 };
        i = j + 1;
    }
    emit_tree(s, x, cls, 0, ncl, cs, uns, dflt);
    free(cls);
    free(cs);
    return 0;
}

/* --- instructions ---------------------------------------------------------------------------------- */
static int lower_extract(isel *s, LLVMValueRef I, int insert)
{
    LLVMValueRef agg = LLVMGetOperand(I, 0);
    lval *al = lv_get(s, agg);
    if (!al) return -1;
    if (al->kind != LV_REGS) return is_err(s, I, "internal error: aggregate not in registers");
    LLVMTypeRef t = LLVMTypeOf(agg);
    unsigned ni = LLVMGetNumIndices(I);
    const unsigned *ix = LLVMGetIndices(I);
    /* leaf index range of the addressed member */
    int first = 0;
    for (unsigned k = 0; k < ni; k++) {
        leaf tmp[MAX_LEAVES];
        if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
            for (unsigned e = 0; e < ix[k]; e++) {
                int c = type_leaves(s, LLVMStructGetTypeAtIndex(t, e), tmp, MAX_LEAVES, 0, I);
                if (c < 0) return -1;
                first += c;
            }
            t = LLVMStructGetTypeAtIndex(t, ix[k]);
        } else {
            t = LLVMGetElementType(t);
            int c = type_leaves(s, t, tmp, MAX_LEAVES, 0, I);
            if (c < 0) return -1;
            first += c * (int)ix[k];
        }
    }
    leaf tmp[MAX_LEAVES];
    int cnt = type_leaves(s, t, tmp, MAX_LEAVES, 0, I);
    if (cnt < 0) return -1;
    if (first + cnt > al->nparts) return is_err(s, I, "internal error: aggregate index");
    mopnd *src = al->parts;
    int nsrc = al->nparts;
    if (!insert) {
        lval *l = lv_new(s, I, LV_REGS);
        l->nparts = cnt;
        l->parts = ar_alloc(&s->f->A, (size_t)(cnt ? cnt : 1) * sizeof *l->parts);
        memcpy(l->parts, src + first, (size_t)cnt * sizeof *l->parts);
        l->ext = cnt == 1 && tmp[0].bits == 1 ? EXT_Z : 0;   /* i1 is always 0/1 */
        return 0;
    }
    LLVMValueRef v = LLVMGetOperand(I, 1);
    lval *vl = lv_get(s, v);
    if (!vl) return -1;
    mopnd one;
    mopnd *vp = vl->parts;
    if (vl->kind != LV_REGS) { one = sop(s, v); vp = &one; }
    lval *l = lv_new(s, I, LV_REGS);
    l->nparts = nsrc;
    l->parts = ar_alloc(&s->f->A, (size_t)(nsrc ? nsrc : 1) * sizeof *l->parts);
    memcpy(l->parts, src, (size_t)nsrc * sizeof *l->parts);
    for (int k = 0; k < cnt; k++) l->parts[first + k] = vp[k];
    l->ext = 0;
    return 0;
}

/* A scalar result type the VM has no registers for (i65 and up, half, fp128, vectors, ...) is
 * reported here, before the instruction's own lowering gives a vaguer message. */
static int check_result_type(isel *s, LLVMValueRef I)
{
    LLVMTypeRef t = LLVMTypeOf(I);
    switch (LLVMGetTypeKind(t)) {
    case LLVMIntegerTypeKind: case LLVMHalfTypeKind: case LLVMBFloatTypeKind: case LLVMFP128TypeKind:
    case LLVMX86_FP80TypeKind: case LLVMPPC_FP128TypeKind: case LLVMVectorTypeKind:
    case LLVMScalableVectorTypeKind: {
        leaf lf[1];
        return type_leaves(s, t, lf, 1, 0, I) < 0 ? -1 : 0;
    }
    default:
        return 0;
    }
}

static int lower_insn(isel *s, LLVMValueRef I)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(I);
    if (check_result_type(s, I)) return -1;
    switch (op) {
    case LLVMRet: return lower_ret(s, I);
    case LLVMBr: return lower_term_br(s, I, 1);
    case LLVMSwitch: return lower_switch(s, I);
    case LLVMUnreachable: mf_emit(s->f, CK_OP_TRAP, 0, 0); return 0;
    case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMUDiv: case LLVMSDiv: case LLVMURem: case LLVMSRem:
    case LLVMShl: case LLVMLShr: case LLVMAShr: case LLVMAnd: case LLVMOr: case LLVMXor:
    case LLVMFAdd: case LLVMFSub: case LLVMFMul: case LLVMFDiv: case LLVMFRem: case LLVMFNeg:
        return lower_binop(s, I);
    case LLVMICmp: return lower_icmp(s, I);
    case LLVMFCmp: return lower_fcmp(s, I);
    case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPTrunc: case LLVMFPExt: case LLVMFPToUI:
    case LLVMFPToSI: case LLVMUIToFP: case LLVMSIToFP: case LLVMPtrToInt: case LLVMIntToPtr:
    case LLVMBitCast: case LLVMAddrSpaceCast:
        return lower_cast(s, I);
    case LLVMSelect: return lower_select(s, I);
    case LLVMGetElementPtr: return lower_gep(s, I);
    case LLVMLoad: return lower_load(s, I);
    case LLVMStore: return lower_store(s, I);
    case LLVMAlloca: return lower_alloca(s, I);
    case LLVMPHI: return 0;
    case LLVMCall: return lower_call(s, I);
    case LLVMExtractValue: return lower_extract(s, I, 0);
    case LLVMInsertValue: return lower_extract(s, I, 1);
    case LLVMFreeze: {
        LLVMValueRef a = LLVMGetOperand(I, 0);
        lval *al = lv_get(s, a);
        if (!al) return -1;
        if (al->kind != LV_REGS) { lv_alias(s, I, sop(s, a), 0); return 0; }
        lval *l = lv_new(s, I, LV_REGS);
        l->nparts = al->nparts, l->parts = al->parts, l->ext = al->ext;
        return 0;
    }
    case LLVMFence: return 0;          /* one thread: nothing to order */
    case LLVMAtomicRMW: case LLVMAtomicCmpXchg: return lower_atomic(s, I);
    case LLVMVAArg: return is_err(s, I, "unsupported IR: the va_arg instruction (varargs: expand it in the IR, as clang does)");
    case LLVMInvoke: case LLVMLandingPad: case LLVMResume: case LLVMCleanupRet: case LLVMCatchRet:
    case LLVMCatchPad: case LLVMCleanupPad: case LLVMCatchSwitch:
        return is_err(s, I, "unsupported IR: exception handling (invoke/landingpad)");
    case LLVMIndirectBr: return is_err(s, I, "unsupported IR: indirectbr (computed goto)");
    case LLVMCallBr: return is_err(s, I, "unsupported IR: callbr (asm goto)");
    case LLVMExtractElement: case LLVMInsertElement: case LLVMShuffleVector:
        return is_err(s, I, "unsupported IR: vector operations");
    default:
        return is_err(s, I, "unsupported IR: instruction opcode %d", (int)op);
    }
}

/* --- driver ---------------------------------------------------------------------------------------- */
static void compute_rpo(isel *s, LLVMValueRef fn)
{
    unsigned nb = LLVMCountBasicBlocks(fn);
    LLVMBasicBlockRef *post = ck_xmalloc((nb + 1) * sizeof *post);
    LLVMBasicBlockRef *stk = ck_xmalloc((nb + 1) * sizeof *stk);
    unsigned *next = ck_xmalloc((nb + 1) * sizeof *next);
    int np = 0, sp = 0;
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    s->f->blocks[bb_block(s, entry)].label = -2;
    stk[0] = entry;
    next[0] = 0;
    while (sp >= 0) {
        LLVMBasicBlockRef b = stk[sp];
        LLVMValueRef t = LLVMGetBasicBlockTerminator(b);
        unsigned ns = t ? LLVMGetNumSuccessors(t) : 0;
        if (next[sp] < ns) {
            LLVMBasicBlockRef c = LLVMGetSuccessor(t, next[sp]++);
            int ci = bb_block(s, c);
            if (ci >= 0 && s->f->blocks[ci].label != -2) {
                s->f->blocks[ci].label = -2;
                sp++;
                stk[sp] = c;
                next[sp] = 0;
            }
            continue;
        }
        post[np++] = b;
        sp--;
    }
    s->rpo = ck_xmalloc((size_t)(np ? np : 1) * sizeof *s->rpo);
    for (int i = 0; i < np; i++) s->rpo[i] = post[np - 1 - i];
    s->nrpo = np;
    free(post);
    free(stk);
    free(next);
}

/* Dominators (Cooper, Harvey, Kennedy) and natural loops over the reachable LLVM blocks, by
 * index in s->rpo. Loops are listed by header in RPO (outer loops before the loops they hold);
 * inner[i] is the innermost loop holding block i, -1 outside every loop. */
typedef struct irloops {
    int n;
    int *rpo_of;                 /* MIR block -> RPO index, -1 unreachable */
    int *npred, **pred, *idom;
    int nloops;
    int *head;                   /* loop -> header */
    bword **body;                /* loop -> its blocks */
    int *inner;
} irloops;

static void irl_build(isel *s, irloops *L)
{
    int n = s->nrpo;
    mfunc *f = s->f;
    memset(L, 0, sizeof *L);
    L->n = n;
    L->rpo_of = ck_xmalloc((size_t)f->nblocks * sizeof *L->rpo_of);
    for (int b = 0; b < f->nblocks; b++) L->rpo_of[b] = -1;
    for (int i = 0; i < n; i++) L->rpo_of[bb_block(s, s->rpo[i])] = i;
    int *npred = L->npred = ck_xmalloc((size_t)(n + 1) * sizeof *npred);
    int **pred = L->pred = ck_xmalloc((size_t)(n + 1) * sizeof *pred);
    memset(npred, 0, (size_t)(n + 1) * sizeof *npred);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
            if (pass) pred[i] = ck_xmalloc((size_t)(npred[i] + 1) * sizeof **pred), npred[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            LLVMValueRef t = LLVMGetBasicBlockTerminator(s->rpo[i]);
            unsigned ns = t ? LLVMGetNumSuccessors(t) : 0;
            for (unsigned k = 0; k < ns; k++) {
                int j = L->rpo_of[bb_block(s, LLVMGetSuccessor(t, k))];
                if (j < 0) continue;
                if (pass) pred[j][npred[j]] = i;
                npred[j]++;
            }
        }
    }
    int *idom = L->idom = ck_xmalloc((size_t)(n + 1) * sizeof *idom);
    for (int i = 0; i < n; i++) idom[i] = -1;
    if (n) idom[0] = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int i = 1; i < n; i++) {
            int nd = -1;
            for (int k = 0; k < npred[i]; k++) {
                int p = pred[i][k];
                if (idom[p] < 0) continue;
                if (nd < 0) { nd = p; continue; }
                int a = p, b = nd;
                while (a != b) {
                    while (a > b) a = idom[a];
                    while (b > a) b = idom[b];
                }
                nd = a;
            }
            if (nd != idom[i]) { idom[i] = nd; changed = 1; }
        }
    }
    int *stk = ck_xmalloc((size_t)(n + 1) * sizeof *stk);
    L->inner = ck_xmalloc((size_t)(n + 1) * sizeof *L->inner);
    for (int i = 0; i < n; i++) L->inner[i] = -1;
    for (int h = 0; h < n; h++) {          /* headers in RPO: outer loops before the loops they hold */
        int sp = 0;
        bword *seen = NULL;
        for (int k = 0; k < npred[h]; k++) {
            int u = pred[h][k], d = u;
            while (d != h && d != 0 && idom[d] >= 0) d = idom[d];
            if (d != h) continue;            /* not a back edge */
            if (!seen) {
                seen = ck_xmalloc(BWORDS(n) * sizeof *seen);
                memset(seen, 0, BWORDS(n) * sizeof *seen);
                bs_set(seen, h);
            }
            if (!bs_has(seen, u)) { bs_set(seen, u); stk[sp++] = u; }
        }
        if (!seen) continue;
        while (sp) {
            int b = stk[--sp];
            if (b == h) continue;            /* a self loop: the header's other preds are outside */
            for (int k = 0; k < npred[b]; k++)
                if (!bs_has(seen, pred[b][k])) { bs_set(seen, pred[b][k]); stk[sp++] = pred[b][k]; }
        }
        if (!(L->nloops & (L->nloops - 1))) {
            int cap = L->nloops ? 2 * L->nloops : 4;
            L->head = ck_xrealloc(L->head, (size_t)cap * sizeof *L->head);
            L->body = ck_xrealloc(L->body, (size_t)cap * sizeof *L->body);
        }
        L->head[L->nloops] = h;
        L->body[L->nloops] = seen;
        for (int i = 0; i < n; i++) if (bs_has(seen, i)) L->inner[i] = L->nloops;   /* later loops are inner */
        L->nloops++;
    }
    free(stk);
}

static void irl_free(irloops *L)
{
    for (int i = 0; i < L->n; i++) free(L->pred[i]);
    for (int k = 0; k < L->nloops; k++) free(L->body[k]);
    free(L->pred);
    free(L->npred);
    free(L->idom);
    free(L->rpo_of);
    free(L->head);
    free(L->body);
    free(L->inner);
}

/* Every block in a loop gets the immediate dominator of its outermost loop's header, where
 * constants it needs are materialised once. */
static void find_loops(isel *s, const irloops *L)
{
    int n = L->n;
    mfunc *f = s->f;
    s->hoist = ck_xmalloc((size_t)f->nblocks * sizeof *s->hoist);
    for (int b = 0; b < f->nblocks; b++) s->hoist[b] = -1;
    if (n < 2) return;
    for (int i = 0; i < n; i++) {
        int outer = -1;
        for (int k = 0; k < L->nloops && outer < 0; k++)
            if (bs_has(L->body[k], i)) outer = L->head[k];
        if (outer >= 0 && L->idom[outer] >= 0 && L->idom[outer] != outer)
            s->hoist[bb_block(s, s->rpo[i])] = bb_block(s, s->rpo[L->idom[outer]]);
    }
}

/* --- loops in the IR, before selection ------------------------------------------------------------ */
/* Two rewrites of the IR that spare loops a copy per iteration; they keep the IR valid and are
 * idempotent (selection may run more than once).
 * Sinking: a pure instruction in a loop whose users all sit outside it (LSR leaves such
 * addresses behind) moves to the nearest common dominator of its users when that block lies in
 * fewer loops: a block that dominates all the uses is dominated by the instruction's own block,
 * so no operand is redefined between the instruction's last run and the new place.
 * Induction variables: for a header phi p whose back-edge value is n = p + C, a use of p after n
 * keeps both alive and the phi copy n -> p stays on the back edge; the uses n dominates read
 * n - C instead (when they lie outside the loop, or are addresses whose offset absorbs -C), so p
 * dies at n, the two coalesce, and the increment happens in place. */
static int irl_dominates(const irloops *L, int a, int b)
{
    while (b > a) b = L->idom[b];
    return b == a;
}

static int irl_nca(const irloops *L, int a, int b)
{
    while (a != b) {
        while (a > b) a = L->idom[a];
        while (b > a) b = L->idom[b];
    }
    return a;
}

static int irl_block_of(isel *s, const irloops *L, LLVMBasicBlockRef bb) { return L->rpo_of[bb_block(s, bb)]; }

static int sinkable(LLVMValueRef I)
{
    switch (LLVMGetInstructionOpcode(I)) {
    case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMShl: case LLVMLShr: case LLVMAShr:
    case LLVMAnd: case LLVMOr: case LLVMXor: case LLVMGetElementPtr: case LLVMTrunc: case LLVMZExt:
    case LLVMSExt: case LLVMPtrToInt: case LLVMIntToPtr: case LLVMBitCast:
        return LLVMGetTypeKind(LLVMTypeOf(I)) == LLVMIntegerTypeKind || LLVMGetTypeKind(LLVMTypeOf(I)) == LLVMPointerTypeKind;
    default:
        return 0;
    }
}

static void sink_out_of_loops(isel *s, const irloops *L, LLVMBuilderRef bld)
{
    for (int i = L->n - 1; i >= 0; i--) {
        int lp = L->inner[i];
        if (lp < 0) continue;
        LLVMValueRef I = LLVMGetBasicBlockTerminator(s->rpo[i]);
        I = I ? LLVMGetPreviousInstruction(I) : NULL;
        while (I && !LLVMIsAPHINode(I)) {
            LLVMValueRef prev = LLVMGetPreviousInstruction(I);
            int t = -1, ok = sinkable(I) && LLVMGetFirstUse(I);
            for (LLVMUseRef u = ok ? LLVMGetFirstUse(I) : NULL; u && ok; u = LLVMGetNextUse(u)) {
                LLVMValueRef U = LLVMGetUser(u);
                if (!LLVMIsAInstruction(U)) { ok = 0; break; }
                if (LLVMIsAPHINode(U)) {
                    for (unsigned k = 0; ok && k < LLVMCountIncoming(U); k++) {
                        if (LLVMGetIncomingValue(U, k) != I) continue;
                        int b = irl_block_of(s, L, LLVMGetIncomingBlock(U, k));
                        if (b < 0) ok = 0;
                        else t = t < 0 ? b : irl_nca(L, t, b);
                    }
                } else {
                    int b = irl_block_of(s, L, LLVMGetInstructionParent(U));
                    if (b < 0) ok = 0;
                    else t = t < 0 ? b : irl_nca(L, t, b);
                }
            }
            /* t in fewer loops: outside I's innermost loop, and every loop holding t holds I */
            if (ok && t >= 0 && t != i && !bs_has(L->body[lp], t) && irl_dominates(L, i, t) &&
                (L->inner[t] < 0 || bs_has(L->body[L->inner[t]], i))) {
                LLVMValueRef at = LLVMGetFirstInstruction(s->rpo[t]);
                while (at && LLVMIsAPHINode(at)) at = LLVMGetNextInstruction(at);
                if (at) {
                    LLVMInstructionRemoveFromParent(I);
                    LLVMPositionBuilderBefore(bld, at);
                    LLVMInsertIntoBuilder(bld, I);
                }
            }
            I = prev;
        }
    }
}

/* Does instruction a (in block ba) come before the point `at` of block b (NULL: its end)? */
static int insn_dominates(const irloops *L, LLVMValueRef a, int ba, int b, LLVMValueRef at)
{
    if (ba != b) return irl_dominates(L, ba, b);
    if (!at) return 1;
    for (LLVMValueRef x = LLVMGetNextInstruction(a); x; x = LLVMGetNextInstruction(x))
        if (x == at) return 1;
    return 0;
}

/* A use that folds an offset for free: the address of a load or store, or the base of a
 * constant-offset GEP whose own users fold it. */
static int address_use(LLVMValueRef U, LLVMValueRef p)
{
    switch (LLVMGetInstructionOpcode(U)) {
    case LLVMLoad: return 1;
    case LLVMStore: return LLVMGetOperand(U, 0) != p;
    case LLVMGetElementPtr: {
        unsigned n = (unsigned)LLVMGetNumOperands(U);
        for (unsigned i = 1; i < n; i++) if (!LLVMIsAConstantInt(LLVMGetOperand(U, i))) return 0;
        return gep_foldable(U, 0);
    }
    default:
        return 0;
    }
}

/* U = &base[p] with base invariant in loop lp (and n = p + c an integer): the element size, else
 * 0. &base[p] is &(base - c)[n], and base - c is computed once before the loop. */
static int64_t index_use(isel *s, const irloops *L, int lp, LLVMValueRef U, LLVMValueRef p)
{
    if (LLVMGetInstructionOpcode(U) != LLVMGetElementPtr || LLVMGetNumOperands(U) != 2 || LLVMGetOperand(U, 1) != p)
        return 0;
    LLVMValueRef base = LLVMGetOperand(U, 0);
    if (base == p || LLVMGetTypeKind(LLVMTypeOf(base)) != LLVMPointerTypeKind) return 0;
    if (LLVMIsAInstruction(base)) {
        int b = irl_block_of(s, L, LLVMGetInstructionParent(base));
        if (b < 0 || bs_has(L->body[lp], b)) return 0;
    }
    int64_t size = (int64_t)cc_size(s->M, LLVMGetGEPSourceElementType(U));
    return size > 0 && size <= 0x10000 ? size : 0;
}

/* n = p + C (add/sub of an i32 constant, or a constant-offset GEP): C, or 0 if n is not so. */
static int step_of(isel *s, LLVMValueRef n, LLVMValueRef p, int64_t *c)
{
    if (!LLVMIsAInstruction(n)) return 0;
    LLVMOpcode op = LLVMGetInstructionOpcode(n);
    if (op == LLVMGetElementPtr) {
        if (LLVMGetOperand(n, 0) != p || LLVMGetNumOperands(n) < 2) return 0;
        return !const_gep_off(s, n, c);
    }
    if ((op != LLVMAdd && op != LLVMSub) || LLVMGetTypeKind(LLVMTypeOf(n)) != LLVMIntegerTypeKind ||
        LLVMGetIntTypeWidth(LLVMTypeOf(n)) != 32)
        return 0;
    LLVMValueRef a = LLVMGetOperand(n, 0), b = LLVMGetOperand(n, 1);
    if (op == LLVMAdd && b == p) { LLVMValueRef x = a; a = b; b = x; }
    if (a != p || !LLVMIsAConstantInt(b)) return 0;
    int64_t k = LLVMConstIntGetSExtValue(b);
    *c = (int64_t)(int32_t)(uint32_t)(op == LLVMSub ? -k : k);
    return 1;
}

/* n - c, built at the builder's position. */
static LLVMValueRef step_back(isel *s, LLVMBuilderRef bld, LLVMValueRef n, int64_t c)
{
    LLVMContextRef ctx = s->M->ctx;
    LLVMValueRef k = LLVMConstInt(LLVMInt32TypeInContext(ctx), (unsigned long long)(-c), 1);
    if (LLVMGetTypeKind(LLVMTypeOf(n)) == LLVMPointerTypeKind)
        return LLVMBuildGEP2(bld, LLVMInt8TypeInContext(ctx), n, &k, 1, "");
    return LLVMBuildAdd(bld, n, k, "");
}

static int movable(LLVMValueRef I)
{
    switch (LLVMGetInstructionOpcode(I)) {
    case LLVMFAdd: case LLVMFSub: case LLVMFMul: case LLVMFNeg: case LLVMICmp: case LLVMFCmp: case LLVMSelect:
        return 1;
    default:
        return sinkable(I);
    }
}

static int insn_before(LLVMValueRef a, LLVMValueRef b)
{
    for (LLVMValueRef x = LLVMGetNextInstruction(a); x; x = LLVMGetNextInstruction(x))
        if (x == b) return 1;
    return 0;
}

/* Where selection reads x's operands: at x, or for a compare used by one branch or select, a
 * logic_branch select and an address GEP, at its last user (in x's block; NULL if one lies
 * elsewhere). */
static LLVMValueRef folded_end(LLVMValueRef x, int depth)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(x);
    LLVMUseRef u = LLVMGetFirstUse(x);
    int cmp = ((op == LLVMICmp || op == LLVMFCmp) && u && !LLVMGetNextUse(u)) || logic_branch(x);
    if ((!cmp && op != LLVMGetElementPtr) || depth > 4) return x;
    LLVMValueRef end = x;
    for (; u; u = LLVMGetNextUse(u)) {
        LLVMValueRef y = LLVMGetUser(u);
        if (!LLVMIsAInstruction(y) || LLVMIsAPHINode(y) || LLVMGetInstructionParent(y) != LLVMGetInstructionParent(x)) return NULL;
        y = folded_end(y, depth + 1);
        if (!y) return NULL;
        if (insn_before(end, y)) end = y;
    }
    return end;
}

/* p's uses in n's block after n, none after n's own first use there: n moves down past them
 * (a pure instruction may move past what does not read it), so p dies before n is made. */
static void step_after_uses(LLVMValueRef p, LLVMValueRef n)
{
    if (LLVMIsAConstant(p) || !movable(n)) return;
    LLVMValueRef last = NULL, x;
    for (x = LLVMGetNextInstruction(n); x; x = LLVMGetNextInstruction(x)) {
        int usep = 0, usen = 0;
        for (int k = 0; k < LLVMGetNumOperands(x); k++) {
            usep |= LLVMGetOperand(x, k) == p;
            usen |= LLVMGetOperand(x, k) == n;
        }
        if (usen) break;
        if (!usep) continue;
        LLVMValueRef end = folded_end(x, 0);
        if (!end || LLVMIsATerminatorInst(end)) return;
        if (!last || insn_before(last, end)) last = end;
    }
    for (; x; x = LLVMGetNextInstruction(x))
        for (int k = 0; k < LLVMGetNumOperands(x); k++)
            if (LLVMGetOperand(x, k) == p) return;
    if (!last) return;
    for (x = LLVMGetNextInstruction(n);; x = LLVMGetNextInstruction(x)) {   /* last included: it may use n */
        for (int k = 0; k < LLVMGetNumOperands(x); k++)
            if (LLVMGetOperand(x, k) == n) return;   /* a compare's or GEP's user lies beyond n's first use */
        if (x == last) break;
    }
    LLVMValueRef at = LLVMGetNextInstruction(last);
    LLVMInstructionRemoveFromParent(n);
    LLVMBuilderRef bld = LLVMCreateBuilderInContext(LLVMGetTypeContext(LLVMTypeOf(n)));
    LLVMPositionBuilderBefore(bld, at);
    LLVMInsertIntoBuilder(bld, n);
    LLVMDisposeBuilder(bld);
}

/* icmp P, K with n = p + c: the same test as icmp P, n, K + c where the addition cannot wrap
 * (n's nsw for signed predicates, nuw for unsigned ones). The operand index of p, or -1. */
static int cmp_shiftable(LLVMValueRef U, LLVMValueRef p, LLVMValueRef n, int64_t c, int64_t *k2)
{
    if (LLVMGetInstructionOpcode(U) != LLVMICmp || LLVMGetInstructionOpcode(n) == LLVMGetElementPtr) return -1;
    int pi = LLVMGetOperand(U, 0) == p ? 0 : 1;
    LLVMValueRef kv = LLVMGetOperand(U, 1 - pi);
    if (LLVMGetOperand(U, pi) != p || !LLVMIsAConstantInt(kv) || c == INT32_MIN) return -1;
    int64_t k = LLVMConstIntGetSExtValue(kv), r = k + c;
    switch (LLVMGetICmpPredicate(U)) {
    case LLVMIntEQ: case LLVMIntNE:
        r = (int64_t)(int32_t)(uint32_t)r;
        break;
    case LLVMIntSLT: case LLVMIntSLE: case LLVMIntSGT: case LLVMIntSGE:
        if (!LLVMGetNSW(n) || r < INT32_MIN || r > INT32_MAX) return -1;
        break;
    default:
        if (!LLVMGetNUW(n) || c < 0) return -1;
        r = (int64_t)(uint32_t)k + c;
        if (r > (int64_t)UINT32_MAX) return -1;
        r = (int64_t)(int32_t)(uint32_t)r;
        break;
    }
    *k2 = r;
    return pi;
}

/* n = p >> k or p / d (unsigned, constant): after n, p < 2^k or p < d is n == 0 (a digit or bit
 * loop's test of its old value); the tests n dominates read n instead. */
static void zero_tests(isel *s, const irloops *L, LLVMBuilderRef bld, LLVMValueRef p, LLVMValueRef n, int bn)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(n);
    LLVMValueRef kv = op == LLVMLShr || op == LLVMUDiv ? LLVMGetOperand(n, 1) : NULL;
    if (!kv || LLVMGetOperand(n, 0) != p || !LLVMIsAConstantInt(kv)) return;
    unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(n));
    uint64_t k = LLVMConstIntGetZExtValue(kv), lim;
    if (w > 64 || !k) return;
    if (op == LLVMLShr) {
        if (k >= w || k >= 64) return;
        lim = (uint64_t)1 << k;
    } else {
        lim = k;
    }
    LLVMValueRef users[16];
    int nu = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(p); u && nu < 16; u = LLVMGetNextUse(u)) {
        LLVMValueRef U = LLVMGetUser(u);
        if (LLVMIsAInstruction(U) && LLVMGetInstructionOpcode(U) == LLVMICmp) users[nu++] = U;
    }
    for (int j = 0; j < nu; j++) {
        LLVMValueRef U = users[j];
        int pi = LLVMGetOperand(U, 0) == p ? 0 : 1;
        LLVMValueRef cv = LLVMGetOperand(U, 1 - pi);
        if (LLVMGetOperand(U, pi) != p || !LLVMIsAConstantInt(cv)) continue;
        LLVMIntPredicate pr = LLVMGetICmpPredicate(U);
        if (pi) {   /* K op p: as p op' K */
            switch (pr) {
            case LLVMIntUGT: pr = LLVMIntULT; break;
            case LLVMIntULT: pr = LLVMIntUGT; break;
            case LLVMIntUGE: pr = LLVMIntULE; break;
            case LLVMIntULE: pr = LLVMIntUGE; break;
            default: continue;
            }
        }
        uint64_t c = LLVMConstIntGetZExtValue(cv);
        LLVMIntPredicate np;
        if ((pr == LLVMIntULT && c == lim) || (pr == LLVMIntULE && c == lim - 1)) np = LLVMIntEQ;
        else if ((pr == LLVMIntUGT && c == lim - 1) || (pr == LLVMIntUGE && c == lim)) np = LLVMIntNE;
        else continue;
        int b = irl_block_of(s, L, LLVMGetInstructionParent(U));
        if (b < 0 || !insn_dominates(L, n, bn, b, U)) continue;
        LLVMPositionBuilderBefore(bld, U);
        LLVMValueRef t = LLVMBuildICmp(bld, np, n, LLVMConstInt(LLVMTypeOf(n), 0, 0), "");
        LLVMReplaceAllUsesWith(U, t);
        LLVMInstructionEraseFromParent(U);
    }
}

static void remat_iv(isel *s, const irloops *L, LLVMBuilderRef bld, int lp)
{
    int h = L->head[lp];
    for (LLVMValueRef p = LLVMGetFirstInstruction(s->rpo[h]); p && LLVMIsAPHINode(p); p = LLVMGetNextInstruction(p)) {
        /* the one value coming back along the back edges, p + c */
        LLVMValueRef n = NULL;
        int ok = 1;
        for (unsigned k = 0; ok && k < LLVMCountIncoming(p); k++) {
            int b = irl_block_of(s, L, LLVMGetIncomingBlock(p, k));
            if (b < 0 || !bs_has(L->body[lp], b)) continue;
            LLVMValueRef v = LLVMGetIncomingValue(p, k);
            if (n && v != n) ok = 0;
            n = v;
        }
        if (!ok || !n || !LLVMIsAInstruction(n)) continue;
        int bn = irl_block_of(s, L, LLVMGetInstructionParent(n));
        if (bn < 0) continue;
        zero_tests(s, L, bld, p, n, bn);
        int64_t c;
        if (!step_of(s, n, p, &c)) continue;
        /* the uses after n: all must be cheap to rewrite, or none is rewritten */
        LLVMValueRef users[64];
        int nu = 0;
        for (LLVMUseRef u = LLVMGetFirstUse(p); u && ok; u = LLVMGetNextUse(u)) {
            LLVMValueRef U = LLVMGetUser(u);
            if (U == n) continue;
            if (!LLVMIsAInstruction(U)) { ok = 0; break; }
            int seen = 0;
            for (int j = 0; j < nu; j++) seen |= users[j] == U;
            if (seen) continue;
            int need = 0;
            if (LLVMIsAPHINode(U)) {
                for (unsigned k = 0; ok && k < LLVMCountIncoming(U); k++) {
                    if (LLVMGetIncomingValue(U, k) != p) continue;
                    int b = irl_block_of(s, L, LLVMGetIncomingBlock(U, k));
                    if (b < 0 || !insn_dominates(L, n, bn, b, NULL)) continue;
                    need = 1;
                    if (bs_has(L->body[lp], b)) ok = 0;   /* a copy in the loop: no gain */
                }
            } else {
                int b = irl_block_of(s, L, LLVMGetInstructionParent(U));
                if (b < 0 || !insn_dominates(L, n, bn, b, U)) continue;
                need = 1;
                int64_t k2;
                if (bs_has(L->body[lp], b) && !address_use(U, p) && cmp_shiftable(U, p, n, c, &k2) < 0 &&
                    (LLVMGetTypeKind(LLVMTypeOf(n)) != LLVMIntegerTypeKind || !index_use(s, L, lp, U, p)))
                    ok = 0;
            }
            if (need) {
                if (nu == 64) ok = 0;
                else users[nu++] = U;
            }
        }
        if (!ok || !nu) continue;
        /* one n - c for the uses outside the loop, where they all meet if that is outside too */
        int t = -1;
        for (int j = 0; j < nu; j++) {
            LLVMValueRef U = users[j];
            for (unsigned k = 0; LLVMIsAPHINode(U) && k < LLVMCountIncoming(U); k++) {
                int b = irl_block_of(s, L, LLVMGetIncomingBlock(U, k));
                if (LLVMGetIncomingValue(U, k) == p && b >= 0 && insn_dominates(L, n, bn, b, NULL))
                    t = t < 0 ? b : irl_nca(L, t, b);
            }
            int b = irl_block_of(s, L, LLVMGetInstructionParent(U));
            if (!LLVMIsAPHINode(U) && !bs_has(L->body[lp], b)) t = t < 0 ? b : irl_nca(L, t, b);
        }
        LLVMValueRef shared = NULL;
        struct nbase { LLVMValueRef base; int64_t size; LLVMValueRef nb; } bases[8];
        int nbases = 0;
        if (t >= 0 && !bs_has(L->body[lp], t)) {
            LLVMValueRef at = LLVMGetFirstInstruction(s->rpo[t]);
            while (at && LLVMIsAPHINode(at)) at = LLVMGetNextInstruction(at);
            LLVMPositionBuilderBefore(bld, at);
            shared = step_back(s, bld, n, c);
        }
        for (int j = 0; j < nu; j++) {
            LLVMValueRef U = users[j];
            if (LLVMIsAPHINode(U)) {
                for (unsigned k = 0; k < LLVMCountIncoming(U); k++) {
                    if (LLVMGetIncomingValue(U, k) != p) continue;
                    LLVMBasicBlockRef ib = LLVMGetIncomingBlock(U, k);
                    int b = irl_block_of(s, L, ib);
                    if (b < 0 || !insn_dominates(L, n, bn, b, NULL)) continue;
                    LLVMValueRef r = shared;
                    if (!r) {
                        LLVMPositionBuilderBefore(bld, LLVMGetBasicBlockTerminator(ib));
                        r = step_back(s, bld, n, c);
                    }
                    LLVMSetOperand(U, k, r);
                }
                continue;
            }
            int64_t k2;
            int pi = cmp_shiftable(U, p, n, c, &k2);
            if (pi >= 0 && bs_has(L->body[lp], irl_block_of(s, L, LLVMGetInstructionParent(U)))) {
                LLVMSetOperand(U, pi, n);
                LLVMSetOperand(U, 1 - pi, LLVMConstInt(LLVMInt32TypeInContext(s->M->ctx), (unsigned long long)k2, 1));
                continue;
            }
            int64_t esz = LLVMGetTypeKind(LLVMTypeOf(n)) == LLVMIntegerTypeKind ? index_use(s, L, lp, U, p) : 0;
            if (esz && bs_has(L->body[lp], irl_block_of(s, L, LLVMGetInstructionParent(U)))) {
                LLVMValueRef base = LLVMGetOperand(U, 0), nb = NULL;
                for (int q = 0; q < nbases && !nb; q++)
                    if (bases[q].base == base && bases[q].size == esz) nb = bases[q].nb;
                if (!nb) {
                    LLVMPositionBuilderBefore(bld, LLVMGetBasicBlockTerminator(s->rpo[L->idom[h]]));
                    LLVMValueRef off = LLVMConstInt(LLVMInt32TypeInContext(s->M->ctx), (unsigned long long)(-c * esz), 1);
                    nb = LLVMBuildGEP2(bld, LLVMInt8TypeInContext(s->M->ctx), base, &off, 1, "");
                    if (nbases < 8) bases[nbases++] = (struct nbase){ base, esz, nb };
                }
                LLVMSetOperand(U, 0, nb);
                LLVMSetOperand(U, 1, n);
                LLVMSetIsInBounds(U, 0);
                continue;
            }
            LLVMValueRef r = shared;
            if (!r || bs_has(L->body[lp], irl_block_of(s, L, LLVMGetInstructionParent(U)))) {
                LLVMPositionBuilderBefore(bld, U);
                r = step_back(s, bld, n, c);
            }
            if (LLVMGetInstructionOpcode(U) == LLVMAdd && step_of(s, U, p, &k2)) {
                /* (n - c) + k2 is n + (k2 - c) */
                LLVMValueRef kc = LLVMConstInt(LLVMInt32TypeInContext(s->M->ctx), (unsigned long long)(k2 - c), 1);
                LLVMSetOperand(U, 0, n);
                LLVMSetOperand(U, 1, kc);
                LLVMSetNSW(U, 0);
                LLVMSetNUW(U, 0);
            } else {
                for (int k = 0; k < LLVMGetNumOperands(U); k++)
                    if (LLVMGetOperand(U, k) == p) LLVMSetOperand(U, k, r);
            }
            if (r != shared && !LLVMGetFirstUse(r)) LLVMInstructionEraseFromParent(r);
        }
        if (shared && !LLVMGetFirstUse(shared)) LLVMInstructionEraseFromParent(shared);
    }
}

/* A phi's incoming value n is best made after the last use, in its block, of the values that
 * share the phi's register (the phi itself, its other incoming values). */
static void schedule_phi_inputs(isel *s)
{
    for (int i = 0; i < s->nrpo; i++)
        for (LLVMValueRef phi = LLVMGetFirstInstruction(s->rpo[i]); phi && LLVMIsAPHINode(phi); phi = LLVMGetNextInstruction(phi)) {
            unsigned ni = LLVMCountIncoming(phi);
            for (unsigned k = 0; k < ni; k++) {
                LLVMValueRef n = LLVMGetIncomingValue(phi, k);
                if (!LLVMIsAInstruction(n) || LLVMIsAPHINode(n) || LLVMGetInstructionParent(n) != LLVMGetIncomingBlock(phi, k))
                    continue;
                step_after_uses(phi, n);
                for (unsigned j = 0; j < ni; j++)
                    if (LLVMGetIncomingValue(phi, j) != n) step_after_uses(LLVMGetIncomingValue(phi, j), n);
            }
        }
}

static void loop_prep(isel *s, const irloops *L)
{
    schedule_phi_inputs(s);
    if (!L->nloops) return;
    LLVMBuilderRef bld = LLVMCreateBuilderInContext(s->M->ctx);
    sink_out_of_loops(s, L, bld);
    for (int k = 0; k < L->nloops; k++) remat_iv(s, L, bld, k);
    LLVMDisposeBuilder(bld);
}

/* Parameters arrive in r0.. (pairs for 64-bit leaves): precoloured vregs. */
static int lower_params(isel *s, LLVMValueRef fn)
{
    mfunc *f = s->f;
    unsigned np = LLVMCountParams(fn);
    int reg = 0;
    const char *nm = LLVMGetValueName2(fn, &(size_t){ 0 });
    int is_main = !strcmp(nm, "main");
    for (unsigned i = 0; i < np; i++) {
        LLVMValueRef p = LLVMGetParam(fn, i);
        leaf lf[MAX_LEAVES];
        int n = type_leaves(s, LLVMTypeOf(p), lf, MAX_LEAVES, 0, NULL);
        if (n < 0) return -1;
        lval *l = lv_new(s, p, LV_REGS);
        l->nparts = n;
        l->parts = ar_alloc(&f->A, (size_t)(n ? n : 1) * sizeof *l->parts);
        for (int k = 0; k < n; k++) {
            if (is_main) { l->parts[k] = op_imm(0, lf[k].sz); continue; }   /* main(argc, argv): 0, NULL */
            int v = mf_vreg(f, lf[k].sz);
            f->vregs[v].fixed = reg;
            reg += lf[k].sz;
            l->parts[k] = op_v(f, v);
        }
        if (n == 1 && lf[0].bits < 32 && !lf[0].fp) {
            if (LLVMGetEnumAttributeAtIndex(fn, i + 1, s->M->kind_sext)) l->ext = EXT_S;
            else if (LLVMGetEnumAttributeAtIndex(fn, i + 1, s->M->kind_zext) || lf[0].bits == 1) l->ext = EXT_Z;
        }
        if (is_main) l->ext = EXT_Z | EXT_S;
    }
    /* varargs: a variadic definition's last parameter is the address of the caller's area */
    if (LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn))) {
        if (is_main) {
            s->va_in = op_imm(0, 1);
        } else {
            int v = mf_vreg(f, 1);
            f->vregs[v].fixed = reg++;
            s->va_in = op_v(f, v);
        }
    }
    f->nargs = reg;
    if (reg > 200) return is_err(s, NULL, "too many parameter registers (%d)", reg);
    LLVMTypeRef rt = LLVMGetReturnType(LLVMGlobalGetValueType(fn));
    leaf lf[MAX_LEAVES];
    int n = type_leaves(s, rt, lf, MAX_LEAVES, 0, NULL);
    if (n < 0) return -1;
    f->nrets = 0;
    for (int k = 0; k < n; k++) f->nrets += lf[k].sz;
    return 0;
}

int isel_function(cc_mod *M, LLVMValueRef fn, mfunc *f, ptrmap *phi_ext)
{
    isel S = { 0 };
    isel *s = &S;
    s->M = M;
    s->f = f;
    s->fn = fn;
    s->phi_ext = phi_ext;
    s->va_out_size = -1;   /* varargs: outgoing area not sized yet */
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
        pm_put(&s->bmap, bb, mf_block(f));
    compute_rpo(s, fn);
    irloops L;
    irl_build(s, &L);
    if (!(M->opts && M->opts->opt == '0')) loop_prep(s, &L);
    find_loops(s, &L);
    irl_free(&L);
    int rc = lower_params(s, fn);
    /* phis first: their vregs are needed by edges lowered before the phi's block */
    for (int i = 0; !rc && i < s->nrpo; i++) {
        for (LLVMValueRef phi = LLVMGetFirstInstruction(s->rpo[i]); phi && LLVMIsAPHINode(phi);
             phi = LLVMGetNextInstruction(phi)) {
            leaf lf[MAX_LEAVES];
            int n = type_leaves(s, LLVMTypeOf(phi), lf, MAX_LEAVES, 0, phi);
            if (n < 0) { rc = -1; break; }
            lval *l = lv_new(s, phi, LV_REGS);
            l->nparts = n;
            l->parts = ar_alloc(&f->A, (size_t)(n ? n : 1) * sizeof *l->parts);
            for (int k = 0; k < n; k++) l->parts[k] = op_v(f, mf_vreg(f, lf[k].sz));
            l->ext = n == 1 && lf[0].bits == 1 ? EXT_Z : 0;
            int e;
            if (n == 1 && phi_ext && pm_get(phi_ext, phi, &e)) l->ext |= (uint8_t)e;
        }
    }
    for (int i = 0; !rc && i < s->nrpo; i++) {
        f->cur = bb_block(s, s->rpo[i]);
        int nb_before = f->nblocks;
        s->ncache = 0;
        s->home = f->cur;
        for (LLVMValueRef I = LLVMGetFirstInstruction(s->rpo[i]); I; I = LLVMGetNextInstruction(I)) {
            if (M->opts && M->opts->debug && LLVMInstructionGetDebugLoc(I)) f->line = cc_srcpos(M, I, &f->file);
            LLVMOpcode op = LLVMGetInstructionOpcode(I);
            int home = f->cur;
            int r = lower_insn(s, I);
            if (r < 0 || s->bad) { rc = -1; break; }
            if (r > 0) { f->cur = home; break; }   /* trap: the rest of the block is dead */
            if (op != LLVMSwitch && op != LLVMBr && f->cur != home) f->cur = home;
        }
        for (int k = nb_before; k < f->nblocks; k++) f->blocks[k].owner = s->home;
    }
    /* blocks the walk did not reach are dropped */
    for (int b = 0; b < f->nblocks; b++) {
        if (f->blocks[b].label == -2 || f->blocks[b].split_from >= 0 || f->blocks[b].nins) f->blocks[b].label = -1;
        else f->blocks[b].dead = 1;
    }
    if (phi_ext) {   /* report what the incoming values guaranteed, for the caller's next round */
        pm_free(phi_ext);
        for (size_t i = 0; i < s->phi_obs.cap; i++)
            if (s->phi_obs.keys[i]) pm_put(phi_ext, s->phi_obs.keys[i], s->phi_obs.vals[i] & (EXT_Z | EXT_S));
    }
    pm_free(&s->phi_obs);
    free(s->vals);
    free(s->cache);
    free(s->hoist);
    free(s->hc);
    free(s->rpo);
    pm_free(&s->vmap);
    pm_free(&s->bmap);
    return rc || s->bad ? -1 : 0;
}

/* IR for expressions. Scalars are LLVM values of their memory type (_Bool is i8 0/1); a struct
 * or union value is represented by the address of storage holding it. Lvalues are evaluated to
 * addresses by ckc_gen_addr and loaded by ckc_gen_expr; volatile accesses are marked volatile. */
#include <string.h>

#include "gen.h"

LLVMValueRef ckc_gen_load(cc *c, LLVMValueRef addr, ctype *t)
{
    LLVMValueRef v = LLVMBuildLoad2(c->b, ckc_gen_type(c, t), addr, "");
    LLVMSetAlignment(v, t->align ? t->align : 1);
    if (t->quals & Q_VOLATILE) LLVMSetVolatile(v, 1);
    return v;
}

void ckc_gen_store(cc *c, LLVMValueRef addr, LLVMValueRef v, ctype *t)
{
    LLVMValueRef s = LLVMBuildStore(c->b, v, addr);
    LLVMSetAlignment(s, t->align ? t->align : 1);
    if (t->quals & Q_VOLATILE) LLVMSetVolatile(s, 1);
}

static LLVMValueRef byte_offset(cc *c, LLVMValueRef p, unsigned off)
{
    if (!off) return p;
    LLVMValueRef idx = LLVMConstInt(c->g->i32, off, 0);
    return LLVMBuildInBoundsGEP2(c->b, c->g->i8, p, &idx, 1, "");
}

static int is_unsigned_int(ctype *t)
{
    return ckc_type_is_integer(t) && !ckc_type_is_signed(t);
}

LLVMValueRef ckc_gen_convert(cc *c, LLVMValueRef v, ctype *from, ctype *to)
{
    gen *g = c->g;
    from = ckc_type_unqual(from);
    to = ckc_type_unqual(to);
    if (to->kind == TY_VOID) return NULL;
    if (from == to || (from->kind == TY_PTR && to->kind == TY_PTR)) return v;
    LLVMTypeRef tt = ckc_gen_type(c, to);
    if (to->kind == TY_BOOL) {
        LLVMValueRef b;
        if (ckc_type_is_float(from)) b = LLVMBuildFCmp(c->b, LLVMRealUNE, v, LLVMConstNull(LLVMTypeOf(v)), "tobool");
        else b = LLVMBuildICmp(c->b, LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)), "tobool");
        return LLVMBuildZExt(c->b, b, g->i8, "");
    }
    if (ckc_type_is_integer(to)) {
        if (ckc_type_is_float(from))
            return ckc_type_is_signed(to) ? LLVMBuildFPToSI(c->b, v, tt, "") : LLVMBuildFPToUI(c->b, v, tt, "");
        if (from->kind == TY_PTR) {
            v = LLVMBuildPtrToInt(c->b, v, g->i32, "");
            from = &ckc_ty_uint;
        }
        unsigned fs = from->size, ts = to->size;
        if (fs == ts) return v;
        if (fs > ts) return LLVMBuildTrunc(c->b, v, tt, "");
        return is_unsigned_int(from) ? LLVMBuildZExt(c->b, v, tt, "") : LLVMBuildSExt(c->b, v, tt, "");
    }
    if (ckc_type_is_float(to)) {
        if (ckc_type_is_float(from))
            return to->size > from->size ? LLVMBuildFPExt(c->b, v, tt, "") : LLVMBuildFPTrunc(c->b, v, tt, "");
        return is_unsigned_int(from) ? LLVMBuildUIToFP(c->b, v, tt, "") : LLVMBuildSIToFP(c->b, v, tt, "");
    }
    if (to->kind == TY_PTR) {
        if (from->size != 4) v = ckc_gen_convert(c, v, from, &ckc_ty_uint);
        return LLVMBuildIntToPtr(c->b, v, g->ptr, "");
    }
    return v;
}

LLVMValueRef ckc_gen_cond(cc *c, node *e)
{
    LLVMValueRef v = ckc_gen_expr(c, e);
    ctype *t = ckc_type_unqual(e->ty);
    if (ckc_type_is_float(t)) return LLVMBuildFCmp(c->b, LLVMRealUNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
    return LLVMBuildICmp(c->b, LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)), "");
}

/* --- addresses --------------------------------------------------------------------------------- */
static LLVMValueRef complit_addr(cc *c, node *e)
{
    sym *s = e->sym;
    if (s->global) return ckc_gen_global_addr(c, s);
    if (!s->val) s->val = ckc_gen_alloca(c, ckc_gen_type(c, s->ty), s->ty->align, ".compoundliteral");
    ckc_gen_init_local(c, s->val, s->ty, s->leaves);
    return s->val;
}

LLVMValueRef ckc_gen_addr(cc *c, node *e)
{
    switch (e->kind) {
    case N_VAR: {
        sym *s = e->sym;
        if (s->kind == S_FUNC) return ckc_gen_function_value(c, s);
        if (s->global) return ckc_gen_global_addr(c, s);
        if (!s->val) s->val = ckc_gen_alloca(c, ckc_gen_type(c, s->ty), s->ty->align, s->name);
        return s->val;
    }
    case N_DEREF: return ckc_gen_expr(c, e->a);
    case N_MEMBER: {
        LLVMValueRef base = ckc_type_is_record(e->a->ty) && !e->a->is_lvalue ? ckc_gen_expr(c, e->a) : ckc_gen_addr(c, e->a);
        return byte_offset(c, base, (unsigned)e->ival);
    }
    case N_STRLIT: return ckc_gen_string(c, e);
    case N_COMPLIT: return complit_addr(c, e);
    default:
        /* struct values produced by calls, assignments, ?: are already addresses */
        return ckc_gen_expr(c, e);
    }
}

/* --- operators --------------------------------------------------------------------------------- */
static LLVMValueRef arith(cc *c, int op, ctype *t, LLVMValueRef l, LLVMValueRef r)
{
    t = ckc_type_unqual(t);
    if (ckc_type_is_float(t)) {
        switch (op) {
        case B_ADD: return LLVMBuildFAdd(c->b, l, r, "");
        case B_SUB: return LLVMBuildFSub(c->b, l, r, "");
        case B_MUL: return LLVMBuildFMul(c->b, l, r, "");
        default: return LLVMBuildFDiv(c->b, l, r, "");
        }
    }
    int s = ckc_type_is_signed(t);
    switch (op) {
    case B_ADD: return LLVMBuildAdd(c->b, l, r, "");
    case B_SUB: return LLVMBuildSub(c->b, l, r, "");
    case B_MUL: return LLVMBuildMul(c->b, l, r, "");
    case B_DIV: return s ? LLVMBuildSDiv(c->b, l, r, "") : LLVMBuildUDiv(c->b, l, r, "");
    case B_MOD: return s ? LLVMBuildSRem(c->b, l, r, "") : LLVMBuildURem(c->b, l, r, "");
    case B_SHL: return LLVMBuildShl(c->b, l, r, "");
    case B_SHR: return s ? LLVMBuildAShr(c->b, l, r, "") : LLVMBuildLShr(c->b, l, r, "");
    case B_AND: return LLVMBuildAnd(c->b, l, r, "");
    case B_XOR: return LLVMBuildXor(c->b, l, r, "");
    default: return LLVMBuildOr(c->b, l, r, "");
    }
}

static LLVMValueRef compare(cc *c, int op, ctype *t, LLVMValueRef l, LLVMValueRef r)
{
    t = ckc_type_unqual(t);
    LLVMValueRef b;
    if (ckc_type_is_float(t)) {
        static const LLVMRealPredicate fp[] = { [B_LT] = LLVMRealOLT, [B_GT] = LLVMRealOGT, [B_LE] = LLVMRealOLE,
                                                [B_GE] = LLVMRealOGE, [B_EQ] = LLVMRealOEQ, [B_NE] = LLVMRealUNE };
        b = LLVMBuildFCmp(c->b, fp[op], l, r, "");
    } else {
        int s = ckc_type_is_integer(t) && ckc_type_is_signed(t);
        static const LLVMIntPredicate sp[] = { [B_LT] = LLVMIntSLT, [B_GT] = LLVMIntSGT, [B_LE] = LLVMIntSLE,
                                               [B_GE] = LLVMIntSGE, [B_EQ] = LLVMIntEQ, [B_NE] = LLVMIntNE };
        static const LLVMIntPredicate up[] = { [B_LT] = LLVMIntULT, [B_GT] = LLVMIntUGT, [B_LE] = LLVMIntULE,
                                               [B_GE] = LLVMIntUGE, [B_EQ] = LLVMIntEQ, [B_NE] = LLVMIntNE };
        b = LLVMBuildICmp(c->b, s ? sp[op] : up[op], l, r, "");
    }
    return LLVMBuildZExt(c->b, b, c->g->i32, "");
}

static LLVMTypeRef elem_type(cc *c, ctype *ptr)
{
    ctype *b = ckc_type_unqual(ptr)->base;
    if (b->kind == TY_VOID || b->kind == TY_FUNC) return c->g->i8;
    return ckc_gen_type(c, b);
}

static LLVMValueRef ptr_add(cc *c, ctype *pt, LLVMValueRef p, LLVMValueRef i, int sub)
{
    if (sub) i = LLVMBuildNeg(c->b, i, "");
    return LLVMBuildGEP2(c->b, elem_type(c, pt), p, &i, 1, "");
}

static LLVMValueRef binary(cc *c, node *e)
{
    int op = e->op;
    ctype *ta = ckc_type_unqual(e->a->ty);
    LLVMValueRef l = ckc_gen_expr(c, e->a), r = ckc_gen_expr(c, e->b);
    if ((op == B_ADD || op == B_SUB) && e->ty->kind == TY_PTR) return ptr_add(c, e->ty, l, r, op == B_SUB);
    if (op == B_SUB && ta->kind == TY_PTR) {
        LLVMValueRef d = LLVMBuildSub(c->b, LLVMBuildPtrToInt(c->b, l, c->g->i32, ""),
                                      LLVMBuildPtrToInt(c->b, r, c->g->i32, ""), "");
        ctype *b = ta->base;
        unsigned sz = b->kind == TY_VOID || !b->size ? 1 : b->size;
        return sz == 1 ? d : LLVMBuildExactSDiv(c->b, d, LLVMConstInt(c->g->i32, sz, 0), "");
    }
    if (op >= B_LT && op <= B_NE) return compare(c, op, ta, l, r);
    if (op == B_SHL || op == B_SHR) r = ckc_gen_convert(c, r, e->b->ty, e->ty);
    return arith(c, op, e->ty, l, r);
}

static LLVMValueRef logical(cc *c, node *e)
{
    gen *g = c->g;
    int is_and = e->kind == N_LOGAND;
    LLVMBasicBlockRef rhs = ckc_gen_block(c, is_and ? "land.rhs" : "lor.rhs"), end = ckc_gen_block(c, is_and ? "land.end" : "lor.end");
    LLVMValueRef a = ckc_gen_cond(c, e->a);
    LLVMBasicBlockRef from = LLVMGetInsertBlock(c->b);
    if (is_and) LLVMBuildCondBr(c->b, a, rhs, end);
    else LLVMBuildCondBr(c->b, a, end, rhs);
    LLVMPositionBuilderAtEnd(c->b, rhs);
    LLVMValueRef b = ckc_gen_cond(c, e->b);
    LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, end);
    LLVMMoveBasicBlockAfter(end, rhs_end);
    LLVMPositionBuilderAtEnd(c->b, end);
    LLVMValueRef phi = LLVMBuildPhi(c->b, g->i1, "");
    LLVMValueRef vals[2] = { LLVMConstInt(g->i1, is_and ? 0 : 1, 0), b };
    LLVMBasicBlockRef bbs[2] = { from, rhs_end };
    LLVMAddIncoming(phi, vals, bbs, 2);
    return LLVMBuildZExt(c->b, phi, g->i32, "");
}

static LLVMValueRef conditional(cc *c, node *e)
{
    LLVMBasicBlockRef bt = ckc_gen_block(c, "cond.true"), bf = ckc_gen_block(c, "cond.false"), end = ckc_gen_block(c, "cond.end");
    LLVMBuildCondBr(c->b, ckc_gen_cond(c, e->a), bt, bf);
    LLVMPositionBuilderAtEnd(c->b, bt);
    LLVMValueRef x = ckc_gen_expr(c, e->b);
    LLVMBasicBlockRef xe = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, end);
    LLVMMoveBasicBlockAfter(bf, xe);
    LLVMPositionBuilderAtEnd(c->b, bf);
    LLVMValueRef y = ckc_gen_expr(c, e->c);
    LLVMBasicBlockRef ye = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, end);
    LLVMMoveBasicBlockAfter(end, ye);
    LLVMPositionBuilderAtEnd(c->b, end);
    if (e->ty->kind == TY_VOID || !x || !y) return NULL;
    LLVMValueRef phi = LLVMBuildPhi(c->b, LLVMTypeOf(x), "");
    LLVMValueRef vals[2] = { x, y };
    LLVMBasicBlockRef bbs[2] = { xe, ye };
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

static LLVMValueRef assign(cc *c, node *e)
{
    ctype *t = ckc_type_unqual(e->a->ty);
    if (ckc_type_is_record(t)) {
        LLVMValueRef src = ckc_gen_expr(c, e->b);
        LLVMValueRef dst = ckc_gen_addr(c, e->a);
        ckc_gen_memcpy(c, dst, src, t->size, t->align);
        return dst;
    }
    LLVMValueRef v = ckc_gen_expr(c, e->b);
    ckc_gen_store(c, ckc_gen_addr(c, e->a), v, e->a->ty);
    return v;
}

static LLVMValueRef op_assign(cc *c, node *e)
{
    LLVMValueRef addr = ckc_gen_addr(c, e->a);
    ctype *lt = e->a->ty, *ot = e->cast_ty;
    LLVMValueRef old = ckc_gen_load(c, addr, lt), nv;
    LLVMValueRef r = ckc_gen_expr(c, e->b);
    if (ot->kind == TY_PTR) {
        nv = ptr_add(c, ot, old, r, e->op == B_SUB);
    } else {
        LLVMValueRef l = ckc_gen_convert(c, old, lt, ot);
        r = ckc_gen_convert(c, r, e->b->ty, ot);
        nv = ckc_gen_convert(c, arith(c, e->op, ot, l, r), ot, lt);
    }
    ckc_gen_store(c, addr, nv, lt);
    return nv;
}

static LLVMValueRef incdec(cc *c, node *e)
{
    gen *g = c->g;
    int inc = e->kind == N_PREINC || e->kind == N_POSTINC;
    int pre = e->kind == N_PREINC || e->kind == N_PREDEC;
    ctype *t = ckc_type_unqual(e->a->ty);
    LLVMValueRef addr = ckc_gen_addr(c, e->a);
    LLVMValueRef old = ckc_gen_load(c, addr, e->a->ty), nv;
    if (t->kind == TY_PTR) {
        nv = ptr_add(c, t, old, LLVMConstInt(g->i32, 1, 0), !inc);
    } else if (ckc_type_is_float(t)) {
        LLVMValueRef one = LLVMConstReal(ckc_gen_type(c, t), 1.0);
        nv = inc ? LLVMBuildFAdd(c->b, old, one, "") : LLVMBuildFSub(c->b, old, one, "");
    } else if (t->kind == TY_BOOL) {
        nv = inc ? LLVMConstInt(g->i8, 1, 0) : LLVMBuildXor(c->b, old, LLVMConstInt(g->i8, 1, 0), "");
    } else {
        LLVMValueRef one = LLVMConstInt(ckc_gen_type(c, t), 1, 0);
        nv = inc ? LLVMBuildAdd(c->b, old, one, "") : LLVMBuildSub(c->b, old, one, "");
    }
    ckc_gen_store(c, addr, nv, e->a->ty);
    return pre ? nv : old;
}

/* --- calls ------------------------------------------------------------------------------------- */
static LLVMValueRef call(cc *c, node *e)
{
    gen *g = c->g;
    node *fn = e->a;
    ctype *ft = ckc_type_unqual(fn->ty)->base;
    ctype *ret = ckc_type_unqual(ft->base);
    LLVMValueRef callee;
    if (fn->kind == N_DECAY && fn->a->kind == N_VAR && fn->a->sym->kind == S_FUNC)
        /* printf's integer-only twin, unless this file defines the function after all */
        callee = ckc_gen_function_value(c, e->sym && !fn->a->sym->defined ? e->sym : fn->a->sym);
    else
        callee = ckc_gen_expr(c, fn);
    int n = (int)e->ival;
    LLVMValueRef args[260];
    LLVMTypeRef types[260];
    int k = 0;
    LLVMValueRef sret = NULL;
    if (ckc_gen_ret_sret(c, ret)) {
        sret = ckc_gen_temp(c, ret);
        types[k] = g->ptr;
        args[k++] = sret;
    }
    int i = 0;
    for (node *a = e->b; a && k < 258; a = a->next, i++) {
        ctype *t = ckc_type_unqual(a->ty);
        LLVMTypeRef co = ckc_gen_arg_coerce(c, t);
        if (co) {
            LLVMValueRef src = ckc_gen_expr(c, a);
            LLVMValueRef tmp = ckc_gen_alloca(c, co, t->align > 4 ? t->align : 4, "agg.arg");
            ckc_gen_memcpy(c, tmp, src, t->size, t->align);
            args[k] = LLVMBuildLoad2(c->b, co, tmp, "");
            types[k++] = co;
        } else {
            args[k] = ckc_gen_expr(c, a);
            types[k++] = ckc_gen_type(c, t);
        }
    }
    (void)n;
    LLVMTypeRef fty;
    if (ft->proto) {
        fty = ckc_gen_func_type(c, ft);
    } else {
        LLVMTypeRef rt = sret ? g->voidt : ckc_type_is_record(ret) ? ckc_gen_ret_coerce(c, ret) : ckc_gen_type(c, ret);
        fty = LLVMFunctionType(rt, types, (unsigned)k, 0);
    }
    ckc_gen_debug_loc(c, e->loc);
    LLVMValueRef r = LLVMBuildCall2(c->b, fty, callee, args, (unsigned)k, "");
    if (ft->proto) ckc_gen_add_param_attrs(c, r, ft, 1);
    if (sret) return sret;
    if (ckc_type_is_record(ret)) {
        LLVMValueRef tmp = ckc_gen_alloca(c, g->i32, ret->align > 4 ? ret->align : 4, "agg.ret");
        LLVMBuildStore(c->b, r, tmp);
        return tmp;
    }
    if (ret->kind == TY_VOID) return NULL;
    return r;
}

/* --- expressions ------------------------------------------------------------------------------- */
LLVMValueRef ckc_gen_expr(cc *c, node *e)
{
    gen *g = c->g;
    switch (e->kind) {
    case N_INTLIT: {
        ctype *t = ckc_type_unqual(e->ty);
        if (t->kind == TY_PTR) return e->ival ? LLVMConstIntToPtr(LLVMConstInt(g->i32, e->ival, 0), g->ptr) : LLVMConstNull(g->ptr);
        return LLVMConstInt(ckc_gen_type(c, t), e->ival, 0);
    }
    case N_FLOATLIT: return LLVMConstReal(ckc_gen_type(c, e->ty), e->fval);
    case N_VAR: case N_DEREF: case N_MEMBER: case N_STRLIT: case N_COMPLIT: {
        LLVMValueRef a = ckc_gen_addr(c, e);
        if (ckc_type_is_record(e->ty) || e->ty->kind == TY_ARRAY || e->ty->kind == TY_FUNC) return a;
        if (e->ty->kind == TY_VOID) return NULL;
        return ckc_gen_load(c, a, e->ty);
    }
    case N_DECAY: return ckc_gen_addr(c, e->a);
    case N_ADDR: return ckc_gen_addr(c, e->a);
    case N_CONV: {
        LLVMValueRef v = ckc_gen_expr(c, e->a);
        if (e->ty->kind == TY_VOID) return NULL;
        return ckc_gen_convert(c, v, e->a->ty, e->ty);
    }
    case N_PLUS: return ckc_gen_expr(c, e->a);
    case N_NEG: {
        LLVMValueRef v = ckc_gen_expr(c, e->a);
        return ckc_type_is_float(e->ty) ? LLVMBuildFNeg(c->b, v, "") : LLVMBuildNeg(c->b, v, "");
    }
    case N_BITNOT: return LLVMBuildNot(c->b, ckc_gen_expr(c, e->a), "");
    case N_NOT: return LLVMBuildZExt(c->b, LLVMBuildNot(c->b, ckc_gen_cond(c, e->a), ""), g->i32, "");
    case N_BINARY: return binary(c, e);
    case N_LOGAND: case N_LOGOR: return logical(c, e);
    case N_COND: return conditional(c, e);
    case N_ASSIGN: return assign(c, e);
    case N_OPASSIGN: return op_assign(c, e);
    case N_PREINC: case N_PREDEC: case N_POSTINC: case N_POSTDEC: return incdec(c, e);
    case N_COMMA:
        ckc_gen_expr(c, e->a);
        return ckc_gen_expr(c, e->b);
    case N_CALL: return e->op ? ckc_gen_builtin(c, e) : call(c, e);
    case N_STMTEXPR: {
        LLVMValueRef v = NULL;
        for (node *i = e->a->a; i; i = i->next) {
            if (i == e->b) v = ckc_gen_expr(c, i->a);
            else ckc_gen_stmt(c, i);
        }
        return v;
    }
    default:
        return LLVMGetUndef(g->i32);
    }
}

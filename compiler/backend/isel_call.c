/* Instruction selection, part 3: calls (direct, indirect, natives, byval copies, narrow
 * argument extension, variadic argument areas and va_start/va_copy), library calls for libm
 * intrinsics, and the intrinsics the ISA implements or that compose from a few instructions
 * (memory, bit counting, funnel shifts, min/max/abs, overflow and saturating arithmetic,
 * fabs/sqrt/copysign, trap). */
#include <string.h>

#include "isel.h"

/* Appends a P_CALL: results get fresh vregs stored in res[] (nres scalar leaves of rl[]). */
static void emit_call(isel *s, mopnd target, const mopnd *args, int nargs, int span, const leaf *rl, int nres, mopnd *res)
{
    minsn *c = mf_emit(s->f, P_CALL, nres, nres + 1 + nargs);
    for (int i = 0; i < nres; i++) c->o[i] = res[i] = newv(s, rl[i].sz);
    c->o[nres] = target;
    for (int i = 0; i < nargs; i++) c->o[nres + 1 + i] = args[i];
    c->aux = span;
}

static int arg_ext(isel *s, LLVMValueRef call, LLVMValueRef callee, unsigned idx)
{
    cc_mod *M = s->M;
    if (!LLVMIsACallInst(call)) return 0;
    if (LLVMGetCallSiteEnumAttribute(call, idx, M->kind_sext)) return EXT_S;
    if (LLVMGetCallSiteEnumAttribute(call, idx, M->kind_zext)) return EXT_Z;
    if (callee && LLVMIsAFunction(callee)) {
        if (LLVMGetEnumAttributeAtIndex(callee, idx, M->kind_sext)) return EXT_S;
        if (LLVMGetEnumAttributeAtIndex(callee, idx, M->kind_zext)) return EXT_Z;
    }
    return 0;
}

/* Call operands: flattened leaves, narrow ones extended, byval aggregates copied to the frame. */
static int call_args(isel *s, LLVMValueRef I, LLVMValueRef callee, unsigned from, unsigned to, mopnd *args, int *nargs, int *nregs)
{
    cc_mod *M = s->M;
    *nargs = 0, *nregs = 0;
    for (unsigned i = from; i < to; i++) {
        LLVMValueRef v = LLVMGetOperand(I, i);
        LLVMAttributeRef bv = LLVMIsACallInst(I) ? LLVMGetCallSiteEnumAttribute(I, i + 1, M->kind_byval) : NULL;
        if (bv) {
            LLVMTypeRef bt = LLVMGetTypeAttributeValue(bv);
            uint64_t size = cc_size(M, bt);
            uint32_t off = frame_alloc(s, size, cc_align(M, bt), I);
            if (s->bad) return -1;
            lower_memop(s, CK_OP_MEMCPY, reg_of(s, (mopnd){ OK_FRAME, 0, 1, 0, off, NULL }), sreg(s, v), op_imm((int64_t)size, 1));
            if (*nargs >= MAX_LEAVES) goto many;
            args[(*nargs)++] = (mopnd){ OK_FRAME, 0, 1, 0, off, NULL };
            (*nregs)++;
            continue;
        }
        leaf lf[MAX_LEAVES];
        int n = type_leaves(s, LLVMTypeOf(v), lf, MAX_LEAVES, 0, I);
        if (n < 0) return -1;
        lval *l = lv_get(s, v);
        if (!l) return -1;
        if (*nargs + n > MAX_LEAVES) goto many;
        if (l->kind != LV_REGS || n == 1) {
            mopnd o = sop(s, v);
            if (n == 1 && lf[0].bits < 32 && !lf[0].fp) {
                int how = arg_ext(s, I, callee, i + 1);
                if (how) o = ext_mopnd(s, o, l->ext, lf[0].bits, how);
            }
            args[(*nargs)++] = o;
            *nregs += lf[0].sz;
            continue;
        }
        for (int k = 0; k < n; k++) {
            args[(*nargs)++] = l->parts[k];
            *nregs += lf[k].sz;
        }
    }
    if (*nregs > 200) return is_err(s, I, "unsupported IR: call with %d argument registers", *nregs);
    return 0;
many:
    return is_err(s, I, "unsupported IR: call with more than %d argument values", MAX_LEAVES);
}

/* Results of a call as I's lval. */
static int call_result(isel *s, LLVMValueRef I, LLVMValueRef callee, const leaf *rl, int nres, const mopnd *res)
{
    lval *l = lv_new(s, I, LV_REGS);
    l->nparts = nres;
    l->parts = ar_alloc(&s->f->A, (size_t)(nres ? nres : 1) * sizeof *l->parts);
    memcpy(l->parts, res, (size_t)nres * sizeof *res);
    if (nres == 1 && rl[0].bits < 32 && !rl[0].fp) {
        l->ext = (uint8_t)arg_ext(s, I, callee, LLVMAttributeReturnIndex);
        if (rl[0].bits == 1) l->ext = EXT_Z;
    }
    return 0;
}

int lower_libcall(isel *s, LLVMValueRef I, const char *name, int nargs)
{
    mopnd args[MAX_LEAVES], res[MAX_LEAVES];
    int na, nr;
    leaf rl[MAX_LEAVES];
    if (call_args(s, I, NULL, 0, (unsigned)nargs, args, &na, &nr)) return -1;
    int nres = type_leaves(s, LLVMTypeOf(I), rl, MAX_LEAVES, 0, I);
    if (nres < 0) return -1;
    int rr = 0;
    for (int i = 0; i < nres; i++) rr += rl[i].sz;
    emit_call(s, (mopnd){ OK_FUNC, 0, 0, 0, 0, ar_strdup(&s->f->A, name) }, args, na, nr > rr ? nr : rr, rl, nres, res);
    return call_result(s, I, NULL, rl, nres, res);
}

void lower_memop(isel *s, int op, mopnd d, mopnd src, mopnd n)
{
    emit3(s, op, reg_of(s, d), reg_of(s, src), reg_of(s, n));
}

/* --- intrinsics ------------------------------------------------------------------------------------ */
static int prefix(const char *name, const char *p) { return !strncmp(name, p, strlen(p)); }

static int bits_of(LLVMValueRef v) { return int_bits(LLVMTypeOf(v)); }

static mopnd lo32(isel *s, mopnd o)
{
    if (o.kind == OK_IMM) return op_imm((int64_t)(int32_t)(uint32_t)o.imm, 1);
    o = reg_of(s, o);
    return o.part ? o : op_vp(o.r, 1);
}

static mopnd hi32(isel *s, mopnd o)
{
    if (o.kind == OK_IMM) return op_imm((int64_t)(int32_t)(uint32_t)((uint64_t)o.imm >> 32), 1);
    return op_vp(reg_of(s, o).r, 2);
}

static mopnd u1(isel *s, int op, mopnd a)
{
    mopnd d = newv(s, op_form(op)[0] == 'R' ? 2 : 1);
    emit2(s, op, d, reg_of(s, a));
    return d;
}

/* A pair from two words: a parallel copy into both halves of a fresh pair vreg. */
static mopnd mkpair(isel *s, mopnd lo, mopnd hi)
{
    mopnd d = newv(s, 2);
    minsn *c = mf_emit(s->f, P_PCOPY, 2, 4);
    c->o[0] = op_vp(d.r, 1), c->o[1] = op_vp(d.r, 2);
    c->o[2] = lo, c->o[3] = hi;
    return d;
}

static mopnd sel(isel *s, int sz, mopnd c, mopnd a, mopnd b)
{
    mopnd d = newv(s, sz);
    emit4(s, sz == 2 ? CK_OP_SELECT64 : CK_OP_SELECT, d, reg_of(s, c), reg_of(s, a), reg_of(s, b));
    return d;
}

static int minmax(isel *s, LLVMValueRef I, int kind)   /* 0 smin 1 smax 2 umin 3 umax */
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    int w = bits_of(A), sgn = kind < 2;
    if (w > 32) {
        int how = sgn ? EXT_S : EXT_Z;
        mopnd a = reg_of(s, ext_opnd(s, A, w, how)), b = reg_of(s, ext_opnd(s, B, w, how)), c = newv(s, 1);
        emit3(s, sgn ? CK_OP_LTS64 : CK_OP_LTU64, c, a, b);
        int mn = kind == 0 || kind == 2;
        lv_alias(s, I, sel(s, 2, c, mn ? a : b, mn ? b : a), 0);
        return 0;
    }
    static const int ops[] = { CK_OP_MINS, CK_OP_MAXS, CK_OP_MINU, CK_OP_MAXU };
    int how = sgn ? EXT_S : EXT_Z;
    lv_alias(s, I, bin32(s, ops[kind], -1, ext_opnd(s, A, w, how), ext_opnd(s, B, w, how)), w < 32 ? (uint8_t)how : 0);
    return 0;
}

static int lower_abs(isel *s, LLVMValueRef I)
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int w = bits_of(A);
    if (w > 32) {
        mopnd a = reg_of(s, ext_opnd(s, A, w, EXT_S)), n = newv(s, 2), c = newv(s, 1);
        emit2(s, CK_OP_NEG64, n, a);
        emit3(s, CK_OP_LTS64, c, a, n);
        lv_alias(s, I, sel(s, 2, c, n, a), 0);
        return 0;
    }
    mopnd a = ext_reg(s, A, w, EXT_S);
    mopnd n = u1(s, CK_OP_NEG, a);
    lv_alias(s, I, bin32(s, CK_OP_MAXS, -1, a, n), 0);
    return 0;
}

static int lower_bitcount(isel *s, LLVMValueRef I, int kind)   /* 0 ctpop 1 ctlz 2 cttz */
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int w = bits_of(A);
    if (w > 32) {
        /* i33..i63 as i64: zero-extended (ctpop, ctlz, then less 64 - w), or with bit w set (cttz) */
        mopnd a = reg_of(s, w == 64 || kind == 2 ? sop(s, A) : ext_opnd(s, A, w, EXT_Z)), r;
        if (w < 64 && kind == 2) {
            mopnd t = newv(s, 2);
            emit3(s, CK_OP_OR64, t, a, reg_of(s, op_imm((int64_t)1 << w, 2)));
            a = t;
        }
        mopnd lo = op_vp(a.r, 1), hi = op_vp(a.r, 2);
        if (kind == 0) {
            r = bin32(s, CK_OP_ADD, -1, u1(s, CK_OP_POPCNT, lo), u1(s, CK_OP_POPCNT, hi));
        } else if (kind == 1) {
            mopnd ch = u1(s, CK_OP_CLZ, hi), cl = bin32(s, CK_OP_ADD, CK_OP_ADDI, u1(s, CK_OP_CLZ, lo), op_imm(32, 1));
            r = sel(s, 1, hi, ch, cl);
        } else {
            mopnd cl = u1(s, CK_OP_CTZ, lo), ch = bin32(s, CK_OP_ADD, CK_OP_ADDI, u1(s, CK_OP_CTZ, hi), op_imm(32, 1));
            r = sel(s, 1, lo, cl, ch);
        }
        if (w < 64 && kind == 1) r = bin32(s, CK_OP_ADD, CK_OP_ADDI, r, op_imm(w - 64, 1));
        lv_alias(s, I, u1(s, CK_OP_ZEXT64, r), 0);
        return 0;
    }
    mopnd r;
    if (kind == 0) r = u1(s, CK_OP_POPCNT, ext_opnd(s, A, w, EXT_Z));
    else if (kind == 1) {
        r = u1(s, CK_OP_CLZ, ext_opnd(s, A, w, EXT_Z));
        if (w < 32) r = bin32(s, CK_OP_ADD, CK_OP_ADDI, r, op_imm(w - 32, 1));
    } else {
        mopnd a = sop(s, A);
        if (w < 32) a = bin32(s, CK_OP_OR, CK_OP_ORI, a, op_imm((int64_t)1 << w, 1));
        r = u1(s, CK_OP_CTZ, a);
    }
    lv_alias(s, I, r, EXT_Z | EXT_S);
    return 0;
}

static int lower_bswap(isel *s, LLVMValueRef I)
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int w = bits_of(A);
    if (w == 64 || w == 48) {     /* i48: swap as i64, then its bytes are the upper six */
        mopnd a = reg_of(s, sop(s, A));
        mopnd r = mkpair(s, u1(s, CK_OP_BSWAP, op_vp(a.r, 2)), u1(s, CK_OP_BSWAP, op_vp(a.r, 1)));
        if (w == 48) {
            mopnd t = newv(s, 2);
            emit3(s, CK_OP_SHRU64, t, reg_of(s, r), reg_of(s, op_imm(16, 1)));
            r = t;
        }
        lv_alias(s, I, r, 0);
    } else if (w == 32) {
        lv_alias(s, I, u1(s, CK_OP_BSWAP, sop(s, A)), 0);
    } else if (w == 16) {
        lv_alias(s, I, bin32(s, CK_OP_SHRU, CK_OP_SHRUI, u1(s, CK_OP_BSWAP, sop(s, A)), op_imm(16, 1)), EXT_Z | EXT_S);
    } else {
        return is_err(s, I, "unsupported IR: bswap of i%d", w);
    }
    return 0;
}

/* Reverses the bits of a word: swap bits, pairs, nibbles, then bytes. */
static mopnd bitrev32(isel *s, mopnd x)
{
    static const uint32_t mask[] = { 0x55555555u, 0x33333333u, 0x0f0f0f0fu };
    for (int k = 0; k < 3; k++) {
        mopnd m = reg_of(s, op_imm((int64_t)(int32_t)mask[k], 1));
        mopnd hi = bin32(s, CK_OP_AND, -1, bin32(s, CK_OP_SHRU, CK_OP_SHRUI, x, op_imm(1 << k, 1)), m);
        mopnd lo = bin32(s, CK_OP_SHL, CK_OP_SHLI, bin32(s, CK_OP_AND, -1, x, m), op_imm(1 << k, 1));
        x = bin32(s, CK_OP_OR, -1, hi, lo);
    }
    return u1(s, CK_OP_BSWAP, x);
}

static int lower_bitreverse(isel *s, LLVMValueRef I)
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int w = bits_of(A);
    if (w > 32) {                 /* i33..i63: reversed as i64, then shifted down */
        mopnd a = reg_of(s, sop(s, A));
        mopnd r = mkpair(s, bitrev32(s, op_vp(a.r, 2)), bitrev32(s, op_vp(a.r, 1)));
        if (w < 64) {
            mopnd t = newv(s, 2);
            emit3(s, CK_OP_SHRU64, t, reg_of(s, r), reg_of(s, op_imm(64 - w, 1)));
            r = t;
        }
        lv_alias(s, I, r, 0);
        return 0;
    }
    mopnd r = bitrev32(s, sop(s, A));
    if (w < 32) r = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, r, op_imm(32 - w, 1));
    lv_alias(s, I, r, w < 32 ? EXT_Z : 0);
    return 0;
}

/* fshl(a, b, s) = (a << s) | (b >> (w - s)); fshr(a, b, s) = (a << (w - s)) | (b >> s); s mod w. */
static int lower_fsh(isel *s, LLVMValueRef I, int right)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1), S = LLVMGetOperand(I, 2);
    int w = bits_of(A);
    int64_t k;
    if ((w > 16 && w < 32) || (w > 32 && w < 64)) {
        /* s = S mod w; fshl: (a << s) | (zext(b) >> (w - s)), fshr: (zext(b) >> s) | (a << (w - s)).
         * With s = 0 the shift by w leaves a's bits above the result (fshr) or b's bits out (fshl). */
        int pair = w > 32;
        mopnd bz = reg_of(s, ext_opnd(s, B, w, EXT_Z)), a = reg_of(s, sop(s, A)), sh;
        if (is_imm(s, S, &k)) sh = op_imm((int64_t)((uint64_t)k % (uint64_t)w), 1);
        else if (!pair) sh = bin32(s, CK_OP_REMU, -1, ext_opnd(s, S, w, EXT_Z), op_imm(w, 1));
        else {
            mopnd q = newv(s, 2);
            emit3(s, CK_OP_REMU64, q, reg_of(s, ext_opnd(s, S, w, EXT_Z)), reg_of(s, op_imm(w, 2)));
            sh = op_vp(q.r, 1);
        }
        mopnd rs = bin32(s, CK_OP_SUB, -1, op_imm(w, 1), sh), r;
        mopnd ls = right ? rs : sh, us = right ? sh : rs;   /* a goes left by ls, b right by us */
        if (!pair) {
            r = bin32(s, CK_OP_OR, -1, bin32(s, CK_OP_SHL, CK_OP_SHLI, a, ls), bin32(s, CK_OP_SHRU, CK_OP_SHRUI, bz, us));
        } else {
            mopnd x = newv(s, 2), y = newv(s, 2);
            r = newv(s, 2);
            emit3(s, CK_OP_SHL64, x, a, reg_of(s, ls));
            emit3(s, CK_OP_SHRU64, y, bz, reg_of(s, us));
            emit3(s, CK_OP_OR64, r, x, y);
        }
        lv_alias(s, I, r, 0);
        return 0;
    }
    if (w == 64) {
        mopnd a = reg_of(s, sop(s, A)), b = reg_of(s, sop(s, B)), sh = sop(s, S);
        sh = sh.kind == OK_IMM ? op_imm(sh.imm & 63, 1) : lo32(s, sh);
        mopnd one = reg_of(s, op_imm(1, 1)), x = bin32(s, CK_OP_XOR, CK_OP_XORI, sh, op_imm(63, 1));
        mopnd t1 = newv(s, 2), t2 = newv(s, 2), t3 = newv(s, 2), d = newv(s, 2);
        if (!right) {      /* (a << s) | ((b >> 1) >> (63 - s)) */
            emit3(s, CK_OP_SHL64, t1, a, reg_of(s, sh));
            emit3(s, CK_OP_SHRU64, t2, b, one);
            emit3(s, CK_OP_SHRU64, t3, t2, x);
        } else {           /* (b >> s) | ((a << 1) << (63 - s)) */
            emit3(s, CK_OP_SHRU64, t1, b, reg_of(s, sh));
            emit3(s, CK_OP_SHL64, t2, a, one);
            emit3(s, CK_OP_SHL64, t3, t2, x);
        }
        emit3(s, CK_OP_OR64, d, t1, t3);
        lv_alias(s, I, d, 0);
        return 0;
    }
    if (w < 32) {
        /* narrow: shift the concatenation a:b held in one register */
        mopnd cat = bin32(s, CK_OP_OR, -1, bin32(s, CK_OP_SHL, CK_OP_SHLI, sop(s, A), op_imm(w, 1)), ext_opnd(s, B, w, EXT_Z));
        mopnd sh = is_imm(s, S, &k) ? op_imm(k & (w - 1), 1) : (w & (w - 1)) ? op_imm(0, 1) : bin32(s, CK_OP_AND, CK_OP_ANDI, sop(s, S), op_imm(w - 1, 1));
        if (w & (w - 1)) sh = bin32(s, CK_OP_REMU, -1, ext_opnd(s, S, w, EXT_Z), op_imm(w, 1));
        mopnd r;
        if (right) r = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, cat, sh);
        else r = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, bin32(s, CK_OP_SHL, CK_OP_SHLI, cat, sh), op_imm(w, 1));
        lv_alias(s, I, r, 0);
        return 0;
    }
    mopnd a = sop(s, A), b = sop(s, B);
    if (is_imm(s, S, &k)) {
        k &= 31;
        if (!k) { lv_alias(s, I, right ? b : a, 0); return 0; }
        int l = right ? 32 - (int)k : (int)k;
        static int rotli = -2;
        if (rotli == -2) rotli = op_find("rotli", "rrb");
        if (A == B && cc_op(s->M, rotli) >= 0) {    /* rotate by a constant: one instruction where the ISA has it */
            mopnd d = newv(s, 1);
            emit3(s, rotli, d, reg_of(s, a), op_imm(l, 1));
            lv_alias(s, I, d, 0);
            return 0;
        }
        mopnd hi = bin32(s, CK_OP_SHL, CK_OP_SHLI, a, op_imm(l, 1));
        mopnd lo = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, b, op_imm(32 - l, 1));
        lv_alias(s, I, bin32(s, CK_OP_OR, -1, hi, lo), 0);
        return 0;
    }
    mopnd sh = sop(s, S), r;
    if (A == B) {       /* rotate: the other shift by -s (shift amounts are taken mod 32) */
        mopnd n = u1(s, CK_OP_NEG, sh);
        mopnd x = bin32(s, right ? CK_OP_SHRU : CK_OP_SHL, -1, a, sh);
        mopnd y = bin32(s, right ? CK_OP_SHL : CK_OP_SHRU, -1, a, n);
        r = bin32(s, CK_OP_OR, -1, x, y);
    } else {
        mopnd x = bin32(s, CK_OP_XOR, CK_OP_XORI, sh, op_imm(31, 1));    /* 31 - (s & 31) mod 32 */
        if (!right) {
            mopnd t1 = bin32(s, CK_OP_SHL, -1, a, sh);
            mopnd t2 = bin32(s, CK_OP_SHRU, -1, bin32(s, CK_OP_SHRU, CK_OP_SHRUI, b, op_imm(1, 1)), x);
            r = bin32(s, CK_OP_OR, -1, t1, t2);
        } else {
            mopnd t1 = bin32(s, CK_OP_SHRU, -1, b, sh);
            mopnd t2 = bin32(s, CK_OP_SHL, -1, bin32(s, CK_OP_SHL, CK_OP_SHLI, a, op_imm(1, 1)), x);
            r = bin32(s, CK_OP_OR, -1, t1, t2);
        }
    }
    lv_alias(s, I, r, 0);
    return 0;
}

static void pair_result(isel *s, LLVMValueRef I, mopnd v, mopnd ovf)
{
    lval *l = lv_new(s, I, LV_REGS);
    l->nparts = 2;
    l->parts = ar_alloc(&s->f->A, 2 * sizeof *l->parts);
    l->parts[0] = v, l->parts[1] = ovf;
}

/* {result, overflow} of [su](add|sub|mul).with.overflow. kind: 0 add 1 sub 2 mul. */
static int lower_overflow(isel *s, LLVMValueRef I, int sgn, int kind)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    int w = bits_of(A);
    if (w > 32 && w != 64) return is_err(s, I, "unsupported IR: overflow arithmetic on i%d", w);
    if (w < 32) {
        /* narrow: exact result in 32 bits, overflow when it does not survive re-extension */
        int how = sgn ? EXT_S : EXT_Z;
        static const int ops[] = { CK_OP_ADD, CK_OP_SUB, CK_OP_MUL };
        mopnd r = bin32(s, ops[kind], -1, ext_opnd(s, A, w, how), ext_opnd(s, B, w, how));
        mopnd e = ext_mopnd(s, r, 0, w, how), o = newv(s, 1);
        emit3(s, CK_OP_NE, o, r, e);
        pair_result(s, I, r, o);
        return 0;
    }
    if (w == 32) {
        mopnd a = reg_of(s, sop(s, A)), b = reg_of(s, sop(s, B)), r, o = newv(s, 1);
        if (kind == 2) {
            mopnd pa = u1(s, sgn ? CK_OP_SEXT64 : CK_OP_ZEXT64, a), pb = u1(s, sgn ? CK_OP_SEXT64 : CK_OP_ZEXT64, b);
            mopnd p = newv(s, 2);
            emit3(s, CK_OP_MUL64, p, pa, pb);
            r = op_vp(p.r, 1);
            if (sgn) emit3(s, CK_OP_NE, o, op_vp(p.r, 2), bin32(s, CK_OP_SHRS, CK_OP_SHRSI, r, op_imm(31, 1)));
            else emit3(s, CK_OP_NEI, o, op_vp(p.r, 2), op_imm(0, 1));
            pair_result(s, I, r, o);
            return 0;
        }
        r = bin32(s, kind ? CK_OP_SUB : CK_OP_ADD, -1, a, b);
        if (!sgn) {
            if (kind == 0) emit3(s, CK_OP_LTU, o, r, a);     /* carry: a + b < a */
            else emit3(s, CK_OP_LTU, o, a, b);               /* borrow: a < b */
        } else {
            /* add: (r ^ a) & (r ^ b) < 0; sub: (a ^ b) & (a ^ r) < 0 */
            mopnd x1 = bin32(s, CK_OP_XOR, -1, r, a), x2 = bin32(s, CK_OP_XOR, -1, kind ? a : r, b);
            mopnd m = bin32(s, CK_OP_AND, -1, x1, x2);
            emit3(s, CK_OP_LTSI, o, m, op_imm(0, 1));
        }
        pair_result(s, I, r, o);
        return 0;
    }
    mopnd a = reg_of(s, sop(s, A)), b = reg_of(s, sop(s, B)), r = newv(s, 2), o = newv(s, 1);
    if (kind == 2) {
        /* r = a * b; overflow iff a != 0 and r / a != b (plus a == -1, b == MIN when signed) */
        emit3(s, CK_OP_MUL64, r, a, b);
        mopnd z = newv(s, 1), one = reg_of(s, op_imm(1, 2)), zero = reg_of(s, op_imm(0, 2));
        emit3(s, CK_OP_EQ64, z, a, zero);
        mopnd a1 = sel(s, 2, z, one, a), q = newv(s, 2), ne = newv(s, 1);
        emit3(s, sgn ? CK_OP_DIVS64 : CK_OP_DIVU64, q, r, a1);
        emit3(s, CK_OP_NE64, ne, q, b);
        mopnd nz = bin32(s, CK_OP_XOR, CK_OP_XORI, z, op_imm(1, 1));
        mopnd ov = bin32(s, CK_OP_AND, -1, nz, ne);
        if (sgn) {
            mopnd m1 = newv(s, 1), mn = newv(s, 1);
            emit3(s, CK_OP_EQ64, m1, a, reg_of(s, op_imm(-1, 2)));
            emit3(s, CK_OP_EQ64, mn, b, reg_of(s, op_imm(INT64_MIN, 2)));
            ov = bin32(s, CK_OP_OR, -1, ov, bin32(s, CK_OP_AND, -1, m1, mn));
        }
        copy_to(s, o, ov);
        pair_result(s, I, r, o);
        return 0;
    }
    emit3(s, kind ? CK_OP_SUB64 : CK_OP_ADD64, r, a, b);
    if (!sgn) {
        if (kind == 0) emit3(s, CK_OP_LTU64, o, r, a);
        else emit3(s, CK_OP_LTU64, o, a, b);
    } else {
        mopnd x1 = newv(s, 2), x2 = newv(s, 2), m = newv(s, 2);
        emit3(s, CK_OP_XOR64, x1, r, a);
        emit3(s, CK_OP_XOR64, x2, kind ? a : r, b);
        emit3(s, CK_OP_AND64, m, x1, x2);
        emit3(s, CK_OP_LTSI, o, op_vp(m.r, 2), op_imm(0, 1));
    }
    pair_result(s, I, r, o);
    return 0;
}

/* Saturating add/sub. kind: 0 uadd 1 usub 2 sadd 3 ssub. */
static int lower_sat(isel *s, LLVMValueRef I, int kind)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    int w = bits_of(A);
    if (w > 32 && w != 64) return is_err(s, I, "unsupported IR: saturating arithmetic on i%d", w);
    if (w == 64) {
        mopnd a = reg_of(s, sop(s, A)), b = reg_of(s, sop(s, B)), t = newv(s, 2), ov = newv(s, 1), satv;
        emit3(s, kind & 1 ? CK_OP_SUB64 : CK_OP_ADD64, t, a, b);
        if (kind < 2) {           /* carry (a + b < a) or borrow (a < b): all ones or zero */
            if (kind == 0) emit3(s, CK_OP_LTU64, ov, t, a);
            else emit3(s, CK_OP_LTU64, ov, a, b);
            satv = reg_of(s, op_imm(kind == 0 ? -1 : 0, 2));
        } else {                  /* as with.overflow; then INT64_MIN if a < 0, else INT64_MAX */
            mopnd x1 = newv(s, 2), x2 = newv(s, 2), m = newv(s, 2), neg = newv(s, 1);
            emit3(s, CK_OP_XOR64, x1, t, a);
            emit3(s, CK_OP_XOR64, x2, kind == 3 ? a : t, b);
            emit3(s, CK_OP_AND64, m, x1, x2);
            emit3(s, CK_OP_LTSI, ov, op_vp(m.r, 2), op_imm(0, 1));
            emit3(s, CK_OP_LTSI, neg, op_vp(a.r, 2), op_imm(0, 1));
            satv = sel(s, 2, neg, reg_of(s, op_imm(INT64_MIN, 2)), reg_of(s, op_imm(INT64_MAX, 2)));
        }
        lv_alias(s, I, sel(s, 2, ov, satv, t), 0);
        return 0;
    }
    if (w < 32) {
        int sgn = kind >= 2, how = sgn ? EXT_S : EXT_Z;
        mopnd r = bin32(s, kind & 1 ? CK_OP_SUB : CK_OP_ADD, -1, ext_opnd(s, A, w, how), ext_opnd(s, B, w, how));
        if (sgn) {
            r = bin32(s, CK_OP_MINS, -1, r, op_imm(((int64_t)1 << (w - 1)) - 1, 1));
            r = bin32(s, CK_OP_MAXS, -1, r, op_imm(-((int64_t)1 << (w - 1)), 1));
        } else if (kind == 0) {
            r = bin32(s, CK_OP_MINU, -1, r, op_imm(((int64_t)1 << w) - 1, 1));
        } else {
            r = bin32(s, CK_OP_MAXS, -1, r, op_imm(0, 1));
        }
        lv_alias(s, I, r, sgn ? EXT_S : EXT_Z | EXT_S);
        return 0;
    }
    mopnd a = reg_of(s, sop(s, A)), b = sop(s, B), r;
    if (kind == 0) {          /* a + min(b, ~a) */
        r = bin32(s, CK_OP_ADD, -1, a, bin32(s, CK_OP_MINU, -1, b, u1(s, CK_OP_NOT, a)));
    } else if (kind == 1) {   /* a - min(a, b) */
        r = bin32(s, CK_OP_SUB, -1, a, bin32(s, CK_OP_MINU, -1, a, b));
    } else {
        b = reg_of(s, b);
        mopnd t = bin32(s, kind == 3 ? CK_OP_SUB : CK_OP_ADD, -1, a, b);
        mopnd x1 = bin32(s, CK_OP_XOR, -1, t, a), x2 = bin32(s, CK_OP_XOR, -1, kind == 3 ? a : t, b);
        mopnd ov = newv(s, 1);
        emit3(s, CK_OP_LTSI, ov, bin32(s, CK_OP_AND, -1, x1, x2), op_imm(0, 1));
        /* saturated value: INT_MAX if a >= 0 else INT_MIN, i.e. (a >> 31) ^ INT_MAX */
        mopnd satv = bin32(s, CK_OP_XOR, -1, bin32(s, CK_OP_SHRS, CK_OP_SHRSI, a, op_imm(31, 1)), op_imm(INT32_MAX, 1));
        r = sel(s, 1, ov, satv, t);
    }
    lv_alias(s, I, r, 0);
    return 0;
}

static int lower_fp_to_int_sat(isel *s, LLVMValueRef I, int sgn)
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int dbl = LLVMGetTypeKind(LLVMTypeOf(A)) == LLVMDoubleTypeKind;
    int w = int_bits(LLVMTypeOf(I));
    if (LLVMGetTypeKind(LLVMTypeOf(I)) != LLVMIntegerTypeKind || (w > 32 && w != 64))
        return is_err(s, I, "unsupported IR: saturating conversion to this type");
    int op = w == 64 ? (dbl ? (sgn ? CK_OP_D2L : CK_OP_D2UL) : (sgn ? CK_OP_F2L : CK_OP_F2UL))
                     : (dbl ? (sgn ? CK_OP_D2I : CK_OP_D2U) : (sgn ? CK_OP_F2I : CK_OP_F2U));
    mopnd r = newv(s, w == 64 ? 2 : 1);
    emit2(s, op, r, reg_of(s, sop(s, A)));
    if (w < 32) {   /* the VM saturates to 32 bits; clamp to the narrow range */
        if (sgn) {
            r = bin32(s, CK_OP_MINS, -1, r, op_imm(((int64_t)1 << (w - 1)) - 1, 1));
            r = bin32(s, CK_OP_MAXS, -1, r, op_imm(-((int64_t)1 << (w - 1)), 1));
        } else {
            r = bin32(s, CK_OP_MINU, -1, r, op_imm(((int64_t)1 << w) - 1, 1));
        }
    }
    lv_alias(s, I, r, w < 32 ? (sgn ? EXT_S : EXT_Z) : 0);
    return 0;
}

/* libm intrinsics become calls to the C functions of the same meaning. */
static const struct { const char *intr, *f32, *f64; int nargs; } libm[] = {
    { "llvm.floor.", "floorf", "floor", 1 }, { "llvm.ceil.", "ceilf", "ceil", 1 },
    { "llvm.trunc.", "truncf", "trunc", 1 }, { "llvm.round.", "roundf", "round", 1 },
    { "llvm.roundeven.", "roundevenf", "roundeven", 1 }, { "llvm.rint.", "rintf", "rint", 1 },
    { "llvm.nearbyint.", "nearbyintf", "nearbyint", 1 }, { "llvm.sin.", "sinf", "sin", 1 },
    { "llvm.cos.", "cosf", "cos", 1 }, { "llvm.tan.", "tanf", "tan", 1 },
    { "llvm.exp.", "expf", "exp", 1 }, { "llvm.exp2.", "exp2f", "exp2", 1 },
    { "llvm.exp10.", "exp10f", "exp10", 1 }, { "llvm.log.", "logf", "log", 1 },
    { "llvm.log2.", "log2f", "log2", 1 }, { "llvm.log10.", "log10f", "log10", 1 },
    { "llvm.pow.", "powf", "pow", 2 }, { "llvm.fma.", "fmaf", "fma", 3 },
    { "llvm.minnum.", "fminf", "fmin", 2 }, { "llvm.maxnum.", "fmaxf", "fmax", 2 },
    { "llvm.asin.", "asinf", "asin", 1 }, { "llvm.acos.", "acosf", "acos", 1 },
    { "llvm.atan.", "atanf", "atan", 1 }, { "llvm.sinh.", "sinhf", "sinh", 1 },
    { "llvm.cosh.", "coshf", "cosh", 1 }, { "llvm.tanh.", "tanhf", "tanh", 1 },
};

/* --- varargs (docs/backend.md "Variadic calls") ------------------------------------------------------ */
/* va_start stores the incoming area's address (the definition's trailing parameter) into the
 * va_list; va_copy copies that word; va_end does nothing. */
static int lower_va_intrinsic(isel *s, LLVMValueRef I, const char *name)
{
    if (!LLVMIsFunctionVarArg(LLVMGlobalGetValueType(s->fn)) && prefix(name, "llvm.va_start"))
        return is_err(s, I, "unsupported IR: va_start in a function that is not variadic");
    if (prefix(name, "llvm.va_end")) return 0;
    leaf w = { LLVMTypeOf(LLVMGetOperand(I, 0)), 32, 1, 0, 0 };   /* the va_list's pointer */
    mopnd base, v;
    int64_t off;
    if (prefix(name, "llvm.va_start")) {
        v = s->va_in;
    } else {
        uint8_t e;
        addr_of(s, LLVMGetOperand(I, 1), &base, &off);
        load_leaf(s, &w, base, off, &v, &e, 0);
    }
    addr_of(s, LLVMGetOperand(I, 0), &base, &off);
    store_leaf(s, &w, v, base, off);
    return 0;
}

/* Type, size and alignment of a variadic argument's slot in the area: at an offset aligned to
 * max(4, its alignment) (8 at most), taking its size rounded up to 4. */
static LLVMTypeRef va_slot(isel *s, LLVMValueRef I, unsigned i, uint32_t *size, uint32_t *align, int *byval)
{
    cc_mod *M = s->M;
    LLVMAttributeRef bv = LLVMGetCallSiteEnumAttribute(I, i + 1, M->kind_byval);
    LLVMTypeRef t = bv ? LLVMGetTypeAttributeValue(bv) : LLVMTypeOf(LLVMGetOperand(I, i));
    uint32_t a = cc_align(M, t);
    *align = a < 4 ? 4 : a > 8 ? 8 : a;
    *size = (uint32_t)((cc_size(M, t) + 3) & ~(uint64_t)3);
    *byval = bv != NULL;
    return t;
}

/* Bytes of the argument area of a call to a variadic function (0 if it passes no extra ones). */
static uint64_t va_area_bytes(isel *s, LLVMValueRef I)
{
    LLVMTypeRef fty = LLVMGetCalledFunctionType(I);
    unsigned nfix = LLVMCountParamTypes(fty), nops = LLVMGetNumArgOperands(I);
    uint64_t off = 0;
    for (unsigned i = nfix; i < nops; i++) {
        uint32_t size, align;
        int byval;
        va_slot(s, I, i, &size, &align, &byval);
        off = ((off + align - 1) & ~(uint64_t)(align - 1)) + size;
    }
    return off;
}

/* The function's outgoing area: one frame slot, 8-aligned, as large as its largest variadic
 * call needs (the arguments are stored right before each call, so calls can share it). */
static int va_area(isel *s, LLVMValueRef I)
{
    if (s->va_out_size >= 0) return 0;
    uint64_t max = 0;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(s->fn); bb; bb = LLVMGetNextBasicBlock(bb))
        for (LLVMValueRef c = LLVMGetFirstInstruction(bb); c; c = LLVMGetNextInstruction(c)) {
            if (!LLVMIsACallInst(c) || !LLVMIsFunctionVarArg(LLVMGetCalledFunctionType(c))) continue;
            uint64_t n = va_area_bytes(s, c);
            if (n > max) max = n;
        }
    if (max > 30000) return is_err(s, I, "unsupported IR: variadic arguments of %llu bytes", (unsigned long long)max);
    s->va_out = max ? frame_alloc(s, max, 8, I) : 0;
    s->va_out_size = (int)max;
    return s->bad ? -1 : 0;
}

/* Stores a variadic call's arguments [from, to) into the area and returns its address as the
 * call's trailing argument (0 when there is no area). */
static int va_args(isel *s, LLVMValueRef I, LLVMValueRef callee, unsigned from, unsigned to, mopnd *area)
{
    if (va_area(s, I)) return -1;
    if (!s->va_out_size) { *area = op_imm(0, 1); return 0; }
    mopnd fb = (mopnd){ OK_FRAME, 0, 1, 0, 0, NULL };
    uint64_t off = 0;
    for (unsigned i = from; i < to; i++) {
        LLVMValueRef v = LLVMGetOperand(I, i);
        uint32_t size, align;
        int byval;
        LLVMTypeRef t = va_slot(s, I, i, &size, &align, &byval);
        off = (off + align - 1) & ~(uint64_t)(align - 1);
        int64_t at = (int64_t)s->va_out + (int64_t)off;
        off += size;
        if (byval) {
            lower_memop(s, CK_OP_MEMCPY, reg_of(s, (mopnd){ OK_FRAME, 0, 1, 0, at, NULL }), sreg(s, v),
                        op_imm((int64_t)cc_size(s->M, t), 1));
            continue;
        }
        leaf lf[MAX_LEAVES];
        int n = type_leaves(s, t, lf, MAX_LEAVES, 0, I);
        if (n < 0) return -1;
        lval *l = lv_get(s, v);
        if (!l) return -1;
        mopnd one, *parts = l->parts;
        if (l->kind != LV_REGS || n == 1) { one = sop(s, v); parts = &one; }
        for (int k = 0; k < n; k++) {
            if (n == 1 && !lf[0].fp && lf[0].bits < 32) {   /* a narrow scalar fills its word */
                int how = arg_ext(s, I, callee, i + 1);
                leaf w = lf[0];
                w.bits = 32;
                store_leaf(s, &w, ext_mopnd(s, parts[0], l->ext, lf[0].bits, how ? how : EXT_Z), fb, at);
                continue;
            }
            store_leaf(s, &lf[k], parts[k], fb, at);
        }
    }
    *area = (mopnd){ OK_FRAME, 0, 1, 0, s->va_out, NULL };
    return 0;
}

static int lower_intrinsic(isel *s, LLVMValueRef I, const char *name)
{
    mfunc *f = s->f;
    LLVMTypeRef rt = LLVMTypeOf(I);
    int rk = LLVMGetTypeKind(rt);
    if (rk == LLVMVectorTypeKind) return is_err(s, I, "unsupported IR: vector intrinsic %s", name);
    /* no code */
    if (prefix(name, "llvm.dbg.") || prefix(name, "llvm.lifetime.") || prefix(name, "llvm.assume") ||
        prefix(name, "llvm.experimental.noalias.scope.decl") || prefix(name, "llvm.invariant.") ||
        prefix(name, "llvm.sideeffect") || prefix(name, "llvm.donothing") || prefix(name, "llvm.var.annotation") ||
        prefix(name, "llvm.codeview.") || prefix(name, "llvm.pseudoprobe") || prefix(name, "llvm.prefetch") ||
        prefix(name, "llvm.instrprof.") || prefix(name, "llvm.clear_cache") || prefix(name, "llvm.experimental.noalias"))
        return rk == LLVMVoidTypeKind ? 0 : (lv_alias(s, I, sop(s, LLVMGetOperand(I, 0)), 0), 0);
    if (prefix(name, "llvm.expect") || prefix(name, "llvm.launder.invariant.group") ||
        prefix(name, "llvm.strip.invariant.group") || prefix(name, "llvm.threadlocal.address") ||
        prefix(name, "llvm.ptr.annotation") || prefix(name, "llvm.annotation") || prefix(name, "llvm.arithmetic.fence")) {
        LLVMValueRef a = LLVMGetOperand(I, 0);
        lval *l = lv_get(s, a);
        lv_alias(s, I, sop(s, a), l ? l->ext : 0);
        return 0;
    }
    if (prefix(name, "llvm.memcpy.") || prefix(name, "llvm.memmove.") || prefix(name, "llvm.memset.")) {
        int op = prefix(name, "llvm.memcpy.") ? CK_OP_MEMCPY : prefix(name, "llvm.memmove.") ? CK_OP_MEMMOVE : CK_OP_MEMSET;
        LLVMValueRef n = LLVMGetOperand(I, 2);
        mopnd len = sop(s, n);
        if (bits_of(n) == 64) len = lo32(s, len);
        mopnd src = op == CK_OP_MEMSET ? sop(s, LLVMGetOperand(I, 1)) : sop(s, LLVMGetOperand(I, 1));
        lower_memop(s, op, sop(s, LLVMGetOperand(I, 0)), src, len);
        return 0;
    }
    if (prefix(name, "llvm.trap") || prefix(name, "llvm.debugtrap") || prefix(name, "llvm.ubsantrap")) {
        mf_emit(f, CK_OP_TRAP, 0, 0);
        return 1;   /* ends the block */
    }
    if (prefix(name, "llvm.sqrt.") || prefix(name, "llvm.fabs.")) {
        int dbl = rk == LLVMDoubleTypeKind;
        if (rk != LLVMFloatTypeKind && !dbl) return is_err(s, I, "unsupported IR: %s on this type", name);
        int op = prefix(name, "llvm.sqrt.") ? (dbl ? CK_OP_SQRTD : CK_OP_SQRTF) : (dbl ? CK_OP_ABSD : CK_OP_ABSF);
        mopnd d = newv(s, dbl ? 2 : 1);
        emit2(s, op, d, reg_of(s, sop(s, LLVMGetOperand(I, 0))));
        lv_alias(s, I, d, 0);
        return 0;
    }
    if (prefix(name, "llvm.copysign.")) {
        mopnd a = sop(s, LLVMGetOperand(I, 0)), b = sop(s, LLVMGetOperand(I, 1));
        if (rk == LLVMFloatTypeKind) {
            mopnd m = bin32(s, CK_OP_AND, -1, a, op_imm(0x7fffffff, 1));
            mopnd sg = bin32(s, CK_OP_AND, -1, b, op_imm((int64_t)(int32_t)0x80000000u, 1));
            lv_alias(s, I, bin32(s, CK_OP_OR, -1, m, sg), 0);
            return 0;
        }
        if (rk != LLVMDoubleTypeKind) return is_err(s, I, "unsupported IR: %s on this type", name);
        mopnd hm = bin32(s, CK_OP_AND, -1, hi32(s, a), op_imm(0x7fffffff, 1));
        mopnd sg = bin32(s, CK_OP_AND, -1, hi32(s, b), op_imm((int64_t)(int32_t)0x80000000u, 1));
        lv_alias(s, I, mkpair(s, lo32(s, a), bin32(s, CK_OP_OR, -1, hm, sg)), 0);
        return 0;
    }
    if (prefix(name, "llvm.fmuladd.")) {
        int dbl = rk == LLVMDoubleTypeKind;
        if (rk != LLVMFloatTypeKind && !dbl) return is_err(s, I, "unsupported IR: %s on this type", name);
        mopnd p = newv(s, dbl ? 2 : 1), d = newv(s, dbl ? 2 : 1);
        emit3(s, dbl ? CK_OP_MULD : CK_OP_MULF, p, sreg(s, LLVMGetOperand(I, 0)), sreg(s, LLVMGetOperand(I, 1)));
        emit3(s, dbl ? CK_OP_ADDD : CK_OP_ADDF, d, p, sreg(s, LLVMGetOperand(I, 2)));
        lv_alias(s, I, d, 0);
        return 0;
    }
    for (size_t i = 0; i < sizeof libm / sizeof libm[0]; i++) {
        if (!prefix(name, libm[i].intr)) continue;
        if (rk != LLVMFloatTypeKind && rk != LLVMDoubleTypeKind) break;
        return lower_libcall(s, I, rk == LLVMFloatTypeKind ? libm[i].f32 : libm[i].f64, libm[i].nargs);
    }
    if (prefix(name, "llvm.smin.")) return minmax(s, I, 0);
    if (prefix(name, "llvm.smax.")) return minmax(s, I, 1);
    if (prefix(name, "llvm.umin.")) return minmax(s, I, 2);
    if (prefix(name, "llvm.umax.")) return minmax(s, I, 3);
    if (prefix(name, "llvm.abs.")) return lower_abs(s, I);
    if (prefix(name, "llvm.ctpop.")) return lower_bitcount(s, I, 0);
    if (prefix(name, "llvm.ctlz.")) return lower_bitcount(s, I, 1);
    if (prefix(name, "llvm.cttz.")) return lower_bitcount(s, I, 2);
    if (prefix(name, "llvm.bswap.")) return lower_bswap(s, I);
    if (prefix(name, "llvm.bitreverse.")) return lower_bitreverse(s, I);
    if (prefix(name, "llvm.fshl.")) return lower_fsh(s, I, 0);
    if (prefix(name, "llvm.fshr.")) return lower_fsh(s, I, 1);
    if (prefix(name, "llvm.sadd.with.overflow.")) return lower_overflow(s, I, 1, 0);
    if (prefix(name, "llvm.uadd.with.overflow.")) return lower_overflow(s, I, 0, 0);
    if (prefix(name, "llvm.ssub.with.overflow.")) return lower_overflow(s, I, 1, 1);
    if (prefix(name, "llvm.usub.with.overflow.")) return lower_overflow(s, I, 0, 1);
    if (prefix(name, "llvm.smul.with.overflow.")) return lower_overflow(s, I, 1, 2);
    if (prefix(name, "llvm.umul.with.overflow.")) return lower_overflow(s, I, 0, 2);
    if (prefix(name, "llvm.uadd.sat.")) return lower_sat(s, I, 0);
    if (prefix(name, "llvm.usub.sat.")) return lower_sat(s, I, 1);
    if (prefix(name, "llvm.sadd.sat.")) return lower_sat(s, I, 2);
    if (prefix(name, "llvm.ssub.sat.")) return lower_sat(s, I, 3);
    if (prefix(name, "llvm.fptosi.sat.")) return lower_fp_to_int_sat(s, I, 1);
    if (prefix(name, "llvm.fptoui.sat.")) return lower_fp_to_int_sat(s, I, 0);
    if (prefix(name, "llvm.is.constant.")) { lv_alias(s, I, op_imm(0, 1), EXT_Z | EXT_S); return 0; }
    if (prefix(name, "llvm.objectsize.")) {
        int64_t mn = 0;
        is_imm(s, LLVMGetOperand(I, 1), &mn);
        int w = int_bits(rt);
        lv_alias(s, I, op_imm(mn ? 0 : -1, w == 64 ? 2 : 1), 0);
        return 0;
    }
    if (prefix(name, "llvm.va_start") || prefix(name, "llvm.va_end") || prefix(name, "llvm.va_copy"))
        return lower_va_intrinsic(s, I, name);
    if (prefix(name, "llvm.ptrmask.")) {   /* varargs: clang aligns va_arg pointers with it */
        LLVMValueRef m = LLVMGetOperand(I, 1);
        mopnd k = sop(s, m);
        if (bits_of(m) == 64) k = lo32(s, k);
        lv_alias(s, I, bin32(s, CK_OP_AND, CK_OP_ANDI, sop(s, LLVMGetOperand(I, 0)), k), 0);
        return 0;
    }
    if (prefix(name, "llvm.stacksave") || prefix(name, "llvm.stackrestore"))
        return is_err(s, I, "unsupported IR: variable-sized stack allocation (%s)", name);
    return is_err(s, I, "unsupported IR: intrinsic %s", name);
}

/* --- calls ----------------------------------------------------------------------------------------- */
int lower_call(isel *s, LLVMValueRef I)
{
    cc_mod *M = s->M;
    LLVMValueRef callee = LLVMGetCalledValue(I);
    if (LLVMIsAInlineAsm(callee)) return is_err(s, I, "unsupported IR: inline assembly");
    LLVMTypeRef fty = LLVMGetCalledFunctionType(I);
    unsigned nops = LLVMGetNumArgOperands(I);
    mopnd target;
    int span_args = -1, span_rets = -1;
    if (LLVMIsAFunction(callee)) {
        if (LLVMGetIntrinsicID(callee)) {
            size_t len;
            const char *nm = LLVMGetValueName2(callee, &len);
            return lower_intrinsic(s, I, nm);
        }
        int nat = LLVMIsDeclaration(callee) ? cc_fn_native(callee) : -1;
        if (nat >= 0) {
            int na, nr, ver;
            cc_native(cc_native_name(nat), &na, &nr, &ver);
            M->natives_used |= 1u << nat;
            target = (mopnd){ OK_NATIVE, 0, 0, nat, 0, cc_native_name(nat) };
            span_args = na, span_rets = nr;
        } else {
            target = (mopnd){ OK_FUNC, 0, 0, 0, 0, cc_name(M, callee) };
        }
    } else {
        target = reg_of(s, sop(s, callee));
        if (s->bad) return -1;
    }
    mopnd args[MAX_LEAVES], res[MAX_LEAVES];
    int na, nr;
    /* varargs: a non-native variadic callee gets its fixed arguments in registers and the rest
     * in the caller's area, whose address follows them as one more argument */
    int va = span_args < 0 && LLVMIsFunctionVarArg(fty);
    unsigned nfix = va ? LLVMCountParamTypes(fty) : nops;
    if (call_args(s, I, callee, 0, nfix, args, &na, &nr)) return -1;
    if (va) {
        if (na >= MAX_LEAVES) return is_err(s, I, "unsupported IR: call with more than %d argument values", MAX_LEAVES);
        if (va_args(s, I, callee, nfix, nops, &args[na])) return -1;
        na++, nr++;
    }
    leaf rl[MAX_LEAVES];
    int nres = type_leaves(s, LLVMGetReturnType(fty), rl, MAX_LEAVES, 0, I);
    if (nres < 0) return -1;
    int rr = 0;
    for (int i = 0; i < nres; i++) rr += rl[i].sz;
    if (span_args >= 0) {
        if (nr != span_args || (rr && rr != span_rets))
            return is_err(s, I, "native %s takes %d argument and %d result registers; the call has %d and %d",
                          target.sym, span_args, span_rets, nr, rr);
        nr = span_args, rr = span_rets;
    }
    emit_call(s, target, args, na, nr > rr ? nr : rr, rl, nres, res);
    return call_result(s, I, callee, rl, nres, res);
}

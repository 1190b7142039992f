/* Instruction selection, part 2: integer and floating-point arithmetic with the ISA's immediate
 * forms, compares (values, fused compare-and-branch, composed fcmp predicates), casts, select,
 * address arithmetic folded into load/store offsets, frame slots and (single-threaded) atomics. */
#include <stdio.h>
#include <string.h>

#include "isel.h"

/* --- helpers --------------------------------------------------------------------------------------- */
mopnd bin32(isel *s, int op, int opi, mopnd a, mopnd b)
{
    mopnd d = newv(s, 1);
    if (opi >= 0 && b.kind == OK_IMM && fits16(b.imm)) {
        emit3(s, opi, d, reg_of(s, a), b);
        return d;
    }
    emit3(s, op, d, reg_of(s, a), reg_of(s, b));
    return d;
}

static mopnd bin64(isel *s, int op, mopnd a, mopnd b)
{
    mopnd d = newv(s, 2);
    emit3(s, op, d, reg_of(s, a), reg_of(s, b));
    return d;
}

static mopnd un(isel *s, int op, int dsz, mopnd a)
{
    mopnd d = newv(s, dsz);
    emit2(s, op, d, reg_of(s, a));
    return d;
}

static int is_vector(LLVMTypeRef t) { return LLVMGetTypeKind(t) == LLVMVectorTypeKind || LLVMGetTypeKind(t) == LLVMScalableVectorTypeKind; }

static int fp_kind(LLVMTypeRef t)
{
    LLVMTypeKind k = LLVMGetTypeKind(t);
    return k == LLVMFloatTypeKind ? 1 : k == LLVMDoubleTypeKind ? 2 : 0;
}

static uint8_t ext_of(isel *s, LLVMValueRef v)
{
    lval *l = lv_get(s, v);
    return l ? l->ext : 0;
}

/* The low word of a 64-bit operand (a register word or an immediate). */
static mopnd lo_word(isel *s, mopnd o)
{
    if (o.kind == OK_IMM) return op_imm((int64_t)(int32_t)(uint32_t)o.imm, 1);
    o = reg_of(s, o);
    return o.part ? o : op_vp(o.r, 1);
}

/* A shift amount: the VM shifts by the amount modulo the width (32 or 64), so an `and` with a
 * mask that keeps those low bits (LLVM's x & 31 before a shift by x) need not be computed. */
static LLVMValueRef shift_amount(LLVMValueRef B, int width)
{
    int64_t k;
    if (LLVMIsAInstruction(B) && LLVMGetInstructionOpcode(B) == LLVMAnd && LLVMIsAConstantInt(LLVMGetOperand(B, 1))) {
        k = LLVMConstIntGetSExtValue(LLVMGetOperand(B, 1));
        if ((k & (width - 1)) == width - 1) return LLVMGetOperand(B, 0);
    }
    return B;
}

/* --- integer and floating-point arithmetic --------------------------------------------------------- */
/* i33..i64 in a pair; narrower than 64 bits extends where the operation needs it. */
static int lower_int64(isel *s, LLVMValueRef I, LLVMOpcode op, int w)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    int how = op == LLVMUDiv || op == LLVMURem || op == LLVMLShr ? EXT_Z
            : op == LLVMSDiv || op == LLVMSRem || op == LLVMAShr ? EXT_S : 0;
    mopnd a = how ? ext_opnd(s, A, w, how) : sop(s, A), b = how && op != LLVMLShr && op != LLVMAShr ? ext_opnd(s, B, w, how) : sop(s, B), d;
    int o64;
    switch (op) {
    case LLVMAdd: o64 = CK_OP_ADD64; break;
    case LLVMSub:
        if (a.kind == OK_IMM && a.imm == 0) { lv_alias(s, I, un(s, CK_OP_NEG64, 2, b), 0); return 0; }
        o64 = CK_OP_SUB64; break;
    case LLVMMul: o64 = CK_OP_MUL64; break;
    case LLVMUDiv: o64 = CK_OP_DIVU64; break;
    case LLVMSDiv: o64 = CK_OP_DIVS64; break;
    case LLVMURem: o64 = CK_OP_REMU64; break;
    case LLVMSRem: o64 = CK_OP_REMS64; break;
    case LLVMAnd: o64 = CK_OP_AND64; break;
    case LLVMOr: o64 = CK_OP_OR64; break;
    case LLVMXor: o64 = CK_OP_XOR64; break;
    case LLVMShl: case LLVMLShr: case LLVMAShr: {
        int sop64 = op == LLVMShl ? CK_OP_SHL64 : op == LLVMLShr ? CK_OP_SHRU64 : CK_OP_SHRS64;
        if (w == 64 && b.kind != OK_IMM) b = sop(s, shift_amount(B, 64));
        mopnd amt = b.kind == OK_IMM ? op_imm(b.imm & 63, 1) : lo_word(s, b);
        d = newv(s, 2);
        emit3(s, sop64, d, reg_of(s, a), reg_of(s, amt));
        lv_alias(s, I, d, 0);
        return 0;
    }
    default: return is_err(s, I, "unsupported IR: 64-bit operation");
    }
    lv_alias(s, I, bin64(s, o64, a, b), 0);
    return 0;
}

static int lower_int32(isel *s, LLVMValueRef I, LLVMOpcode op, int w)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    if (w == 1) {   /* i1 stays 0/1: map onto bit operations */
        switch (op) {
        case LLVMAdd: case LLVMSub: op = LLVMXor; break;
        case LLVMMul: op = LLVMAnd; break;
        case LLVMUDiv: case LLVMSDiv: case LLVMShl: case LLVMLShr: case LLVMAShr:
            lv_alias(s, I, sop(s, A), EXT_Z); return 0;
        case LLVMURem: case LLVMSRem: lv_alias(s, I, op_imm(0, 1), EXT_Z | EXT_S); return 0;
        default: break;
        }
    }
    int comm = op == LLVMAdd || op == LLVMMul || op == LLVMAnd || op == LLVMOr || op == LLVMXor;
    int64_t k;
    if (comm && is_imm(s, A, &k) && !is_imm(s, B, &k)) { LLVMValueRef t = A; A = B; B = t; }
    uint8_t ea = ext_of(s, A), eb = ext_of(s, B), ext = 0;
    mopnd a, b, d;
    switch (op) {
    case LLVMAdd:
        d = bin32(s, CK_OP_ADD, CK_OP_ADDI, sop(s, A), sop(s, B));
        break;
    case LLVMSub:
        a = sop(s, A), b = sop(s, B);
        if (b.kind == OK_IMM && fits16(-b.imm)) d = bin32(s, CK_OP_ADD, CK_OP_ADDI, a, op_imm(-b.imm, 1));
        else if (a.kind == OK_IMM && a.imm == 0) d = un(s, CK_OP_NEG, 1, b);
        else d = bin32(s, CK_OP_SUB, -1, a, b);
        break;
    case LLVMMul:
        d = bin32(s, CK_OP_MUL, CK_OP_MULI, sop(s, A), sop(s, B));
        break;
    case LLVMUDiv: case LLVMURem:
        d = bin32(s, op == LLVMUDiv ? CK_OP_DIVU : CK_OP_REMU, -1, ext_opnd(s, A, w, EXT_Z), ext_opnd(s, B, w, EXT_Z));
        ext = EXT_Z;
        break;
    case LLVMSDiv: case LLVMSRem:
        d = bin32(s, op == LLVMSDiv ? CK_OP_DIVS : CK_OP_REMS, -1, ext_opnd(s, A, w, EXT_S), ext_opnd(s, B, w, EXT_S));
        ext = EXT_S;
        break;
    case LLVMShl:
        b = sop(s, w == 32 ? shift_amount(B, 32) : B);
        d = bin32(s, CK_OP_SHL, CK_OP_SHLI, sop(s, A), b.kind == OK_IMM ? op_imm(b.imm & 31, 1) : b);
        break;
    case LLVMLShr:
        b = sop(s, w == 32 ? shift_amount(B, 32) : B);
        d = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, ext_opnd(s, A, w, EXT_Z), b.kind == OK_IMM ? op_imm(b.imm & 31, 1) : b);
        ext = EXT_Z;
        if (b.kind == OK_IMM && (b.imm & 31)) ext |= EXT_S;
        break;
    case LLVMAShr:
        b = sop(s, w == 32 ? shift_amount(B, 32) : B);
        if (w == 32 && b.kind == OK_IMM && (b.imm == 24 || b.imm == 16) && LLVMGetInstructionOpcode(A) == LLVMShl) {
            /* ashr (shl x, 24), 24 is LLVM's sign extension from 8 bits (the shl dies, DCE drops it) */
            int64_t k2;
            if (is_imm(s, LLVMGetOperand(A, 1), &k2) && k2 == b.imm) {
                d = un(s, b.imm == 24 ? CK_OP_SEXT8 : CK_OP_SEXT16, 1, sop(s, LLVMGetOperand(A, 0)));
                break;
            }
        }
        d = bin32(s, CK_OP_SHRS, CK_OP_SHRSI, ext_opnd(s, A, w, EXT_S), b.kind == OK_IMM ? op_imm(b.imm & 31, 1) : b);
        ext = EXT_S;
        break;
    case LLVMAnd:
        a = sop(s, A), b = sop(s, B);
        if (b.kind == OK_IMM && (uint32_t)b.imm == 0xff) d = un(s, CK_OP_ZEXT8, 1, a);
        else if (b.kind == OK_IMM && (uint32_t)b.imm == 0xffff) d = un(s, CK_OP_ZEXT16, 1, a);
        else d = bin32(s, CK_OP_AND, CK_OP_ANDI, a, b);
        ext = (uint8_t)(((ea | eb) & EXT_Z) | (ea & eb & EXT_S));
        break;
    case LLVMOr:
        d = bin32(s, CK_OP_OR, CK_OP_ORI, sop(s, A), sop(s, B));
        ext = ea & eb;
        break;
    case LLVMXor:
        a = sop(s, A), b = sop(s, B);
        if (b.kind == OK_IMM && b.imm == -1) d = un(s, CK_OP_NOT, 1, a);
        else d = bin32(s, CK_OP_XOR, CK_OP_XORI, a, b);
        ext = ea & eb;
        break;
    default:
        return is_err(s, I, "unsupported IR: integer operation");
    }
    if (w == 1) ext = EXT_Z;
    lv_alias(s, I, d, ext);
    return 0;
}

int lower_binop(isel *s, LLVMValueRef I)
{
    LLVMTypeRef t = LLVMTypeOf(I);
    LLVMOpcode op = LLVMGetInstructionOpcode(I);
    if (is_vector(t)) return is_err(s, I, "unsupported IR: vector operations");
    int fk = fp_kind(t);
    if (fk) {
        int dbl = fk == 2, o;
        if (op == LLVMFNeg) { lv_alias(s, I, un(s, dbl ? CK_OP_NEGD : CK_OP_NEGF, fk, sop(s, LLVMGetOperand(I, 0))), 0); return 0; }
        switch (op) {
        case LLVMFAdd: o = dbl ? CK_OP_ADDD : CK_OP_ADDF; break;
        case LLVMFSub: o = dbl ? CK_OP_SUBD : CK_OP_SUBF; break;
        case LLVMFMul: o = dbl ? CK_OP_MULD : CK_OP_MULF; break;
        case LLVMFDiv: o = dbl ? CK_OP_DIVD : CK_OP_DIVF; break;
        case LLVMFRem: return lower_libcall(s, I, dbl ? "fmod" : "fmodf", 2);
        default: return is_err(s, I, "unsupported IR: floating-point operation");
        }
        mopnd d = newv(s, fk);
        emit3(s, o, d, sreg(s, LLVMGetOperand(I, 0)), sreg(s, LLVMGetOperand(I, 1)));
        lv_alias(s, I, d, 0);
        return 0;
    }
    if (LLVMGetTypeKind(t) != LLVMIntegerTypeKind) return is_err(s, I, "unsupported IR: arithmetic on this type");
    int w = (int)LLVMGetIntTypeWidth(t);
    if (w > 32) return lower_int64(s, I, op, w);
    return lower_int32(s, I, op, w);
}

/* --- compares -------------------------------------------------------------------------------------- */
/* Register forms: index from the base opcode (eq ne lts ltu les leu) and whether to swap operands. */
static void pred_rr(LLVMIntPredicate p, int *idx, int *swap)
{
    static const struct { LLVMIntPredicate p; int idx, swap; } t[] = {
        { LLVMIntEQ, 0, 0 }, { LLVMIntNE, 1, 0 }, { LLVMIntSLT, 2, 0 }, { LLVMIntULT, 3, 0 },
        { LLVMIntSLE, 4, 0 }, { LLVMIntULE, 5, 0 }, { LLVMIntSGT, 2, 1 }, { LLVMIntUGT, 3, 1 },
        { LLVMIntSGE, 4, 1 }, { LLVMIntUGE, 5, 1 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (t[i].p == p) { *idx = t[i].idx; *swap = t[i].swap; return; }
    *idx = 0, *swap = 0;
}

/* Immediate forms: index from the base opcode (eqi nei ltsi ltui gtsi gtui) and the immediate. */
static int pred_ri(LLVMIntPredicate p, int64_t k, int *idx, int64_t *imm)
{
    uint32_t u = (uint32_t)k;
    switch (p) {
    case LLVMIntEQ: *idx = 0, *imm = k; break;
    case LLVMIntNE: *idx = 1, *imm = k; break;
    case LLVMIntSLT: *idx = 2, *imm = k; break;
    case LLVMIntSGT: *idx = 4, *imm = k; break;
    case LLVMIntSLE: if (k >= INT32_MAX) return 0; *idx = 2, *imm = k + 1; break;
    case LLVMIntSGE: if (k <= INT32_MIN) return 0; *idx = 4, *imm = k - 1; break;
    case LLVMIntULT: *idx = 3, *imm = (int32_t)u; break;
    case LLVMIntUGT: *idx = 5, *imm = (int32_t)u; break;
    case LLVMIntULE: if (u == 0xffffffffu) return 0; *idx = 3, *imm = (int32_t)(u + 1); break;
    case LLVMIntUGE: if (u == 0) return 0; *idx = 5, *imm = (int32_t)(u - 1); break;
    default: return 0;
    }
    return fits16(*imm);
}

static LLVMIntPredicate pred_swap(LLVMIntPredicate p)
{
    switch (p) {
    case LLVMIntSLT: return LLVMIntSGT;
    case LLVMIntSGT: return LLVMIntSLT;
    case LLVMIntSLE: return LLVMIntSGE;
    case LLVMIntSGE: return LLVMIntSLE;
    case LLVMIntULT: return LLVMIntUGT;
    case LLVMIntUGT: return LLVMIntULT;
    case LLVMIntULE: return LLVMIntUGE;
    case LLVMIntUGE: return LLVMIntULE;
    default: return p;
    }
}

/* Operands of an icmp of width <= 32, extended as the predicate needs, constant on the right. */
static void icmp_operands(isel *s, LLVMValueRef I, LLVMIntPredicate *p, mopnd *a, mopnd *b, int w)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    *p = LLVMGetICmpPredicate(I);
    int how = EXT_Z;
    if (*p == LLVMIntSLT || *p == LLVMIntSLE || *p == LLVMIntSGT || *p == LLVMIntSGE) how = EXT_S;
    else if ((*p == LLVMIntEQ || *p == LLVMIntNE) && (ext_of(s, A) & EXT_S) && (ext_of(s, B) & EXT_S)) how = EXT_S;
    *a = ext_opnd(s, A, w, how);
    *b = ext_opnd(s, B, w, how);
    if (a->kind == OK_IMM && b->kind != OK_IMM) {
        mopnd t = *a; *a = *b; *b = t;
        *p = pred_swap(*p);
    }
}

static mopnd icmp_value(isel *s, LLVMValueRef I)
{
    LLVMValueRef A = LLVMGetOperand(I, 0);
    int w = int_bits(LLVMTypeOf(A)), idx, swap;
    mopnd d = newv(s, 1), a, b;
    LLVMIntPredicate p;
    icmp_operands(s, I, &p, &a, &b, w);
    if (w > 32) {
        pred_rr(p, &idx, &swap);
        a = reg_of(s, a), b = reg_of(s, b);
        emit3(s, CK_OP_EQ64 + idx, d, swap ? b : a, swap ? a : b);
        return d;
    }
    int64_t imm;
    if (b.kind == OK_IMM && pred_ri(p, b.imm, &idx, &imm)) {
        emit3(s, CK_OP_EQI + idx, d, reg_of(s, a), op_imm(imm, 1));
        return d;
    }
    pred_rr(p, &idx, &swap);
    a = reg_of(s, a), b = reg_of(s, b);
    emit3(s, CK_OP_EQ + idx, d, swap ? b : a, swap ? a : b);
    return d;
}

/* fcmp: a 0/1 register that holds the predicate, or its negation when *neg is set. */
static mopnd fcmp_value(isel *s, LLVMValueRef I, int *neg)
{
    LLVMValueRef A = LLVMGetOperand(I, 0), B = LLVMGetOperand(I, 1);
    int dbl = fp_kind(LLVMTypeOf(A)) == 2;
    LLVMRealPredicate p = LLVMGetFCmpPredicate(I);
    *neg = 0;
    if (p == LLVMRealPredicateFalse) return reg_of(s, op_imm(0, 1));
    if (p == LLVMRealPredicateTrue) return reg_of(s, op_imm(1, 1));
    mopnd a = sreg(s, A), b = sreg(s, B), d = newv(s, 1);
    int eq = dbl ? CK_OP_EQD : CK_OP_EQF, ne = dbl ? CK_OP_NED : CK_OP_NEF, lt = dbl ? CK_OP_LTD : CK_OP_LTF;
    int le = dbl ? CK_OP_LED : CK_OP_LEF, uno = dbl ? CK_OP_UNOD : CK_OP_UNOF;
    switch (p) {
    case LLVMRealOEQ: emit3(s, eq, d, a, b); break;
    case LLVMRealOGT: emit3(s, lt, d, b, a); break;
    case LLVMRealOGE: emit3(s, le, d, b, a); break;
    case LLVMRealOLT: emit3(s, lt, d, a, b); break;
    case LLVMRealOLE: emit3(s, le, d, a, b); break;
    case LLVMRealUNE: emit3(s, ne, d, a, b); break;
    case LLVMRealUNO: emit3(s, uno, d, a, b); break;
    case LLVMRealORD: emit3(s, uno, d, a, b); *neg = 1; break;
    case LLVMRealUGT: emit3(s, le, d, a, b); *neg = 1; break;
    case LLVMRealUGE: emit3(s, lt, d, a, b); *neg = 1; break;
    case LLVMRealULT: emit3(s, le, d, b, a); *neg = 1; break;
    case LLVMRealULE: emit3(s, lt, d, b, a); *neg = 1; break;
    case LLVMRealONE: case LLVMRealUEQ: {
        mopnd t1 = newv(s, 1), t2 = newv(s, 1);
        emit3(s, lt, t1, a, b);
        emit3(s, lt, t2, b, a);
        emit3(s, CK_OP_OR, d, t1, t2);
        *neg = p == LLVMRealUEQ;
        break;
    }
    default: break;
    }
    return d;
}

mopnd cmp_value(isel *s, LLVMValueRef I, int *neg)
{
    *neg = 0;
    if (LLVMGetInstructionOpcode(I) == LLVMFCmp) return fcmp_value(s, I, neg);
    return icmp_value(s, I);
}

/* 1 for `select i1 a, i1 b, false` (a && b), 2 for `select i1 a, true, b` (a || b), when its
 * only user is the conditional branch of its block: the branch becomes two (lower_term_br), b
 * evaluated only where a did not decide, and neither is made a 0/1 value. Else 0. */
int logic_branch(LLVMValueRef I)
{
    if (!LLVMIsASelectInst(I) || LLVMGetTypeKind(LLVMTypeOf(I)) != LLVMIntegerTypeKind ||
        LLVMGetIntTypeWidth(LLVMTypeOf(I)) != 1)
        return 0;
    LLVMValueRef a = LLVMGetOperand(I, 0), t = LLVMGetOperand(I, 1), f = LLVMGetOperand(I, 2);
    int kind = LLVMIsAConstantInt(f) && !LLVMConstIntGetZExtValue(f) && !LLVMIsAConstant(t) ? 1 :
               LLVMIsAConstantInt(t) && LLVMConstIntGetZExtValue(t) && !LLVMIsAConstant(f) ? 2 : 0;
    if (!kind || LLVMIsAConstant(a) || a == (kind == 1 ? t : f)) return 0;
    LLVMUseRef u = LLVMGetFirstUse(I);
    if (!u || LLVMGetNextUse(u)) return 0;
    LLVMValueRef br = LLVMGetUser(u);
    if (LLVMGetInstructionOpcode(br) != LLVMBr || !LLVMIsConditional(br) || LLVMGetCondition(br) != I ||
        LLVMGetInstructionParent(br) != LLVMGetInstructionParent(I))
        return 0;
    return kind;
}

/* A compare whose only user is a conditional branch (or a select's condition, or the second
 * operand of a logic_branch select) is left for the user. */
static int deferrable(LLVMValueRef I)
{
    LLVMUseRef u = LLVMGetFirstUse(I);
    if (!u || LLVMGetNextUse(u)) return 0;
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMGetInstructionOpcode(user) == LLVMBr) return LLVMIsConditional(user) && LLVMGetCondition(user) == I;
    if (LLVMGetInstructionOpcode(user) == LLVMSelect && LLVMGetOperand(user, 0) != I) {
        int kind = logic_branch(user);
        return kind && LLVMGetOperand(user, kind == 1 ? 1 : 2) == I;
    }
    if (LLVMGetInstructionOpcode(user) == LLVMSelect)
        return LLVMGetOperand(user, 0) == I && LLVMGetOperand(user, 1) != I && LLVMGetOperand(user, 2) != I;
    return 0;
}

int lower_icmp(isel *s, LLVMValueRef I)
{
    LLVMTypeRef t = LLVMTypeOf(LLVMGetOperand(I, 0));
    if (is_vector(t)) return is_err(s, I, "unsupported IR: vector compare");
    int w = int_bits(t);
    if (w <= 0 || w > 64) return is_err(s, I, "unsupported IR: compare of this type");
    if (deferrable(I)) { lv_new(s, I, LV_CMP); return 0; }
    lv_alias(s, I, icmp_value(s, I), EXT_Z);
    return 0;
}

int lower_fcmp(isel *s, LLVMValueRef I)
{
    LLVMTypeRef t = LLVMTypeOf(LLVMGetOperand(I, 0));
    if (!fp_kind(t)) return is_err(s, I, "unsupported IR: compare of this type");
    if (deferrable(I)) { lv_new(s, I, LV_CMP); return 0; }
    int neg;
    mopnd r = fcmp_value(s, I, &neg);
    if (neg) {
        mopnd d = newv(s, 1);
        emit3(s, CK_OP_XORI, d, r, op_imm(1, 1));
        r = d;
    }
    lv_alias(s, I, r, EXT_Z);
    return 0;
}

int cmp_branch(isel *s, LLVMValueRef C, int t, int f)
{
    minsn *i;
    int neg = 0;
    LLVMValueRef A = LLVMGetOperand(C, 0);
    int w = int_bits(LLVMTypeOf(A));
    if (LLVMGetInstructionOpcode(C) == LLVMFCmp || w > 32) {
        mopnd r = cmp_value(s, C, &neg);
        i = mf_emit(s->f, neg ? CK_OP_BRZ : CK_OP_BRNZ, 0, 3);
        i->o[0] = r, i->o[1] = op_blk(t), i->o[2] = op_blk(f);
        return 0;
    }
    LLVMIntPredicate p;
    mopnd a, b;
    int idx, swap;
    int64_t imm;
    icmp_operands(s, C, &p, &a, &b, w);
    if (b.kind == OK_IMM && b.imm == 0 && (p == LLVMIntEQ || p == LLVMIntNE)) {
        a = reg_of(s, a);
        i = mf_emit(s->f, p == LLVMIntEQ ? CK_OP_BRZ : CK_OP_BRNZ, 0, 3);
        i->o[0] = a, i->o[1] = op_blk(t), i->o[2] = op_blk(f);
        return 0;
    }
    if (b.kind == OK_IMM && pred_ri(p, b.imm, &idx, &imm)) {
        a = reg_of(s, a);
        i = mf_emit(s->f, CK_OP_BEQI + idx, 0, 4);
        i->o[0] = a, i->o[1] = op_imm(imm, 1), i->o[2] = op_blk(t), i->o[3] = op_blk(f);
        return 0;
    }
    pred_rr(p, &idx, &swap);
    a = reg_of(s, a), b = reg_of(s, b);
    i = mf_emit(s->f, CK_OP_BEQ + idx, 0, 4);
    i->o[0] = swap ? b : a, i->o[1] = swap ? a : b, i->o[2] = op_blk(t), i->o[3] = op_blk(f);
    return 0;
}

/* --- casts ----------------------------------------------------------------------------------------- */
int lower_cast(isel *s, LLVMValueRef I)
{
    LLVMOpcode op = LLVMGetInstructionOpcode(I);
    LLVMValueRef A = LLVMGetOperand(I, 0);
    LLVMTypeRef st = LLVMTypeOf(A), dt = LLVMTypeOf(I);
    if (is_vector(st) || is_vector(dt)) return is_err(s, I, "unsupported IR: vector cast");
    int sw = int_bits(st), dw = int_bits(dt), sf = fp_kind(st), df = fp_kind(dt);
    if ((!sw && !sf) || (!dw && !df) || sw > 64 || dw > 64)
        return is_err(s, I, "unsupported IR: cast between these types");
    mopnd a, d;
    switch (op) {
    case LLVMTrunc: case LLVMPtrToInt: case LLVMIntToPtr:
        if (op == LLVMIntToPtr && sw < 32) { lv_alias(s, I, ext_opnd(s, A, sw, EXT_Z), 0); return 0; }
        if (dw > 32) {   /* ptrtoint to a wide type zero-extends; trunc between pair widths keeps the pair */
            if (sw <= 32) lv_alias(s, I, un(s, CK_OP_ZEXT64, 2, sop(s, A)), EXT_Z | EXT_S);
            else lv_alias(s, I, sop(s, A), 0);
            return 0;
        }
        a = sop(s, A);
        if (sw > 32) a = lo_word(s, a);
        if (dw == 1 && !(sw == 1)) {
            if (a.kind == OK_IMM) a = op_imm(a.imm & 1, 1);
            else a = bin32(s, CK_OP_AND, CK_OP_ANDI, a, op_imm(1, 1));
            lv_alias(s, I, a, EXT_Z);
            return 0;
        }
        if (a.kind == OK_IMM && dw < 32) a = ext_mopnd(s, a, 0, dw, EXT_S);
        lv_alias(s, I, a, dw >= 32 ? EXT_Z | EXT_S : a.kind == OK_IMM ? EXT_S : 0);
        return 0;
    case LLVMZExt:
        a = sw == 1 ? sop(s, A) : ext_opnd(s, A, sw, EXT_Z);
        if (sw > 32) { lv_alias(s, I, a, EXT_Z | EXT_S); return 0; }
        if (dw > 32) {
            if (a.kind == OK_IMM) { lv_alias(s, I, op_imm((int64_t)(uint32_t)a.imm, 2), 0); return 0; }
            lv_alias(s, I, un(s, CK_OP_ZEXT64, 2, a), 0);
            return 0;
        }
        lv_alias(s, I, a, EXT_Z | (dw > sw ? EXT_S : 0));
        return 0;
    case LLVMSExt:
        if (sw == 1) {
            a = sop(s, A);
            a = a.kind == OK_IMM ? op_imm(-(a.imm & 1), 1) : un(s, CK_OP_NEG, 1, a);
        } else {
            a = ext_opnd(s, A, sw, EXT_S);
        }
        if (sw > 32) { lv_alias(s, I, a, EXT_S); return 0; }
        if (dw > 32) {
            if (a.kind == OK_IMM) { lv_alias(s, I, op_imm((int64_t)(int32_t)a.imm, 2), 0); return 0; }
            lv_alias(s, I, un(s, CK_OP_SEXT64, 2, a), 0);
            return 0;
        }
        lv_alias(s, I, a, EXT_S);
        return 0;
    case LLVMFPTrunc:
        if (sf != 2 || df != 1) return is_err(s, I, "unsupported IR: fptrunc between these types");
        lv_alias(s, I, un(s, CK_OP_D2F, 1, sop(s, A)), 0);
        return 0;
    case LLVMFPExt:
        if (sf != 1 || df != 2) return is_err(s, I, "unsupported IR: fpext between these types");
        lv_alias(s, I, un(s, CK_OP_F2D, 2, sop(s, A)), 0);
        return 0;
    case LLVMFPToSI: case LLVMFPToUI: {
        int sgn = op == LLVMFPToSI, o;
        if (!sf || !dw) return is_err(s, I, "unsupported IR: float-to-integer cast between these types");
        if (dw > 32) o = sf == 1 ? (sgn ? CK_OP_F2L : CK_OP_F2UL) : (sgn ? CK_OP_D2L : CK_OP_D2UL);
        else o = sf == 1 ? (sgn ? CK_OP_F2I : CK_OP_F2U) : (sgn ? CK_OP_D2I : CK_OP_D2U);
        d = un(s, o, dw > 32 ? 2 : 1, sop(s, A));
        if (dw == 1) { d = bin32(s, CK_OP_AND, CK_OP_ANDI, d, op_imm(1, 1)); lv_alias(s, I, d, EXT_Z); return 0; }
        lv_alias(s, I, d, dw < 32 ? (sgn ? EXT_S : EXT_Z) : 0);
        return 0;
    }
    case LLVMSIToFP: case LLVMUIToFP: {
        int sgn = op == LLVMSIToFP, o;
        if (!sw || !df) return is_err(s, I, "unsupported IR: integer-to-float cast between these types");
        if (sw > 32) {
            o = df == 1 ? (sgn ? CK_OP_L2F : CK_OP_UL2F) : (sgn ? CK_OP_L2D : CK_OP_UL2D);
            a = ext_opnd(s, A, sw, sgn ? EXT_S : EXT_Z);
        } else {
            o = df == 1 ? (sgn ? CK_OP_I2F : CK_OP_U2F) : (sgn ? CK_OP_I2D : CK_OP_U2D);
            a = ext_opnd(s, A, sw, sgn ? EXT_S : EXT_Z);
        }
        lv_alias(s, I, un(s, o, df, a), 0);
        return 0;
    }
    case LLVMBitCast: case LLVMAddrSpaceCast: {
        lval *l = lv_get(s, A);
        if (!l) return -1;
        if ((sw > 32 || sf == 2) != (dw > 32 || df == 2)) return is_err(s, I, "unsupported IR: bitcast between these types");
        lv_alias(s, I, sop(s, A), l->ext);
        return 0;
    }
    default:
        return is_err(s, I, "unsupported IR: cast");
    }
}

/* --- select ---------------------------------------------------------------------------------------- */
int lower_select(isel *s, LLVMValueRef I)
{
    LLVMValueRef C = LLVMGetOperand(I, 0), T = LLVMGetOperand(I, 1), F = LLVMGetOperand(I, 2);
    if (is_vector(LLVMTypeOf(C)) || is_vector(LLVMTypeOf(I))) return is_err(s, I, "unsupported IR: vector select");
    int64_t k;
    if (logic_branch(I)) { lv_new(s, I, LV_CMP); return 0; }    /* left for the branch */
    lval *tl = lv_get(s, T), *fl = lv_get(s, F), *cl = lv_get(s, C);
    if (!tl || !fl || !cl) return -1;
    if (is_imm(s, C, &k) || T == F) {
        LLVMValueRef pick = T == F || (k & 1) ? T : F;
        lval *pl = lv_get(s, pick);
        if (pl->kind != LV_REGS) { lv_alias(s, I, sop(s, pick), 0); return 0; }
        lval *l = lv_new(s, I, LV_REGS);
        l->nparts = pl->nparts, l->parts = pl->parts, l->ext = pl->ext;
        return 0;
    }
    int neg = 0;
    mopnd c = cl->kind == LV_CMP ? cmp_value(s, C, &neg) : sreg(s, C);
    leaf lf[MAX_LEAVES];
    int n = type_leaves(s, LLVMTypeOf(I), lf, MAX_LEAVES, 0, I);
    if (n < 0) return -1;
    mopnd t1 = sop(s, T), f1 = sop(s, F);
    mopnd *tp = tl->kind == LV_REGS ? tl->parts : &t1, *fp = fl->kind == LV_REGS ? fl->parts : &f1;
    if (neg) { mopnd *x = tp; tp = fp; fp = x; }
    lval *l = lv_new(s, I, LV_REGS);
    l->nparts = n;
    l->parts = ar_alloc(&s->f->A, (size_t)(n ? n : 1) * sizeof *l->parts);
    l->ext = n == 1 ? tl->ext & fl->ext : 0;
    for (int i = 0; i < n; i++) {
        mopnd a = tp[i], b = fp[i], d;
        if (a.kind == b.kind && a.r == b.r && a.part == b.part && a.imm == b.imm && a.sym == b.sym) { l->parts[i] = a; continue; }
        if (lf[i].bits == 1 && !lf[i].fp && b.kind == OK_IMM && b.imm == 0) { l->parts[i] = bin32(s, CK_OP_AND, -1, c, a); continue; }
        if (lf[i].bits == 1 && !lf[i].fp && a.kind == OK_IMM && a.imm == 1) { l->parts[i] = bin32(s, CK_OP_OR, -1, c, b); continue; }
        d = newv(s, lf[i].sz);
        emit4(s, lf[i].sz == 2 ? CK_OP_SELECT64 : CK_OP_SELECT, d, c, reg_of(s, a), reg_of(s, b));
        l->parts[i] = d;
    }
    if (n == 1 && lf[0].bits == 1) l->ext = EXT_Z;
    return 0;
}

/* --- addresses and memory -------------------------------------------------------------------------- */
/* A constant-offset address that only feeds loads, stores and further foldable GEPs need not exist
 * in a register: its users fold the offset into their 16-bit immediates. */
int gep_foldable(LLVMValueRef g, int depth)
{
    if (depth > 8) return 0;
    for (LLVMUseRef u = LLVMGetFirstUse(g); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (!LLVMIsAInstruction(user)) return 0;
        switch (LLVMGetInstructionOpcode(user)) {
        case LLVMLoad: break;
        case LLVMStore: if (LLVMGetOperand(user, 0) == g) return 0; break;
        case LLVMGetElementPtr: {
            unsigned n = (unsigned)LLVMGetNumOperands(user);
            for (unsigned i = 1; i < n; i++) if (LLVMGetOperand(user, i) == g) return 0;
            if (!gep_foldable(user, depth + 1)) return 0;
            break;
        }
        default: return 0;
        }
    }
    return 1;
}

/* br + x * scale in a register, computed once per block. Inside a loop, where the ISA has mla,
 * one `mla` with the scale in a register hoisted out of the loop; else a shift (or multiply) and
 * an add, the scaled index shared by the block's other addresses. */
static mopnd add_scaled(isel *s, mopnd br, mopnd x, int64_t scale)
{
    static int mla = -2;
    if (mla == -2) mla = op_find("mla", "rrrr");
    int64_t key = (int64_t)((uint64_t)(uint32_t)br.r << 32 | (uint32_t)scale);
    int v;
    if (scale != 1 && cc_op(s->M, mla) >= 0 && s->hoist && s->hoist[s->home] >= 0 && cache_find(s, 110, x.part, 1, x.r, scale, NULL) < 0) {
        if ((v = cache_find(s, 112, x.part, br.part, x.r, key, NULL)) >= 0) return op_v(s->f, v);
        mopnd d = newv(s, 1);
        emit4(s, mla, d, x, reg_of(s, op_imm(scale, 1)), br);
        cache_add(s, 112, x.part, br.part, x.r, key, NULL, d.r);
        return d;
    }
    if (scale != 1) {    /* the same index scaled the same way in this block: computed once */
        v = cache_find(s, 110, x.part, 1, x.r, scale, NULL);
        if (v >= 0) {
            x = op_v(s->f, v);
        } else {
            mopnd x0 = x;
            int sh = 0;
            while (sh < 31 && ((int64_t)1 << sh) < scale) sh++;
            x = scale > 0 && scale == (int64_t)1 << sh ? bin32(s, CK_OP_SHL, CK_OP_SHLI, x, op_imm(sh, 1))
                                                       : bin32(s, CK_OP_MUL, CK_OP_MULI, x, op_imm(scale, 1));
            cache_add(s, 110, x0.part, 1, x0.r, scale, NULL, x.r);
        }
    }
    v = cache_find(s, 111, br.part, (uint8_t)x.part, x.r, br.r, NULL);
    if (v >= 0) return op_v(s->f, v);
    mopnd b = bin32(s, CK_OP_ADD, -1, br, x);
    cache_add(s, 111, br.part, (uint8_t)x.part, x.r, br.r, NULL, b.r);
    return b;
}

mopnd addr_add_index(isel *s, mopnd base, int64_t *off, mopnd x, int sh)
{
    if (base.kind == OK_SYM || base.kind == OK_FRAME) {
        *off += base.imm;           /* the shared base register; the offset stays foldable */
        base.imm = 0;
    }
    return add_scaled(s, reg_of(s, base), x, (int64_t)1 << sh);
}

void addr_of_x(isel *s, LLVMValueRef p, mopnd *base, int64_t *off, mopnd *idx, int *sh)
{
    lval *l = lv_get(s, p);
    *off = 0;
    idx->kind = OK_NONE;
    *sh = 0;
    if (!l) { *base = op_imm(0x100, 1); return; }
    if (l->kind == LV_ADDR) { *base = l->base; *off = l->off; *idx = l->idx; *sh = l->sh; return; }
    mopnd o = sop(s, p);
    if (o.kind == OK_SYM || o.kind == OK_FRAME) { *off = o.imm; o.imm = 0; }
    *base = o;
}

/* The indexed form (base + index scaled by the access size) of a load or store, where the ISA has
 * it (instructions added after the first release), or -1. */
static int indexed_op(const isel *s, int op)
{
    static int xop[CK_OP_COUNT];
    static int done;
    if (!done) {
        for (int o = 0; o < CK_OP_COUNT; o++) {
            char name[16];
            const char *f = op_form(o);
            xop[o] = -1;
            if (!((o >= CK_OP_LD8S && o <= CK_OP_ST64))) continue;
            snprintf(name, sizeof name, "%sx", op_name(o));
            xop[o] = op_find(name, f[0] == 'R' ? "Rrr" : "rrr");
        }
        done = 1;
    }
    return op >= 0 && op < CK_OP_COUNT ? cc_op(s->M, xop[op]) : -1;
}

/* Whether every user of g is a load or store of one `bytes`-byte value through it, which an
 * indexed instruction can do (offset_ok: the constant part of the address goes into the base). */
static int gep_indexable(isel *s, LLVMValueRef g, int bytes, int offset_ok)
{
    if (!offset_ok || !LLVMGetFirstUse(g)) return 0;
    for (LLVMUseRef u = LLVMGetFirstUse(g); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        LLVMTypeRef t;
        if (!LLVMIsAInstruction(user)) return 0;
        LLVMOpcode op = LLVMGetInstructionOpcode(user);
        if (op == LLVMLoad) t = LLVMTypeOf(user);
        else if (op == LLVMStore && LLVMGetOperand(user, 1) == g) t = LLVMTypeOf(LLVMGetOperand(user, 0));
        else return 0;
        LLVMTypeKind tk = LLVMGetTypeKind(t);
        if (tk != LLVMIntegerTypeKind && tk != LLVMPointerTypeKind && tk != LLVMFloatTypeKind && tk != LLVMDoubleTypeKind) return 0;
        if ((int)cc_size(s->M, t) != bytes || (tk == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) % 8)) return 0;
        if (indexed_op(s, bytes == 1 ? CK_OP_LD8U : bytes == 2 ? CK_OP_LD16U : bytes == 4 ? CK_OP_LD32 : CK_OP_LD64) < 0) return 0;
    }
    return 1;
}

void addr_of(isel *s, LLVMValueRef p, mopnd *base, int64_t *off)
{
    mopnd idx;
    int sh;
    addr_of_x(s, p, base, off, &idx, &sh);
    if (idx.kind == OK_VREG) *base = addr_add_index(s, *base, off, idx, sh);
}

void mem_operands(isel *s, mopnd base, int64_t off, mopnd *breg, int64_t *h)
{
    off = (int64_t)(int32_t)(uint32_t)off;
    if (base.kind == OK_IMM) { *breg = reg_of(s, op_imm((int64_t)(int32_t)(uint32_t)(base.imm + off), 1)); *h = 0; return; }
    if (base.kind == OK_SYM && !fits16(off)) {
        base.imm = off;
        *breg = reg_of(s, base);
        *h = 0;
        return;
    }
    if (!fits16(off)) {
        if (base.kind == OK_FRAME) base = reg_of(s, base);
        *breg = bin32(s, CK_OP_ADD, CK_OP_ADDI, base, op_imm(off, 1));
        *h = 0;
        return;
    }
    *breg = reg_of(s, base);
    *h = off;
}

/* Bytes a leaf occupies in memory (LLVM's store size). */
static int store_size(const leaf *lf) { return lf->sz == 2 ? 8 : lf->fp ? 4 : (lf->bits + 7) / 8; }

static int ld_op(const leaf *lf, int sext)
{
    switch (store_size(lf)) {
    case 8: return CK_OP_LD64;
    case 4: return CK_OP_LD32;
    case 2: return sext && lf->bits == 16 ? CK_OP_LD16S : CK_OP_LD16U;
    case 1: return sext && lf->bits == 8 ? CK_OP_LD8S : CK_OP_LD8U;
    default: return -1;    /* 3 bytes: composed */
    }
}

static int st_op(const leaf *lf)
{
    switch (store_size(lf)) {
    case 8: return CK_OP_ST64;
    case 4: return CK_OP_ST32;
    case 2: return CK_OP_ST16;
    case 1: return CK_OP_ST8;
    default: return -1;
    }
}

static int mem_width_ok(isel *s, const leaf *lf, int n, LLVMValueRef I)
{
    for (int i = 0; i < n; i++)
        if (!lf[i].fp && lf[i].bits > 32 && lf[i].bits != 64)
            return is_err(s, I, "unsupported IR: memory access of type i%d", lf[i].bits);
    return 0;
}

int load_leaf(isel *s, const leaf *lf, mopnd base, int64_t off, mopnd *out, uint8_t *ext, int sext)
{
    mopnd b;
    int64_t h;
    int op = ld_op(lf, sext);
    if (op < 0) {   /* three bytes (i17..i24): 16 + 8 bits */
        mopnd lo = newv(s, 1), hi = newv(s, 1);
        mem_operands(s, base, off + lf->off, &b, &h);
        emit3(s, CK_OP_LD16U, lo, b, op_imm(h, 1));
        mem_operands(s, base, off + lf->off + 2, &b, &h);
        emit3(s, CK_OP_LD8U, hi, b, op_imm(h, 1));
        *out = bin32(s, CK_OP_OR, -1, lo, bin32(s, CK_OP_SHL, CK_OP_SHLI, hi, op_imm(16, 1)));
        *ext = 0;
        return 0;
    }
    mem_operands(s, base, off + lf->off, &b, &h);
    *out = newv(s, lf->sz);
    emit3(s, op, *out, b, op_imm(h, 1));
    /* only whole bytes have defined upper bits (LLVM leaves a narrower type's extra bits open) */
    *ext = lf->bits == 1 || lf->bits == 8 || lf->bits == 16
         ? (op == CK_OP_LD8U || op == CK_OP_LD16U ? EXT_Z : op == CK_OP_LD8S || op == CK_OP_LD16S ? EXT_S : 0) : 0;
    return 0;
}

void store_leaf(isel *s, const leaf *lf, mopnd v, mopnd base, int64_t off)
{
    mopnd b;
    int64_t h;
    mopnd r = reg_of(s, v);
    int op = st_op(lf);
    if (op < 0) {
        mem_operands(s, base, off + lf->off, &b, &h);
        emit_store(s, CK_OP_ST16, r, b, h);
        mopnd hi = bin32(s, CK_OP_SHRU, CK_OP_SHRUI, r, op_imm(16, 1));
        mem_operands(s, base, off + lf->off + 2, &b, &h);
        emit_store(s, CK_OP_ST8, hi, b, h);
        return;
    }
    mem_operands(s, base, off + lf->off, &b, &h);
    emit_store(s, op, r, b, h);
}

/* For a load or store of one leaf of `bytes` bytes at base + off + (idx << sh): the indexed
 * instruction's base register, or OK_NONE if the access needs the address computed. */
static mopnd indexed_base(isel *s, int xop, int bytes, mopnd base, int64_t off, mopnd idx, int sh)
{
    mopnd none = { 0 };
    if (xop < 0 || idx.kind != OK_VREG || bytes != 1 << sh) return none;
    off = (int64_t)(int32_t)(uint32_t)off;
    if (base.kind == OK_SYM || (base.kind == OK_FRAME && fits16(base.imm + off))) {
        base.imm = (int64_t)(int32_t)(uint32_t)(base.imm + off);    /* sym+off in a register */
        return reg_of(s, base);
    }
    if (off) return none;
    return reg_of(s, base);
}

int lower_load(isel *s, LLVMValueRef I)
{
    leaf lf[MAX_LEAVES];
    int n = type_leaves(s, LLVMTypeOf(I), lf, MAX_LEAVES, 0, I);
    if (n < 0 || mem_width_ok(s, lf, n, I)) return -1;
    mopnd base, idx;
    int64_t off;
    int sh;
    addr_of_x(s, LLVMGetOperand(I, 0), &base, &off, &idx, &sh);
    int sext = 0;
    if (n == 1 && lf[0].bits < 32) {   /* a load whose only user sign-extends loads signed */
        LLVMUseRef u = LLVMGetFirstUse(I);
        sext = u && !LLVMGetNextUse(u) && LLVMGetInstructionOpcode(LLVMGetUser(u)) == LLVMSExt;
    }
    if (idx.kind == OK_VREG) {
        int op = n == 1 ? ld_op(&lf[0], sext) : -1, xop = op >= 0 ? indexed_op(s, op) : -1;
        mopnd br = indexed_base(s, xop, store_size(&lf[0]), base, off + (n == 1 ? lf[0].off : 0), idx, sh);
        if (br.kind == OK_VREG) {
            lval *l = lv_new(s, I, LV_REGS);
            l->nparts = 1;
            l->parts = ar_alloc(&s->f->A, sizeof *l->parts);
            l->parts[0] = newv(s, lf[0].sz);
            emit3(s, xop, l->parts[0], br, idx);
            l->ext = lf[0].bits == 1 || lf[0].bits == 8 || lf[0].bits == 16
                   ? (op == CK_OP_LD8U || op == CK_OP_LD16U ? EXT_Z : op == CK_OP_LD8S || op == CK_OP_LD16S ? EXT_S : 0) : 0;
            return 0;
        }
        base = addr_add_index(s, base, &off, idx, sh);
    }
    lval *l = lv_new(s, I, LV_REGS);
    l->nparts = n;
    l->parts = ar_alloc(&s->f->A, (size_t)(n ? n : 1) * sizeof *l->parts);
    for (int i = 0; i < n; i++) {
        uint8_t e;
        load_leaf(s, &lf[i], base, off, &l->parts[i], &e, sext);
        if (n == 1) l->ext = e;
    }
    return 0;
}

int lower_store(isel *s, LLVMValueRef I)
{
    LLVMValueRef v = LLVMGetOperand(I, 0);
    leaf lf[MAX_LEAVES];
    int n = type_leaves(s, LLVMTypeOf(v), lf, MAX_LEAVES, 0, I);
    if (n < 0 || mem_width_ok(s, lf, n, I)) return -1;
    lval *vl = lv_get(s, v);
    if (!vl) return -1;
    mopnd one;
    mopnd *parts = vl->parts;
    if (vl->kind != LV_REGS) { one = sop(s, v); parts = &one; }
    mopnd base, idx;
    int64_t off;
    int sh;
    addr_of_x(s, LLVMGetOperand(I, 1), &base, &off, &idx, &sh);
    if (idx.kind == OK_VREG) {
        int op = n == 1 ? st_op(&lf[0]) : -1, xop = op >= 0 ? indexed_op(s, op) : -1;
        mopnd br = indexed_base(s, xop, store_size(&lf[0]), base, off + (n == 1 ? lf[0].off : 0), idx, sh);
        if (br.kind == OK_VREG) {
            mopnd r = reg_of(s, parts[0]);
            emit3(s, xop, r, br, idx);
            return 0;
        }
        base = addr_add_index(s, base, &off, idx, sh);
    }
    for (int i = 0; i < n; i++) store_leaf(s, &lf[i], parts[i], base, off);
    return 0;
}

int lower_gep(isel *s, LLVMValueRef I)
{
    if (is_vector(LLVMTypeOf(I))) return is_err(s, I, "unsupported IR: vector of pointers");
    mopnd b, px;     /* px: a pending index, scaled by 1 << psh, not yet added to b */
    int64_t k;
    int psh;
    addr_of_x(s, LLVMGetOperand(I, 0), &b, &k, &px, &psh);
    LLVMTypeRef t = LLVMGetGEPSourceElementType(I);
    unsigned n = (unsigned)LLVMGetNumOperands(I);
    for (unsigned i = 1; i < n; i++) {
        LLVMValueRef ix = LLVMGetOperand(I, i);
        int64_t c, size;
        if (i == 1) {
            size = (int64_t)cc_size(s->M, t);
        } else if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
            if (!is_imm(s, ix, &c)) return is_err(s, I, "unsupported IR: variable struct index");
            k += (int64_t)LLVMOffsetOfElement(s->M->td, t, (unsigned)c);
            t = LLVMStructGetTypeAtIndex(t, (unsigned)c);
            continue;
        } else if (LLVMGetTypeKind(t) == LLVMArrayTypeKind) {
            t = LLVMGetElementType(t);
            size = (int64_t)cc_size(s->M, t);
        } else {
            return is_err(s, I, "unsupported IR: GEP into this type");
        }
        if (is_vector(LLVMTypeOf(ix))) return is_err(s, I, "unsupported IR: vector GEP index");
        if (is_imm(s, ix, &c)) { k += c * size; continue; }
        int w = int_bits(LLVMTypeOf(ix));
        mopnd x = w > 32 ? lo_word(s, sop(s, ix)) : w < 32 ? ext_opnd(s, ix, w, EXT_S) : sop(s, ix);
        x = reg_of(s, x);
        if (px.kind == OK_VREG) { b = addr_add_index(s, b, &k, px, psh); px.kind = OK_NONE; }
        if (size == 1 || size == 2 || size == 4 || size == 8) {    /* kept apart: maybe an indexed load */
            px = x;
            psh = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
            continue;
        }
        if (b.kind == OK_SYM || b.kind == OK_FRAME) {
            k += b.imm;             /* the shared base register; the offset stays foldable */
            b.imm = 0;
        }
        b = add_scaled(s, reg_of(s, b), x, (int64_t)(int32_t)(uint32_t)size);
    }
    k = (int64_t)(int32_t)(uint32_t)k;
    if (px.kind == OK_VREG && !gep_indexable(s, I, 1 << psh, b.kind == OK_SYM || b.kind == OK_FRAME || !k))
        b = addr_add_index(s, b, &k, px, psh), px.kind = OK_NONE;    /* computed once, here */
    if (gep_foldable(I, 0)) {
        lval *l = lv_new(s, I, LV_ADDR);
        l->base = b;
        l->off = k;
        l->idx = px;
        l->sh = psh;
        return 0;
    }
    if (px.kind == OK_VREG) b = addr_add_index(s, b, &k, px, psh);
    mopnd r;
    if (b.kind == OK_VREG) r = k ? bin32(s, CK_OP_ADD, CK_OP_ADDI, b, op_imm(k, 1)) : b;
    else {
        b.imm = (int64_t)(int32_t)(uint32_t)(b.imm + k);
        if (b.kind == OK_IMM) r = b;
        else if (b.kind == OK_FRAME && !fits16(b.imm)) r = bin32(s, CK_OP_ADD, CK_OP_ADDI, reg_of(s, (mopnd){ OK_FRAME, 0, 1, 0, 0, NULL }), op_imm(b.imm, 1));
        else r = b;   /* a constant kind: materialised (and cached) where it is used */
    }
    lv_alias(s, I, r, 0);
    return 0;
}

int lower_alloca(isel *s, LLVMValueRef I)
{
    LLVMValueRef cnt = LLVMGetOperand(I, 0);
    int64_t c;
    if (!is_imm(s, cnt, &c) || c < 0) return is_err(s, I, "unsupported IR: variable-sized alloca (VLA or alloca())");
    uint64_t size = cc_size(s->M, LLVMGetAllocatedType(I)) * (uint64_t)c;
    uint32_t off = frame_alloc(s, size, LLVMGetAlignment(I), I);
    if (s->bad) return -1;
    lv_alias(s, I, (mopnd){ OK_FRAME, 0, 1, 0, off, NULL }, 0);
    return 0;
}

/* --- atomics: one thread, so plain loads and stores --------------------------------------------------- */
int lower_atomic(isel *s, LLVMValueRef I)
{
    LLVMValueRef P = LLVMGetOperand(I, 0);
    LLVMValueRef V = LLVMGetOperand(I, 1);
    leaf lf[MAX_LEAVES];
    int n = type_leaves(s, LLVMTypeOf(V), lf, MAX_LEAVES, 0, I);
    if (n != 1 || lf[0].fp || mem_width_ok(s, lf, n, I)) return n < 0 ? -1 : is_err(s, I, "unsupported IR: atomic operation on this type");
    mopnd base, old;
    int64_t off;
    uint8_t e;
    int w = lf[0].bits, wide = w == 64;
    addr_of(s, P, &base, &off);
    load_leaf(s, &lf[0], base, off, &old, &e, 0);
    mopnd v = sop(s, V), nv;
    if (LLVMGetInstructionOpcode(I) == LLVMAtomicCmpXchg) {
        mopnd cmpv = ext_mopnd(s, v, ext_of(s, V), w, EXT_Z), nw = sop(s, LLVMGetOperand(I, 2));
        mopnd ok = newv(s, 1);
        emit3(s, wide ? CK_OP_EQ64 : CK_OP_EQ, ok, old, reg_of(s, cmpv));
        nv = newv(s, lf[0].sz);
        emit4(s, wide ? CK_OP_SELECT64 : CK_OP_SELECT, nv, ok, reg_of(s, nw), old);
        store_leaf(s, &lf[0], nv, base, off);
        lval *l = lv_new(s, I, LV_REGS);
        l->nparts = 2;
        l->parts = ar_alloc(&s->f->A, 2 * sizeof *l->parts);
        l->parts[0] = old, l->parts[1] = ok;
        return 0;
    }
    int op;
    switch (LLVMGetAtomicRMWBinOp(I)) {
    case LLVMAtomicRMWBinOpXchg: nv = v; op = -1; break;
    case LLVMAtomicRMWBinOpAdd: op = wide ? CK_OP_ADD64 : CK_OP_ADD; break;
    case LLVMAtomicRMWBinOpSub: op = wide ? CK_OP_SUB64 : CK_OP_SUB; break;
    case LLVMAtomicRMWBinOpAnd: op = wide ? CK_OP_AND64 : CK_OP_AND; break;
    case LLVMAtomicRMWBinOpOr: op = wide ? CK_OP_OR64 : CK_OP_OR; break;
    case LLVMAtomicRMWBinOpXor: op = wide ? CK_OP_XOR64 : CK_OP_XOR; break;
    case LLVMAtomicRMWBinOpNand:
        if (wide) return is_err(s, I, "unsupported IR: 64-bit atomic nand");
        nv = un(s, CK_OP_NOT, 1, bin32(s, CK_OP_AND, -1, old, v)); op = -1; break;
    case LLVMAtomicRMWBinOpMax: case LLVMAtomicRMWBinOpMin: {
        if (wide) return is_err(s, I, "unsupported IR: 64-bit atomic min/max");
        int mx = LLVMGetAtomicRMWBinOp(I) == LLVMAtomicRMWBinOpMax;
        nv = bin32(s, mx ? CK_OP_MAXS : CK_OP_MINS, -1, ext_mopnd(s, old, e, w, EXT_S), ext_mopnd(s, v, ext_of(s, V), w, EXT_S));
        op = -1; break;
    }
    case LLVMAtomicRMWBinOpUMax: case LLVMAtomicRMWBinOpUMin: {
        if (wide) return is_err(s, I, "unsupported IR: 64-bit atomic min/max");
        int mx = LLVMGetAtomicRMWBinOp(I) == LLVMAtomicRMWBinOpUMax;
        nv = bin32(s, mx ? CK_OP_MAXU : CK_OP_MINU, -1, ext_mopnd(s, old, e, w, EXT_Z), ext_mopnd(s, v, ext_of(s, V), w, EXT_Z));
        op = -1; break;
    }
    default: return is_err(s, I, "unsupported IR: this atomicrmw operation");
    }
    if (op >= 0) nv = wide ? bin64(s, op, old, v) : bin32(s, op, -1, old, v);
    store_leaf(s, &lf[0], nv, base, off);
    lv_alias(s, I, old, e);
    return 0;
}

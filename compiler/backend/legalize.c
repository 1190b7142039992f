/* --target tiny: the instructions outside the tiny set (include/cockpit/isa.h, CK_OP_TINY) become
 * 32-bit sequences or calls to the guest runtime, as a C compiler does for what the CPU lacks.
 *
 * Runs on the MIR right after instruction selection, on virtual registers, so the allocator sees
 * ordinary instructions and calls. A 64-bit value is a pair vreg whose words the sequences read
 * (op_vp) and write back with one parallel copy:
 *   and64 or64 xor64 select64   the same operation on each word (a word of a li64 constant that is 0
 *                               or all ones: a copy, a constant or a not)
 *   add64 sub64 neg64           the low words, the carry or borrow from an unsigned compare, the high
 *   eq64 ne64 lts64 ltu64 les64 leu64   from 32-bit compares of the words
 *   sext64 zext64               the word and its sign (shrsi 31) or 0
 *   shl64 shrs64 shru64         by a constant (the count's only definition is a li/lih): 2-3 shifts
 * Everything else (64-bit multiply, divide, remainder and variable shifts, every floating-point
 * instruction and conversion) `op rd, a, b...` becomes `rd = __ck_<mnemonic>(a, b...)`: the source
 * operands are the arguments in order (a pair takes two registers), the result comes back in r0
 * (r0, r1 for a pair). The runtime (stdlib/rt/: rt64.cks and rtfloat.c) gives each exactly the
 * result of the instruction it stands for. What the ISA added after its
 * first release (superinstructions, narrow forms) is never chosen for this target in the first
 * place (cc_op in be.h); moves, constants, loads and stores of pairs stay instructions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"

typedef struct lg {
    mfunc *f;
    int b, at;          /* block and index where the next instruction goes (before the one replaced) */
    int64_t *cval;      /* per vreg: its constant when its only definition is li/lih/li64 */
    uint8_t *cknown;
} lg;

static mopnd lo(mopnd a) { return op_vp(a.r, 1); }
static mopnd hi(mopnd a) { return op_vp(a.r, 2); }
static mopnd imm(int64_t v) { return op_imm(v, 1); }

/* d = op x, y (y may be an immediate for the rrh forms, absent for the rr ones), before the
 * instruction being replaced. */
static mopnd put(lg *L, int op, mopnd x, const mopnd *y)
{
    mopnd d = op_v(L->f, mf_vreg(L->f, 1));
    minsn *n = mf_insert(L->f, L->b, L->at++, op, 1, y ? 3 : 2);
    n->o[0] = d;
    n->o[1] = x;
    if (y) n->o[2] = *y;
    return d;
}
static mopnd put2(lg *L, int op, mopnd x, mopnd y) { return put(L, op, x, &y); }
static mopnd puti(lg *L, int op, mopnd x, int64_t k) { mopnd y = imm(k); return put(L, op, x, &y); }

/* Word w (0 low, 1 high) of pair operand a when a is a constant: 0 or -1 (all ones), else 1. */
static int64_t word_const(const lg *L, mopnd a, int w)
{
    if (a.kind != OK_VREG || a.part || !L->cknown[a.r]) return 1;
    int32_t v = (int32_t)(uint32_t)((uint64_t)L->cval[a.r] >> (32 * w));
    return v == 0 || v == -1 ? v : 1;
}

/* One word of and64/or64/xor64: x op y, where kx/ky say whether the word is the constant 0 or -1
 * (`a ^ (1ull << 63)` flips the sign of a double with one xor, its low word is copied). */
static mopnd logic(lg *L, int op, mopnd x, mopnd y, int64_t ky, int64_t kx)
{
    if (kx != 1) { mopnd t = x; x = y; y = t; int64_t k = kx; kx = ky; ky = k; }
    if (ky == 0) return op == CK_OP_AND64 ? imm(0) : x;
    if (ky == -1 && op == CK_OP_AND64) return x;
    if (ky == -1 && op == CK_OP_OR64) return imm(-1);
    if (ky == -1) return put(L, CK_OP_NOT, x, NULL);
    return put2(L, op == CK_OP_AND64 ? CK_OP_AND : op == CK_OP_OR64 ? CK_OP_OR : CK_OP_XOR, x, y);
}

/* a < b (lt = LTS/LTU, le = 0) or a <= b (le = 1) on pairs: the high words decide unless equal. */
static mopnd cmp64(lg *L, int sgn, int le, mopnd a, mopnd b)
{
    mopnd h = put2(L, sgn ? CK_OP_LTS : CK_OP_LTU, hi(a), hi(b));
    mopnd e = put2(L, CK_OP_EQ, hi(a), hi(b));
    mopnd l = put2(L, le ? CK_OP_LEU : CK_OP_LTU, lo(a), lo(b));
    return put2(L, CK_OP_OR, h, put2(L, CK_OP_AND, e, l));
}

/* The pair shifted by the constant k (0..63): into *l, *h. */
static void shift64(lg *L, int op, mopnd a, int k, mopnd *l, mopnd *h)
{
    if (!k) { *l = lo(a); *h = hi(a); return; }
    if (op == CK_OP_SHL64) {
        if (k >= 32) { *h = k > 32 ? puti(L, CK_OP_SHLI, lo(a), k - 32) : lo(a); *l = imm(0); return; }
        *h = put2(L, CK_OP_OR, puti(L, CK_OP_SHLI, hi(a), k), puti(L, CK_OP_SHRUI, lo(a), 32 - k));
        *l = puti(L, CK_OP_SHLI, lo(a), k);
        return;
    }
    int ri = op == CK_OP_SHRS64 ? CK_OP_SHRSI : CK_OP_SHRUI;
    if (k >= 32) {
        *l = k > 32 ? puti(L, ri, hi(a), k - 32) : hi(a);
        *h = op == CK_OP_SHRS64 ? puti(L, CK_OP_SHRSI, hi(a), 31) : imm(0);
        return;
    }
    *l = put2(L, CK_OP_OR, puti(L, CK_OP_SHRUI, lo(a), k), puti(L, CK_OP_SHLI, hi(a), 32 - k));
    *h = puti(L, ri, hi(a), k);
}

/* The instruction at L->at as 32-bit instructions, ending in a parallel copy into its pair (or a
 * compare into its register); 0 if it has no such expansion. */
static int expand(lg *L, minsn *i)
{
    mopnd d = i->o[0], a = i->o[1], b = i->n > 2 ? i->o[2] : (mopnd){ 0 }, l, h;
    int op = i->op, line = i->line, file = i->file;
    switch (op) {
    case CK_OP_AND64: case CK_OP_OR64: case CK_OP_XOR64:
        l = logic(L, op, lo(a), lo(b), word_const(L, b, 0), word_const(L, a, 0));
        h = logic(L, op, hi(a), hi(b), word_const(L, b, 1), word_const(L, a, 1));
        break;
    case CK_OP_SELECT64: {             /* d, c, a, b */
        mopnd c = a, x = b, y = i->o[3], t;
        minsn *n;
        l = op_v(L->f, mf_vreg(L->f, 1));
        n = mf_insert(L->f, L->b, L->at++, CK_OP_SELECT, 1, 4);
        n->o[0] = l, n->o[1] = c, n->o[2] = lo(x), n->o[3] = lo(y);
        t = op_v(L->f, mf_vreg(L->f, 1));
        n = mf_insert(L->f, L->b, L->at++, CK_OP_SELECT, 1, 4);
        n->o[0] = t, n->o[1] = c, n->o[2] = hi(x), n->o[3] = hi(y);
        h = t;
        break;
    }
    case CK_OP_ADD64:
        l = put2(L, CK_OP_ADD, lo(a), lo(b));
        h = put2(L, CK_OP_ADD, put2(L, CK_OP_ADD, hi(a), hi(b)), put2(L, CK_OP_LTU, l, lo(a)));
        break;
    case CK_OP_SUB64:
        l = put2(L, CK_OP_SUB, lo(a), lo(b));
        h = put2(L, CK_OP_SUB, put2(L, CK_OP_SUB, hi(a), hi(b)), put2(L, CK_OP_LTU, lo(a), lo(b)));
        break;
    case CK_OP_NEG64:
        l = put(L, CK_OP_NEG, lo(a), NULL);
        h = put2(L, CK_OP_SUB, put(L, CK_OP_NEG, hi(a), NULL), puti(L, CK_OP_NEI, lo(a), 0));
        break;
    case CK_OP_SEXT64:
        l = a;
        h = puti(L, CK_OP_SHRSI, a, 31);
        break;
    case CK_OP_ZEXT64:
        l = a;
        h = imm(0);
        break;
    case CK_OP_EQ64: case CK_OP_NE64: case CK_OP_LTS64: case CK_OP_LTU64: case CK_OP_LES64: case CK_OP_LEU64: {
        mopnd r;
        if (op == CK_OP_EQ64 || op == CK_OP_NE64) {
            mopnd t = put2(L, CK_OP_OR, put2(L, CK_OP_XOR, lo(a), lo(b)), put2(L, CK_OP_XOR, hi(a), hi(b)));
            r = puti(L, op == CK_OP_EQ64 ? CK_OP_EQI : CK_OP_NEI, t, 0);
        } else {
            r = cmp64(L, op == CK_OP_LTS64 || op == CK_OP_LES64, op == CK_OP_LES64 || op == CK_OP_LEU64, a, b);
        }
        i = &L->f->blocks[L->b].ins[L->at];    /* the insertions moved it */
        i->op = CK_OP_MOV, i->nd = 1, i->n = 2, i->o[0] = d, i->o[1] = r, i->line = line, i->file = file;
        return 1;
    }
    case CK_OP_SHL64: case CK_OP_SHRS64: case CK_OP_SHRU64:
        if (b.kind != OK_VREG || b.part || !L->cknown[b.r]) return 0;
        shift64(L, op, a, (int)(L->cval[b.r] & 63), &l, &h);
        break;
    default:
        return 0;
    }
    i = &L->f->blocks[L->b].ins[L->at];
    mopnd *o = ar_alloc(&L->f->A, 4 * sizeof *o);
    o[0] = lo(d), o[1] = hi(d), o[2] = l, o[3] = h;
    i->op = P_PCOPY, i->nd = 2, i->n = 4, i->o = o, i->line = line, i->file = file;
    return 1;
}

/* The call to the runtime function that stands for i. */
static void to_call(mfunc *f, minsn *i)
{
    char name[24];
    snprintf(name, sizeof name, "__ck_%s", op_name(i->op));
    int nargs = i->n - i->nd, regs = 0;
    mopnd *o = ar_alloc(&f->A, (size_t)(i->n + 1) * sizeof *o);
    o[0] = i->o[0];
    o[1] = (mopnd){ OK_FUNC, 0, 0, 0, 0, ar_strdup(&f->A, name) };
    for (int a = 0; a < nargs; a++) {
        o[2 + a] = i->o[i->nd + a];
        regs += opnd_sz(f, &o[2 + a]);
    }
    int rets = opnd_sz(f, &o[0]);
    i->op = P_CALL;
    i->nd = 1;
    i->n = 2 + nargs;
    i->o = o;
    i->aux = regs > rets ? regs : rets;
}

void tiny_legalize(mfunc *f)
{
    lg L = { f, 0, 0, ck_xmalloc((size_t)f->nvregs * sizeof *L.cval + 1), ck_xmalloc((size_t)f->nvregs + 1) };
    memset(L.cknown, 0, (size_t)f->nvregs + 1);
    int *ndef = ck_xmalloc((size_t)f->nvregs * sizeof *ndef + 1);
    memset(ndef, 0, (size_t)f->nvregs * sizeof *ndef);
    for (int b = 0; b < f->nblocks; b++)
        for (int k = 0; k < f->blocks[b].nins; k++) {
            const minsn *i = &f->blocks[b].ins[k];
            for (int d = 0; d < i->nd; d++)
                if (i->o[d].kind == OK_VREG) {
                    int v = i->o[d].r;
                    if (++ndef[v] == 1 && (i->op == CK_OP_LI || i->op == CK_OP_LIH || i->op == CK_OP_LI64) &&
                        i->o[1].kind == OK_IMM && !i->o[d].part)
                        L.cknown[v] = 1, L.cval[v] = i->o[1].imm;
                    else
                        L.cknown[v] = 0;
                }
        }
    for (int b = 0; b < f->nblocks; b++) {
        L.b = b;
        for (int k = 0; k < f->blocks[b].nins; k++) {
            minsn *i = &f->blocks[b].ins[k];
            if (i->op < CK_OP_ADD64 || i->op > CK_OP_D2F) continue;
            int saved_line = f->line, saved_file = f->file;
            f->line = i->line, f->file = i->file;
            L.at = k;
            if (!expand(&L, i)) to_call(f, &f->blocks[b].ins[L.at]);
            k = L.at;
            f->line = saved_line, f->file = saved_file;
        }
    }
    free(ndef);
    free(L.cval);
    free(L.cknown);
}

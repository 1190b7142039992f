/* After lowering, at -Os/-Oz: the physical registers of a function are renumbered so that the
 * ones the narrow forms would use most (mov.n, li.n, inc.n, add.n, ... take r0..r15 only) get
 * numbers 0..15.
 *
 * A renaming is a permutation p of r0..nregs-1 applied to every register operand. Every value
 * then lives in p(r) wherever it lived in r, so the code computes the same, except where
 * registers are named implicitly:
 * - parameters arrive in r0..nargs-1 and results leave from r0..nrets-1: those stay (pinned);
 * - a call with window base c reads its arguments from r[c..c+aux) and leaves its results in
 *   r[c..]: the argument registers, and the registers >= c read after the call, stay;
 * - a call clobbers every register >= c: a value live across it is below c, and p must keep
 *   it below c. So each register r gets a bound, the lowest c of a call it is live across, and
 *   p(r) < bound(r). (Registers >= c that are not live after the call may go anywhere: what
 *   the callee leaves there is never read.)
 * - pairs (64-bit values in rN, rN+1) must stay adjacent: registers ever used in a pair stay.
 *   The li64 lowering made of two word constants is split first (and merged back after, where
 *   that is shorter), so that its registers are free to move.
 * The set of registers to bring below 16 grows greedily, heaviest first (weight: the bytes the
 * narrow forms of its instructions would save), while a permutation within the bounds exists:
 * registers sorted by bound (16 for the chosen ones), the i-th taking the i-th free number,
 * each number below its register's bound (earliest-deadline order finds one whenever one
 * exists). The renaming is kept only if the narrow forms then save more. nregs does not change. */
#include <stdlib.h>
#include <string.h>

#include "be.h"

#define NLOW 16      /* r0..r15: the registers a nibble holds */

typedef struct rn {
    mfunc *f;
    int n;                     /* registers: f->nregs */
    char *pinned;              /* r keeps its number */
    int *bound;                /* p(r) < bound[r] */
    int *weight;               /* bytes saved by r's narrow instructions, twice (halves for add/xor) */
    char *low;                 /* chosen to end below 16 */
    int *mov;                  /* movable registers, in the order they take numbers */
    int *slot;                 /* the movable numbers, ascending */
    int nmov;
} rn;

static int is_call(int op) { return op == CK_OP_CALL || op == CK_OP_CALLI || op == CK_OP_CALLN; }

/* Registers operand k of i covers (a pair: 2), or 0 if it is not a register (a call's base). */
static int width(const minsn *i, int k)
{
    const mopnd *o = &i->o[k];
    if (o->kind != OK_PREG || (is_call(i->op) && k == 1)) return 0;
    const char *form = op_form(i->op);
    return (k < (int)strlen(form) && form[k] == 'R') || o->sz == 2 ? 2 : 1;
}

/* Whether a definition of operand 0 also reads it (the counter forms, mac16pi, inc/dec); the
 * narrow forms (which emit makes) and opcodes appended to the ISA later are assumed to. */
static int reads_def(int op)
{
    return op >= CK_OP_MOVN || op == CK_OP_ADDIBNE || op == CK_OP_ADDIBLTS || op == CK_OP_ADDIBLTU ||
           op == CK_OP_ADDIBNZ || op == CK_OP_ADDBLTU || op == CK_OP_MAC16PI || op == CK_OP_INC ||
           op == CK_OP_DEC || op == CK_OP_INCN;
}

/* live = uses(i) + (live - defs(i)) */
static void step_back(const rn *R, const minsn *i, bword *live)
{
    int op = i->op;
    if (op == CK_OP_RET) {
        for (int r = 0; r < R->f->nrets && r < R->n; r++) bs_set(live, r);
        return;
    }
    if (is_call(op)) {             /* clobbers everything from its base, reads its arguments */
        int c = i->o[1].r;
        for (int r = c; r < R->n; r++) bs_clr(live, r);
        for (int r = c; r < c + i->aux && r < R->n; r++) bs_set(live, r);
        if (op == CK_OP_CALLI) bs_set(live, i->o[0].r);
        return;
    }
    int k = 0;
    if (op_ndefs(op) && i->n && !reads_def(op) && width(i, 0)) {
        for (int q = 0; q < width(i, 0); q++) bs_clr(live, i->o[0].r + q);
        k = 1;
    }
    for (; k < i->n; k++)
        for (int q = 0; q < width(i, k); q++) bs_set(live, i->o[k].r + q);
}

/* Liveness backwards through block b from the live-ins of its successors (in, nw words per
 * block) into live; with bounds set, each call also bounds the registers live across it and pins
 * the ones read after it from its window (its results). */
static void block_back(rn *R, int b, const bword *in, size_t nw, bword *live, int bounds)
{
    const mblock *bb = &R->f->blocks[b];
    memset(live, 0, nw * sizeof *live);
    if (bb->nins) {
        const minsn *t = &bb->ins[bb->nins - 1];
        for (int k = 0; k < t->n; k++)
            if (t->o[k].kind == OK_BLOCK)
                for (size_t w = 0; w < nw; w++) live[w] |= in[(size_t)t->o[k].r * nw + w];
    }
    for (int j = bb->nins - 1; j >= 0; j--) {
        const minsn *i = &bb->ins[j];
        if (bounds && is_call(i->op))
            for (int r = 0, c = i->o[1].r; r < R->n; r++) {
                if (!bs_has(live, r)) continue;
                if (r >= c) R->pinned[r] = 1;
                else if (c < R->bound[r]) R->bound[r] = c;
            }
        step_back(R, i, live);
    }
}

static void call_bounds(rn *R)
{
    mfunc *f = R->f;
    size_t nw = BWORDS(R->n);
    bword *in = ck_xmalloc((size_t)f->nblocks * nw * sizeof *in + 1), *live = ck_xmalloc(nw * sizeof *live);
    memset(in, 0, (size_t)f->nblocks * nw * sizeof *in);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int oi = f->norder - 1; oi >= 0; oi--) {
            int b = f->order[oi];
            block_back(R, b, in, nw, live, 0);
            if (memcmp(live, &in[(size_t)b * nw], nw * sizeof *live)) {
                memcpy(&in[(size_t)b * nw], live, nw * sizeof *live);
                changed = 1;
            }
        }
    }
    for (int oi = 0; oi < f->norder; oi++) block_back(R, f->order[oi], in, nw, live, 1);
    for (int r = 0; r < R->n; r++)     /* read before any write (undefined values): as they are */
        if (bs_has(&in[0], r)) R->pinned[r] = 1;
    free(in);
    free(live);
}

/* --- 64-bit constants --------------------------------------------------------------------------- */
/* Lowering merges the constants of two adjacent registers into li64 (li64h when it fits 16
 * bits), which ties them as a pair. Here such an li64 becomes its two word constants (marked in
 * aux) when those cost no more than it with both registers below 16; after renaming they merge
 * again where that is shorter and the registers are still adjacent. */
enum { SPLIT_LO = -2, SPLIT_HI = -3 };

static int64_t word_of(int64_t k, int hi) { return (int64_t)(int32_t)(uint32_t)((uint64_t)k >> (hi ? 32 : 0)); }

/* Bytes of `lih/li r, v` as emit writes it (li.n, li8, lih, li). */
/* Bytes of a word constant loaded into register r (li.n, li8, lih, li), of a 64-bit one (li64h,
 * li64); --target tiny has none of the short forms: lih, li, li64 only. */
static int word_cost(int64_t v, int r, int tiny)
{
    if (tiny) return fits16(v) ? 4 : 6;
    return v >= 0 && v <= 15 && r < NLOW ? 2 : v >= 0 && v <= 255 ? 3 : fits16(v) ? 4 : 6;
}

static int li64_cost(int64_t k, int tiny) { return k >= -32768 && k <= 32767 && !tiny ? 4 : 10; }

static void split_consts(mfunc *f)
{
    int tiny = cc_tiny(f->mod);
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        for (int j = 0; j < f->blocks[b].nins; j++) {
            minsn *i = &f->blocks[b].ins[j];
            if (i->op != CK_OP_LI64 || i->o[0].kind != OK_PREG || i->o[1].kind != OK_IMM) continue;
            int64_t k = i->o[1].imm, lo = word_of(k, 0), hi = word_of(k, 1);
            if (word_cost(lo, 0, tiny) + word_cost(hi, 0, tiny) > li64_cost(k, tiny)) continue;
            int r = i->o[0].r, line = i->line, file = i->file;
            i->op = fits16(lo) ? CK_OP_LIH : CK_OP_LI;
            i->o[0] = op_preg(r, 1), i->o[1] = op_imm(lo, 1);
            i->aux = SPLIT_LO;
            minsn *h = mf_insert(f, b, j + 1, fits16(hi) ? CK_OP_LIH : CK_OP_LI, 1, 2);
            h->o[0] = op_preg(r + 1, 1), h->o[1] = op_imm(hi, 1);
            h->aux = SPLIT_HI;
            h->line = line, h->file = file;
            j++;
        }
    }
}

/* Bytes of the split constant whose low word is set at bb->ins[j], at the numbers map gives. */
static int split_cost(const mblock *bb, int j, const int *map, int tiny)
{
    const minsn *l = &bb->ins[j], *h = &bb->ins[j + 1];
    int rl = map[l->o[0].r], rh = map[h->o[0].r];
    int words = word_cost(l->o[1].imm, rl, tiny) + word_cost(h->o[1].imm, rh, tiny);
    int64_t k = (int64_t)((uint64_t)(uint32_t)l->o[1].imm | (uint64_t)(uint32_t)h->o[1].imm << 32);
    return rh == rl + 1 && li64_cost(k, tiny) < words ? li64_cost(k, tiny) : words;
}

/* The split constants whose words are cheaper as one li64 again (registers adjacent) merge. */
static void merge_consts(mfunc *f)
{
    int tiny = cc_tiny(f->mod);
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        int o = 0;
        for (int j = 0; j < bb->nins; j++) {
            minsn *i = &bb->ins[j];
            if (i->aux == SPLIT_LO && j + 1 < bb->nins && bb->ins[j + 1].aux == SPLIT_HI) {
                minsn *h = &bb->ins[j + 1];
                int r = i->o[0].r, words = word_cost(i->o[1].imm, r, tiny) + word_cost(h->o[1].imm, h->o[0].r, tiny);
                int64_t k = (int64_t)((uint64_t)(uint32_t)i->o[1].imm | (uint64_t)(uint32_t)h->o[1].imm << 32);
                i->aux = h->aux = 0;
                if (h->o[0].r == r + 1 && li64_cost(k, tiny) < words) {
                    i->op = CK_OP_LI64;
                    i->o[0] = op_preg(r, 2), i->o[1] = op_imm(k, 2);
                    bb->ins[o++] = *i;
                    j++;
                    continue;
                }
            }
            if (i->aux == SPLIT_LO || i->aux == SPLIT_HI) i->aux = 0;
            bb->ins[o++] = *i;
        }
        bb->nins = o;
    }
}

/* --- narrow forms -------------------------------------------------------------------------------- */

/* The registers the narrow form of i needs below 16 (r[0..*nr); alt[0..1]: one of the two
 * suffices, else -1) and the bytes it saves; 0 if i has no narrow form whatever its registers
 * (emit.c's narrow_shape_of decides, against the form emit would write otherwise). li64.n is left
 * out: the registers of pairs keep their numbers. */
static int narrow_need(const minsn *i, int *r, int *nr, int *alt)
{
    narrow_shape sh;
    *nr = 0;
    alt[0] = alt[1] = -1;
    if (!i->n || i->op >= CK_OP_COUNT) return 0;
    int n = narrow_shape_of(i->op, i->o, &sh);
    if (n < 0 || n == CK_OP_LI64N || sh.saves <= 0) return 0;
    for (int k = 0; k < 2; k++)
        if (sh.need >> k & 1 && (k == 0 || i->o[k].r != i->o[0].r)) r[(*nr)++] = i->o[k].r;
    if (sh.pair && i->o[1].r != i->o[0].r && i->o[2].r != i->o[0].r) alt[0] = i->o[1].r, alt[1] = i->o[2].r;
    return sh.saves;
}

/* An addi (add) that emit holds back to fuse with the block's branch on its register (brnz,
 * bne, blts, bltu, or the ones that invert to them; add: bltu) gets no narrow form. */
static int fused_later(const mblock *bb, int j)
{
    const minsn *i = &bb->ins[j];
    if ((i->op != CK_OP_ADDI && i->op != CK_OP_ADD) || j + 2 != bb->nins) return 0;
    int op = bb->ins[j + 1].op;
    int fuses = i->op == CK_OP_ADD ? op == CK_OP_BLTU || op == CK_OP_BLEU :
                op == CK_OP_BRNZ || op == CK_OP_BRZ || op == CK_OP_BNE || op == CK_OP_BEQ || op == CK_OP_BLTS ||
                op == CK_OP_BLES || op == CK_OP_BLTU || op == CK_OP_BLEU;
    const minsn *t = &bb->ins[j + 1];
    for (int k = 0; fuses && k < t->n; k++)
        if (t->o[k].kind == OK_PREG && t->o[k].r == i->o[0].r) return 1;
    return 0;
}

/* The bytes that depend on the register numbers, with register r numbered map[r]: the narrow
 * forms' savings count negative, split constants their cost. */
static int cost(const rn *R, const int *map)
{
    const mfunc *f = R->f;
    int total = 0;
    for (int oi = 0; oi < f->norder; oi++) {
        const mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++) {
            if (bb->ins[j].aux == SPLIT_LO && j + 1 < bb->nins) total += split_cost(bb, j, map, cc_tiny(f->mod));
            if (bb->ins[j].aux == SPLIT_LO || bb->ins[j].aux == SPLIT_HI) continue;
            int r[3], nr, alt[2], save = narrow_need(&bb->ins[j], r, &nr, alt);
            if (!save || fused_later(bb, j)) continue;
            int ok = 1;
            for (int q = 0; q < nr; q++) ok &= map[r[q]] < NLOW;
            if (alt[0] >= 0) ok &= map[alt[0]] < NLOW || map[alt[1]] < NLOW;
            total -= ok ? save : 0;
        }
    }
    return total;
}

static void add_weights(rn *R)
{
    const mfunc *f = R->f;
    for (int oi = 0; oi < f->norder; oi++) {
        const mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++) {
            int r[3], nr, alt[2], save = narrow_need(&bb->ins[j], r, &nr, alt);
            if (!save || fused_later(bb, j)) continue;
            int stuck = 0;                 /* a pinned register above 15: never narrow */
            for (int q = 0; q < nr; q++) stuck |= R->pinned[r[q]] && r[q] >= NLOW;
            if (alt[0] >= 0) {
                int h0 = R->pinned[alt[0]] && alt[0] >= NLOW, h1 = R->pinned[alt[1]] && alt[1] >= NLOW;
                int l0 = R->pinned[alt[0]] && alt[0] < NLOW, l1 = R->pinned[alt[1]] && alt[1] < NLOW;
                if (h0 && h1) stuck = 1;
                else if (!l0 && !l1) {
                    if (h0 || h1) r[nr++] = h0 ? alt[1] : alt[0];
                    else if (!stuck) R->weight[alt[0]] += save, R->weight[alt[1]] += save;
                }
            }
            if (stuck) continue;
            for (int q = 0; q < nr; q++)
                if (!R->pinned[r[q]]) R->weight[r[q]] += 2 * save;
        }
    }
}

static const rn *sort_R;

/* Order of taking numbers: by bound (16 for the registers chosen to go low), heavier first, then
 * by number. */
static int eff_bound(const rn *R, int r) { return R->low[r] && R->bound[r] > NLOW ? NLOW : R->bound[r]; }

static int by_bound(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    int bx = eff_bound(sort_R, x), by = eff_bound(sort_R, y);
    if (bx != by) return bx < by ? -1 : 1;
    if (sort_R->weight[x] != sort_R->weight[y]) return sort_R->weight[x] > sort_R->weight[y] ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* Sorts the movable registers; 1 if the i-th may take the i-th number for every i. */
static int feasible(rn *R)
{
    sort_R = R;
    qsort(R->mov, (size_t)R->nmov, sizeof *R->mov, by_bound);
    for (int k = 0; k < R->nmov; k++)
        if (R->slot[k] >= eff_bound(R, R->mov[k])) return 0;
    return 1;
}

static int by_weight(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    if (sort_R->weight[x] != sort_R->weight[y]) return sort_R->weight[x] > sort_R->weight[y] ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void rename_all(mfunc *f, const int *map)
{
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++) {
            minsn *i = &bb->ins[j];
            for (int k = 0; k < i->n; k++)
                if (width(i, k)) i->o[k].r = map[i->o[k].r];
        }
    }
}

/* Whether every instruction is an ISA one over registers r0..nregs-1 (else the function is left
 * as it is). */
static int lowered(const mfunc *f)
{
    for (int oi = 0; oi < f->norder; oi++) {
        const mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++) {
            const minsn *i = &bb->ins[j];
            if (i->op < 0 || i->op >= CK_OP_COUNT || (is_call(i->op) && (i->n < 2 || i->o[1].kind != OK_PREG ||
                                                                          i->o[1].r < 0 || i->o[1].r > f->nregs)))
                return 0;
            for (int k = 0; k < i->n; k++)
                if (width(i, k) && (i->o[k].r < 0 || i->o[k].r + width(i, k) > f->nregs)) return 0;
        }
    }
    return 1;
}

static void renumber(mfunc *f)
{
    int n = f->nregs;
    rn Rn = { .f = f, .n = n };
    rn *R = &Rn;
    R->pinned = ck_xmalloc((size_t)n);
    R->low = ck_xmalloc((size_t)n);
    R->bound = ck_xmalloc((size_t)n * sizeof *R->bound);
    R->weight = ck_xmalloc((size_t)n * sizeof *R->weight);
    R->mov = ck_xmalloc((size_t)n * sizeof *R->mov);
    R->slot = ck_xmalloc((size_t)n * sizeof *R->slot);
    int *map = ck_xmalloc((size_t)n * sizeof *map), *id = ck_xmalloc((size_t)n * sizeof *id);
    int *cand = ck_xmalloc((size_t)n * sizeof *cand);
    memset(R->pinned, 0, (size_t)n);
    memset(R->low, 0, (size_t)n);
    memset(R->weight, 0, (size_t)n * sizeof *R->weight);
    for (int r = 0; r < n; r++) R->bound[r] = n, id[r] = r;
    for (int r = 0; r < n && (r < f->nargs || r < f->nrets); r++) R->pinned[r] = 1;
    for (int oi = 0; oi < f->norder; oi++) {       /* pairs and the calls' argument registers stay */
        const mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++) {
            const minsn *i = &bb->ins[j];
            for (int k = 0; k < i->n; k++)
                if (width(i, k) == 2) R->pinned[i->o[k].r] = R->pinned[i->o[k].r + 1] = 1;
            if (is_call(i->op))
                for (int r = i->o[1].r; r < i->o[1].r + i->aux && r < n; r++) R->pinned[r] = 1;
        }
    }
    call_bounds(R);
    for (int r = 0; r < n; r++)
        if (R->bound[r] <= r) R->pinned[r] = 1;   /* read where a call clobbered it (undefined): stays */
    add_weights(R);
    for (int r = 0; r < n; r++)
        if (!R->pinned[r]) R->slot[R->nmov] = r, R->mov[R->nmov++] = r;
    int nc = 0, nlow = 0;
    for (int r = 0; r < n; r++) if (!R->pinned[r] && R->weight[r] > 0) cand[nc++] = r;
    for (int r = 0; r < NLOW && r < n; r++) nlow += !R->pinned[r];
    sort_R = R;
    qsort(cand, (size_t)nc, sizeof *cand, by_weight);
    for (int k = 0, taken = 0; k < nc && taken < nlow; k++) {
        R->low[cand[k]] = 1;
        if (feasible(R)) taken++;
        else R->low[cand[k]] = 0;
    }
    /* the order of the last feasible choice (with none chosen, the identity shows one exists) */
    if (feasible(R)) {
        memcpy(map, id, (size_t)n * sizeof *map);
        for (int k = 0; k < R->nmov; k++) map[R->mov[k]] = R->slot[k];
        if (cost(R, map) < cost(R, id)) rename_all(f, map);
    }
    free(R->pinned);
    free(R->low);
    free(R->bound);
    free(R->weight);
    free(R->mov);
    free(R->slot);
    free(map);
    free(id);
    free(cand);
}

void renum_function(mfunc *f)
{
    const ck_cc_opts *o = f->mod ? f->mod->opts : NULL;
    if (!o || (o->opt != 's' && o->opt != 'z') || !lowered(f)) return;
    split_consts(f);
    if (f->nregs > NLOW) renumber(f);
    merge_consts(f);
}

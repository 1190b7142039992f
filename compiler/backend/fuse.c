/* After lowering: instructions that fuse into one of the ISA's combined forms, on physical
 * registers, within a block.
 *
 * - Post-increment: `ldN rd, ra, 0` (or `stN rs, ra, 0`) followed later in the block by
 *   `addi ra, ra, N`, with nothing in between touching ra, becomes `ldNpi rd, ra` and the addi
 *   goes (a load whose rd is ra itself is left alone: the addi would add to the loaded value);
 *   a 32-bit access with another stride k becomes `ld32pis/st32pis rd, ra, k`.
 * - A block ending in `brnz rc`/`bne`/`blts`/`bltu` whose counter was last changed by
 *   `addi rc, rc, k`, with nothing after it touching rc, gets the addi moved to just before the
 *   branch, where emit fuses the pair into addibnz/addibne/addiblts/addibltu.
 * - Pairs, where the first instruction's result rT is dead after the second and nothing between
 *   touches rT or the first's sources: `mul rT, ra, rb` + `add rd, rT, rc` -> `mla rd, ra, rb, rc`;
 *   `nei/eqi rT, rx, 0` + `select rd, rT, ra, rb` -> `select rd, rx, ...` (swapped for eqi);
 *   `ltsi rT, rx, 0` + select -> `selltz rd, rx, ra, rb`; `ltu rT, rx, ry` + select ->
 *   `selltu rd, rx, ry, ra, rb`; `xor rT, ra, rb` + `rotli/rotri rd, rT, s` -> `xorrotli`;
 *   `andi rT, rx, 1<<k` + select, `sext8/sext16 rT, rx` + `selltz` -> `selbit rd, rx, k, ra, rb`;
 *   `mulf rT, ra, rb` + `addf rd, rc, rT` -> `muladdf rd, ra, rb, rc`, `addf rd, rT, rc` ->
 *   `mulfaddf` (still two roundings, and the add's operand order kept); `add rT, ra, rb` +
 *   `ld32 rd, rT, 0` -> `ld32xb rd, ra, rb`.
 * - The Q15 dot-product step: `ld16spi rA, rP; ld16spi rB, rQ; mla rd, rA, rB, rd` (rA, rB dead
 *   after) -> `mac16pi rd, rP, rQ`; the same with 32-bit loads, one of them moving its pointer by
 *   4 (`ld32pi`, or `ld32pis` by 4) and the other by any stride k -> `mac32pis rd, rP, rQ, k`.
 * - The bitwise CRC step: `shli rT, rx, 1; xori rU, rT, K; selbit rd, rx, b, rU, rT` (rT, rU
 *   dead after) -> `crcshl rd, rx, b, K`; also with the bit test as `andi rM, rx, 1<<b` before
 *   the shli and a plain select (the shli may then overwrite rx).
 * - `add rA, rA, rX` before a `bltu rA, rL` is moved down to it like a counter's addi (emit
 *   fuses them into addbltu).
 * - The scaled Q15 step: `ld16spi rA, rP; ld16spi rB, rQ; mul rT, rA, rB; shrsi rU, rT, k;
 *   add rd, rU, rd` (rA, rB, rT, rU dead after) -> `mac16pisr rd, rP, rQ, k`.
 * - Clearing a bit of a bit array: `shrui rI, rX, 5; ld32x rW, rB, rI; shl rM, rOne, rX;
 *   not rN, rM; and rV, rW, rN; st32x rV, rB, rI` (any order the values allow; rOne holding 1
 *   wherever it is read; what the five write dead after) -> `stbclr rB, rX`, and the li of
 *   rOne goes when nothing else reads it.
 * Each only moves an operation across instructions that neither read nor write what it reads
 * or writes, so every instruction sees the value it saw before. Calls are barriers (their
 * windows are implicit). The pair fusions need liveness of the physical registers, computed
 * here over the blocks (a call reads its argument registers, a return its results; what a call
 * writes is not counted as killed, which only keeps values alive longer). */
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "be.h"

/* The registers operand k of i covers: 2 for a pair (an 'R' of the ISA form, or a 64-bit
 * operand), else 1. */
static int width(const minsn *i, int k)
{
    const char *form = op_form(i->op);
    return (k < (int)strlen(form) && form[k] == 'R') || i->o[k].sz == 2 ? 2 : 1;
}

/* 1 if instruction i may read or write register r (calls and pseudos: always). */
static int touches(const minsn *i, int r)
{
    if (i->op >= CK_OP_COUNT || i->op == CK_OP_CALL || i->op == CK_OP_CALLI || i->op == CK_OP_CALLN) return 1;
    for (int k = 0; k < i->n; k++) {
        const mopnd *o = &i->o[k];
        if (o->kind == OK_PREG && r >= o->r && r < o->r + width(i, k)) return 1;
    }
    return 0;
}

/* 1 if instruction i may write register r: its first operand when it defines one, the base
 * register(s) of a post-increment access (ld8spi ... st32pi, ld32pis, st32pis, mac16pi, mac32pis); calls and
 * pseudos always. */
static int writes(const minsn *i, int r)
{
    if (i->op >= CK_OP_COUNT || i->op == CK_OP_CALL || i->op == CK_OP_CALLI || i->op == CK_OP_CALLN) return 1;
    const char *name = op_name(i->op);
    size_t nl = strlen(name);
    int bases = nl > 2 && name[nl - 2] == 'p' && name[nl - 1] == 'i' ? 1 :
                nl > 3 && !strcmp(name + nl - 3, "pis") ? 1 : 0;
    if (!strcmp(name, "mac16pisr")) bases = 1;
    if (bases && name[0] == 'm') bases = 2;    /* mac16pi, mac32pis, mac16pisr: both pointers */
    for (int k = 1; k <= bases && k < i->n; k++)
        if (i->o[k].kind == OK_PREG && i->o[k].r == r) return 1;
    if (!op_ndefs(i->op) || !i->n || i->o[0].kind != OK_PREG) return 0;
    return r >= i->o[0].r && r < i->o[0].r + width(i, 0);
}

static int is_addi(const minsn *i, int r, int64_t *k)
{
    if (i->op != CK_OP_ADDI || i->n < 3 || i->o[0].kind != OK_PREG || i->o[1].kind != OK_PREG ||
        i->o[0].r != r || i->o[1].r != r || i->o[2].kind != OK_IMM)
        return 0;
    *k = i->o[2].imm;
    return 1;
}

static void drop(mblock *bb, int j)
{
    memmove(&bb->ins[j], &bb->ins[j + 1], (size_t)(bb->nins - j - 1) * sizeof bb->ins[0]);
    bb->nins--;
}

static void post_increment(mblock *bb)
{
    static int pi[CK_OP_COUNT], pis[2];
    static int ready;
    if (!ready) {
        static const struct { int op; const char *name; } m[] = {
            { CK_OP_LD8S, "ld8spi" }, { CK_OP_LD8U, "ld8upi" }, { CK_OP_LD16S, "ld16spi" }, { CK_OP_LD16U, "ld16upi" },
            { CK_OP_LD32, "ld32pi" }, { CK_OP_ST8, "st8pi" }, { CK_OP_ST16, "st16pi" }, { CK_OP_ST32, "st32pi" },
        };
        for (int op = 0; op < CK_OP_COUNT; op++) pi[op] = -1;
        for (size_t q = 0; q < sizeof m / sizeof m[0]; q++) pi[m[q].op] = op_find(m[q].name, "rr");
        pis[0] = op_find("ld32pis", "rrh");
        pis[1] = op_find("st32pis", "rrh");
        ready = 1;
    }
    for (int j = 0; j < bb->nins; j++) {
        minsn *i = &bb->ins[j];
        if (i->op < 0 || i->op >= CK_OP_COUNT || pi[i->op] < 0 || i->n != 3 || i->o[0].kind != OK_PREG ||
            i->o[1].kind != OK_PREG || i->o[2].kind != OK_IMM || i->o[2].imm != 0)
            continue;
        int ra = i->o[1].r, load = op_ndefs(i->op);
        if (load && i->o[0].r == ra) continue;
        int64_t size = i->op == CK_OP_LD32 || i->op == CK_OP_ST32 ? 4 :
                       i->op == CK_OP_LD16S || i->op == CK_OP_LD16U || i->op == CK_OP_ST16 ? 2 : 1, k;
        for (int q = j + 1; q < bb->nins; q++) {
            if (is_addi(&bb->ins[q], ra, &k)) {
                if (k == size) {
                    i->op = pi[i->op];
                    i->n = 2;
                    drop(bb, q);
                } else if (size == 4 && pis[i->op == CK_OP_ST32] >= 0) {   /* any other stride */
                    i->op = pis[i->op == CK_OP_ST32];
                    i->o[2].imm = k;
                    drop(bb, q);
                }
                break;
            }
            if (touches(&bb->ins[q], ra)) break;
        }
    }
}

/* `add rc, rc, rx` (either order of the sources, rx != rc): rx in *x */
static int is_add_to(const minsn *i, int r, int *x)
{
    if (i->op != CK_OP_ADD || i->n < 3 || i->o[0].kind != OK_PREG || i->o[1].kind != OK_PREG ||
        i->o[2].kind != OK_PREG || i->o[0].r != r)
        return 0;
    if (i->o[1].r == r && i->o[2].r != r) *x = i->o[2].r;
    else if (i->o[2].r == r && i->o[1].r != r) *x = i->o[1].r;
    else return 0;
    return 1;
}

/* Moves the last update of rc before the block's branch down to just before it, when it is an
 * addi (or, with_add, an add of another register that nothing between writes) and nothing
 * between touches rc. */
static int sink_one(mblock *bb, int rc, int with_add)
{
    int64_t k;
    int x;
    for (int j = bb->nins - 2; j >= 0; j--) {
        int add = with_add && is_add_to(&bb->ins[j], rc, &x);
        if (add || is_addi(&bb->ins[j], rc, &k)) {
            for (int q = j + 1; add && q < bb->nins - 1; q++)
                if (writes(&bb->ins[q], x)) return 0;
            if (j < bb->nins - 2) {
                minsn a = bb->ins[j], br = bb->ins[bb->nins - 1];
                if (add && a.o[1].r != rc) { mopnd t = a.o[1]; a.o[1] = a.o[2]; a.o[2] = t; }
                drop(bb, j);
                bb->ins[bb->nins - 1] = a;
                bb->ins[bb->nins++] = br;
            }
            return 1;
        }
        if (touches(&bb->ins[j], rc)) return 0;
    }
    return 0;
}

static void sink_counter(mblock *bb)
{
    static int addibnz = -2, addbltu;
    if (addibnz == -2) {
        addibnz = op_find("addibnz", "rhj");
        addbltu = op_find("addbltu", "rrrj");
    }
    if (bb->nins < 2) return;
    const minsn *t = &bb->ins[bb->nins - 1];
    /* brz too: emit may invert it into brnz (when the loop's back edge is its false target) */
    if (!(t->op == CK_OP_BNE || t->op == CK_OP_BLTS || t->op == CK_OP_BLTU ||
          ((t->op == CK_OP_BRNZ || t->op == CK_OP_BRZ) && addibnz >= 0)))
        return;
    int a = t->o[0].kind == OK_PREG ? t->o[0].r : -1;
    int b = t->op == CK_OP_BNE && t->o[1].kind == OK_PREG ? t->o[1].r : -1;
    if (a >= 0 && sink_one(bb, a, t->op == CK_OP_BLTU && addbltu >= 0)) return;
    if (b >= 0 && b != a) sink_one(bb, b, 0);
}

/* --- liveness of physical registers ------------------------------------------------------------- */
#define NW ((int)(CK_MAX_REGS + 8 + 63) / 64)
typedef struct rset { bword w[NW]; } rset;

/* the registers operand k of i covers */
static void rs_add(rset *s, const minsn *i, int k)
{
    const mopnd *o = &i->o[k];
    for (int q = 0; q < width(i, k); q++)
        if (o->r + q >= 0 && o->r + q < NW * 64) bs_set(s->w, o->r + q);
}

/* live = uses(i) + (live - defs(i)) */
static void step_back(const mfunc *f, const minsn *i, rset *live)
{
    int op = i->op;
    if (op >= CK_OP_COUNT) { memset(live, 0xff, sizeof *live); return; }
    if (op == CK_OP_RET) {                  /* reads the results */
        for (int r = 0; r < f->nrets && r < NW * 64; r++) bs_set(live->w, r);
        return;
    }
    if (op == CK_OP_CALL || op == CK_OP_CALLI || op == CK_OP_CALLN) {
        /* reads its arguments (lowering left their count in aux) and the target register; what
         * it writes (the window) is not killed here, which only keeps values alive longer */
        int c = i->o[1].kind == OK_PREG ? i->o[1].r : 0;
        for (int r = c; r < c + i->aux && r < NW * 64; r++) bs_set(live->w, r);
        if (op == CK_OP_CALLI && i->o[0].kind == OK_PREG) bs_set(live->w, i->o[0].r);
        return;
    }
    /* a plain definition (not also read: the addi-and-branch forms and the multiply-accumulate
     * walks read their rd) kills rd */
    int k = 0;
    if (op_ndefs(op) && i->n && i->o[0].kind == OK_PREG && op_form(op)[0] != 0 &&
        !(op == CK_OP_ADDIBNE || op == CK_OP_ADDIBLTS || op == CK_OP_ADDIBLTU || op == CK_OP_ADDIBNZ ||
          op == CK_OP_MAC16PI || op == CK_OP_MAC32PIS || op == CK_OP_MAC16PISR)) {
        for (int q = 0; q < width(i, 0); q++) bs_clr(live->w, i->o[0].r + q);
        k = 1;
    }
    for (; k < i->n; k++)
        if (i->o[k].kind == OK_PREG) rs_add(live, i, k);
}

static void liveness(mfunc *f, rset *out)
{
    rset *in = ck_xmalloc((size_t)f->nblocks * sizeof *in);
    memset(in, 0, (size_t)f->nblocks * sizeof *in);
    memset(out, 0, (size_t)f->nblocks * sizeof *out);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int oi = f->norder - 1; oi >= 0; oi--) {
            int b = f->order[oi];
            mblock *bb = &f->blocks[b];
            rset live = { { 0 } };
            if (bb->nins) {
                const minsn *t = &bb->ins[bb->nins - 1];
                for (int k = 0; k < t->n; k++)
                    if (t->o[k].kind == OK_BLOCK)
                        for (int w = 0; w < NW; w++) live.w[w] |= in[t->o[k].r].w[w];
            }
            out[b] = live;
            for (int j = bb->nins - 1; j >= 0; j--) step_back(f, &bb->ins[j], &live);
            if (memcmp(&live, &in[b], sizeof live)) in[b] = live, changed = 1;
        }
    }
    free(in);
}

/* --- pairs: a value made by one instruction and consumed by the next that touches it ------------- */
typedef struct fops { int mla, selltz, selltu, xorrot, selbit, muladdf, mulfaddf, ld32xb; } fops;

static int preg(const mopnd *o) { return o->kind == OK_PREG ? o->r : -1; }

/* Tries to fuse the producer at j (defining t from its register sources) with the next
 * instruction k that touches t, when nothing between touches t or writes the sources, and t is dead
 * after k (or k redefines it). t may be one of the sources: without the producer, t still holds
 * that source's value at k. Returns 1 if the block changed. */
static int fuse_pair(mfunc *f, mblock *bb, int j, const rset *after, const fops *F)
{
    minsn *p = &bb->ins[j];
    int op = p->op;
    if (p->n < 2 || preg(&p->o[0]) < 0 || preg(&p->o[1]) < 0) return 0;
    int t = p->o[0].r, x = p->o[1].r, y = p->n > 2 ? preg(&p->o[2]) : -1;
    int64_t imm = p->n > 2 && p->o[2].kind == OK_IMM ? p->o[2].imm : 1;
    int kind;                                   /* which fusion the producer allows */
    if (op == CK_OP_MUL && y >= 0 && F->mla >= 0) kind = 1;
    else if ((op == CK_OP_NEI || op == CK_OP_EQI) && imm == 0) kind = 2;
    else if (op == CK_OP_LTSI && imm == 0 && F->selltz >= 0) kind = 3;
    else if (op == CK_OP_LTU && y >= 0 && F->selltu >= 0) kind = 4;
    else if (op == CK_OP_XOR && y >= 0 && F->xorrot >= 0) kind = 5;
    else if (op == CK_OP_MULF && y >= 0 && F->muladdf >= 0) kind = 7;
    else if (op == CK_OP_ADD && y >= 0 && F->ld32xb >= 0) kind = 8;
    else if (F->selbit >= 0 && ((op == CK_OP_ANDI && imm > 0 && !(imm & (imm - 1)) && imm <= 0x4000) ||
                                op == CK_OP_SEXT8 || op == CK_OP_SEXT16)) kind = 6;
    else return 0;
    int k = j + 1;
    for (; k < bb->nins; k++) {
        const minsn *q = &bb->ins[k];
        if (touches(q, t)) break;
        if (writes(q, x) || (y >= 0 && writes(q, y))) return 0;
    }
    if (k >= bb->nins) return 0;
    minsn *c = &bb->ins[k];
    int dead = preg(&c->o[0]) == t || !bs_has(after[k].w, t);
    if (!dead) return 0;
    mopnd *o;
    switch (kind) {
    case 1:                                     /* mul t, x, y; add d, t, z (either order) -> mla d, x, y, z */
        if (c->op != CK_OP_ADD || preg(&c->o[0]) < 0 || preg(&c->o[1]) < 0 || preg(&c->o[2]) < 0 ||
            (c->o[1].r == t) == (c->o[2].r == t))
            return 0;
        o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1], o[2] = p->o[2], o[3] = c->o[1].r == t ? c->o[2] : c->o[1];
        c->op = F->mla;
        break;
    case 2: case 3: case 4:                     /* a compare whose only use is a select's condition */
        if (c->op != CK_OP_SELECT || preg(&c->o[1]) != t || preg(&c->o[2]) == t || preg(&c->o[3]) == t) return 0;
        if (kind == 2) {                        /* select tests != 0 itself */
            o = c->o;
            o[1] = p->o[1];
            if (op == CK_OP_EQI) { mopnd s = o[2]; o[2] = o[3]; o[3] = s; }
            break;
        }
        o = ar_alloc(&f->A, 5 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1];
        if (kind == 3) {
            o[2] = c->o[2], o[3] = c->o[3];
            c->op = F->selltz;
        } else {
            o[2] = p->o[2], o[3] = c->o[2], o[4] = c->o[3];
            c->op = F->selltu;
        }
        break;
    case 6: {                                   /* one bit of x decides a select */
        int bit = op == CK_OP_SEXT8 ? 7 : op == CK_OP_SEXT16 ? 15 : 0;
        if (op == CK_OP_ANDI) {                 /* andi t, x, 1<<k; select d, t, a, b */
            if (c->op != CK_OP_SELECT) return 0;
            while (!(imm >> bit & 1)) bit++;
        } else if (c->op != F->selltz) {        /* sext t, x; selltz d, t, a, b: the sign is bit 7/15 */
            return 0;
        }
        if (preg(&c->o[1]) != t || preg(&c->o[2]) == t || preg(&c->o[3]) == t) return 0;
        o = ar_alloc(&f->A, 5 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1], o[2] = (mopnd){ .kind = OK_IMM, .imm = bit }, o[3] = c->o[2], o[4] = c->o[3];
        c->op = F->selbit;
        break;
    }
    case 7: {                                   /* mulf t, x, y; addf d, z, t -> muladdf d, x, y, z (z + t);
                                                 * addf d, t, z -> mulfaddf d, x, y, z (t + z): the add's order kept */
        int second = preg(&c->o[2]) == t && preg(&c->o[1]) >= 0 && c->o[1].r != t;
        int first = preg(&c->o[1]) == t && preg(&c->o[2]) >= 0 && c->o[2].r != t && F->mulfaddf >= 0;
        if (c->op != CK_OP_ADDF || !(second || first)) return 0;
        o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1], o[2] = p->o[2], o[3] = second ? c->o[1] : c->o[2];
        c->op = second ? F->muladdf : F->mulfaddf;
        break;
    }
    case 8:                                     /* add t, x, y; ld32 d, t, 0 -> ld32xb d, x, y */
        if (c->op != CK_OP_LD32 || preg(&c->o[1]) != t || c->o[2].kind != OK_IMM || c->o[2].imm != 0 ||
            preg(&c->o[0]) < 0)
            return 0;
        o = ar_alloc(&f->A, 3 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1], o[2] = p->o[2];
        c->op = F->ld32xb;
        c->o = o;
        c->n = 3;
        drop(bb, j);
        return 1;
    default:                                    /* xor t, x, y; rotli/rotri d, t, s -> xorrotli d, x, y, s' */
        if ((c->op != CK_OP_ROTLI && c->op != CK_OP_ROTRI) || preg(&c->o[1]) != t || c->o[2].kind != OK_IMM) return 0;
        o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = c->o[0], o[1] = p->o[1], o[2] = p->o[2], o[3] = c->o[2];
        o[3].imm = c->op == CK_OP_ROTLI ? (c->o[2].imm & 31) : ((32 - (c->o[2].imm & 31)) & 31);
        c->op = F->xorrot;
        break;
    }
    c->o = o;
    c->n = c->op == F->selltu || c->op == F->selbit ? 5 : 4;
    drop(bb, j);
    return 1;
}

/* What is live just after each instruction of the block (the caller frees it). */
static rset *live_after(const mfunc *f, const mblock *bb, const rset *liveout)
{
    rset *after = ck_xmalloc((size_t)bb->nins * sizeof *after + 1);
    rset live = *liveout;
    for (int j = bb->nins - 1; j >= 0; j--) {
        after[j] = live;
        step_back(f, &bb->ins[j], &live);
    }
    return after;
}

static int pair_fusions(mfunc *f, mblock *bb, const rset *liveout, const fops *F)
{
    rset *after = live_after(f, bb, liveout);
    int done = 0;
    for (int j = 0; j < bb->nins && !done; j++) done = fuse_pair(f, bb, j, after, F);
    free(after);
    return done;
}

/* The pointer stride of a post-increment load that a multiply-accumulate walk can take (mac16pi:
 * ld16spi, 2; mac32pis: ld32pi, 4, or ld32pis, its k), else 0. */
static int64_t mac_stride(const minsn *l, int wide)
{
    if (!wide) return l->op == CK_OP_LD16SPI ? 2 : 0;
    if (l->op == CK_OP_LD32PI) return 4;
    return l->op == CK_OP_LD32PIS && l->n == 3 && l->o[2].kind == OK_IMM && l->o[2].imm ? l->o[2].imm : 0;
}

/* Two post-increment loads and an mla accumulating their product into rd -> one mac16pi or
 * mac32pis (wide) rd, rP, rQ[, k], where rP moves by the natural size (2, or 4) and rQ by k. */
static int dot_step(mfunc *f, mblock *bb, const rset *liveout, int mla, int mac, int wide)
{
    rset *after = live_after(f, bb, liveout);
    int done = 0;
    for (int j = 0; j + 2 < bb->nins && !done; j++) {
        minsn *l1 = &bb->ins[j], *l2 = &bb->ins[j + 1], *m = &bb->ins[j + 2];
        int64_t s1 = mac_stride(l1, wide), s2 = mac_stride(l2, wide), unit = wide ? 4 : 2;
        if (!s1 || !s2 || m->op != mla) continue;
        if (s1 != unit) {                       /* the pointer moved by the access size goes first */
            if (s2 != unit) continue;
            minsn *t = l1; l1 = l2; l2 = t;
            s2 = s1;
        }
        int a = preg(&l1->o[0]), pa = preg(&l1->o[1]), b = preg(&l2->o[0]), pb = preg(&l2->o[1]);
        int d = preg(&m->o[0]), x = preg(&m->o[1]), y = preg(&m->o[2]), z = preg(&m->o[3]);
        if (a < 0 || pa < 0 || b < 0 || pb < 0 || d < 0 || x < 0 || y < 0 || z != d) continue;
        if (!((x == a && y == b) || (x == b && y == a)) || a == b || pa == pb) continue;
        if (a == pa || a == pb || b == pa || b == pb || d == a || d == b || d == pa || d == pb) continue;
        if (bs_has(after[j + 2].w, a) || bs_has(after[j + 2].w, b)) continue;
        mopnd *o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = m->o[0], o[1] = l1->o[1], o[2] = l2->o[1];
        o[3] = (mopnd){ .kind = OK_IMM, .imm = s2 };
        m->op = mac;
        m->o = o;
        m->n = wide ? 4 : 3;
        drop(bb, j + 1);
        drop(bb, j);
        done = 1;
    }
    free(after);
    return done;
}

/* The scaled Q15 step: ld16spi a, pa; ld16spi b, pb; mul t, a, b; shrsi u, t, k; add d, u, d
 * (the loads in either order, the mul's and add's operands too; a, b, t, u dead after, none of
 * them a pointer or d) -> mac16pisr d, pa, pb, k. */
static int dot_step_sr(mfunc *f, mblock *bb, const rset *liveout, int mac)
{
    rset *after = live_after(f, bb, liveout);
    int done = 0;
    for (int j = 0; j + 4 < bb->nins && !done; j++) {
        const minsn *l1 = &bb->ins[j], *l2 = &bb->ins[j + 1], *mu = &bb->ins[j + 2], *sh = &bb->ins[j + 3];
        minsn *ad = &bb->ins[j + 4];
        if (l1->op != CK_OP_LD16SPI || l2->op != CK_OP_LD16SPI || mu->op != CK_OP_MUL || sh->op != CK_OP_SHRSI ||
            ad->op != CK_OP_ADD || l1->n != 2 || l2->n != 2 || mu->n != 3 || sh->n != 3 || ad->n != 3 ||
            sh->o[2].kind != OK_IMM)
            continue;
        int a = preg(&l1->o[0]), pa = preg(&l1->o[1]), b = preg(&l2->o[0]), pb = preg(&l2->o[1]);
        int t = preg(&mu->o[0]), x = preg(&mu->o[1]), y = preg(&mu->o[2]);
        int u = preg(&sh->o[0]), d = preg(&ad->o[0]);
        if (a < 0 || pa < 0 || b < 0 || pb < 0 || t < 0 || u < 0 || d < 0 || preg(&sh->o[1]) != t) continue;
        if (!((x == a && y == b) || (x == b && y == a)) || a == b || pa == pb) continue;
        if (!((preg(&ad->o[1]) == u && preg(&ad->o[2]) == d) || (preg(&ad->o[1]) == d && preg(&ad->o[2]) == u))) continue;
        if (a == pa || a == pb || b == pa || b == pb || t == pa || t == pb || u == pa || u == pb) continue;
        if (d == a || d == b || d == pa || d == pb || d == t || d == u) continue;
        const rset *live = &after[j + 4];
        if (bs_has(live->w, a) || bs_has(live->w, b) || bs_has(live->w, t) || bs_has(live->w, u)) continue;
        mopnd *o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = ad->o[0], o[1] = l1->o[1], o[2] = l2->o[1];
        o[3] = (mopnd){ .kind = OK_IMM, .imm = sh->o[2].imm & 31 };
        ad->op = mac;
        ad->o = o;
        ad->n = 4;
        for (int q = 0; q < 4; q++) drop(bb, j);
        done = 1;
    }
    free(after);
    return done;
}

/* li/lih/li8/liu r, k */
static int is_li(const minsn *i, int r)
{
    return (i->op == CK_OP_LI || i->op == CK_OP_LIH || i->op == CK_OP_LI8 || i->op == CK_OP_LIU) && i->n == 2 &&
           preg(&i->o[0]) == r && i->o[1].kind == OK_IMM;
}

/* Whether register r holds 1 wherever it is read: every instruction that may write it either
 * loads the constant 1 or leaves it dead (a value nothing reads), and it is not a parameter. */
static int holds_one(mfunc *f, const rset *out, int r)
{
    if (r < f->nargs) return 0;
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        const mblock *bb = &f->blocks[b];
        rset *after = NULL;
        for (int j = 0; j < bb->nins; j++) {
            const minsn *i = &bb->ins[j];
            if (!writes(i, r)) continue;
            if (is_li(i, r) && i->o[1].imm == 1) continue;
            if (!after) after = live_after(f, bb, &out[b]);
            if (bs_has(after[j].w, r)) { free(after); return 0; }
        }
        free(after);
    }
    return 1;
}

/* The loads of 1 into r (holds_one) go when nothing else touches r any more. */
static void drop_unread_one(mfunc *f, int r)
{
    for (int oi = 0; oi < f->norder; oi++) {
        const mblock *bb = &f->blocks[f->order[oi]];
        for (int j = 0; j < bb->nins; j++)
            if (touches(&bb->ins[j], r) && !is_li(&bb->ins[j], r)) return;
    }
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        for (int j = bb->nins - 1; j >= 0; j--)
            if (touches(&bb->ins[j], r)) drop(bb, j);
    }
}

/* Clearing one bit of a bit array: shrui i, x, 5; ld32x w, base, i; shl s, one, x; not n, s;
 * and v, w, n; st32x v, base, i (one holding 1; the five in any order the values allow, each
 * once; what they write dead after the store) -> stbclr base, x. The values are followed through
 * the five instructions, so a register overwritten before it is read again does not match. */
enum { V_ORIG, V_IDX, V_WORD, V_MASK, V_NMASK, V_NEW };

/* the value register r holds (regs/tags: the registers written so far, in order) */
static int tag_of(const int *regs, const int *tags, int nr, int r)
{
    int t = V_ORIG;
    for (int z = 0; z < nr; z++)
        if (regs[z] == r) t = tags[z];
    return t;
}

static int bit_clear(mfunc *f, mblock *bb, const rset *liveout, const rset *out, int stbclr)
{
    int done = 0;
    rset *after = NULL;
    for (int j = 0; j + 5 < bb->nins && !done; j++) {
        minsn *st = &bb->ins[j + 5];
        if (st->op != CK_OP_ST32X || st->n != 3) continue;
        int v = preg(&st->o[0]), base = preg(&st->o[1]), idx = preg(&st->o[2]), x = -1, one = -1;
        mopnd xo = { 0 };
        if (v < 0 || base < 0 || idx < 0) continue;
        for (int q = j; q < j + 5; q++)
            if (bb->ins[q].op == CK_OP_SHRUI && bb->ins[q].n == 3) x = preg(&bb->ins[q].o[1]), xo = bb->ins[q].o[1];
        if (x < 0) continue;
        /* the value each register holds: V_ORIG (as before the window) or one of the steps */
        int regs[16], tags[16], nr = 0, seen = 0, ok = 1;
#define TAG(r_) tag_of(regs, tags, nr, (r_))
        for (int q = j; q < j + 5 && ok; q++) {
            const minsn *i = &bb->ins[q];
            int d = i->n ? preg(&i->o[0]) : -1, s1 = i->n > 1 ? preg(&i->o[1]) : -1, s2 = i->n > 2 ? preg(&i->o[2]) : -1;
            int tag = -1, bit = 0;
            if (d < 0 || nr >= 16) { ok = 0; break; }
            if (i->op == CK_OP_SHRUI && i->n == 3 && i->o[2].kind == OK_IMM && i->o[2].imm == 5 && s1 == x &&
                TAG(x) == V_ORIG)
                tag = V_IDX, bit = 1;
            else if (i->op == CK_OP_LD32X && i->n == 3 && s1 == base && TAG(base) == V_ORIG && s2 >= 0 && TAG(s2) == V_IDX)
                tag = V_WORD, bit = 2;
            else if (i->op == CK_OP_SHL && i->n == 3 && s1 >= 0 && s1 != x && TAG(s1) == V_ORIG && s2 == x &&
                     TAG(x) == V_ORIG)
                tag = V_MASK, bit = 4, one = s1;
            else if (i->op == CK_OP_NOT && i->n == 2 && s1 >= 0 && TAG(s1) == V_MASK)
                tag = V_NMASK, bit = 8;
            else if (i->op == CK_OP_AND && i->n == 3 && s1 >= 0 && s2 >= 0 &&
                     ((TAG(s1) == V_WORD && TAG(s2) == V_NMASK) || (TAG(s1) == V_NMASK && TAG(s2) == V_WORD)))
                tag = V_NEW, bit = 16;
            if (tag < 0 || (seen & bit)) { ok = 0; break; }
            seen |= bit;
            regs[nr] = d, tags[nr] = tag, nr++;
        }
        if (!ok || seen != 31 || TAG(v) != V_NEW || TAG(base) != V_ORIG || TAG(idx) != V_IDX) continue;
#undef TAG
        if (!after) after = live_after(f, bb, liveout);
        for (int z = 0; z < nr && ok; z++)
            if (bs_has(after[j + 5].w, regs[z])) ok = 0;
        if (!ok || !holds_one(f, out, one)) continue;
        mopnd *o = ar_alloc(&f->A, 2 * sizeof *o);
        o[0] = st->o[1], o[1] = xo;
        st->op = stbclr;
        st->o = o;
        st->n = 2;
        for (int q = 0; q < 5; q++) drop(bb, j);
        drop_unread_one(f, one);
        done = 1;
    }
    free(after);
    return done;
}

/* shli t, x, 1; xori u, t, K; selbit d, x, b, u, t (t, u dead after; neither is x, which selbit
 * reads last) -> crcshl d, x, b, K. Also the form the bit test takes when the shift overwrites x
 * (no selbit then): andi m, x, 1<<b; shli t, x, 1; xori u, t, K; select d, m, u, t (m, t, u dead
 * after; t may be x). */
static int crc_step(mfunc *f, mblock *bb, const rset *liveout, int selbit, int crc)
{
    rset *after = live_after(f, bb, liveout);
    int done = 0;
    for (int j = 0; j + 2 < bb->nins && !done; j++) {
        minsn *an = NULL, *sh = &bb->ins[j], *xo = &bb->ins[j + 1], *sel = &bb->ins[j + 2];
        int m = -1, bit = -1;
        if (sh->op == CK_OP_ANDI && j + 3 < bb->nins && sh->n == 3 && sh->o[2].kind == OK_IMM && sh->o[2].imm > 0 &&
            !(sh->o[2].imm & (sh->o[2].imm - 1))) {
            an = sh, sh = xo, xo = sel, sel = &bb->ins[j + 3];
            m = preg(&an->o[0]);
            for (bit = 0; !(an->o[2].imm >> bit & 1); bit++) {}
        }
        if (sh->op != CK_OP_SHLI || xo->op != CK_OP_XORI || sel->op != (an ? CK_OP_SELECT : selbit) || sh->n != 3 ||
            xo->n != 3 || sel->n != (an ? 4 : 5) || sh->o[2].kind != OK_IMM || sh->o[2].imm != 1 ||
            xo->o[2].kind != OK_IMM || !fits16(xo->o[2].imm))
            continue;
        int t = preg(&sh->o[0]), x = preg(&sh->o[1]), u = preg(&xo->o[0]), d = preg(&sel->o[0]), last = an ? 3 : 4;
        if (t < 0 || x < 0 || u < 0 || d < 0 || u == t || preg(&xo->o[1]) != t || preg(&sel->o[last - 1]) != u ||
            preg(&sel->o[last]) != t)
            continue;
        if (an ? (preg(&an->o[1]) != x || m < 0 || m == x || m == t || m == u || preg(&sel->o[1]) != m ||
                  (d != m && bs_has(after[j + 3].w, m)))
               : (t == x || u == x || preg(&sel->o[1]) != x))
            continue;
        const rset *live = &after[j + (an ? 3 : 2)];
        if ((d != t && bs_has(live->w, t)) || (d != u && bs_has(live->w, u))) continue;
        mopnd *o = ar_alloc(&f->A, 4 * sizeof *o);
        o[0] = sel->o[0], o[1] = sh->o[1], o[3] = xo->o[2];
        o[2] = an ? (mopnd){ .kind = OK_IMM, .imm = bit } : sel->o[2];
        sel->op = crc;
        sel->o = o;
        sel->n = 4;
        for (int q = an ? 3 : 2; q > 0; q--) drop(bb, j);
        done = 1;
    }
    free(after);
    return done;
}

/* add a, a, b (either order) right before xorrotli d, d, a, s (either order), d not a ->
 * addxorrotli a, b, d, s: both registers are still written, so no liveness is needed. */
static int add_xor_rot(mblock *bb, int arx)
{
    int done = 0;
    for (int j = 0; j + 1 < bb->nins; j++) {
        minsn *p = &bb->ins[j], *c = &bb->ins[j + 1];
        if (p->op != CK_OP_ADD || c->op != CK_OP_XORROTLI || p->n != 3 || c->n != 4) continue;
        int a = preg(&p->o[0]), x = preg(&p->o[1]), y = preg(&p->o[2]);
        int d = preg(&c->o[0]), u = preg(&c->o[1]), v = preg(&c->o[2]);
        if (a < 0 || x < 0 || y < 0 || d < 0 || u < 0 || v < 0 || c->o[3].kind != OK_IMM || d == a) continue;
        if (x != a && y != a) continue;
        if (!((u == d && v == a) || (u == a && v == d))) continue;
        mopnd b = x == a ? p->o[2] : p->o[1];
        c->o[1] = b;                            /* c becomes addxorrotli a, b, d, s */
        c->o[2] = c->o[0];
        c->o[0] = p->o[0];
        c->op = arx;
        drop(bb, j);
        done = 1;
    }
    return done;
}

/* Where block t leads when it only jumps (edge blocks left empty), a few steps at most. */
static int through_jumps(const mfunc *f, int t)
{
    for (int k = 0; k < 4 && f->blocks[t].nins == 1 && f->blocks[t].ins[0].op == CK_OP_JMP &&
                    f->blocks[t].ins[0].o[0].kind == OK_BLOCK; k++)
        t = f->blocks[t].ins[0].o[0].r;
    return t;
}

/* For block b's last instruction br: if it is brnz r -> b, else elsewhere (or brz r -> elsewhere,
 * else b), the operand of the way out, else 0. */
static int loop_exit(const mfunc *f, int b, const minsn *br, int r)
{
    if ((br->op != CK_OP_BRNZ && br->op != CK_OP_BRZ) || br->n != 3 || preg(&br->o[0]) != r) return 0;
    int stay = br->op == CK_OP_BRNZ ? 1 : 2, exit = 3 - stay;
    if (br->o[stay].kind != OK_BLOCK || through_jumps(f, br->o[stay].r) != b || br->o[exit].kind != OK_BLOCK ||
        through_jumps(f, br->o[exit].r) == b)
        return 0;
    return exit;
}

/* Instruction i becomes jmp to the block operand t. */
static void make_jump(mfunc *f, minsn *i, mopnd t)
{
    mopnd *o = ar_alloc(&f->A, sizeof *o);
    o[0] = t;
    i->op = CK_OP_JMP;
    i->o = o;
    i->n = 1;
    i->nd = 0;
}

/* A loop that is one multiply-accumulate step and its count to 0, block b:
 *   mac16pi d, pa, pb | mac32pis d, pa, pb, h | mac16pisr d, pa, pb, k
 *   addi c, c, -1     (or +1: LLVM's loops count up from -n as often)
 *   brnz c -> b, else exit  (or brz c -> exit, else b; either through blocks that only jump)
 * with c none of d, pa, pb -> dot16 / dot32s / dot16sr d, pa, pb, c [, h | k]; jmp exit (after
 * neg c, c when it counts up): the whole loop in one instruction, which leaves c = 0 and the
 * pointers past the end as the loop did. */
static int dot_loop(mfunc *f, int b, const int *dots)
{
    mblock *bb = &f->blocks[b];
    if (bb->nins != 3) return 0;
    minsn *m = &bb->ins[0], *c = &bb->ins[1], *br = &bb->ins[2];
    int op = m->op == CK_OP_MAC16PI ? dots[0] : m->op == CK_OP_MAC32PIS ? dots[1] : m->op == CK_OP_MAC16PISR ? dots[2] : -1;
    int d = preg(&m->o[0]), pa = preg(&m->o[1]), pb = preg(&m->o[2]), rc = preg(&c->o[0]);
    if (op < 0 || d < 0 || pa < 0 || pb < 0 || rc < 0) return 0;
    if (c->op != CK_OP_ADDI || preg(&c->o[1]) != rc || c->o[2].kind != OK_IMM || (c->o[2].imm != -1 && c->o[2].imm != 1))
        return 0;
    if (rc == d || rc == pa || rc == pb || d == pa || d == pb || pa == pb) return 0;
    int exit = loop_exit(f, b, br, rc);
    if (!exit) return 0;
    mopnd *o = ar_alloc(&f->A, 5 * sizeof *o);
    o[0] = m->o[0], o[1] = m->o[1], o[2] = m->o[2], o[3] = c->o[0];
    if (m->n > 3) o[4] = m->o[3];
    int up = c->o[2].imm == 1;
    mopnd cnt = c->o[0], out = br->o[exit];
    if (up) {                                   /* [neg c, c; dot ...; jmp exit] */
        *c = *m;
        mopnd *n = ar_alloc(&f->A, 2 * sizeof *n);
        n[0] = n[1] = cnt;
        m->op = CK_OP_NEG;
        m->o = n;
        m->n = 2;
        m->nd = 1;
        m = c;
        c = br;
    }
    m->op = op;
    m->o = o;
    m->n++;
    make_jump(f, c, out);
    bb->nins = up ? 3 : 2;
    return 1;
}

/* A loop that only looks for a string's end, block b:
 *   ld8upi d, p
 *   brnz d -> b, else exit  (or brz d -> exit, else b; either through blocks that only jump)
 * with d not p -> skipstr d, p; jmp exit: p ends past the 0 byte, d = 0, as the loop leaves them. */
static int skip_loop(mfunc *f, int b, int skip)
{
    mblock *bb = &f->blocks[b];
    if (skip < 0 || bb->nins != 2) return 0;
    minsn *l = &bb->ins[0], *br = &bb->ins[1];
    int d = preg(&l->o[0]), p = preg(&l->o[1]);
    if (l->op != CK_OP_LD8UPI || d < 0 || p < 0 || d == p) return 0;
    int exit = loop_exit(f, b, br, d);
    if (!exit) return 0;
    l->op = skip;
    make_jump(f, br, br->o[exit]);
    return 1;
}

void fuse_function(mfunc *f)
{
    fops F = { op_find("mla", "rrrr"), op_find("selltz", "rrrr"), op_find("selltu", "rrrrr"),
               op_find("xorrotli", "rrrb"), op_find("selbit", "rrbrr"), op_find("muladdf", "rrrr"),
               op_find("mulfaddf", "rrrr"), op_find("ld32xb", "rrr") };
    rset *out = ck_xmalloc((size_t)f->nblocks * sizeof *out + 1);
    liveness(f, out);
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        while (pair_fusions(f, &f->blocks[b], &out[b], &F)) {}
    }
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        post_increment(bb);
        sink_counter(bb);
    }
    int mac = op_find("mac16pi", "rrr"), mac32 = op_find("mac32pis", "rrrh"), crc = op_find("crcshl", "rrbh");
    int macsr = op_find("mac16pisr", "rrrb"), bclr = op_find("stbclr", "rr"), arx = op_find("addxorrotli", "rrrb");
    int dots[3] = { op_find("dot16", "rrrr"), op_find("dot32s", "rrrrh"), op_find("dot16sr", "rrrrb") };
    int skip = op_find("skipstr", "rr");
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        while (mac >= 0 && F.mla >= 0 && dot_step(f, &f->blocks[b], &out[b], F.mla, mac, 0)) {}
        while (mac32 >= 0 && F.mla >= 0 && dot_step(f, &f->blocks[b], &out[b], F.mla, mac32, 1)) {}
        while (crc >= 0 && F.selbit >= 0 && crc_step(f, &f->blocks[b], &out[b], F.selbit, crc)) {}
        while (macsr >= 0 && dot_step_sr(f, &f->blocks[b], &out[b], macsr)) {}
        while (bclr >= 0 && bit_clear(f, &f->blocks[b], &out[b], out, bclr)) {}
        if (arx >= 0) add_xor_rot(&f->blocks[b], arx);
        dot_loop(f, b, dots);
        skip_loop(f, b, skip);
    }
    free(out);
}

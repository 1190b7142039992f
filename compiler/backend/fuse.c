/* After lowering: instructions that fuse into one of the ISA's combined forms, on physical
 * registers, within a block.
 *
 * - Post-increment: `ldN rd, ra, 0` (or `stN rs, ra, 0`) followed later in the block by
 *   `addi ra, ra, N`, with nothing in between touching ra, becomes `ldNpi rd, ra` and the addi
 *   goes (a load whose rd is ra itself is left alone: the addi would add to the loaded value).
 * - A block ending in `brnz rc`/`bne`/`blts`/`bltu` whose counter was last changed by
 *   `addi rc, rc, k`, with nothing after it touching rc, gets the addi moved to just before the
 *   branch, where emit fuses the pair into addibnz/addibne/addiblts/addibltu.
 * - Multiply-accumulate: `mul rT, ra, rb` then `add rd, rT, rc` (either order), where rT is dead
 *   after the add and nothing between touches rT, ra or rb, becomes `mla rd, ra, rb, rc`.
 * Each only moves an operation across instructions that neither read nor write what it reads
 * or writes, so every instruction sees the value it saw before. Calls are barriers (their
 * windows are implicit). The multiply-accumulate needs liveness of the physical registers,
 * computed here over the blocks (a call reads every register from its window up, a return every
 * register: conservative, it only keeps values alive). */
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "be.h"

/* 1 if instruction i may read or write register r (calls and pseudos: always). */
static int touches(const minsn *i, int r)
{
    if (i->op >= CK_OP_COUNT || i->op == CK_OP_CALL || i->op == CK_OP_CALLI || i->op == CK_OP_CALLN) return 1;
    const char *form = op_form(i->op);
    int nf = (int)strlen(form);
    for (int k = 0; k < i->n; k++) {
        const mopnd *o = &i->o[k];
        if (o->kind != OK_PREG) continue;
        int w = (k < nf && form[k] == 'R') || o->sz == 2 ? 2 : 1;
        if (r >= o->r && r < o->r + w) return 1;
    }
    return 0;
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
    static int pi[CK_OP_COUNT];
    static int ready;
    if (!ready) {
        static const struct { int op; const char *name; } m[] = {
            { CK_OP_LD8S, "ld8spi" }, { CK_OP_LD8U, "ld8upi" }, { CK_OP_LD16S, "ld16spi" }, { CK_OP_LD16U, "ld16upi" },
            { CK_OP_LD32, "ld32pi" }, { CK_OP_ST8, "st8pi" }, { CK_OP_ST16, "st16pi" }, { CK_OP_ST32, "st32pi" },
        };
        for (int op = 0; op < CK_OP_COUNT; op++) pi[op] = -1;
        for (size_t q = 0; q < sizeof m / sizeof m[0]; q++) pi[m[q].op] = op_find(m[q].name, "rr");
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
                }
                break;
            }
            if (touches(&bb->ins[q], ra)) break;
        }
    }
}

static int sink_one(mblock *bb, int rc)
{
    int64_t k;
    for (int j = bb->nins - 2; j >= 0; j--) {
        if (is_addi(&bb->ins[j], rc, &k)) {
            if (j < bb->nins - 2) {
                minsn a = bb->ins[j], br = bb->ins[bb->nins - 1];
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
    static int addibnz = -2;
    if (addibnz == -2) addibnz = op_find("addibnz", "rhj");
    if (bb->nins < 2) return;
    const minsn *t = &bb->ins[bb->nins - 1];
    /* brz too: emit may invert it into brnz (when the loop's back edge is its false target) */
    if (!(t->op == CK_OP_BNE || t->op == CK_OP_BLTS || t->op == CK_OP_BLTU ||
          ((t->op == CK_OP_BRNZ || t->op == CK_OP_BRZ) && addibnz >= 0)))
        return;
    int a = t->o[0].kind == OK_PREG ? t->o[0].r : -1;
    int b = t->op == CK_OP_BNE && t->o[1].kind == OK_PREG ? t->o[1].r : -1;
    if (a >= 0 && sink_one(bb, a)) return;
    if (b >= 0 && b != a) sink_one(bb, b);
}

/* --- liveness of physical registers ------------------------------------------------------------- */
#define NW ((int)(CK_MAX_REGS + 8 + 63) / 64)
typedef struct rset { bword w[NW]; } rset;

static void rs_add(rset *s, const mopnd *o, int wide)
{
    for (int q = 0; q < (wide ? 2 : 1); q++)
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
    const char *form = op_form(op);
    int nf = (int)strlen(form);
    /* a plain definition (not also read: the addi-and-branch forms read their rd) kills rd */
    if (op_ndefs(op) && i->o[0].kind == OK_PREG && form[0] != 0 &&
        !(op == CK_OP_ADDIBNE || op == CK_OP_ADDIBLTS || op == CK_OP_ADDIBLTU || op_find("addibnz", "rhj") == op)) {
        int w = form[0] == 'R' || i->o[0].sz == 2 ? 2 : 1;
        for (int q = 0; q < w; q++) bs_clr(live->w, i->o[0].r + q);
        for (int k = 1; k < i->n; k++)
            if (i->o[k].kind == OK_PREG) rs_add(live, &i->o[k], (k < nf && form[k] == 'R') || i->o[k].sz == 2);
        return;
    }
    for (int k = 0; k < i->n; k++)
        if (i->o[k].kind == OK_PREG) rs_add(live, &i->o[k], (k < nf && form[k] == 'R') || i->o[k].sz == 2);
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

/* --- multiply-accumulate ------------------------------------------------------------------------- */
static int multiply_accumulate(mfunc *f, mblock *bb, const rset *liveout, int mla)
{
    rset *after = ck_xmalloc((size_t)bb->nins * sizeof *after + 1);
    rset live = *liveout;
    for (int j = bb->nins - 1; j >= 0; j--) {
        after[j] = live;
        step_back(f, &bb->ins[j], &live);
    }
    int done = 0;
    for (int j = 0; j < bb->nins && !done; j++) {
        const minsn *m = &bb->ins[j];
        if (m->op != CK_OP_MUL || m->o[0].kind != OK_PREG || m->o[1].kind != OK_PREG || m->o[2].kind != OK_PREG)
            continue;
        /* rT may be ra or rb: without the mul nothing writes it before the mla reads it */
        int t = m->o[0].r, ra = m->o[1].r, rb = m->o[2].r;
        for (int k = j + 1; k < bb->nins; k++) {
            minsn *a = &bb->ins[k];
            if (a->op == CK_OP_ADD && a->o[0].kind == OK_PREG && a->o[1].kind == OK_PREG && a->o[2].kind == OK_PREG &&
                (a->o[1].r == t) != (a->o[2].r == t)) {
                if (a->o[0].r == t || !bs_has(after[k].w, t)) {
                    mopnd *o = ar_alloc(&f->A, 4 * sizeof *o);
                    o[0] = a->o[0];
                    o[1] = m->o[1];
                    o[2] = m->o[2];
                    o[3] = a->o[1].r == t ? a->o[2] : a->o[1];
                    a->op = mla;
                    a->o = o;
                    a->n = 4;
                    drop(bb, j);
                    done = 1;
                }
                break;
            }
            if (touches(a, t) || touches(a, ra) || touches(a, rb)) break;
        }
    }
    free(after);
    return done;
}

void fuse_function(mfunc *f)
{
    int mla = op_find("mla", "rrrr");
    if (mla >= 0) {
        rset *out = ck_xmalloc((size_t)f->nblocks * sizeof *out + 1);
        liveness(f, out);
        for (int oi = 0; oi < f->norder; oi++) {
            int b = f->order[oi];
            while (multiply_accumulate(f, &f->blocks[b], &out[b], mla)) {}
        }
        free(out);
    }
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        post_increment(bb);
        sink_counter(bb);
    }
}

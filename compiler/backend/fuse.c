/* After lowering: instructions that fuse into one of the ISA's combined forms, on physical
 * registers, within a block.
 *
 * - Post-increment: `ldN rd, ra, 0` (or `stN rs, ra, 0`) followed later in the block by
 *   `addi ra, ra, N`, with nothing in between touching ra, becomes `ldNpi rd, ra` and the addi
 *   goes (a load whose rd is ra itself is left alone: the addi would add to the loaded value).
 * - A block ending in `brnz rc`/`bne`/`blts`/`bltu` whose counter was last changed by
 *   `addi rc, rc, k`, with nothing after it touching rc, gets the addi moved to just before the
 *   branch, where emit fuses the pair into addibnz/addibne/addiblts/addibltu.
 * Both only move an update of ra across instructions that neither read nor write ra, so every
 * instruction sees the value it saw before. Calls are barriers (their windows are implicit). */
#include <string.h>

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
    if (!(t->op == CK_OP_BNE || t->op == CK_OP_BLTS || t->op == CK_OP_BLTU || (t->op == CK_OP_BRNZ && addibnz >= 0)))
        return;
    int a = t->o[0].kind == OK_PREG ? t->o[0].r : -1;
    int b = t->op == CK_OP_BNE && t->o[1].kind == OK_PREG ? t->o[1].r : -1;
    if (a >= 0 && sink_one(bb, a)) return;
    if (b >= 0 && b != a) sink_one(bb, b);
}

void fuse_function(mfunc *f)
{
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        post_increment(bb);
        sink_counter(bb);
    }
}

/* Liveness over the MIR and live ranges for the allocator.
 *
 * Positions follow the layout: instruction k (counting over all blocks in order) reads its uses at
 * 2k and writes its definitions at 2k + 1, so a value read for the last time by an instruction
 * may share a register with the value that instruction defines. Live-in/out sets come from the
 * usual backward dataflow; a vreg's live ranges are exact (with holes), built block by block. */
#include <stdlib.h>
#include <string.h>

#include "be.h"

static void use_def(const mfunc *f, const minsn *i, bword *gen, bword *kill)
{
    for (int k = i->nd; k < i->n; k++)
        if (i->o[k].kind == OK_VREG && !bs_has(kill, i->o[k].r)) bs_set(gen, i->o[k].r);
    for (int k = 0; k < i->nd; k++)
        if (i->o[k].kind == OK_VREG) bs_set(kill, i->o[k].r);
    (void)f;
}

void live_compute(mfunc *f)
{
    size_t nw = BWORDS(f->nvregs);
    int pos = 0;
    bword *gen = ck_xmalloc((size_t)f->nblocks * nw * sizeof *gen + 1);
    bword *kill = ck_xmalloc((size_t)f->nblocks * nw * sizeof *kill + 1);
    memset(gen, 0, (size_t)f->nblocks * nw * sizeof *gen);
    memset(kill, 0, (size_t)f->nblocks * nw * sizeof *kill);
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        mblock *bb = &f->blocks[b];
        bb->pos0 = pos;
        pos += 2 * bb->nins;
        for (int k = 0; k < bb->nins; k++) use_def(f, &bb->ins[k], gen + (size_t)b * nw, kill + (size_t)b * nw);
        bb->livein = ar_alloc(&f->A, nw * sizeof(bword) + 8);
        bb->liveout = ar_alloc(&f->A, nw * sizeof(bword) + 8);
    }
    bword *tmp = ck_xmalloc(nw * sizeof *tmp + 8);
    int changed = 1;
    while (changed) {
        changed = 0;
        for (int oi = f->norder - 1; oi >= 0; oi--) {
            int b = f->order[oi];
            mblock *bb = &f->blocks[b];
            int succ[64], n = mb_succs(f, b, succ, 64), *all = succ;
            if (n > 64) { all = ck_xmalloc((size_t)n * sizeof *all); mb_succs(f, b, all, n); }
            memset(tmp, 0, nw * sizeof *tmp);
            for (int i = 0; i < n; i++) {
                const bword *in = f->blocks[all[i]].livein;
                for (size_t w = 0; w < nw; w++) tmp[w] |= in[w];
            }
            if (all != succ) free(all);
            memcpy(bb->liveout, tmp, nw * sizeof *tmp);
            const bword *g = gen + (size_t)b * nw, *kl = kill + (size_t)b * nw;
            for (size_t w = 0; w < nw; w++) {
                bword in = g[w] | (tmp[w] & ~kl[w]);
                if (in != bb->livein[w]) { bb->livein[w] = in; changed = 1; }
            }
        }
    }
    free(tmp);
    free(gen);
    free(kill);
}

/* Ranges are built backwards, so they arrive in descending order: rg[nrg-1] is the lowest. */
static void add_range(vreg *v, int from, int to)
{
    if (v->nrg) {
        range *lo = &v->rg[v->nrg - 1];
        if (to + 1 >= lo->from) {
            if (from < lo->from) lo->from = from;
            if (to > lo->to) lo->to = to;
            return;
        }
    }
    if (v->nrg == v->caprg) {
        v->caprg = v->caprg ? v->caprg * 2 : 4;
        v->rg = ck_xrealloc(v->rg, (size_t)v->caprg * sizeof *v->rg);
    }
    v->rg[v->nrg++] = (range){ from, to };
}

void live_ranges(mfunc *f)
{
    size_t nw = BWORDS(f->nvregs);
    bword *live = ck_xmalloc(nw * sizeof *live + 8);
    for (int v = 0; v < f->nvregs; v++) f->vregs[v].nrg = 0;
    for (int oi = f->norder - 1; oi >= 0; oi--) {
        mblock *bb = &f->blocks[f->order[oi]];
        int from = bb->pos0, to = bb->pos0 + 2 * bb->nins - 1;
        memcpy(live, bb->liveout, nw * sizeof *live);
        for (int v = 0; v < f->nvregs; v++)
            if (bs_has(live, v)) add_range(&f->vregs[v], from, to);
        for (int k = bb->nins - 1; k >= 0; k--) {
            const minsn *i = &bb->ins[k];
            int p = bb->pos0 + 2 * k;
            for (int j = 0; j < i->nd; j++) {
                if (i->o[j].kind != OK_VREG) continue;
                vreg *v = &f->vregs[i->o[j].r];
                if (bs_has(live, i->o[j].r)) {
                    v->rg[v->nrg - 1].from = p + 1;    /* the range began at the block start */
                    bs_clr(live, i->o[j].r);
                } else if (!v->nrg || v->rg[v->nrg - 1].from != p + 1) {
                    add_range(v, p + 1, p + 1);        /* a dead definition still needs a register */
                }
            }
            for (int j = i->nd; j < i->n; j++) {
                if (i->o[j].kind != OK_VREG) continue;
                add_range(&f->vregs[i->o[j].r], from, p);
                bs_set(live, i->o[j].r);
            }
        }
    }
    for (int v = 0; v < f->nvregs; v++) {
        vreg *x = &f->vregs[v];
        for (int a = 0, b = x->nrg - 1; a < b; a++, b--) { range t = x->rg[a]; x->rg[a] = x->rg[b]; x->rg[b] = t; }
        x->start = x->nrg ? x->rg[0].from : 1;
        x->end = x->nrg ? x->rg[x->nrg - 1].to : 0;
    }
    free(live);
}

int live_covers(const vreg *v, int pos)
{
    int lo = 0, hi = v->nrg - 1;
    while (lo <= hi) {
        int m = (lo + hi) / 2;
        if (pos < v->rg[m].from) hi = m - 1;
        else if (pos > v->rg[m].to) lo = m + 1;
        else return 1;
    }
    return 0;
}

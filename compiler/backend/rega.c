/* Register allocation: linear scan over live ranges with lifetime holes (no interval splitting),
 * within the VM's register window, after coalescing (rega_coalesce, below).
 *
 * Intervals are taken in order of their start. A vreg gets, in order of preference, its fixed
 * register (parameters), its hinted register (copy partner, call argument/result slot, return
 * slot) or the lowest free one (lowest keeps call windows low), free for its whole lifetime.
 *
 * Calls: the callee's window starts at c, which must lie above every value live across the call
 * (those below c survive: windows need no saves). At each call the allocator computes c from the
 * values live through it and checks c + span fits. The first attempt runs without spilling; if
 * it does not fit in CK_MAX_REGS, the function is allocated again with spilling: the limit drops
 * to leave scratch registers for reloads, and whole intervals (the one ending last, or the
 * highest live across a call) go to frame slots. A second pass re-runs with call arguments hinted
 * to their slots above c, so most argument moves disappear. */
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "be.h"

#define SCRATCH 8   /* registers kept above the limit for reloads when spilling */

typedef struct ra {
    mfunc *f;
    int *active; int nactive;
    int *inactive; int ninactive;
    minsn **calls; int *callpos; int ncalls;
    int *creg;                  /* copy class root -> register its first allocated member got */
    int *avoid0, *avoid;        /* vreg v -> avoid[avoid0[v] .. avoid0[v + 1]): see copy_avoid */
} ra;

/* Copy-related vregs form classes (union-find over vreg.hint); a class prefers one register. */
static int find(mfunc *f, int v)
{
    while (f->vregs[v].hint >= 0) {
        int p = f->vregs[v].hint;
        if (f->vregs[p].hint >= 0) f->vregs[v].hint = f->vregs[p].hint;
        v = p;
    }
    return v;
}

static int intersects(const vreg *a, const vreg *b)
{
    int i = 0, j = 0;
    while (i < a->nrg && j < b->nrg) {
        if (a->rg[i].to < b->rg[j].from) i++;
        else if (b->rg[j].to < a->rg[i].from) j++;
        else return 1;
    }
    return 0;
}

static void drop(int *arr, int *n, int k) { arr[k] = arr[--*n]; }

/* Moves the scan to position pos: intervals end, fall into holes or come out of them. */
static void advance(ra *r, int pos)
{
    mfunc *f = r->f;
    for (int k = r->nactive - 1; k >= 0; k--) {
        int v = r->active[k];
        vreg *x = &f->vregs[v];
        if (x->end < pos) { drop(r->active, &r->nactive, k); }
        else if (!live_covers(x, pos)) {
            drop(r->active, &r->nactive, k);
            r->inactive[r->ninactive++] = v;
        }
    }
    for (int k = r->ninactive - 1; k >= 0; k--) {
        int v = r->inactive[k];
        vreg *x = &f->vregs[v];
        if (x->end < pos) drop(r->inactive, &r->ninactive, k);
        else if (live_covers(x, pos)) {
            drop(r->inactive, &r->ninactive, k);
            r->active[r->nactive++] = v;
        }
    }
}

static int slot_for(mfunc *f, int sz)
{
    uint32_t off = (f->frame + 3u) & ~3u;
    if (sz == 2) off = (f->frame + 7u) & ~7u;
    f->frame = off + 4u * (uint32_t)sz;
    return (int)off;
}

static void spill(ra *r, int v)
{
    mfunc *f = r->f;
    vreg *x = &f->vregs[v];
    for (int k = 0; k < r->nactive; k++)
        if (r->active[k] == v) { drop(r->active, &r->nactive, k); break; }
    for (int k = 0; k < r->ninactive; k++)
        if (r->inactive[k] == v) { drop(r->inactive, &r->ninactive, k); break; }
    x->preg = -1;
    x->slot = slot_for(f, x->sz);
}

static int fits_at(const ra *r, const char *blocked, int reg, int sz)
{
    if (reg < 0 || reg + sz > r->f->limit) return 0;
    for (int k = 0; k < sz; k++) if (blocked[reg + k]) return 0;
    return 1;
}

/* The vregs whose registers a copy's source had better not take: the other destinations of the
 * parallel copies it is read by (and the other sources, for a destination). In {y2 <- y1,
 * y1 <- o}, o in y2's register makes a cycle (three moves through a temporary) of what is
 * otherwise a chain of two. */
static void copy_avoid(ra *r)
{
    mfunc *f = r->f;
    int *cnt = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *cnt);
    memset(cnt, 0, (size_t)(f->nvregs + 1) * sizeof *cnt);
    for (int pass = 0; pass < 2; pass++) {
        for (int b = 0; b < f->nblocks; b++) {
            mblock *bb = &f->blocks[b];
            if (bb->dead) continue;
            for (int k = 0; k < bb->nins; k++) {
                minsn *i = &bb->ins[k];
                if (i->op != P_PCOPY || i->nd > 64) continue;
                for (int q = 0; q < i->nd; q++) {
                    mopnd *x = &i->o[i->nd + q];
                    if (x->kind != OK_VREG || x->part) continue;
                    for (int d = 0; d < i->nd; d++) {
                        mopnd *y = &i->o[d];
                        if (d == q || y->kind != OK_VREG || y->r == x->r) continue;
                        if (pass) {
                            r->avoid[r->avoid0[x->r] + --cnt[x->r]] = y->r;
                            r->avoid[r->avoid0[y->r] + --cnt[y->r]] = x->r;
                        } else {
                            cnt[x->r]++, cnt[y->r]++;
                        }
                    }
                }
            }
        }
        if (!pass) {
            r->avoid0 = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *r->avoid0);
            int tot = 0;
            for (int v = 0; v < f->nvregs; v++) r->avoid0[v] = tot, tot += cnt[v];
            r->avoid0[f->nvregs] = tot;
            r->avoid = ck_xmalloc((size_t)(tot + 1) * sizeof *r->avoid);
            for (int v = 0; v < f->nvregs; v++) cnt[v] = r->avoid0[v + 1] - r->avoid0[v];
        }
    }
    free(cnt);
}

/* 0 allocated (or spilled in spill mode), 1 out of registers without spilling allowed. */
static int alloc_one(ra *r, int v, char *blocked)
{
    mfunc *f = r->f;
    vreg *x = &f->vregs[v];
    for (;;) {
        memset(blocked, 0, CK_MAX_REGS + 2);
        for (int k = 0; k < r->nactive; k++) {
            vreg *a = &f->vregs[r->active[k]];
            for (int j = 0; j < a->sz; j++) blocked[a->preg + j] = 1;
        }
        for (int k = 0; k < r->ninactive; k++) {
            vreg *a = &f->vregs[r->inactive[k]];
            if (intersects(a, x)) for (int j = 0; j < a->sz; j++) blocked[a->preg + j] = 1;
        }
        int reg = -1;
        if (x->fixed >= 0 && fits_at(r, blocked, x->fixed, x->sz)) reg = x->fixed;
        if (reg < 0 && x->hreg >= 0 && fits_at(r, blocked, x->hreg, x->sz)) reg = x->hreg;
        int root = find(f, v);
        /* otherwise the class's register or the lowest free one, first away from the registers
         * that would chain v's copies into a cycle (copy_avoid) */
        for (int soft = r->avoid0[v] < r->avoid0[v + 1]; reg < 0 && soft >= 0; soft--) {
            int unb[16], nu = 0;
            for (int a = r->avoid0[v]; soft && a < r->avoid0[v + 1]; a++) {
                vreg *y = &f->vregs[r->avoid[a]];
                for (int j = 0; y->preg >= 0 && j < y->sz && nu < 16; j++)
                    if (!blocked[y->preg + j]) blocked[y->preg + j] = 1, unb[nu++] = y->preg + j;
            }
            if (r->creg[root] >= 0 && fits_at(r, blocked, r->creg[root], x->sz)) reg = r->creg[root];
            for (int k = 0; reg < 0 && k + x->sz <= f->limit; k++)
                if (fits_at(r, blocked, k, x->sz)) reg = k;
            for (int j = 0; j < nu; j++) blocked[unb[j]] = 0;
        }
        if (reg >= 0) {
            x->preg = reg;
            if (r->creg[root] < 0) r->creg[root] = reg;
            r->active[r->nactive++] = v;
            return 0;
        }
        if (!f->spilling) return 1;
        /* spill whatever in the way lives longest, possibly this interval itself */
        int victim = v;
        for (int k = 0; k < r->nactive; k++)
            if (f->vregs[r->active[k]].end > f->vregs[victim].end) victim = r->active[k];
        for (int k = 0; k < r->ninactive; k++) {
            vreg *a = &f->vregs[r->inactive[k]];
            if (a->end > f->vregs[victim].end && intersects(a, x)) victim = r->inactive[k];
        }
        if (victim == v) { x->preg = -1; x->slot = slot_for(f, x->sz); return 0; }
        spill(r, victim);
    }
}

/* The window base for the call at pos: above every value live through it (and the calli target). */
static int call_base(ra *r, const minsn *c, int pos)
{
    mfunc *f = r->f;
    int base = 0;
    for (int k = 0; k < r->nactive; k++) {
        int v = r->active[k];
        vreg *x = &f->vregs[v];
        int through = live_covers(x, pos + 1);
        if (!through && !(c->o[c->nd].kind == OK_VREG && c->o[c->nd].r == v)) continue;
        if (x->preg + x->sz > base) base = x->preg + x->sz;
    }
    return base;
}

static int handle_call(ra *r, int ci)
{
    mfunc *f = r->f;
    minsn *c = r->calls[ci];
    int pos = r->callpos[ci];
    advance(r, pos);
    int base = call_base(r, c, pos);
    while (base + c->aux > f->limit) {
        if (!f->spilling) return 1;
        int hi = -1;
        for (int k = 0; k < r->nactive; k++) {
            int v = r->active[k];
            vreg *x = &f->vregs[v];
            if (!live_covers(x, pos + 1) && !(c->o[c->nd].kind == OK_VREG && c->o[c->nd].r == v)) continue;
            if (hi < 0 || x->preg > f->vregs[hi].preg) hi = v;
        }
        if (hi < 0) return 1;
        spill(r, hi);
        base = call_base(r, c, pos);
    }
    /* any base at or above the minimum works: prefer one that finds arguments already in place */
    int best = base, bestn = 0, off0 = 0;
    for (int u = c->nd + 1; u < c->n; u++) {
        const mopnd *o = &c->o[u];
        if (o->kind == OK_VREG && !o->part && f->vregs[o->r].preg >= 0 && f->vregs[o->r].preg - off0 >= base &&
            f->vregs[o->r].preg - off0 + c->aux <= f->limit) {
            int cand = f->vregs[o->r].preg - off0, n = 0, off1 = 0;
            for (int w = c->nd + 1; w < c->n; w++) {
                const mopnd *q = &c->o[w];
                if (q->kind == OK_VREG && !q->part && f->vregs[q->r].preg == cand + off1) n++;
                off1 += opnd_sz(f, q);
            }
            if (n > bestn || (n == bestn && cand < best)) best = cand, bestn = n;
        }
        off0 += opnd_sz(f, o);
    }
    base = best;
    c->win = base;
    int off = 0;
    for (int k = 0; k < c->nd; k++) {
        if (c->o[k].kind == OK_VREG && !c->o[k].part) f->vregs[c->o[k].r].hreg = base + off;
        off += opnd_sz(f, &c->o[k]);
    }
    return 0;
}

static mfunc *sort_f;
static int by_start(const void *a, const void *b)
{
    const vreg *x = &sort_f->vregs[*(const int *)a], *y = &sort_f->vregs[*(const int *)b];
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return *(const int *)a - *(const int *)b;
}

static int run(mfunc *f, int *order, int n)
{
    ra R = { 0 };
    ra *r = &R;
    r->f = f;
    r->active = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof(int));
    r->inactive = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof(int));
    char blocked[CK_MAX_REGS + 2];
    /* calls in position order */
    int cap = 0;
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        for (int k = 0; k < bb->nins; k++) {
            if (bb->ins[k].op != P_CALL) continue;
            if (r->ncalls == cap) {
                cap = cap ? cap * 2 : 16;
                r->calls = ck_xrealloc(r->calls, (size_t)cap * sizeof *r->calls);
                r->callpos = ck_xrealloc(r->callpos, (size_t)cap * sizeof *r->callpos);
            }
            r->calls[r->ncalls] = &bb->ins[k];
            r->callpos[r->ncalls++] = bb->pos0 + 2 * k;
        }
    }
    for (int v = 0; v < f->nvregs; v++) f->vregs[v].preg = -1, f->vregs[v].slot = -1;
    r->creg = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *r->creg);
    for (int v = 0; v < f->nvregs; v++) r->creg[v] = -1;
    copy_avoid(r);
    int rc = 0, ci = 0;
    for (int k = 0; k < n && !rc; k++) {
        int v = order[k];
        vreg *x = &f->vregs[v];
        while (!rc && ci < r->ncalls && r->callpos[ci] < x->start) rc = handle_call(r, ci++);
        if (rc) break;
        advance(r, x->start);
        if (x->preg >= 0 || x->slot >= 0) continue;
        rc = alloc_one(r, v, blocked);
    }
    while (!rc && ci < r->ncalls) rc = handle_call(r, ci++);
    free(r->active);
    free(r->inactive);
    free(r->calls);
    free(r->callpos);
    free(r->creg);
    free(r->avoid0);
    free(r->avoid);
    return rc;
}

/* Copies prefer a shared register: a phi's vreg and the values copied into it coalesce whenever
 * their live ranges do not overlap. Returns go to r0.. directly when free. */
static int set_hints(mfunc *f)
{
    int ncalls = 0;
    for (int v = 0; v < f->nvregs; v++) f->vregs[v].hint = -1, f->vregs[v].hreg = -1;
    for (int b = 0; b < f->nblocks; b++) {
        mblock *bb = &f->blocks[b];
        if (bb->dead) continue;
        for (int k = 0; k < bb->nins; k++) {
            minsn *i = &bb->ins[k];
            if (i->op == P_PCOPY) {
                for (int d = 0; d < i->nd; d++) {
                    mopnd *dst = &i->o[d], *src = &i->o[i->nd + d];
                    if (dst->kind != OK_VREG || src->kind != OK_VREG || dst->part || src->part) continue;
                    if (f->vregs[dst->r].sz != f->vregs[src->r].sz) continue;
                    int a = find(f, dst->r), c = find(f, src->r);
                    if (a != c) f->vregs[a > c ? a : c].hint = a > c ? c : a;
                }
            } else if (i->op == P_CALL) {
                ncalls++;
            } else if (i->op == P_RET) {
                int off = 0;
                for (int u = 0; u < i->n; u++) {
                    if (i->o[u].kind == OK_VREG && !i->o[u].part && f->vregs[i->o[u].r].hreg < 0)
                        f->vregs[i->o[u].r].hreg = off;
                    off += opnd_sz(f, &i->o[u]);
                }
            }
        }
    }
    return ncalls;
}

static void arg_hints(mfunc *f)
{
    for (int b = 0; b < f->nblocks; b++) {
        mblock *bb = &f->blocks[b];
        if (bb->dead) continue;
        for (int k = 0; k < bb->nins; k++) {
            minsn *i = &bb->ins[k];
            if (i->op != P_CALL) continue;
            int pos = bb->pos0 + 2 * k, off = 0;
            for (int u = i->nd + 1; u < i->n; u++) {
                mopnd *o = &i->o[u];
                if (o->kind == OK_VREG && !o->part) {
                    vreg *x = &f->vregs[o->r];
                    if (x->end == pos && x->fixed < 0) x->hreg = i->win + off;   /* dies here: build it in place */
                }
                off += opnd_sz(f, o);
            }
        }
    }
}

/* --- coalescing ------------------------------------------------------------------------------------ */
/* Before allocation, vregs joined by a copy whose live ranges do not intersect become one vreg,
 * so the copy disappears whatever the allocator later finds free (a phi and the values copied
 * into it, a loop's i and i.next). Copies in loops go first: a block's weight grows with the
 * number of back edges (in the layout) around it. Register pressure is no concern with a
 * 254-register window; the allocator spills if it must. */
typedef struct cand { int d, s; long w; int seq; } cand;

static int by_weight(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->w != y->w) return x->w > y->w ? -1 : 1;
    return x->seq - y->seq;
}

static int rep_of(int *rep, int v)
{
    while (rep[v] != v) { rep[v] = rep[rep[v]]; v = rep[v]; }
    return v;
}

/* a's ranges become the union of a's and b's (which must not intersect). */
static void merge_ranges(vreg *a, const vreg *b)
{
    int n = a->nrg + b->nrg, i = 0, j = 0, k = 0;
    range *rg = ck_xmalloc((size_t)(n ? n : 1) * sizeof *rg);
    while (i < a->nrg || j < b->nrg) {
        range r = j >= b->nrg || (i < a->nrg && a->rg[i].from < b->rg[j].from) ? a->rg[i++] : b->rg[j++];
        if (k && rg[k - 1].to + 1 >= r.from) { if (r.to > rg[k - 1].to) rg[k - 1].to = r.to; }
        else rg[k++] = r;
    }
    free(a->rg);
    a->rg = rg, a->nrg = k, a->caprg = n ? n : 1;
    a->start = k ? rg[0].from : 1;
    a->end = k ? rg[k - 1].to : 0;
}

int rega_coalesce(mfunc *f)
{
    int nb = f->nblocks;
    int *pos = ck_xmalloc((size_t)(nb + 1) * sizeof *pos), *depth = ck_xmalloc((size_t)(f->norder + 1) * sizeof *depth);
    for (int b = 0; b < nb; b++) pos[b] = -1;
    for (int k = 0; k < f->norder; k++) pos[f->order[k]] = k, depth[k] = 0;
    for (int k = 0; k < f->norder; k++) {
        int succ[64], n = mb_succs(f, f->order[k], succ, 64);
        for (int i = 0; i < n && i < 64; i++)
            if (pos[succ[i]] >= 0 && pos[succ[i]] <= k)
                for (int j = pos[succ[i]]; j <= k; j++) depth[j]++;
    }
    cand *c = NULL;
    int nc = 0, cap = 0;
    for (int k = 0; k < f->norder; k++) {
        mblock *bb = &f->blocks[f->order[k]];
        long w = 1;
        for (int d = 0; d < depth[k] && d < 6; d++) w *= 8;
        for (int j = 0; j < bb->nins; j++) {
            minsn *i = &bb->ins[j];
            if (i->op != P_PCOPY) continue;
            for (int q = 0; q < i->nd; q++) {
                mopnd *d = &i->o[q], *x = &i->o[i->nd + q];
                if (d->kind != OK_VREG || x->kind != OK_VREG || d->part || x->part || d->r == x->r) continue;
                if (nc == cap) { cap = cap ? cap * 2 : 64; c = ck_xrealloc(c, (size_t)cap * sizeof *c); }
                c[nc] = (cand){ d->r, x->r, w, nc };
                nc++;
            }
        }
    }
    free(pos);
    free(depth);
    if (!nc) { free(c); return 0; }
    qsort(c, (size_t)nc, sizeof *c, by_weight);
    int *rep = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *rep), merged = 0;
    for (int v = 0; v < f->nvregs; v++) rep[v] = v;
    for (int k = 0; k < nc; k++) {
        int a = rep_of(rep, c[k].d), b = rep_of(rep, c[k].s);
        if (a == b) continue;
        vreg *x = &f->vregs[a], *y = &f->vregs[b];
        if (x->sz != y->sz || !x->nrg || !y->nrg) continue;
        if (x->fixed >= 0 && y->fixed >= 0 && x->fixed != y->fixed) continue;
        if (intersects(x, y)) continue;
        merge_ranges(x, y);
        if (x->fixed < 0) x->fixed = y->fixed;
        y->fixed = -1;
        y->nrg = 0, y->start = 1, y->end = 0;
        rep[b] = a;
        merged++;
    }
    free(c);
    if (merged) {
        for (int b = 0; b < nb; b++) {
            mblock *bb = &f->blocks[b];
            if (bb->dead) continue;
            int o = 0;
            for (int j = 0; j < bb->nins; j++) {
                minsn *i = &bb->ins[j];
                for (int q = 0; q < i->n; q++)
                    if (i->o[q].kind == OK_VREG) i->o[q].r = rep_of(rep, i->o[q].r);
                if (i->op == P_PCOPY) {     /* copies of a vreg to itself go */
                    int n = 0;
                    for (int q = 0; q < i->nd; q++) {
                        mopnd d = i->o[q], x = i->o[i->nd + q];
                        if (d.kind == OK_VREG && x.kind == OK_VREG && d.r == x.r && d.part == x.part) continue;
                        i->o[n] = d, i->o[i->nd + n] = x;    /* reads before writes: in place is safe */
                        n++;
                    }
                    if (n < i->nd) {
                        for (int q = 0; q < n; q++) i->o[n + q] = i->o[i->nd + q];
                        i->nd = n, i->n = 2 * n;
                    }
                    if (!n) continue;
                }
                bb->ins[o++] = *i;
            }
            bb->nins = o;
        }
    }
    free(rep);
    return merged;
}

int rega_run(mfunc *f)
{
    /* lowering may need one register above everything to break a cycle of copies */
    f->limit = f->spilling ? (int)CK_MAX_REGS - SCRATCH : (int)CK_MAX_REGS - 1;
    int *order = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *order), n = 0;
    for (int v = 0; v < f->nvregs; v++)
        if (f->vregs[v].nrg) order[n++] = v;
    sort_f = f;
    qsort(order, (size_t)n, sizeof *order, by_start);
    uint32_t frame0 = f->frame;
    int ncalls = set_hints(f);
    int rc = run(f, order, n);
    if (!rc && ncalls) {
        arg_hints(f);
        f->frame = frame0;
        if (run(f, order, n)) {
            set_hints(f);
            f->frame = frame0;
            rc = run(f, order, n);
        }
    }
    free(order);
    return rc;
}

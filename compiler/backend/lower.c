/* After register allocation: every operand becomes a physical register, and the pseudos expand.
 *
 * A parallel copy is split into 32-bit word moves between locations (registers and spill slot
 * words alike) and sequenced so that no move overwrites a location a pending move still reads,
 * breaking cycles through one temporary register; constants (li/lih/li64/frame) come last.
 * Adjacent word moves of a pair that do not overlap merge back into mov64, constant pairs into li64.
 *
 * A call places its arguments at r[c].. (c above everything live through it), calls, and copies
 * the results from r[c].. to where the allocator put them. A return copies its values to r0... */
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "be.h"

typedef struct wmove {
    int dreg, dslot;         /* destination: register, or spill slot offset when dreg < 0 */
    int sreg, sslot;         /* source: register, or slot offset when sreg < 0 and !cst */
    int cst;                 /* source is a constant word in c */
    mopnd c;
} wmove;

typedef struct lw {
    mfunc *f;
    minsn *out; int nout, capout;
    int temp;                /* cycle-breaking register */
    int scr;                 /* first scratch register (spill mode) */
    int maxreg;              /* registers used so far */
    int err;
} lw;

static minsn *put(lw *L, int op, int nd, int n)
{
    if (L->nout == L->capout) {
        L->capout = L->capout ? L->capout * 2 : 32;
        L->out = ck_xrealloc(L->out, (size_t)L->capout * sizeof *L->out);
    }
    minsn *i = &L->out[L->nout++];
    memset(i, 0, sizeof *i);
    i->op = op;
    i->nd = nd;
    i->n = n;
    i->o = n ? ar_alloc(&L->f->A, (size_t)n * sizeof *i->o) : NULL;
    return i;
}

static void use_reg(lw *L, int r, int sz)
{
    if (r + sz > L->maxreg) L->maxreg = r + sz;
}

static void put_rr(lw *L, int op, int d, int dsz, int a, int asz)
{
    minsn *i = put(L, op, 1, 2);
    i->o[0] = op_preg(d, dsz), i->o[1] = op_preg(a, asz);
    use_reg(L, d, dsz);
    use_reg(L, a, asz);
}

static void put_const(lw *L, int d, mopnd c)
{
    minsn *i;
    use_reg(L, d, c.kind == OK_IMM && c.sz == 2 ? 2 : 1);
    switch (c.kind) {
    case OK_IMM:
        if (c.sz == 2) { i = put(L, CK_OP_LI64, 1, 2); i->o[0] = op_preg(d, 2); i->o[1] = c; return; }
        i = put(L, fits16((int32_t)c.imm) ? CK_OP_LIH : CK_OP_LI, 1, 2);
        i->o[0] = op_preg(d, 1), i->o[1] = op_imm((int64_t)(int32_t)c.imm, 1);
        return;
    case OK_SYM: case OK_FPTR:
        i = put(L, CK_OP_LI, 1, 2);
        i->o[0] = op_preg(d, 1), i->o[1] = c;
        return;
    case OK_FRAME:
        i = put(L, CK_OP_FRAME, 1, 2);
        i->o[0] = op_preg(d, 1), i->o[1] = op_imm(c.imm, 1);
        return;
    default:
        L->err = 1;
        return;
    }
}

/* frame a, off; then ld/st of a word (or pair) at [a]. */
static void slot_access(lw *L, int op, int r, int sz, int addr, int off)
{
    minsn *i = put(L, CK_OP_FRAME, 1, 2);
    i->o[0] = op_preg(addr, 1), i->o[1] = op_imm(off, 1);
    i = put(L, op, op_ndefs(op), 3);
    i->o[0] = op_preg(r, sz), i->o[1] = op_preg(addr, 1), i->o[2] = op_imm(0, 1);
    use_reg(L, r, sz);
    use_reg(L, addr, 1);
}

/* --- parallel copies -------------------------------------------------------------------------------- */
typedef struct wlist { wmove *m; int n, cap; } wlist;

static void wl_add(wlist *w, wmove m)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->m = ck_xrealloc(w->m, (size_t)w->cap * sizeof *w->m);
    }
    w->m[w->n++] = m;
}

/* Location of word k of an operand: register (>= 0) or -1 with *slot set. */
static int word_loc(lw *L, const mopnd *o, int k, int *slot)
{
    mfunc *f = L->f;
    if (o->kind == OK_PREG) return o->r + k;
    vreg *v = &f->vregs[o->r];
    int w = o->part ? o->part - 1 + k : k;
    if (v->preg >= 0) return v->preg + w;
    *slot = v->slot + 4 * w;
    return -1;
}

/* Adds the word moves of dst <- src. */
static void add_copy(lw *L, wlist *w, const mopnd *dst, const mopnd *src)
{
    mfunc *f = L->f;
    int sz = opnd_sz(f, dst);
    if (src->kind == OK_IMM && src->r == 1) return;            /* undef */
    for (int k = 0; k < sz; k++) {
        wmove m = { -1, -1, -1, -1, 0, { 0 } };
        m.dreg = word_loc(L, dst, k, &m.dslot);
        if (src->kind == OK_VREG || src->kind == OK_PREG) {
            m.sreg = word_loc(L, src, k, &m.sslot);
            if (m.sreg >= 0 && m.sreg == m.dreg) continue;
            if (m.sreg < 0 && m.dreg < 0 && m.sslot == m.dslot) continue;
        } else if (src->kind == OK_IMM && src->sz == 2) {
            m.cst = 1;
            m.c = op_imm((int64_t)(int32_t)(uint32_t)((uint64_t)src->imm >> (32 * k)), 1);
        } else {
            m.cst = 1;
            m.c = *src;
        }
        wl_add(w, m);
    }
}

/* A word location as one key: a register (>= 0) or a spill slot word (<= -2); -1 for constants. */
static int dst_key(const wmove *m) { return m->dreg >= 0 ? m->dreg : -2 - m->dslot; }
static int src_key(const wmove *m) { return m->cst ? -1 : m->sreg >= 0 ? m->sreg : -2 - m->sslot; }

/* One word move between registers and slots (a slot-to-slot move goes through a scratch register). */
static void emit_move(lw *L, const wmove *m)
{
    if (m->dreg >= 0) {
        if (m->sreg >= 0) put_rr(L, CK_OP_MOV, m->dreg, 1, m->sreg, 1);
        else slot_access(L, CK_OP_LD32, m->dreg, 1, m->dreg, m->sslot);
        return;
    }
    int val = m->sreg;
    if (val < 0) {
        val = L->scr + 1;
        slot_access(L, CK_OP_LD32, val, 1, val, m->sslot);
    }
    slot_access(L, CK_OP_ST32, val, 1, L->scr + 2, m->dslot);
}

static void emit_words(lw *L, wlist *w)
{
    int first = L->nout;
    /* 1. moves between locations (registers and slots alike): a move runs once no pending move
     *    reads its destination; when only cycles remain, one destination is saved in the
     *    temporary register and read from there */
    int *done = ck_xmalloc((size_t)(w->n + 1) * sizeof *done);
    memset(done, 0, (size_t)(w->n + 1) * sizeof *done);
    int left = 0;
    for (int i = 0; i < w->n; i++)
        if (!w->m[i].cst) left++;
        else done[i] = 2;     /* constants last: they read nothing, and may overwrite a source */
    while (left) {
        int progress = 0;
        for (int i = 0; i < w->n; i++) {
            if (done[i]) continue;
            int d = dst_key(&w->m[i]), blocked = 0;
            for (int j = 0; j < w->n && !blocked; j++)
                if (j != i && !done[j] && src_key(&w->m[j]) == d) blocked = 1;
            if (blocked) continue;
            emit_move(L, &w->m[i]);
            done[i] = 1;
            left--;
            progress = 1;
        }
        if (progress) continue;
        for (int i = 0; i < w->n; i++) {
            if (done[i]) continue;
            const wmove *m = &w->m[i];
            int d = dst_key(m);
            if (m->dreg >= 0) put_rr(L, CK_OP_MOV, L->temp, 1, m->dreg, 1);
            else slot_access(L, CK_OP_LD32, L->temp, 1, L->temp, m->dslot);
            for (int j = 0; j < w->n; j++)
                if (!done[j] && src_key(&w->m[j]) == d) w->m[j].sreg = L->temp;
            break;
        }
    }
    /* 2. constants */
    for (int i = 0; i < w->n; i++) {
        if (done[i] != 2) continue;
        wmove *m = &w->m[i];
        if (m->dreg >= 0) {
            put_const(L, m->dreg, m->c);
        } else {
            put_const(L, L->scr + 1, m->c);
            slot_access(L, CK_OP_ST32, L->scr + 1, 1, L->scr + 2, m->dslot);
        }
    }
    free(done);
    /* merge word pairs: mov d, s; mov d+1, s+1 -> mov64 (no overlap); two constants -> li64 */
    int o = first;
    for (int i = first; i < L->nout; i++) {
        minsn *a = &L->out[i];
        if (i + 1 < L->nout) {
            minsn *b = &L->out[i + 1];
            if (a->op == CK_OP_MOV && b->op == CK_OP_MOV) {
                int d0 = a->o[0].r, s0 = a->o[1].r, d1 = b->o[0].r, s1 = b->o[1].r;
                int lo = d1 == d0 + 1 && s1 == s0 + 1 ? 0 : d0 == d1 + 1 && s0 == s1 + 1 ? 1 : -1;
                int dd = lo ? d1 : d0, ss = lo ? s1 : s0;
                if (lo >= 0 && (dd + 1 < ss || ss + 1 < dd)) {
                    minsn m = *a;
                    m.op = CK_OP_MOV64;
                    m.o[0] = op_preg(dd, 2), m.o[1] = op_preg(ss, 2);
                    L->out[o++] = m;
                    i++;
                    continue;
                }
            }
            int ca = (a->op == CK_OP_LI || a->op == CK_OP_LIH) && a->o[1].kind == OK_IMM;
            int cb = (b->op == CK_OP_LI || b->op == CK_OP_LIH) && b->o[1].kind == OK_IMM;
            if (ca && cb && (b->o[0].r == a->o[0].r + 1 || a->o[0].r == b->o[0].r + 1)) {
                int lo = b->o[0].r == a->o[0].r + 1 ? 0 : 1;
                minsn *l = lo ? b : a, *h = lo ? a : b;
                uint64_t v = (uint64_t)(uint32_t)l->o[1].imm | (uint64_t)(uint32_t)h->o[1].imm << 32;
                minsn m = *a;
                m.op = CK_OP_LI64;
                m.o[0] = op_preg(l->o[0].r, 2), m.o[1] = op_imm((int64_t)v, 2);
                L->out[o++] = m;
                i++;
                continue;
            }
        }
        L->out[o++] = *a;
    }
    L->nout = o;
}

/* --- instructions ------------------------------------------------------------------------------------ */
static int call_base(lw *L, const minsn *c, int pos)
{
    mfunc *f = L->f;
    int base = 0;
    for (int v = 0; v < f->nvregs; v++) {
        vreg *x = &f->vregs[v];
        int target = c->o[c->nd].kind == OK_VREG && c->o[c->nd].r == v;   /* read by calli after the args */
        if (x->preg < 0 || ((x->start > pos || x->end < pos + 1) && !target)) continue;
        int through = live_covers(x, pos) && live_covers(x, pos + 1);
        if ((through || target) && x->preg + x->sz > base) base = x->preg + x->sz;
    }
    return base;
}

static void lower_call(lw *L, const minsn *c, int pos)
{
    mfunc *f = L->f;
    int base = call_base(L, c, pos);
    if (c->win > base) base = c->win;     /* the allocator's choice: arguments already in place */
    wlist w = { 0 };
    int off = 0;
    for (int u = c->nd + 1; u < c->n; u++) {
        mopnd dst = op_preg(base + off, opnd_sz(f, &c->o[u]));
        add_copy(L, &w, &dst, &c->o[u]);
        off += dst.sz;
    }
    emit_words(L, &w);
    free(w.m);
    const mopnd *t = &c->o[c->nd];
    minsn *i;
    if (t->kind == OK_FUNC) {
        i = put(L, CK_OP_CALL, 0, 2);
        i->o[0] = *t;
    } else if (t->kind == OK_NATIVE) {
        i = put(L, CK_OP_CALLN, 0, 2);
        i->o[0] = *t;
    } else {
        vreg *x = &f->vregs[t->r];
        int r = x->preg;
        if (r < 0) {
            r = L->scr;
            slot_access(L, CK_OP_LD32, r, 1, r, x->slot);
        }
        i = put(L, CK_OP_CALLI, 0, 2);
        i->o[0] = op_preg(r, 1);
    }
    i->o[1] = op_preg(base, 1);
    i->aux = off;                           /* argument registers from the window base (fuse.c) */
    use_reg(L, base, c->aux ? c->aux : 1);
    if (base + c->aux > (int)CK_MAX_REGS) L->err = 2;
    wlist r = { 0 };
    off = 0;
    for (int d = 0; d < c->nd; d++) {
        int sz = opnd_sz(f, &c->o[d]);
        mopnd src = op_preg(base + off, sz);
        off += sz;
        vreg *x = &f->vregs[c->o[d].r];
        if (x->end <= pos + 1) continue;        /* result never read */
        add_copy(L, &r, &c->o[d], &src);
    }
    emit_words(L, &r);
    free(r.m);
}

/* An ordinary instruction: vregs become registers, spilled ones go through scratch registers. */
static void lower_plain(lw *L, const minsn *in)
{
    mfunc *f = L->f;
    minsn i = *in;
    i.o = in->n ? ar_alloc(&f->A, (size_t)in->n * sizeof *i.o) : NULL;
    if (in->n) memcpy(i.o, in->o, (size_t)in->n * sizeof *i.o);
    int next = L->scr, spilled_def = -1;
    int lv[8], ls[8], nl = 0;
    for (int k = 0; k < i.n; k++) {
        mopnd *o = &i.o[k];
        if (o->kind != OK_VREG) continue;
        vreg *x = &f->vregs[o->r];
        int sz = o->part ? 1 : x->sz, r;
        if (x->preg >= 0) {
            r = x->preg + (o->part == 2 ? 1 : 0);
        } else if (k < i.nd) {
            spilled_def = k;
            r = L->scr + (o->part == 2 ? 1 : 0);
        } else {
            int j = 0;
            while (j < nl && lv[j] != o->r) j++;
            if (j == nl) {
                lv[nl] = o->r, ls[nl] = next;
                nl++;
                slot_access(L, x->sz == 2 ? CK_OP_LD64 : CK_OP_LD32, next, x->sz, next, x->slot);
                next += x->sz;
            }
            r = ls[j] + (o->part == 2 ? 1 : 0);
        }
        *o = op_preg(r, sz);
        use_reg(L, r, sz);
    }
    if (L->nout == L->capout) {
        L->capout = L->capout ? L->capout * 2 : 32;
        L->out = ck_xrealloc(L->out, (size_t)L->capout * sizeof *L->out);
    }
    L->out[L->nout++] = i;
    if (spilled_def >= 0) {
        const mopnd *o = &in->o[spilled_def];
        vreg *x = &f->vregs[o->r];
        int sz = o->part ? 1 : x->sz, woff = o->part == 2 ? 4 : 0;
        slot_access(L, sz == 2 ? CK_OP_ST64 : CK_OP_ST32, L->scr + (o->part == 2 ? 1 : 0), sz, L->scr + 3, x->slot + woff);
    }
}

/* --- redundant moves and constants ------------------------------------------------------------------ */
/* After lowering, what each register is known to hold (a constant, a frame address, or a copy of
 * another register) is followed through each block, and into a block from its only predecessor.
 * A move or constant that writes what the register already holds goes: the copies that edges
 * into a join both make, a loop counter's reset that the exit test already made, and so on. */
enum { KV_NONE, KV_CONST, KV_COPY };
typedef struct kval { uint8_t kind, ck; int32_t reg; int64_t imm; const char *sym; } kval;   /* ck: operand kind */

static int kv_same(const kval *a, const kval *b)
{
    if (a->kind != b->kind || a->kind == KV_NONE) return 0;
    if (a->kind == KV_COPY) return a->reg == b->reg;
    return a->ck == b->ck && a->imm == b->imm && a->sym == b->sym;
}

static void kv_kill(kval *k, int nr, int r)
{
    if (r < 0 || r >= nr) return;
    k[r].kind = KV_NONE;
    for (int i = 0; i < nr; i++)
        if (k[i].kind == KV_COPY && k[i].reg == r) k[i].kind = KV_NONE;
}

/* The value a constant instruction (or one word of li64) gives. */
static kval kv_const(const minsn *i, int word)
{
    kval v = { KV_CONST, 0, 0, 0, NULL };
    const mopnd *c = &i->o[1];
    v.ck = c->kind;
    v.sym = c->sym;
    if (i->op == CK_OP_LI64) v.imm = (int64_t)(int32_t)(uint32_t)((uint64_t)c->imm >> (32 * word));
    else if (c->kind == OK_IMM) v.imm = (int64_t)(int32_t)c->imm, v.ck = OK_IMM;
    else v.imm = c->imm;
    if (i->op == CK_OP_FRAME) v.ck = OK_FRAME;
    return v;
}

/* On the edge from block p to b, what p's conditional branch shows its register holds: zero
 * where `brz` is taken or `brnz` falls through, the immediate where `beqi` is taken or `bnei`
 * falls through (so an exit's `lih rX, 0` after a `brnz rX` loop test goes). */
static void branch_fact(const mfunc *f, int p, int b, kval *k)
{
    const minsn *t = mb_term(f, p);
    if (!t || !op_is_branch(t->op) || t->n < 3 || t->o[0].kind != OK_PREG) return;
    int nops = t->n - 2, taken = t->o[nops].r, fall = t->o[nops + 1].r;
    if (taken == fall) return;
    int64_t v = 0;
    switch (t->op) {
    case CK_OP_BRZ: if (taken != b) return; break;
    case CK_OP_BRNZ: if (fall != b) return; break;
    case CK_OP_BEQI: if (taken != b) return; v = t->o[1].imm; break;
    case CK_OP_BNEI: if (fall != b) return; v = t->o[1].imm; break;
    default: return;
    }
    k[t->o[0].r] = (kval){ KV_CONST, OK_IMM, 0, (int64_t)(int32_t)v, NULL };   /* copies of it hold v too */
}

/* Whether block b, at layout position oi, may shrink to a lone jmp (which emit skips): not when it
 * follows its predecessor p while p's other target does not follow it, since p would then need
 * a branch and a jump where it had one branch. */
static int jmp_only_ok(const mfunc *f, int oi, int p, int b)
{
    if (oi == 0 || f->order[oi - 1] != p) return 1;
    const minsn *t = mb_term(f, p);
    int nops = t->n - 2, other = t->o[nops].r == b ? t->o[nops + 1].r : t->o[nops].r;
    return oi + 1 < f->norder && f->order[oi + 1] == other;
}

static void drop_redundant(mfunc *f)
{
    const int nr = CK_MAX_REGS + 8;
    kval **end = ck_xmalloc((size_t)(f->nblocks + 1) * sizeof *end);
    memset(end, 0, (size_t)(f->nblocks + 1) * sizeof *end);
    kval *k = ck_xmalloc((size_t)nr * sizeof *k);
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        mblock *bb = &f->blocks[b];
        int fact = b != 0 && bb->npred == 1 && bb->preds[0] != b && bb->nins > 1, norig = bb->nins;
        minsn *orig = fact ? ck_xmalloc((size_t)norig * sizeof *orig) : NULL;
        if (fact) memcpy(orig, bb->ins, (size_t)norig * sizeof *orig);
    again:
        if (b != 0 && bb->npred == 1 && end[bb->preds[0]]) memcpy(k, end[bb->preds[0]], (size_t)nr * sizeof *k);
        else memset(k, 0, (size_t)nr * sizeof *k);
        if (fact) branch_fact(f, bb->preds[0], b, k);
        int o = 0;
        for (int j = 0; j < bb->nins; j++) {
            minsn *i = &bb->ins[j];
            int op = i->op, keep = 1;
            if ((op == CK_OP_LI || op == CK_OP_LIH || op == CK_OP_FRAME) && i->o[0].kind == OK_PREG) {
                int d = i->o[0].r;
                kval v = kv_const(i, 0);
                if (kv_same(&k[d], &v)) keep = 0;
                else { kv_kill(k, nr, d); k[d] = v; }
            } else if (op == CK_OP_LI64 && i->o[0].kind == OK_PREG) {
                int d = i->o[0].r;
                kval lo = kv_const(i, 0), hi = kv_const(i, 1);
                if (kv_same(&k[d], &lo) && kv_same(&k[d + 1], &hi)) keep = 0;
                else { kv_kill(k, nr, d); kv_kill(k, nr, d + 1); k[d] = lo, k[d + 1] = hi; }
            } else if ((op == CK_OP_MOV || op == CK_OP_MOV64) && i->o[0].kind == OK_PREG && i->o[1].kind == OK_PREG) {
                int w = op == CK_OP_MOV64 ? 2 : 1, d = i->o[0].r, sr = i->o[1].r, same = 1;
                kval v[2];
                for (int q = 0; q < w; q++) {
                    v[q] = k[sr + q].kind == KV_CONST ? k[sr + q] : (kval){ KV_COPY, 0, sr + q, 0, NULL };
                    if (k[sr + q].kind == KV_COPY) v[q] = k[sr + q];      /* the original, if still there */
                    kval asc = { KV_COPY, 0, sr + q, 0, NULL };
                    if (!(kv_same(&k[d + q], &v[q]) || kv_same(&k[d + q], &asc))) same = 0;
                }
                if (same) keep = 0;
                else {
                    for (int q = 0; q < w; q++) kv_kill(k, nr, d + q);
                    for (int q = 0; q < w; q++) if (!(v[q].kind == KV_COPY && v[q].reg == d + q)) k[d + q] = v[q];
                }
            } else if (op == CK_OP_CALL || op == CK_OP_CALLI || op == CK_OP_CALLN) {
                int c = i->o[1].kind == OK_PREG ? i->o[1].r : 0;
                for (int r = c; r < nr; r++) kv_kill(k, nr, r);
            } else if (op < CK_OP_COUNT && op_ndefs(op) && i->o[0].kind == OK_PREG) {
                int w = op_form(op)[0] == 'R' ? 2 : 1;
                for (int q = 0; q < w; q++) kv_kill(k, nr, i->o[0].r + q);
            } else if (op >= CK_OP_COUNT || (op_ndefs(op) && i->o[0].kind != OK_PREG)) {
                memset(k, 0, (size_t)nr * sizeof *k);      /* not expected after lowering: forget all */
            }
            if (keep) bb->ins[o++] = *i;
        }
        bb->nins = o;
        if (fact && o == 1 && bb->ins[0].op == CK_OP_JMP && !jmp_only_ok(f, oi, bb->preds[0], b)) {
            memcpy(bb->ins, orig, (size_t)norig * sizeof *orig);     /* again, without the branch's fact */
            bb->nins = norig;
            fact = 0;
            goto again;
        }
        free(orig);
        end[b] = ar_alloc(&f->A, (size_t)nr * sizeof *k);
        memcpy(end[b], k, (size_t)nr * sizeof *k);
    }
    free(k);
    free(end);
}

int lower_function(mfunc *f)
{
    lw Lw = { 0 };
    lw *L = &Lw;
    L->f = f;
    L->maxreg = f->nargs > f->nrets ? f->nargs : f->nrets;
    for (int v = 0; v < f->nvregs; v++)
        if (f->vregs[v].preg >= 0) use_reg(L, f->vregs[v].preg, f->vregs[v].sz);
    for (int oi = 0; oi < f->norder; oi++) {
        mblock *bb = &f->blocks[f->order[oi]];
        for (int k = 0; k < bb->nins; k++)
            if (bb->ins[k].op == P_CALL && bb->ins[k].win + bb->ins[k].aux > L->maxreg) L->maxreg = bb->ins[k].win + bb->ins[k].aux;
    }
    L->scr = f->spilling ? f->limit : L->maxreg;
    L->temp = L->scr;
    for (int oi = 0; oi < f->norder; oi++) {
        int b = f->order[oi];
        mblock *bb = &f->blocks[b];
        L->nout = 0;
        if (b == 0) {
            /* parameters not in their arrival registers (or spilled) move there first */
            wlist w = { 0 };
            for (int v = 0; v < f->nvregs; v++) {
                vreg *x = &f->vregs[v];
                if (x->fixed < 0 || !x->nrg) continue;
                mopnd d = op_v(f, v), s = op_preg(x->fixed, x->sz);
                add_copy(L, &w, &d, &s);
            }
                    emit_words(L, &w);
                    free(w.m);
        }
        for (int k = 0; k < bb->nins; k++) {
            const minsn *i = &bb->ins[k];
            int pos = bb->pos0 + 2 * k, first = L->nout;
            if (i->op == P_PCOPY) {
                wlist w = { 0 };
                for (int d = 0; d < i->nd; d++) add_copy(L, &w, &i->o[d], &i->o[i->nd + d]);
                emit_words(L, &w);
                free(w.m);
            } else if (i->op == P_CALL) {
                lower_call(L, i, pos);
            } else if (i->op == P_RET) {
                wlist w = { 0 };
                int off = 0;
                for (int u = 0; u < i->n; u++) {
                    mopnd d = op_preg(off, opnd_sz(f, &i->o[u]));
                    add_copy(L, &w, &d, &i->o[u]);
                    off += d.sz;
                }
                            emit_words(L, &w);
                            free(w.m);
                minsn *r = put(L, CK_OP_RET, 0, 0);
                r->line = i->line;
                r->file = i->file;
            } else {
                lower_plain(L, i);
            }
            for (int j = first; j < L->nout; j++)
                if (!L->out[j].line) L->out[j].line = i->line, L->out[j].file = i->file;
        }
        free(bb->ins);
        bb->ins = L->out;
        bb->nins = bb->cap = L->nout;
        L->out = NULL;
        L->nout = L->capout = 0;
    }
    f->nregs = L->maxreg;
    if (f->nregs > (int)CK_MAX_REGS) L->err = 2;
    if (!L->err) {
        drop_redundant(f);
        if (!cc_tiny(f->mod)) fuse_function(f);   /* every fused instruction is outside the tiny set */
    }
    return L->err ? -1 : 0;
}

/* CFG passes over the MIR: reachability, predecessors, moving edge copies out of edge blocks
 * where that is safe, and the block layout. */
#include <stdlib.h>
#include <string.h>

#include "be.h"

void cfg_prune(mfunc *f)
{
    int *stk = ck_xmalloc((size_t)(f->nblocks + 1) * sizeof *stk), sp = 0;
    char *seen = ck_xmalloc((size_t)f->nblocks + 1);
    memset(seen, 0, (size_t)f->nblocks + 1);
    stk[sp++] = 0;
    seen[0] = 1;
    while (sp) {
        int b = stk[--sp];
        const minsn *t = mb_term(f, b);
        if (!t) continue;
        for (int i = t->nd; i < t->n; i++) {
            if (t->o[i].kind != OK_BLOCK) continue;
            int s = t->o[i].r;
            if (!seen[s]) { seen[s] = 1; stk[sp++] = s; }
        }
    }
    for (int b = 0; b < f->nblocks; b++)
        if (!seen[b]) f->blocks[b].dead = 1;
    free(stk);
    free(seen);
}

void cfg_preds(mfunc *f)
{
    for (int b = 0; b < f->nblocks; b++) f->blocks[b].npred = 0;
    for (int b = 0; b < f->nblocks; b++) {
        if (f->blocks[b].dead) continue;
        int succ[64], n = mb_succs(f, b, succ, 64);
        int *all = succ;
        if (n > 64) {
            all = ck_xmalloc((size_t)n * sizeof *all);
            mb_succs(f, b, all, n);
        }
        for (int i = 0; i < n; i++) {
            mblock *s = &f->blocks[all[i]];
            if (s->npred == s->cappred) {
                s->cappred = s->cappred ? s->cappred * 2 : 4;
                s->preds = ck_xrealloc(s->preds, (size_t)s->cappred * sizeof *s->preds);
            }
            s->preds[s->npred++] = b;
        }
        if (all != succ) free(all);
    }
}

static void retarget(mfunc *f, int b, int from, int to)
{
    mblock *bb = &f->blocks[b];
    minsn *t = &bb->ins[bb->nins - 1];
    for (int i = t->nd; i < t->n; i++)
        if (t->o[i].kind == OK_BLOCK && t->o[i].r == from) t->o[i].r = to;
}

static int reads_any(const minsn *i, const minsn *pc)
{
    for (int k = i->nd; k < i->n; k++) {
        if (i->o[k].kind != OK_VREG) continue;
        for (int d = 0; d < pc->nd; d++)
            if (pc->o[d].kind == OK_VREG && pc->o[d].r == i->o[k].r) return 1;
    }
    return 0;
}

static void subst(minsn *i, int from, int to, int first)
{
    for (int k = first; k < i->n; k++)
        if (i->o[k].kind == OK_VREG && !i->o[k].part && i->o[k].r == from) i->o[k].r = to;
}

/* After a copy d <- x moved in front of b's branch, d and x hold the same value: the branch and
 * the copies on b's other edges read d instead, so x dies at the copy and can share d's register
 * (a loop's i.next and i, say). x must not be a destination itself (the branch saw its old value). */
static void forward_copies(mfunc *f, int b, minsn *pc, int moved_from)
{
    mblock *bb = &f->blocks[b];
    for (int k = 0; k < pc->nd; k++) {
        mopnd *d = &pc->o[k], *x = &pc->o[pc->nd + k];
        if (d->kind != OK_VREG || x->kind != OK_VREG || d->part || x->part) continue;
        if (f->vregs[d->r].sz != f->vregs[x->r].sz) continue;
        int isdest = 0;
        for (int j = 0; j < pc->nd; j++) isdest |= pc->o[j].kind == OK_VREG && pc->o[j].r == x->r;
        if (isdest) continue;
        minsn *t = &bb->ins[bb->nins - 1];
        subst(t, x->r, d->r, t->nd);
        int succ[64], n = mb_succs(f, b, succ, 64);
        for (int i = 0; i < n && i < 64; i++) {
            mblock *sb = &f->blocks[succ[i]];
            if (succ[i] == moved_from || succ[i] == b || sb->npred != 1) continue;
            /* the only way in is from b: d == x until something redefines d */
            for (int j = 0; j < sb->nins; j++) {
                minsn *u = &sb->ins[j];
                subst(u, x->r, d->r, u->nd);
                int redef = 0;
                for (int q = 0; q < u->nd; q++) redef |= u->o[q].kind == OK_VREG && (u->o[q].r == d->r || u->o[q].r == x->r);
                if (redef) break;
            }
        }
    }
}

/* Layout position of every block (-1 if not laid out). */
static int *positions(mfunc *f)
{
    int *pos = ck_xmalloc((size_t)f->nblocks * sizeof *pos);
    for (int b = 0; b < f->nblocks; b++) pos[b] = -1;
    for (int k = 0; k < f->norder; k++) pos[f->order[k]] = k;
    return pos;
}

/* Does b branch backwards (to itself or an earlier block, directly or through an edge block)? */
static int in_loop(mfunc *f, const int *pos, int b)
{
    int succ[64], n = mb_succs(f, b, succ, 64);
    for (int i = 0; i < n && i < 64; i++) {
        int s = succ[i];
        mblock *sb = &f->blocks[s];
        if (sb->split_from == b && sb->nins == 2 && sb->ins[1].op == CK_OP_JMP) s = sb->ins[1].o[0].r;
        if (pos[s] >= 0 && pos[s] <= pos[b]) return 1;
    }
    return 0;
}

/* An edge block holds [pcopy, jmp S]. Its copy can move to the start of S when S has no other
 * predecessor, or (with liveness) to the end of its predecessor B, before B's branch, when the
 * branch does not read what the copy writes and nothing it writes is live into B's other
 * successors. Either way the edge needs no block and no extra jump. With liveness, back edges go
 * first (a loop's latch then needs one branch, not two), and a forward edge's copy only moves
 * into a block that is not a loop's latch (it would run on every iteration). */
void cfg_unsplit(mfunc *f, int with_liveness)
{
    int *pos = with_liveness ? positions(f) : NULL;
    for (int pass = 0; pass < (with_liveness ? 2 : 1); pass++) {
        for (int e = 0; e < f->nblocks; e++) {
            mblock *eb = &f->blocks[e];
            if (eb->dead || eb->split_from < 0 || eb->nins != 2 || eb->ins[0].op != P_PCOPY || eb->ins[1].op != CK_OP_JMP)
                continue;
            int s = eb->ins[1].o[0].r, b = eb->split_from;
            if (f->blocks[b].dead || eb->npred != 1 || eb->preds[0] != b) continue;
            if (!with_liveness) {
                mblock *sb = &f->blocks[s];
                if (s == 0 || sb->npred != 1 || sb->preds[0] != e) continue;
                minsn pc = eb->ins[0];
                minsn *at = mf_insert(f, s, 0, P_PCOPY, 0, 0);
                *at = pc;
            } else {
                mblock *bb = &f->blocks[b];
                if (bb->unsplit) continue;
                int back = pos[s] >= 0 && pos[s] <= pos[b];
                if (pass == 0 ? !back : in_loop(f, pos, b)) continue;
                const minsn *t = &bb->ins[bb->nins - 1];
                const minsn *pc = &eb->ins[0];
                if (reads_any(t, pc)) continue;
                int succ[64], n = mb_succs(f, b, succ, 64), ok = n <= 64;
                for (int i = 0; ok && i < n; i++) {
                    if (succ[i] == e) continue;
                    for (int d = 0; ok && d < pc->nd; d++)
                        if (pc->o[d].kind == OK_VREG && bs_has(f->blocks[succ[i]].livein, pc->o[d].r)) ok = 0;
                }
                if (!ok) continue;
                minsn copy = *pc;
                minsn *at = mf_insert(f, b, bb->nins - 1, P_PCOPY, 0, 0);
                *at = copy;
                f->blocks[b].unsplit = 1;
                forward_copies(f, b, &bb->ins[bb->nins - 2], e);
            }
            retarget(f, b, e, s);
            f->blocks[e].dead = 1;
            cfg_preds(f);
        }
    }
    free(pos);
}

/* LLVM's block order, each block followed by the blocks made while lowering it. */
void cfg_layout(mfunc *f)
{
    free(f->order);
    f->order = ck_xmalloc((size_t)(f->nblocks + 1) * sizeof *f->order);
    f->norder = 0;
    for (int b = 0; b < f->nblocks; b++) {
        if (f->blocks[b].owner >= 0) continue;
        if (!f->blocks[b].dead) f->order[f->norder++] = b;
        for (int k = b + 1; k < f->nblocks; k++)
            if (f->blocks[k].owner == b && !f->blocks[k].dead) f->order[f->norder++] = k;
    }
    /* an edge block on a back edge goes right before the loop's header: it falls into the header,
     * and the latch's branch to it replaces a not-taken branch plus a jump on every iteration */
    int *pos = positions(f);
    for (int i = 0; i < f->norder; i++) {
        int e = f->order[i];
        mblock *eb = &f->blocks[e];
        if (eb->split_from < 0 || eb->nins != 2 || eb->ins[1].op != CK_OP_JMP) continue;
        int h = eb->ins[1].o[0].r;
        if (h == 0 || pos[h] < 0 || pos[h] > pos[eb->split_from] || pos[h] >= i) continue;
        /* move order[i] to just before order[pos[h]] */
        int at = pos[h];
        memmove(f->order + at + 1, f->order + at, (size_t)(i - at) * sizeof *f->order);
        f->order[at] = e;
        for (int k = 0; k < f->norder; k++) pos[f->order[k]] = k;
    }
    free(pos);
}

/* Instructions whose only effect is their result, which nothing reads, are dropped (repeatedly:
 * a dead instruction's operands may die with it). Loads, division and calls stay. */
static int pure(int op)
{
    if (op >= CK_OP_COUNT || !op_ndefs(op)) return 0;
    if (op >= CK_OP_LD8S && op <= CK_OP_LD64) return 0;
    if (op > CK_OP_TRAP && op_name(op)[0] == 'l' && op_name(op)[1] == 'd') return 0;   /* indexed loads */
    switch (op) {
    case CK_OP_DIVS: case CK_OP_DIVU: case CK_OP_REMS: case CK_OP_REMU:
    case CK_OP_DIVS64: case CK_OP_DIVU64: case CK_OP_REMS64: case CK_OP_REMU64:
        return 0;
    default:
        return 1;
    }
}

void cfg_dce(mfunc *f)
{
    int *uses = ck_xmalloc((size_t)(f->nvregs + 1) * sizeof *uses);
    memset(uses, 0, (size_t)(f->nvregs + 1) * sizeof *uses);
    for (int b = 0; b < f->nblocks; b++) {
        mblock *bb = &f->blocks[b];
        if (bb->dead) continue;
        for (int k = 0; k < bb->nins; k++)
            for (int j = bb->ins[k].nd; j < bb->ins[k].n; j++)
                if (bb->ins[k].o[j].kind == OK_VREG) uses[bb->ins[k].o[j].r]++;
    }
    for (int changed = 1; changed;) {
        changed = 0;
        for (int b = 0; b < f->nblocks; b++) {
            mblock *bb = &f->blocks[b];
            if (bb->dead) continue;
            int o = 0;
            for (int k = 0; k < bb->nins; k++) {
                minsn *i = &bb->ins[k];
                if (pure(i->op) && i->o[0].kind == OK_VREG && f->vregs[i->o[0].r].fixed < 0 && !uses[i->o[0].r]) {
                    for (int j = i->nd; j < i->n; j++)
                        if (i->o[j].kind == OK_VREG) uses[i->o[j].r]--;
                    changed = 1;
                    continue;
                }
                bb->ins[o++] = *i;
            }
            bb->nins = o;
        }
    }
    free(uses);
}

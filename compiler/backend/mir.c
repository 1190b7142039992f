/* MIR support: the arena, a pointer map, construction helpers, facts about ISA opcodes taken from
 * the CK_OPS table, and a debugging dump. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "be.h"

/* --- arena ----------------------------------------------------------------------------------------- */
struct achunk { struct achunk *next; size_t used, cap; uint64_t mem[]; };

void *ar_alloc(arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    struct achunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        c = ck_xmalloc(sizeof *c + cap);
        c->next = a->head;
        c->used = 0;
        c->cap = cap;
        a->head = c;
    }
    void *p = (char *)c->mem + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *ar_strdup(arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = ar_alloc(a, n);
    memcpy(p, s, n);
    return p;
}

void ar_free(arena *a)
{
    while (a->head) {
        struct achunk *c = a->head;
        a->head = c->next;
        free(c);
    }
}

/* --- pointer map (open addressing, keys never removed) ---------------------------------------------- */
static size_t pm_hash(const void *k, size_t cap)
{
    uint64_t x = (uint64_t)(uintptr_t)k;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x & (cap - 1);
}

int pm_get(const ptrmap *m, const void *key, int *val)
{
    if (!m->cap) return 0;
    for (size_t i = pm_hash(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return 0;
        if (m->keys[i] == key) { *val = m->vals[i]; return 1; }
    }
}

void pm_put(ptrmap *m, const void *key, int val)
{
    if ((m->n + 1) * 2 > m->cap) {
        ptrmap g = { 0 };
        g.cap = m->cap ? m->cap * 2 : 64;
        g.keys = ck_xmalloc(g.cap * sizeof *g.keys);
        g.vals = ck_xmalloc(g.cap * sizeof *g.vals);
        memset(g.keys, 0, g.cap * sizeof *g.keys);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) pm_put(&g, m->keys[i], m->vals[i]);
        free(m->keys);
        free(m->vals);
        *m = g;
    }
    size_t i = pm_hash(key, m->cap);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (!m->keys[i]) m->n++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void pm_free(ptrmap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* --- ISA facts ------------------------------------------------------------------------------------- */
static const char *const op_names[] = {
#define X(e, m, f) m,
    CK_OPS(X)
#undef X
};
static const char *const op_forms[] = {
#define X(e, m, f) #f,
    CK_OPS(X)
#undef X
};

const char *op_name(int op) { return op >= 0 && op < CK_OP_COUNT ? op_names[op] : "?"; }

int op_find(const char *mnemonic, const char *form)
{
    for (int op = 0; op < CK_OP_COUNT; op++)
        if (!strcmp(op_names[op], mnemonic) && !strcmp(op_forms[op], form)) return op;
    return -1;
}
const char *op_form(int op) { return op >= 0 && op < CK_OP_COUNT ? op_forms[op] : ""; }

/* Stores, bulk memory and control flow read all their operands; everything else writes its first. */
int op_ndefs(int op)
{
    if (op == CK_OP_NOP || (op >= CK_OP_ST8 && op <= CK_OP_TRAP)) return 0;
    if (op > CK_OP_TRAP && op < CK_OP_COUNT && op_names[op][0] == 's' && op_names[op][1] == 't') return 0;   /* later stores */
    return 1;
}

int op_is_branch(int op) { return op >= CK_OP_BRZ && op <= CK_OP_BGTUI; }

int op_is_term(int op)
{
    return op == CK_OP_JMP || op_is_branch(op) || op == CK_OP_JTAB || op == P_RET || op == CK_OP_TRAP;
}

int fits16(int64_t v) { return v >= -32768 && v <= 32767; }

/* --- construction ---------------------------------------------------------------------------------- */
int mf_vreg(mfunc *f, int sz)
{
    if (f->nvregs == f->capvregs) {
        f->capvregs = f->capvregs ? f->capvregs * 2 : 64;
        f->vregs = ck_xrealloc(f->vregs, (size_t)f->capvregs * sizeof *f->vregs);
    }
    vreg *v = &f->vregs[f->nvregs];
    memset(v, 0, sizeof *v);
    v->sz = (uint8_t)sz;
    v->fixed = v->hint = v->hreg = v->preg = v->slot = -1;
    return f->nvregs++;
}

int mf_block(mfunc *f)
{
    if (f->nblocks == f->capblocks) {
        f->capblocks = f->capblocks ? f->capblocks * 2 : 16;
        f->blocks = ck_xrealloc(f->blocks, (size_t)f->capblocks * sizeof *f->blocks);
    }
    mblock *b = &f->blocks[f->nblocks];
    memset(b, 0, sizeof *b);
    b->split_from = -1;
    b->owner = -1;
    b->label = -1;
    return f->nblocks++;
}

minsn *mf_insert(mfunc *f, int bi, int at, int op, int nd, int n)
{
    mblock *b = &f->blocks[bi];
    if (b->nins == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 8;
        b->ins = ck_xrealloc(b->ins, (size_t)b->cap * sizeof *b->ins);
    }
    memmove(b->ins + at + 1, b->ins + at, (size_t)(b->nins - at) * sizeof *b->ins);
    b->nins++;
    minsn *i = &b->ins[at];
    memset(i, 0, sizeof *i);
    i->op = op;
    i->nd = nd;
    i->n = n;
    i->o = n ? ar_alloc(&f->A, (size_t)n * sizeof *i->o) : NULL;
    i->line = f->line;
    i->file = f->file;
    return i;
}

minsn *mf_emit(mfunc *f, int op, int nd, int n)
{
    return mf_insert(f, f->cur, f->blocks[f->cur].nins, op, nd, n);
}

mopnd op_v(mfunc *f, int v)
{
    mopnd o = { OK_VREG, 0, f->vregs[v].sz, v, 0, NULL };
    return o;
}

mopnd op_vp(int v, int part)
{
    mopnd o = { OK_VREG, (uint8_t)part, 1, v, 0, NULL };
    return o;
}

mopnd op_imm(int64_t v, int sz)
{
    mopnd o = { OK_IMM, 0, (uint8_t)sz, 0, v, NULL };
    return o;
}

mopnd op_blk(int b)
{
    mopnd o = { OK_BLOCK, 0, 0, b, 0, NULL };
    return o;
}

mopnd op_preg(int r, int sz)
{
    mopnd o = { OK_PREG, 0, (uint8_t)sz, r, 0, NULL };
    return o;
}

int opnd_sz(const mfunc *f, const mopnd *o)
{
    if (o->kind == OK_VREG) return o->part ? 1 : f->vregs[o->r].sz;
    return o->sz ? o->sz : 1;
}

const minsn *mb_term(const mfunc *f, int b)
{
    const mblock *bb = &f->blocks[b];
    return bb->nins ? &bb->ins[bb->nins - 1] : NULL;
}

int mb_succs(const mfunc *f, int b, int *out, int cap)
{
    const minsn *t = mb_term(f, b);
    int n = 0;
    if (!t) return 0;
    for (int i = t->nd; i < t->n; i++) {
        if (t->o[i].kind != OK_BLOCK) continue;
        int s = t->o[i].r, dup = 0;
        for (int k = 0; k < n && k < cap; k++) dup |= out[k] == s;
        if (dup) continue;
        if (n < cap) out[n] = s;
        n++;
    }
    return n;
}

/* --- dump ------------------------------------------------------------------------------------------ */
static void dump_opnd(const mfunc *f, const mopnd *o, ck_buf *out)
{
    switch (o->kind) {
    case OK_VREG:
        ck_buf_printf(out, "%%%d%s", o->r, o->part == 1 ? ".lo" : o->part == 2 ? ".hi" : "");
        if (f->vregs[o->r].preg >= 0) ck_buf_printf(out, "(r%d)", f->vregs[o->r].preg);
        break;
    case OK_PREG: ck_buf_printf(out, "r%d%s", o->r, o->sz == 2 ? ":2" : ""); break;
    case OK_IMM: ck_buf_printf(out, "%lld%s", (long long)o->imm, o->sz == 2 ? "L" : ""); break;
    case OK_SYM: ck_buf_printf(out, "%s%+lld", o->sym, (long long)o->imm); break;
    case OK_FPTR: ck_buf_printf(out, "@%s", o->sym); break;
    case OK_FRAME: ck_buf_printf(out, "frame%+lld", (long long)o->imm); break;
    case OK_SLOT: ck_buf_printf(out, "slot%lld", (long long)o->imm); break;
    case OK_FUNC: case OK_NATIVE: ck_buf_printf(out, "%s", o->sym); break;
    case OK_BLOCK: ck_buf_printf(out, "B%d", o->r); break;
    default: ck_buf_printf(out, "?"); break;
    }
}

void mf_dump(const mfunc *f, ck_buf *out)
{
    ck_buf_printf(out, "function %s\n", f->name);
    for (int bi = 0; bi < f->nblocks; bi++) {
        const mblock *b = &f->blocks[bi];
        if (b->dead) continue;
        ck_buf_printf(out, "B%d:\n", bi);
        for (int k = 0; k < b->nins; k++) {
            const minsn *i = &b->ins[k];
            const char *nm = i->op == P_PCOPY ? "pcopy" : i->op == P_CALL ? "pcall" : i->op == P_RET ? "pret" : op_name(i->op);
            ck_buf_printf(out, "    %s", nm);
            for (int j = 0; j < i->n; j++) {
                ck_buf_printf(out, j ? (j == i->nd ? " <- " : ", ") : " ");
                dump_opnd(f, &i->o[j], out);
            }
            ck_buf_printf(out, "\n");
        }
    }
}

/* Internal consistency of ISA instructions: operand kinds and register widths match the table. */
int mf_check(const mfunc *f, char *msg, size_t len)
{
    for (int b = 0; b < f->nblocks; b++) {
        const mblock *bb = &f->blocks[b];
        if (bb->dead) continue;
        for (int k = 0; k < bb->nins; k++) {
            const minsn *i = &bb->ins[k];
            if (i->op >= CK_OP_COUNT) continue;
            const char *form = op_form(i->op);
            int j = 0;
            for (const char *p = form; *p && *p != 'T'; p++, j++) {
                if (j >= i->n) { snprintf(msg, len, "%s: missing operands", op_name(i->op)); return -1; }
                const mopnd *o = &i->o[j];
                int isreg = o->kind == OK_VREG || o->kind == OK_PREG;
                if ((*p == 'r' || *p == 'R' || *p == 'c') && (!isreg || opnd_sz(f, o) != (*p == 'R' ? 2 : 1))) {
                    snprintf(msg, len, "%s: operand %d is not a %s", op_name(i->op), j + 1, *p == 'R' ? "register pair" : "register");
                    return -1;
                }
                if ((*p == 'h' || *p == 'b') && (o->kind != OK_IMM || !fits16(o->imm))) {
                    snprintf(msg, len, "%s: operand %d is not a 16-bit immediate", op_name(i->op), j + 1);
                    return -1;
                }
            }
        }
    }
    return 0;
}

/* Assembly output and the per-function pipeline (ck_cc_emit_asm).
 *
 * Per function: isel -> prune/preds -> layout -> liveness -> coalescing of copy-related vregs ->
 * edge copies out of edge blocks -> coalescing again -> allocation (again with spilling if needed)
 * -> lowering (with redundant moves and constants dropped) -> text. The text threads jumps through
 * blocks that only jump, drops jumps to the next block and inverts conditional branches so the
 * likely layout successor falls through (a latch whose targets both lie elsewhere branches back to
 * the loop and jumps out). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "cockpit/config.h"
#include "cockpit/natives.h"
#include "be.h"

/* --- module context ------------------------------------------------------------------------------- */
int cc_error(cc_mod *M, const char *fmt, ...)
{
    if (M->err) return -1;
    ck_buf b = { 0 };
    va_list ap;
    va_start(ap, fmt);
    ck_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    M->err = (char *)b.data;
    return -1;
}

static const struct { const char *name; int nargs, nrets, version; } natives[] = {
#define X(id, n, v, a, r) { n, a, r, v },
    CK_NATIVES(X)
#undef X
};

int cc_native(const char *name, int *nargs, int *nrets, int *version)
{
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++) {
        if (strcmp(natives[i].name, name)) continue;
        if (nargs) *nargs = natives[i].nargs;
        if (nrets) *nrets = natives[i].nrets;
        if (version) *version = natives[i].version;
        return (int)i;
    }
    return -1;
}

const char *cc_native_name(int idx) { return natives[idx].name; }

int cc_fn_native(LLVMValueRef fn)
{
    size_t len;
    const char *n = LLVMGetValueName2(fn, &len);
    if (len && n[0] == '\1') n++;
    return cc_native(n, NULL, NULL, NULL);
}

int cc_srcpos(cc_mod *M, LLVMValueRef I, int *file)
{
    LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(I);
    *file = 0;
    if (!loc) return 0;
    LLVMMetadataRef scope = LLVMDILocationGetScope(loc), df = scope ? LLVMDIScopeGetFile(scope) : NULL;
    if (df && !pm_get(&M->files, df, file)) {
        unsigned len = 0;
        const char *name = LLVMDIFileGetFilename(df, &len);
        while (name && len > 2 && name[0] == '.' && name[1] == '/') name += 2, len -= 2;   /* "./x.h" */
        if (M->nfiles == M->capfiles) {
            M->capfiles = M->capfiles ? M->capfiles * 2 : 8;
            M->fnames = ck_xrealloc(M->fnames, (size_t)M->capfiles * sizeof *M->fnames);
        }
        char *s = ar_alloc(&M->A, (size_t)len + 1);
        memcpy(s, name ? name : "", len);
        M->fnames[M->nfiles++] = s;
        *file = M->nfiles;
        pm_put(&M->files, df, *file);
    }
    if (*file && !*M->fnames[*file - 1]) *file = 0;    /* a file without a name says nothing */
    return *file ? (int)LLVMDILocationGetLine(loc) : 0;
}

uint64_t cc_size(cc_mod *M, LLVMTypeRef t) { return LLVMABISizeOfType(M->td, t); }
unsigned cc_align(cc_mod *M, LLVMTypeRef t) { return LLVMABIAlignmentOfType(M->td, t); }

static int bare_name(const char *s, size_t n)
{
    if (!n || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_' || s[0] == '.' || s[0] == '$'))
        return 0;
    for (size_t i = 1; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$'))
            return 0;
    }
    if (s[0] == 'r' && n > 1) {    /* r123 would read as a register */
        size_t i = 1;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == n) return 0;
    }
    return 1;
}

/* Assembly name of a global value: its own name (LLVM's \01 prefix dropped), quoted when it is
 * not a bare identifier; unnamed and local-label-like names get a generated local name. */
const char *cc_name(cc_mod *M, LLVMValueRef g)
{
    int i;
    if (pm_get(&M->names, g, &i)) return M->gnames[i];
    size_t len;
    const char *n = LLVMGetValueName2(g, &len);
    if (len && n[0] == '\1') n++, len--;
    ck_buf b = { 0 };
    if (!len) ck_buf_printf(&b, "__anon.%d", M->anon++);
    else if (bare_name(n, len) && !(len >= 2 && n[0] == '.' && n[1] == 'L')) ck_buf_put(&b, n, len);
    else {
        ck_buf_u8(&b, '"');
        for (size_t k = 0; k < len; k++) {
            unsigned char c = (unsigned char)n[k];
            if (c == '"' || c == '\\') ck_buf_printf(&b, "\\%c", c);
            else if (c < 0x20 || c >= 0x7f) ck_buf_printf(&b, "\\x%02x", c);
            else ck_buf_u8(&b, c);
        }
        ck_buf_u8(&b, '"');
    }
    ck_buf_u8(&b, 0);
    const char *s = ar_strdup(&M->A, (const char *)b.data);
    ck_buf_free(&b);
    if (M->ngnames == M->capgnames) {
        M->capgnames = M->capgnames ? M->capgnames * 2 : 64;
        M->gnames = ck_xrealloc(M->gnames, (size_t)M->capgnames * sizeof *M->gnames);
    }
    M->gnames[M->ngnames] = s;
    pm_put(&M->names, g, M->ngnames++);
    return s;
}

/* --- text ------------------------------------------------------------------------------------------ */
static int fwd(const mfunc *f, const int *forward, int b)
{
    for (int n = 0; n < f->nblocks && forward[b] >= 0; n++) b = forward[b];
    return b;
}

static void put_opnd(ck_buf *out, const mfunc *f, const mopnd *o, char letter, const int *forward)
{
    switch (o->kind) {
    case OK_PREG: ck_buf_printf(out, "r%d", o->r); return;
    case OK_IMM:
        if (letter == 'd') {
            if (o->imm >= -65536 && o->imm <= 65536) ck_buf_printf(out, "%lld", (long long)o->imm);
            else ck_buf_printf(out, "0x%llx", (unsigned long long)o->imm);
        } else if (letter == 'w' && (o->imm > 65536 || o->imm < -65536)) {
            ck_buf_printf(out, "0x%x", (unsigned)(uint32_t)o->imm);
        } else {
            ck_buf_printf(out, "%lld", (long long)o->imm);
        }
        return;
    case OK_SYM:
        if (o->imm > 0) ck_buf_printf(out, "%s+%lld", o->sym, (long long)o->imm);
        else if (o->imm < 0) ck_buf_printf(out, "%s-%lld", o->sym, -(long long)o->imm);
        else ck_buf_printf(out, "%s", o->sym);
        return;
    case OK_FPTR: ck_buf_printf(out, "@%s", o->sym); return;
    case OK_FUNC: case OK_NATIVE: ck_buf_printf(out, "%s", o->sym); return;
    case OK_BLOCK: ck_buf_printf(out, ".L%d", f->blocks[fwd(f, forward, o->r)].label); return;
    default: ck_buf_printf(out, "?%d", o->kind); return;
    }
}

/* Bytes of an instruction (a jtab's table counted by the caller). */
static uint32_t op_size(int op)
{
    uint32_t n = 1;
    for (const char *p = op_form(op); *p; p++) n += *p == 'T' ? 2 : CK_OPERAND_SIZE(*p);
    return n;
}

/* -g: `.loc "FILE", LINE` before an instruction whose source position differs from the last one. */
static void put_loc(ck_buf *out, const cc_mod *M, const minsn *i, int *file, int *line)
{
    if (!M->opts || !M->opts->debug || !i->file || (i->file == *file && i->line == *line)) return;
    *file = i->file;
    *line = i->line;
    ck_buf_printf(out, "        .loc    \"");
    for (const char *p = M->fnames[i->file - 1]; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\') ck_buf_printf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f) ck_buf_printf(out, "\\x%02x", c);
        else ck_buf_u8(out, c);
    }
    ck_buf_printf(out, "\", %d\n", i->line);
}

static void put_insn(ck_buf *out, const mfunc *f, int op, const mopnd *o, const int *forward)
{
    const char *form = op_form(op);
    ck_buf_printf(out, "        %-7s ", op_name(op));
    int k = 0;
    for (const char *p = form; *p; p++) {
        if (p != form) ck_buf_printf(out, ", ");
        put_opnd(out, f, &o[k++], *p, forward);
    }
}

/* The short form of an ordinary instruction when its operands fit (li8, li64h, inc, dec), printed;
 * returns its size. */
static uint32_t put_plain(ck_buf *out, const mfunc *f, int op, const mopnd *o, const int *forward)
{
    static int li8 = -2, li64h, inc, dec;
    if (li8 == -2) {
        li8 = op_find("li8", "rb");
        li64h = op_find("li64h", "Rh");
        inc = op_find("inc", "rb");
        dec = op_find("dec", "rb");
    }
    mopnd s[2];
    if (op == CK_OP_LIH && li8 >= 0 && o[1].kind == OK_IMM && o[1].imm >= 0 && o[1].imm <= 255) {
        s[0] = o[0], s[1] = o[1], op = li8, o = s;
    } else if (op == CK_OP_LI64 && li64h >= 0 && o[1].kind == OK_IMM && o[1].imm >= -32768 && o[1].imm <= 32767) {
        s[0] = o[0], s[1] = o[1], op = li64h, o = s;
    } else if (op == CK_OP_ADDI && inc >= 0 && dec >= 0 && o[0].kind == OK_PREG && o[1].kind == OK_PREG &&
               o[0].r == o[1].r && o[2].kind == OK_IMM && o[2].imm >= -255 && o[2].imm <= 255) {
        s[0] = o[0], s[1] = o[2], op = o[2].imm < 0 ? dec : inc, o = s;
        if (s[1].imm < 0) s[1].imm = -s[1].imm;
    }
    put_insn(out, f, op, o, forward);
    ck_buf_printf(out, "\n");
    return op_size(op);
}

static void put_jtab(ck_buf *out, const mfunc *f, const minsn *i, const int *forward)
{
    ck_buf_printf(out, "        %-7s ", op_name(CK_OP_JTAB));
    put_opnd(out, f, &i->o[0], 'r', forward);
    ck_buf_printf(out, ", [");
    for (int k = 1; k < i->n - 1; k++) {
        if (k > 1) ck_buf_printf(out, ", ");
        put_opnd(out, f, &i->o[k], 'j', forward);
    }
    ck_buf_printf(out, "], ");
    put_opnd(out, f, &i->o[i->n - 1], 'j', forward);
    ck_buf_printf(out, "\n");
}

/* The branch that tests the opposite condition (same targets swapped), or 0 if none exists. */
static int invert(int op, mopnd *a, mopnd *b)
{
    int64_t k = b->kind == OK_IMM ? b->imm : 0;
    mopnd t;
    switch (op) {
    case CK_OP_BRZ: return CK_OP_BRNZ;
    case CK_OP_BRNZ: return CK_OP_BRZ;
    case CK_OP_BEQ: return CK_OP_BNE;
    case CK_OP_BNE: return CK_OP_BEQ;
    case CK_OP_BEQI: return CK_OP_BNEI;
    case CK_OP_BNEI: return CK_OP_BEQI;
    case CK_OP_BLTS: t = *a; *a = *b; *b = t; return CK_OP_BLES;    /* !(a < b) == b <= a */
    case CK_OP_BLES: t = *a; *a = *b; *b = t; return CK_OP_BLTS;
    case CK_OP_BLTU: t = *a; *a = *b; *b = t; return CK_OP_BLEU;
    case CK_OP_BLEU: t = *a; *a = *b; *b = t; return CK_OP_BLTU;
    case CK_OP_BLTSI: if (k == -32768) return 0; b->imm = k - 1; return CK_OP_BGTSI;
    case CK_OP_BGTSI: if (k == 32767) return 0; b->imm = k + 1; return CK_OP_BLTSI;
    case CK_OP_BLTUI: if (k == 0 || k == -32768) return 0; b->imm = k - 1; return CK_OP_BGTUI;
    case CK_OP_BGTUI: if (k == -1 || k == 32767) return 0; b->imm = k + 1; return CK_OP_BLTUI;
    default: return 0;
    }
}

/* A conditional branch; `pend` is an `addi rA, rA, k` (or `add rA, rA, rX`) held back from just
 * before it: a branch comparing rA with another register then fuses with it into addibne/
 * addiblts/addibltu (rA += k, compare, branch), `brnz rA` into addibnz, the add with `bltu rA, rB`
 * into addbltu, where the ISA has them, else the addi goes out first (fuse.c moved it here when
 * nothing between needed the old value). Returns the bytes. */
static uint32_t put_branch(ck_buf *out, const mfunc *f, int op, mopnd *o, const int *forward, const minsn *pend)
{
    static int fused[5] = { -2, -2, -2, -2, -2 };
    if (fused[0] == -2) {
        fused[0] = op_find("addibne", "rhrj");
        fused[1] = op_find("addiblts", "rhrj");
        fused[2] = op_find("addibltu", "rhrj");
        fused[3] = op_find("addibnz", "rhj");
        fused[4] = op_find("addbltu", "rrrj");
    }
    uint32_t size = 0;
    if (pend && pend->op == CK_OP_ADD) {        /* add rA, rA, rX + bltu rA, rB -> addbltu rA, rX, rB */
        if (op == CK_OP_BLTU && fused[4] >= 0 && o[0].kind == OK_PREG && o[0].r == pend->o[0].r &&
            o[1].kind == OK_PREG && o[1].r != pend->o[0].r) {
            mopnd q[4] = { o[0], pend->o[2], o[1], o[2] };
            put_insn(out, f, fused[4], q, forward);
            ck_buf_printf(out, "\n");
            return op_size(fused[4]);
        }
        size += put_plain(out, f, pend->op, pend->o, forward);
        pend = NULL;
    }
    if (pend && op == CK_OP_BRNZ && o[0].kind == OK_PREG && o[0].r == pend->o[0].r && fused[3] >= 0) {
        mopnd q[3] = { o[0], pend->o[2], o[1] };
        put_insn(out, f, fused[3], q, forward);
        ck_buf_printf(out, "\n");
        return op_size(fused[3]);
    }
    if (pend) {
        int ra = pend->o[0].r, x = -1;
        mopnd a = o[0], b = o[1];
        if (op == CK_OP_BNE && b.kind == OK_PREG && b.r == ra) { mopnd t = a; a = b; b = t; }
        if (a.kind == OK_PREG && a.r == ra && b.kind == OK_PREG && b.r != ra)
            x = op == CK_OP_BNE ? fused[0] : op == CK_OP_BLTS ? fused[1] : op == CK_OP_BLTU ? fused[2] : -1;
        if (x >= 0) {
            mopnd q[4] = { a, pend->o[2], b, o[2] };
            put_insn(out, f, x, q, forward);
            ck_buf_printf(out, "\n");
            return op_size(x);
        }
        size += put_plain(out, f, pend->op, pend->o, forward);
    }
    put_insn(out, f, op, o, forward);
    ck_buf_printf(out, "\n");
    return size + op_size(op);
}

int emit_function(cc_mod *M, mfunc *f, ck_buf *out)
{
    uint32_t size = 0;
    int *forward = ck_xmalloc((size_t)f->nblocks * sizeof *forward);
    char *emit = ck_xmalloc((size_t)f->nblocks + 1);
    for (int b = 0; b < f->nblocks; b++) forward[b] = -1;
    memset(emit, 0, (size_t)f->nblocks + 1);
    /* blocks that only jump are skipped: branches go straight to where they lead */
    for (int oi = 1; oi < f->norder; oi++) {
        int b = f->order[oi];
        mblock *bb = &f->blocks[b];
        if (bb->nins == 1 && bb->ins[0].op == CK_OP_JMP && bb->ins[0].o[0].r != b) forward[b] = bb->ins[0].o[0].r;
    }
    for (int b = 0; b < f->nblocks; b++)         /* a cycle of jumps stays as it is */
        if (forward[b] >= 0 && forward[fwd(f, forward, b)] >= 0) forward[b] = -1;
    int *ord = ck_xmalloc((size_t)(f->norder + 1) * sizeof *ord), n = 0;
    for (int oi = 0; oi < f->norder; oi++)
        if (forward[f->order[oi]] < 0) ord[n++] = f->order[oi];
    /* labels for branch targets, numbered in layout order */
    for (int k = 0; k < n; k++) {
        mblock *bb = &f->blocks[ord[k]];
        const minsn *t = &bb->ins[bb->nins - 1];
        for (int i = t->nd; i < t->n; i++)
            if (t->o[i].kind == OK_BLOCK) emit[fwd(f, forward, t->o[i].r)] = 1;
    }
    int lab = 0;
    for (int k = 0; k < n; k++) f->blocks[ord[k]].label = emit[ord[k]] ? lab++ : -1;
    int *at = ck_xmalloc((size_t)f->nblocks * sizeof *at);   /* layout position of each emitted block */
    for (int b = 0; b < f->nblocks; b++) at[b] = f->nblocks + 1;
    for (int k = 0; k < n; k++) at[ord[k]] = k;

    if (f->global) ck_buf_printf(out, ".global %s\n", f->name);
    uint32_t frame = (f->frame + 7u) & ~7u;
    ck_buf_printf(out, ".func %s, args=%d, rets=%d, regs=%d, frame=%u\n", f->name, f->nargs, f->nrets, f->nregs, frame);
    int line = 0, file = 0;
    for (int k = 0; k < n; k++) {
        int b = ord[k], next = k + 1 < n ? ord[k + 1] : -1;
        mblock *bb = &f->blocks[b];
        const minsn *pend = NULL;
        if (bb->label >= 0) ck_buf_printf(out, ".L%d:\n", bb->label);
        for (int j = 0; j < bb->nins; j++) {
            minsn *i = &bb->ins[j];
            if (i->op == CK_OP_JMP) {
                int t = fwd(f, forward, i->o[0].r);
                if (t != next) {
                    put_loc(out, M, i, &file, &line);
                    put_insn(out, f, CK_OP_JMP, i->o, forward);
                    ck_buf_printf(out, "\n");
                    size += op_size(CK_OP_JMP);
                }
                continue;
            }
            if ((i->op == CK_OP_ADDI || (i->op == CK_OP_ADD && i->o[2].kind == OK_PREG && i->o[2].r != i->o[0].r)) &&
                j + 2 == bb->nins && op_is_branch(bb->ins[j + 1].op) && i->o[0].kind == OK_PREG &&
                i->o[1].kind == OK_PREG && i->o[0].r == i->o[1].r) {
                put_loc(out, M, i, &file, &line);
                pend = i;            /* maybe fused with the branch */
                continue;
            }
            if (!op_is_branch(i->op)) put_loc(out, M, i, &file, &line);
            if (i->op == CK_OP_JTAB) { put_jtab(out, f, i, forward); size += op_size(CK_OP_JTAB) + 2u * (uint32_t)(i->n - 1); continue; }
            if (op_is_branch(i->op)) {
                int nops = i->n - 2;                 /* operands before the two targets */
                int t = fwd(f, forward, i->o[nops].r), e = fwd(f, forward, i->o[nops + 1].r);
                mopnd o[4];
                memcpy(o, i->o, (size_t)i->n * sizeof *o);
                int op = i->op;
                if (t != e || t != next) put_loc(out, M, i, &file, &line);
                if (t == e) {
                    if (pend) {
                        size += put_plain(out, f, pend->op, pend->o, forward);
                        pend = NULL;
                    }
                    if (t != next) { ck_buf_printf(out, "        %-7s .L%d\n", op_name(CK_OP_JMP), f->blocks[t].label); size += op_size(CK_OP_JMP); }
                    continue;
                }
                /* neither target falls through: the conditional branch takes the back edge (if
                 * both go back, the one to this block itself), so a loop's latch runs one branch
                 * per iteration, and the exit pays the jump */
                int swap = t == next || (e != next && at[e] <= k && (at[t] > k || e == b));
                if (swap) {
                    mopnd a = o[0], c = nops > 1 ? o[1] : o[0];
                    int inv = invert(op, &a, &c);
                    if (inv) {
                        o[0] = a;
                        if (nops > 1) o[1] = c;
                        o[nops] = op_blk(e);
                        size += put_branch(out, f, inv, o, forward, pend);
                        pend = NULL;
                        if (t != next) {
                            ck_buf_printf(out, "        %-7s .L%d\n", op_name(CK_OP_JMP), f->blocks[t].label);
                            size += op_size(CK_OP_JMP);
                        }
                        continue;
                    }
                }
                o[nops] = op_blk(t);
                size += put_branch(out, f, op, o, forward, pend);
                pend = NULL;
                if (e != next) { ck_buf_printf(out, "        %-7s .L%d\n", op_name(CK_OP_JMP), f->blocks[e].label); size += op_size(CK_OP_JMP); }
                continue;
            }
            size += put_plain(out, f, i->op, i->o, forward);
        }
    }
    ck_buf_printf(out, ".endfunc\n\n");
    free(at);
    free(forward);
    free(emit);
    free(ord);
    if (size > CK_MAX_FUNC_CODE)   /* branch offsets are 16 bits: the ISA's limit per function */
        return cc_error(M, "function %s: %u bytes of code, more than the %u a Cockpit function can hold "
                           "(split the function, or build with -Os to inline less)", f->lname, size, CK_MAX_FUNC_CODE);
    return 0;
}

/* --- the per-function pipeline -------------------------------------------------------------------- */
static void free_func(mfunc *f)
{
    for (int b = 0; b < f->nblocks; b++) { free(f->blocks[b].ins); free(f->blocks[b].preds); }
    for (int v = 0; v < f->nvregs; v++) free(f->vregs[v].rg);
    free(f->blocks);
    free(f->vregs);
    free(f->order);
    ar_free(&f->A);
}

static void init_func(cc_mod *M, LLVMValueRef fn, mfunc *f)
{
    size_t len;
    memset(f, 0, sizeof *f);
    f->mod = M;
    f->fn = fn;
    f->name = cc_name(M, fn);
    f->lname = LLVMGetValueName2(fn, &len);
    LLVMLinkage lk = LLVMGetLinkage(fn);
    f->global = lk != LLVMInternalLinkage && lk != LLVMPrivateLinkage;
}

/* Whether every assumption about a narrow phi's extension is backed by its incoming values. */
static int phi_ext_holds(const ptrmap *assumed, const ptrmap *seen, ptrmap *next)
{
    int ok = 1;
    pm_free(next);
    for (size_t i = 0; i < assumed->cap; i++) {
        if (!assumed->keys[i]) continue;
        int a = assumed->vals[i], o = 0;
        pm_get(seen, assumed->keys[i], &o);
        if ((a & o) != a) ok = 0;
        pm_put(next, assumed->keys[i], a & o);
    }
    return ok;
}

/* Instruction selection, repeated while it helps: narrow phis first get no extension; if their
 * incoming values all turn out extended, the phis are assumed extended in the next round, until
 * the assumptions are confirmed (they only shrink, so this ends; after 4 rounds, none). */
static int select_function(cc_mod *M, LLVMValueRef fn, mfunc *f)
{
    ptrmap assumed = { 0 }, seen = { 0 }, next = { 0 };
    int rc = isel_function(M, fn, f, &seen);
    int useful = 0;
    for (size_t i = 0; i < seen.cap; i++) useful |= seen.keys[i] && seen.vals[i];
    for (int round = 0; !rc && useful && round < 4; round++) {
        pm_free(&assumed);
        for (size_t i = 0; i < seen.cap; i++) if (seen.keys[i] && seen.vals[i]) pm_put(&assumed, seen.keys[i], seen.vals[i]);
        free_func(f);
        init_func(M, fn, f);
        ptrmap in = { 0 };
        for (size_t i = 0; i < assumed.cap; i++) if (assumed.keys[i]) pm_put(&in, assumed.keys[i], assumed.vals[i]);
        rc = isel_function(M, fn, f, &in);
        pm_free(&seen);
        seen = in;
        if (rc || phi_ext_holds(&assumed, &seen, &next)) break;
        pm_free(&seen);
        seen = next;
        next = (ptrmap){ 0 };
        if (round == 3) {      /* give up on the assumptions */
            free_func(f);
            init_func(M, fn, f);
            rc = isel_function(M, fn, f, NULL);
        }
    }
    pm_free(&assumed);
    pm_free(&seen);
    pm_free(&next);
    return rc;
}

static int compile_function(cc_mod *M, LLVMValueRef fn, ck_buf *out)
{
    mfunc F;
    mfunc *f = &F;
    init_func(M, fn, f);
    int rc = select_function(M, fn, f);
    char msg[200];
    if (!rc && mf_check(f, msg, sizeof msg)) rc = cc_error(M, "function %s: internal error: %s", f->lname, msg);
    if (!rc) {
        cfg_prune(f);
        cfg_dce(f);
        cfg_preds(f);
        cfg_unsplit(f, 0);
        cfg_layout(f);
        live_compute(f);
        live_ranges(f);                    /* coalescing on the split form, where a phi's edge */
        if (rega_coalesce(f)) live_compute(f);   /* copy ends its source's live range */
        cfg_unsplit(f, 1);
        cfg_layout(f);
        live_compute(f);
        live_ranges(f);
        if (rega_coalesce(f)) {   /* again for the copies moved out of edge blocks; positions change */
            live_compute(f);
            live_ranges(f);
        }
        if (getenv("CKCC_DUMP")) {   /* the MIR before allocation, for debugging */
            ck_buf d = { 0 };
            mf_dump(f, &d);
            fprintf(stderr, "%s", d.data ? (char *)d.data : "");
            ck_buf_free(&d);
        }
        rc = rega_run(f);
        if (rc == 1) {
            f->spilling = 1;
            rc = rega_run(f);
            if (rc) rc = cc_error(M, "function %s: register pressure too high: the values live across a call "
                                     "and its arguments need more than %u registers", f->lname, CK_MAX_REGS);
        }
    }
    if (!rc && getenv("CKCC_DUMP") && atoi(getenv("CKCC_DUMP")) > 1) {    /* allocation, for debugging */
        for (int v = 0; v < f->nvregs; v++) {
            vreg *x = &f->vregs[v];
            fprintf(stderr, "%%%d: sz%d r%d slot%d hreg%d:", v, x->sz, x->preg, x->slot, x->hreg);
            for (int k = 0; k < x->nrg; k++) fprintf(stderr, " [%d,%d]", x->rg[k].from, x->rg[k].to);
            fprintf(stderr, "\n");
        }
    }
    if (!rc) {
        int lr = lower_function(f);
        if (lr) rc = cc_error(M, "function %s: a call window does not fit in %u registers", f->lname, CK_MAX_REGS);
        else if (mf_check(f, msg, sizeof msg)) rc = cc_error(M, "function %s: internal error after lowering: %s", f->lname, msg);
    }
    if (!rc) rc = emit_function(M, f, out);
    free_func(f);
    return rc ? -1 : 0;
}

int ck_cc_emit_asm(LLVMModuleRef m, const char *srcname, const ck_cc_opts *o, ck_buf *asm_out, char **err)
{
    cc_mod Mod = { 0 };
    cc_mod *M = &Mod;
    M->m = m;
    M->ctx = LLVMGetModuleContext(m);
    M->opts = o;
    M->td = LLVMGetModuleDataLayout(m);
    M->kind_byval = LLVMGetEnumAttributeKindForName("byval", 5);
    M->kind_zext = LLVMGetEnumAttributeKindForName("zeroext", 7);
    M->kind_sext = LLVMGetEnumAttributeKindForName("signext", 7);
    ck_buf funcs = { 0 }, data = { 0 };
    int rc = ck_cc_expand(m, err);
    if (LLVMPointerSize(M->td) != 4) rc = cc_error(M, "the module's data layout has %u-byte pointers; Cockpit needs 4 "
                                                      "(compile with clang --target=armv7m-none-eabi)", LLVMPointerSize(M->td));
    size_t asmlen = 0;
    LLVMGetModuleInlineAsm(m, &asmlen);
    if (!rc && asmlen) rc = cc_error(M, "unsupported IR: module-level inline assembly");
    for (LLVMValueRef fn = LLVMGetFirstFunction(m); !rc && fn; fn = LLVMGetNextFunction(fn)) {
        /* available_externally: a copy for inlining; the definition lives in another object */
        if (LLVMIsDeclaration(fn) || LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage) continue;
        rc = compile_function(M, fn, &funcs);
    }
    if (!rc) rc = data_emit(M, &data);
    if (!rc) {
        ck_buf_printf(asm_out, "; Cockpit assembly generated from %s (-O%c)\n", srcname ? srcname : "LLVM IR",
                      o && o->opt ? o->opt : '2');
        for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
            if (M->natives_used & (1u << i))
                ck_buf_printf(asm_out, ".import %s, %d, %d, %d\n", natives[i].name, natives[i].version, natives[i].nargs,
                              natives[i].nrets);
        ck_buf_printf(asm_out, "\n");
        if (funcs.len) ck_buf_put(asm_out, funcs.data, funcs.len);
        if (data.len) ck_buf_put(asm_out, data.data, data.len);
        ck_buf_printf(asm_out, "%s", "");
    } else if (err) {
        *err = M->err ? M->err : ck_xstrdup("compilation failed");
        M->err = NULL;
    }
    free(M->err);
    free(M->fnames);
    pm_free(&M->files);
    ck_buf_free(&funcs);
    ck_buf_free(&data);
    pm_free(&M->names);
    free(M->gnames);
    ar_free(&M->A);
    return rc ? -1 : 0;
}

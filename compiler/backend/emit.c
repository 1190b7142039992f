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

/* The text of one function is written by an emitter, which also counts bytes: a branch to a
 * label at most 127 bytes away gets its narrow form (jmp.n, brz.n, brnz.n, bnei.n, 8-bit offset),
 * which needs the positions of labels before the code is final. emit_function runs the emission
 * with every such branch narrow, widens the ones whose label lies too far, and repeats until
 * nothing changes (widening only moves labels further, so this ends), then writes the text. */
typedef struct emitter {
    ck_buf *out;
    const mfunc *f;
    const int *forward;
    cc_mod *M;
    int small;                 /* -Os/-Oz: also the narrow forms with registers in nibbles */
    int tiny;                  /* --target tiny: the plain forms only, no fusion with branches */
    uint32_t pos;              /* bytes so far */
    uint32_t *lab_at;          /* label -> position */
    int nsite, nknown, capsite;    /* branches that may be narrow, in emission order (every emission
                                      meets the same ones; nknown were met before) */
    struct site { uint32_t at; int lab; uint8_t wide; } *site;
    int file, line;            /* -g: the last .loc */
} emitter;

static void put_insn(emitter *e, int op, const mopnd *o)
{
    const char *form = op_form(op);
    ck_buf *out = e->out;
    ck_buf_printf(out, "        %-7s ", op_name(op));
    int k = 0;
    for (const char *p = form; *p; p++) {
        if (p != form) ck_buf_printf(out, ", ");
        put_opnd(out, e->f, &o[k++], *p, e->forward);
        if (*p == 'p' || *p == 'q' || *p == 'Q') {     /* two operands in one byte */
            ck_buf_printf(out, ", ");
            put_opnd(out, e->f, &o[k++], *p == 'p' ? 'r' : 'b', e->forward);
        }
    }
    ck_buf_printf(out, "\n");
    e->pos += op_size(op);
}

static int low(const mopnd *o) { return o->kind == OK_PREG && o->r < 16; }
static int imm_in(const mopnd *o, int64_t lo, int64_t hi) { return o->kind == OK_IMM && o->imm >= lo && o->imm <= hi; }

/* The short wide form put_plain writes for op (li8, li64h, inc, dec, liu, calln.n), with its
 * operands in s, or op itself (operands o unchanged). */
static int short_op(int op, const mopnd *o, int large_data, mopnd *s)
{
    if (op == CK_OP_CALLN) {            /* an image has fewer than 256 imports: always calln.n */
        s[0] = o[0], s[1] = o[1];
        return CK_OP_CALLNN;
    }
    if (op == CK_OP_LI && ((o[1].kind == OK_SYM && !large_data) || (o[1].kind == OK_IMM && (uint32_t)o[1].imm <= 0xffffu))) {
        s[0] = o[0], s[1] = o[1];
        return CK_OP_LIU;
    }
    if (op == CK_OP_LIH && imm_in(&o[1], 0, 255)) {
        s[0] = o[0], s[1] = o[1];
        return CK_OP_LI8;
    }
    if (op == CK_OP_LI64 && imm_in(&o[1], -32768, 32767)) {
        s[0] = o[0], s[1] = o[1];
        return CK_OP_LI64H;
    }
    if (op == CK_OP_ADDI && o[0].kind == OK_PREG && o[1].kind == OK_PREG && o[0].r == o[1].r && imm_in(&o[2], -255, 255)) {
        s[0] = o[0], s[1] = o[2];
        if (s[1].imm < 0) s[1].imm = -s[1].imm;
        return o[2].imm < 0 ? CK_OP_DEC : CK_OP_INC;
    }
    return op;
}

/* The narrow form of an ordinary instruction, whatever its register numbers (renum.c chooses the
 * numbers with it): see be.h. Only register-number-independent facts decide: operand kinds,
 * immediates, and which operands are the same register. */
int narrow_shape_of(int op, const mopnd *o, narrow_shape *sh)
{
    int n;
    sh->need = 1;                       /* rd, always */
    sh->pair = 0;
    sh->drop = -1;
    switch (op) {
    case CK_OP_MOV:
        if (o[1].kind != OK_PREG) return -1;
        sh->need |= 2, n = CK_OP_MOVN;
        break;
    case CK_OP_LIH:
        if (!imm_in(&o[1], 0, 15)) return -1;
        n = CK_OP_LIN;
        break;
    case CK_OP_LI64:                    /* a pair r0..r14: emit checks the 14 */
        if (!imm_in(&o[1], 0, 15)) return -1;
        n = CK_OP_LI64N;
        break;
    case CK_OP_ADDI:
        if (o[1].kind != OK_PREG || o[2].kind != OK_IMM) return -1;
        sh->need |= 2;
        if (o[1].r == o[0].r && imm_in(&o[2], 0, 15)) {
            sh->drop = 1, n = CK_OP_INCN;
            break;
        }
        if (!imm_in(&o[2], -128, 127)) return -1;
        n = CK_OP_ADDIN;
        break;
    case CK_OP_ZEXT8:
        if (o[1].kind != OK_PREG) return -1;
        sh->need |= 2, n = CK_OP_ZEXT8N;
        break;
    case CK_OP_XORROTLI: case CK_OP_MLA: case CK_OP_ADD: case CK_OP_XOR:
        /* commutative (xor, add, mul): whichever source is low goes in the nibble */
        if (o[1].kind != OK_PREG || o[2].kind != OK_PREG) return -1;
        sh->pair = 1;
        n = op == CK_OP_MLA ? CK_OP_MLAN : op == CK_OP_XORROTLI ? CK_OP_XORROTLIN : op == CK_OP_ADD ? CK_OP_ADDN : CK_OP_XORN;
        break;
    case CK_OP_SHLI: case CK_OP_SHRUI: case CK_OP_MULI:
    case CK_OP_LD8U: case CK_OP_LD16U: case CK_OP_LD32: case CK_OP_ST32:
        if (o[1].kind != OK_PREG || !imm_in(&o[2], 0, 255)) return -1;
        sh->need |= 2;
        n = op == CK_OP_SHLI ? CK_OP_SHLIN : op == CK_OP_SHRUI ? CK_OP_SHRUIN : op == CK_OP_MULI ? CK_OP_MULIN :
            op == CK_OP_LD8U ? CK_OP_LD8UN : op == CK_OP_LD16U ? CK_OP_LD16UN : op == CK_OP_LD32 ? CK_OP_LD32N :
            CK_OP_ST32N;
        break;
    default:
        return -1;
    }
    if (o[0].kind != OK_PREG) return -1;
    mopnd t[4];
    sh->saves = (int)op_size(short_op(op, o, 0, t)) - (int)op_size(n);
    return n;
}

/* The narrow form of an ordinary instruction whose registers fit (-1 if none), its operands in s:
 * a commutative op's low source first. */
static int narrow_op(int op, const mopnd *o, mopnd *s)
{
    narrow_shape sh;
    int n = narrow_shape_of(op, o, &sh);
    if (n < 0) return -1;
    for (int k = 0; k < 2; k++)
        if (sh.need >> k & 1 && !low(&o[k])) return -1;
    if (n == CK_OP_LI64N && o[0].r > 14) return -1;
    int swap = 0;
    if (sh.pair) {
        if (!low(&o[1]) && !low(&o[2])) return -1;
        swap = !low(&o[1]);
    }
    int m = 0, no = (int)strlen(op_form(op));
    for (int k = 0; k < no; k++)
        if (k != sh.drop) s[m++] = o[swap && (k == 1 || k == 2) ? 3 - k : k];
    return n;
}

/* The shortest form of an ordinary instruction whose operands fit: li8, li64h, inc, dec, liu (a
 * static address in the small data model, or a constant up to 65535), and at -Os the narrow forms. */
static void put_plain(emitter *e, int op, const mopnd *o)
{
    mopnd s[4];
    if (e->tiny) {               /* the tiny set has none of the short or narrow forms */
        put_insn(e, op, o);
        return;
    }
    int n = e->small ? narrow_op(op, o, s) : -1;
    if (n >= 0) {
        put_insn(e, n, s);
        return;
    }
    n = short_op(op, o, e->M->opts && e->M->opts->large_data, s);
    put_insn(e, n, n == op ? o : s);
}

/* A branch or jump to a block: its narrow form unless this site was found too far. */
static void put_jump(emitter *e, int op, const mopnd *o)
{
    int n = op == CK_OP_JMP ? CK_OP_JMPN : op == CK_OP_BRZ ? CK_OP_BRZN : op == CK_OP_BRNZ ? CK_OP_BRNZN :
            op == CK_OP_BNEI && imm_in(&o[1], 0, 255) ? CK_OP_BNEIN : -1;
    if (e->tiny) n = -1;
    if (n >= 0) {
        if (e->nsite == e->capsite) {
            e->capsite = e->capsite ? 2 * e->capsite : 32;
            e->site = ck_xrealloc(e->site, (size_t)e->capsite * sizeof *e->site);
        }
        struct site *st = &e->site[e->nsite];
        if (e->nsite++ == e->nknown) st->wide = 0, e->nknown++;     /* new: narrow until found too far */
        const mopnd *t = &o[strlen(op_form(op)) - 1];
        st->at = e->pos;
        st->lab = e->f->blocks[fwd(e->f, e->forward, t->r)].label;
        if (st->wide) n = -1;
    }
    put_insn(e, n >= 0 ? n : op, o);
}

static void put_goto(emitter *e, int block)
{
    mopnd t = op_blk(block);
    put_jump(e, CK_OP_JMP, &t);
}

static void put_jtab(emitter *e, const minsn *i)
{
    ck_buf *out = e->out;
    ck_buf_printf(out, "        %-7s ", op_name(CK_OP_JTAB));
    put_opnd(out, e->f, &i->o[0], 'r', e->forward);
    ck_buf_printf(out, ", [");
    for (int k = 1; k < i->n - 1; k++) {
        if (k > 1) ck_buf_printf(out, ", ");
        put_opnd(out, e->f, &i->o[k], 'j', e->forward);
    }
    ck_buf_printf(out, "], ");
    put_opnd(out, e->f, &i->o[i->n - 1], 'j', e->forward);
    ck_buf_printf(out, "\n");
    e->pos += op_size(CK_OP_JTAB) + 2u * (uint32_t)(i->n - 1);
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
 * into addbltu, else the addi goes out first (fuse.c moved it here when nothing between needed
 * the old value). */
static void put_branch(emitter *e, int op, mopnd *o, const minsn *pend)
{
    if (pend && pend->op != CK_OP_ADDI && pend->op != CK_OP_ADD) {
        int rd = pend->o[0].r;
        int on_rd = o[0].kind == OK_PREG && o[0].r == rd;   /* brz/brnz rd */
        /* ld32 rd, rb, 0 + bne rd, ra (either order, ra != rd) -> ld32bne rd, rb, ra */
        if (pend->op == CK_OP_LD32 && op == CK_OP_BNE && o[0].kind == OK_PREG && o[1].kind == OK_PREG &&
            (o[0].r == rd) != (o[1].r == rd)) {
            mopnd q[4] = { pend->o[0], pend->o[1], o[0].r == rd ? o[1] : o[0], o[2] };
            put_insn(e, CK_OP_LD32BNE, q);
            return;
        }
        /* ld32xb rd, rb, ro + brz rd -> ld32xbz rd, rb, ro */
        if (pend->op == CK_OP_LD32XB && op == CK_OP_BRZ && on_rd) {
            mopnd q[4] = { pend->o[0], pend->o[1], pend->o[2], o[1] };
            put_insn(e, CK_OP_LD32XBZ, q);
            return;
        }
        /* ld8upi rd, rb + brnz rd -> ld8upibnz rd, rb */
        if (pend->op == CK_OP_LD8UPI && op == CK_OP_BRNZ && on_rd) {
            mopnd q[3] = { pend->o[0], pend->o[1], o[1] };
            put_insn(e, CK_OP_LD8UPIBNZ, q);
            return;
        }
        /* eq64 rd, Ra, Rb + brz rd -> eq64bz; ltf rd, ra, rb + brnz rd -> ltfbnz (rd still written) */
        if ((pend->op == CK_OP_EQ64 && op == CK_OP_BRZ && on_rd) || (pend->op == CK_OP_LTF && op == CK_OP_BRNZ && on_rd)) {
            mopnd q[4] = { pend->o[0], pend->o[1], pend->o[2], o[1] };
            put_insn(e, pend->op == CK_OP_EQ64 ? CK_OP_EQ64BZ : CK_OP_LTFBNZ, q);
            return;
        }
        put_plain(e, pend->op, pend->o);
        pend = NULL;
    }
    if (pend && pend->op == CK_OP_ADD) {        /* add rA, rA, rX + bltu rA, rB -> addbltu rA, rX, rB */
        if (op == CK_OP_BLTU && o[0].kind == OK_PREG && o[0].r == pend->o[0].r && o[1].kind == OK_PREG &&
            o[1].r != pend->o[0].r) {
            mopnd q[4] = { o[0], pend->o[2], o[1], o[2] };
            put_insn(e, CK_OP_ADDBLTU, q);
            return;
        }
        put_plain(e, pend->op, pend->o);
        pend = NULL;
    }
    if (pend && op == CK_OP_BRNZ && o[0].kind == OK_PREG && o[0].r == pend->o[0].r) {
        mopnd q[3] = { o[0], pend->o[2], o[1] };
        put_insn(e, CK_OP_ADDIBNZ, q);
        return;
    }
    if (pend) {
        int ra = pend->o[0].r, x = -1;
        mopnd a = o[0], b = o[1];
        if (op == CK_OP_BNE && b.kind == OK_PREG && b.r == ra) { mopnd t = a; a = b; b = t; }
        if (a.kind == OK_PREG && a.r == ra && b.kind == OK_PREG && b.r != ra)
            x = op == CK_OP_BNE ? CK_OP_ADDIBNE : op == CK_OP_BLTS ? CK_OP_ADDIBLTS : op == CK_OP_BLTU ? CK_OP_ADDIBLTU : -1;
        if (x >= 0) {
            mopnd q[4] = { a, pend->o[2], b, o[2] };
            put_insn(e, x, q);
            return;
        }
        put_plain(e, pend->op, pend->o);
    }
    put_jump(e, op, o);
}

/* An instruction put_branch may fuse with the block's branch right after it: `addi rA, rA, k` or
 * `add rA, rA, rX` (addib*, addibnz, addbltu), `ld32 rd, rb, 0` or `ld32xb` (ld32bne, ld32xbz),
 * `ld8upi` (ld8upibnz), `eq64` (eq64bz), `ltf` (ltfbnz). */
static int fusable_before_branch(const minsn *i)
{
    if (i->o[0].kind != OK_PREG || i->o[1].kind != OK_PREG) return 0;
    if (i->op == CK_OP_ADDI || (i->op == CK_OP_ADD && i->o[2].kind == OK_PREG && i->o[2].r != i->o[0].r))
        return i->o[0].r == i->o[1].r;
    if (i->op == CK_OP_EQ64 || i->op == CK_OP_LTF) return i->o[2].kind == OK_PREG;
    return (i->op == CK_OP_LD32 && i->o[2].kind == OK_IMM && i->o[2].imm == 0) || i->op == CK_OP_LD32XB ||
           i->op == CK_OP_LD8UPI;
}

static void put_label(emitter *e, int label)
{
    ck_buf_printf(e->out, ".L%d:\n", label);
    e->lab_at[label] = e->pos;
}

/* One emission of the function's blocks in the order ord[0..n) (at[b]: b's place in it). */
static void emit_body(emitter *e, const int *ord, int n, const int *at)
{
    const mfunc *f = e->f;
    const int *forward = e->forward;
    e->pos = 0;
    e->nsite = 0;
    e->file = e->line = 0;
    for (int k = 0; k < n; k++) {
        int b = ord[k], next = k + 1 < n ? ord[k + 1] : -1;
        const mblock *bb = &f->blocks[b];
        const minsn *pend = NULL;
        if (bb->label >= 0) put_label(e, bb->label);
        for (int j = 0; j < bb->nins; j++) {
            const minsn *i = &bb->ins[j];
            if (i->op == CK_OP_JMP) {
                int t = fwd(f, forward, i->o[0].r);
                if (t != next) {
                    put_loc(e->out, e->M, i, &e->file, &e->line);
                    put_jump(e, CK_OP_JMP, i->o);
                }
                continue;
            }
            if (j + 2 == bb->nins && op_is_branch(bb->ins[j + 1].op) && !e->tiny && fusable_before_branch(i)) {
                put_loc(e->out, e->M, i, &e->file, &e->line);
                pend = i;            /* maybe fused with the branch (put_branch) */
                continue;
            }
            if (!op_is_branch(i->op)) put_loc(e->out, e->M, i, &e->file, &e->line);
            if (i->op == CK_OP_JTAB) { put_jtab(e, i); continue; }
            if (op_is_branch(i->op)) {
                int nops = i->n - 2;                 /* operands before the two targets */
                int t = fwd(f, forward, i->o[nops].r), el = fwd(f, forward, i->o[nops + 1].r);
                mopnd o[4];
                memcpy(o, i->o, (size_t)i->n * sizeof *o);
                int op = i->op;
                if (t != el || t != next) put_loc(e->out, e->M, i, &e->file, &e->line);
                if (t == el) {
                    if (pend) {
                        put_plain(e, pend->op, pend->o);
                        pend = NULL;
                    }
                    if (t != next) put_goto(e, t);
                    continue;
                }
                /* neither target falls through: the conditional branch takes the back edge (if
                 * both go back, the one to this block itself), so a loop's latch runs one branch
                 * per iteration, and the exit pays the jump */
                int swap = t == next || (el != next && at[el] <= k && (at[t] > k || el == b));
                if (swap) {
                    mopnd a = o[0], c = nops > 1 ? o[1] : o[0];
                    int inv = invert(op, &a, &c);
                    if (inv) {
                        o[0] = a;
                        if (nops > 1) o[1] = c;
                        o[nops] = op_blk(el);
                        put_branch(e, inv, o, pend);
                        pend = NULL;
                        if (t != next) put_goto(e, t);
                        continue;
                    }
                }
                o[nops] = op_blk(t);
                put_branch(e, op, o, pend);
                pend = NULL;
                if (el != next) put_goto(e, el);
                continue;
            }
            put_plain(e, i->op, i->o);
        }
    }
}

int emit_function(cc_mod *M, mfunc *f, ck_buf *out)
{
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

    emitter E = { .f = f, .forward = forward, .M = M,
                  .small = M->opts && (M->opts->opt == 's' || M->opts->opt == 'z'), .tiny = cc_tiny(M) };
    E.lab_at = ck_xmalloc((size_t)(lab + 1) * sizeof *E.lab_at);
    ck_buf scratch = { 0 };
    for (;;) {                    /* relaxation: widen the branches whose label is too far */
        scratch.len = 0;
        E.out = &scratch;
        emit_body(&E, ord, n, at);
        int changed = 0;
        for (int s = 0; s < E.nsite; s++) {
            struct site *st = &E.site[s];
            int64_t d = (int64_t)E.lab_at[st->lab] - (int64_t)st->at;
            if (!st->wide && (d < -128 || d > 127)) st->wide = 1, changed = 1;
        }
        if (!changed) break;
    }
    if (f->global) ck_buf_printf(out, ".global %s\n", f->name);
    uint32_t frame = (f->frame + 7u) & ~7u;
    ck_buf_printf(out, ".func %s, args=%d, rets=%d, regs=%d, frame=%u\n", f->name, f->nargs, f->nrets, f->nregs, frame);
    ck_buf_put(out, scratch.data, scratch.len);
    ck_buf_printf(out, ".endfunc\n\n");
    uint32_t size = E.pos;
    ck_buf_free(&scratch);
    free(E.site);
    free(E.lab_at);
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
        if (cc_tiny(M)) tiny_legalize(f);
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
    if (!rc) renum_function(f);
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

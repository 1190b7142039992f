/* The Cockpit back end's map: the machine IR (MIR) that instruction selection produces, and the
 * passes over it, in pipeline order (emit.c drives them per function):
 *
 *   isel.c, isel_ops.c, isel_call.c   LLVM function -> MIR over virtual registers (vregs), phis as
 *                                     parallel copies on (split) edges
 *   cfg.c                             predecessors, edge un-splitting, block clean-up
 *   live.c                            liveness, one live interval per vreg
 *   rega.c                            coalescing of copies, linear-scan register allocation, call
 *                                     windows, spilling
 *   lower.c                           after allocation: parallel copies, calls, returns, spill code;
 *                                     moves and constants that change nothing dropped
 *   renum.c                           -Os: registers renumbered, the ones narrow forms use most to r0..r15
 *   emit.c                            block layout, branches, assembly text; data.c: globals
 *
 * MIR: a function is blocks of instructions; every instruction is one ISA instruction (op is an
 * enum ck_op, operands in the ISA's order) or a pseudo (P_PCOPY, P_CALL, P_RET) that lower.c
 * expands. Operands o[0..nd) are definitions, o[nd..n) uses. A block ends with exactly one
 * terminator: jmp, a conditional branch (followed by an extra block operand: the fall-through
 * target), jtab, P_RET or trap.
 */
#ifndef CK_BACKEND_BE_H
#define CK_BACKEND_BE_H

#include <stddef.h>
#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

#include "cockpit/isa.h"
#include "cktools.h"
#include "ckcc.h"

/* --- memory, maps and sets (mir.c) ---------------------------------------------------------------- */
typedef struct arena { struct achunk *head; } arena;
void *ar_alloc(arena *a, size_t n);                /* zeroed, 8-aligned, freed with the arena */
char *ar_strdup(arena *a, const char *s);
void ar_free(arena *a);

typedef struct ptrmap { const void **keys; int *vals; size_t cap, n; } ptrmap;
int pm_get(const ptrmap *m, const void *key, int *val);   /* 1 and *val when present */
void pm_put(ptrmap *m, const void *key, int val);
void pm_free(ptrmap *m);

typedef uint64_t bword;
#define BWORDS(n) (((size_t)(n) + 63) / 64)
static inline int bs_has(const bword *s, int i) { return (int)((s[i >> 6] >> (i & 63)) & 1); }
static inline void bs_set(bword *s, int i) { s[i >> 6] |= (bword)1 << (i & 63); }
static inline void bs_clr(bword *s, int i) { s[i >> 6] &= ~((bword)1 << (i & 63)); }

/* --- the MIR ------------------------------------------------------------------------------------- */
enum okind {
    OK_NONE,
    OK_VREG,     /* r = vreg; part 0 whole, 1 low word, 2 high word of a pair vreg */
    OK_PREG,     /* r = physical register, sz = 1 or 2 (after allocation) */
    OK_IMM,      /* imm; sz = 2 for a 64-bit constant */
    OK_SYM,      /* address of data symbol sym + imm */
    OK_FPTR,     /* function pointer @sym */
    OK_FRAME,    /* address frame base + imm */
    OK_SLOT,     /* after allocation: spill slot at frame offset imm, sz words */
    OK_FUNC,     /* call target: function sym */
    OK_NATIVE,   /* call target: native import sym */
    OK_BLOCK     /* r = block index */
};

typedef struct mopnd {
    uint8_t kind, part, sz;
    int32_t r;
    int64_t imm;
    const char *sym;
} mopnd;

/* Pseudo instructions, numbered after the ISA's opcodes. */
enum {
    P_PCOPY = CK_OP_COUNT,   /* parallel copy: o[i] = o[nd + i] for i < nd, all read before any write */
    P_CALL,                  /* defs: results; uses: target (OK_FUNC/OK_NATIVE/vreg for calli), args */
    P_RET                    /* uses: the values that go to r0, r1, ... */
};

typedef struct minsn {
    int op;
    int nd, n;
    mopnd *o;
    int aux;                 /* P_CALL: window span max(nargs, nrets) registers */
    int win;                 /* P_CALL: window base chosen by the allocator (a hint for lowering) */
    int line;                /* source line (-g), 0 if unknown */
    int file;                /* its file: index in cc_mod's files (-g), 0 if unknown */
} minsn;

typedef struct mblock {
    minsn *ins; int nins, cap;
    int *preds; int npred, cappred;
    bword *livein, *liveout;
    int pos0;                /* position of the first instruction (2 per instruction) */
    int dead;                /* dropped by a clean-up; not laid out */
    int split_from;          /* edge block created for a copy: its predecessor, else -1 */
    int owner;               /* block made while lowering LLVM block `owner` (laid out after it), else -1 */
    int unsplit;             /* an edge copy was already moved into this block */
    int label;               /* assembly label number, -1 if none is needed */
} mblock;

typedef struct range { int from, to; } range;   /* inclusive positions */

typedef struct vreg {
    uint8_t sz;              /* registers: 1, or 2 for a pair */
    int fixed;               /* precoloured (parameters), else -1 */
    int hint;                /* vreg whose register is preferred, else -1 */
    int hreg;                /* physical register preferred, else -1 */
    int start, end;          /* first and last position of the live ranges; empty when start > end */
    range *rg; int nrg, caprg;   /* live ranges, ascending and disjoint (lifetime holes between) */
    int preg;                /* allocated register, -1 if spilled or unallocated */
    int slot;                /* spill slot frame offset, -1 if none */
} vreg;

struct cc_mod;

typedef struct mfunc {
    arena A;
    struct cc_mod *mod;
    LLVMValueRef fn;
    const char *name;        /* assembly name */
    const char *lname;       /* LLVM name, for messages */
    int global;
    mblock *blocks; int nblocks, capblocks;
    int *order; int norder;  /* layout: block indices */
    vreg *vregs; int nvregs, capvregs;
    int nargs, nrets;        /* registers */
    uint32_t frame;          /* bytes, before spill slots */
    int nregs;               /* window size, after lowering */
    int limit;               /* registers the allocator may use */
    int spilling;            /* second attempt: spill slots and a frame-base vreg */
    int cur;                 /* block instructions are appended to */
    int line, file;          /* current source position for new instructions */
} mfunc;

/* Construction helpers (mir.c). */
int mf_vreg(mfunc *f, int sz);
int mf_block(mfunc *f);
minsn *mf_emit(mfunc *f, int op, int nd, int n);   /* appends to block f->cur, operands zeroed */
minsn *mf_insert(mfunc *f, int b, int at, int op, int nd, int n);
mopnd op_v(mfunc *f, int v);                       /* whole vreg */
mopnd op_vp(int v, int part);                      /* a word of a pair */
mopnd op_imm(int64_t v, int sz);
mopnd op_blk(int b);
mopnd op_preg(int r, int sz);
int opnd_sz(const mfunc *f, const mopnd *o);       /* registers an operand occupies */
int op_ndefs(int op);                              /* ISA op: 1 if its first operand is written */
const char *op_name(int op);                       /* mnemonic from the ISA table */
const char *op_form(int op);                       /* operand letters from the ISA table */
/* The opcode with this mnemonic and operand form, or -1: instructions added to the ISA after the
 * first release are used only where the table has them. */
int op_find(const char *mnemonic, const char *form);
int op_is_branch(int op);                          /* conditional branches (brz .. bgtui) */
int op_is_term(int op);                            /* jmp, branches, jtab, P_RET, trap */
int fits16(int64_t v);
/* Successors of block b from its terminator; returns the count, fills out[] (up to cap). */
int mb_succs(const mfunc *f, int b, int *out, int cap);
const minsn *mb_term(const mfunc *f, int b);
void mf_dump(const mfunc *f, ck_buf *out);         /* debugging listing of the MIR */
int mf_check(const mfunc *f, char *msg, size_t len);   /* operands agree with the ISA table */

/* --- module context (emit.c) ------------------------------------------------------------------------ */
typedef struct cc_mod {
    LLVMModuleRef m;
    LLVMContextRef ctx;
    LLVMTargetDataRef td;
    const ck_cc_opts *opts;
    arena A;
    ptrmap names;            /* global value -> index in gnames */
    const char **gnames;     /* assembly names of globals and functions */
    int ngnames, capgnames;
    int anon;                /* counter for unnamed globals */
    char *err;               /* first error, malloc'd */
    unsigned natives_used;   /* bit i: native i of CK_NATIVES is imported */
    unsigned kind_byval, kind_zext, kind_sext;   /* attribute kinds */
    ptrmap files;            /* -g: DIFile -> index in fnames (from 1) */
    const char **fnames; int nfiles, capfiles;
} cc_mod;

/* op if the module's target has it, else -1 (--target tiny: only CK_OP_TINY opcodes). */
static inline int cc_op(const cc_mod *M, int op)
{
    return op >= 0 && (!M->opts || !M->opts->tiny || CK_OP_TINY(op)) ? op : -1;
}
static inline int cc_tiny(const cc_mod *M) { return M->opts && M->opts->tiny; }

int cc_error(cc_mod *M, const char *fmt, ...) __attribute__((format(printf, 2, 3)));   /* returns -1 */
const char *cc_name(cc_mod *M, LLVMValueRef g);   /* assembly name of a global value, quoted if needed */
int cc_native(const char *name, int *nargs, int *nrets, int *version);   /* index in CK_NATIVES or -1 */
const char *cc_native_name(int idx);
/* The native a declared function stands for (its name, without LLVM's \01 prefix), or -1. */
int cc_fn_native(LLVMValueRef fn);
/* -g: the source position of an instruction (file index from 1, 0 without a debug location). */
int cc_srcpos(cc_mod *M, LLVMValueRef I, int *file);   /* returns the line */
uint64_t cc_size(cc_mod *M, LLVMTypeRef t);        /* allocation size */
unsigned cc_align(cc_mod *M, LLVMTypeRef t);

/* --- passes -------------------------------------------------------------------------------------- */
/* isel.c. phi_ext: known extension of narrow phis (in: assumed, out: what the incoming values
 * guarantee); NULL for none. */
int isel_function(cc_mod *M, LLVMValueRef fn, mfunc *f, ptrmap *phi_ext);
void cfg_prune(mfunc *f);                                   /* cfg.c: drop unreachable blocks */
void cfg_preds(mfunc *f);
void cfg_unsplit(mfunc *f, int with_liveness);              /* move edge copies out of edge blocks */
void cfg_layout(mfunc *f);
void cfg_dce(mfunc *f);                                     /* drop instructions nothing reads */
/* legalize.c, --target tiny: every instruction outside the tiny set becomes a sequence of 32-bit
 * instructions on the words of its pairs, or a call to its guest runtime function __ck_<mnemonic>
 * (operands as arguments in order, the result as the return). */
void tiny_legalize(mfunc *f);
void live_compute(mfunc *f);                                /* live.c: positions, live-in/out sets */
void live_ranges(mfunc *f);                                 /* live ranges of every vreg */
int live_covers(const vreg *v, int pos);
int rega_coalesce(mfunc *f);                                /* rega.c: merge copy-related vregs; how many */
int rega_run(mfunc *f);                                     /* rega.c: 0, or 1 to retry spilling */
int lower_function(mfunc *f);                               /* lower.c */
void fuse_function(mfunc *f);                               /* fuse.c: post-increment, counter sinking */
void renum_function(mfunc *f);                              /* renum.c: at -Os/-Oz only */
int emit_function(cc_mod *M, mfunc *f, ck_buf *out);        /* emit.c: -1 if too large */
/* emit.c: the narrow ".n" form of an ordinary instruction whatever its register numbers: the
 * narrow opcode (-1 if there is none for these operands). need has bit k set when operand k must
 * be r0..r15; pair: operand 1 or operand 2 must be (commutative ops; the low one is put first);
 * drop: an operand the narrow form leaves out (-1: none); saves: bytes saved against the form
 * emit writes otherwise (inc, li8, ...). renum.c numbers registers with it. */
typedef struct narrow_shape { unsigned need; int pair, drop, saves; } narrow_shape;
int narrow_shape_of(int op, const mopnd *o, narrow_shape *sh);
int data_emit(cc_mod *M, ck_buf *out);                      /* data.c */

#endif

/* Instruction selection internals shared by isel.c (values, blocks, phis, terminators),
 * isel_ops.c (arithmetic, compares, casts, memory) and isel_call.c (calls and intrinsics).
 *
 * Values: every LLVM value maps to an lval. A scalar is one operand (a vreg or a constant kind);
 * an aggregate is its flattened scalar leaves; a constant-offset address may stay folded (base +
 * offset, for load/store offsets), and a compare used only by a branch or select stays deferred
 * until that user, which fuses it.
 *
 * Narrow integers (i2..i31) live in one register whose upper bits are undefined unless the lval
 * says otherwise (EXT_Z: zero-extended, EXT_S: sign-extended); users that care (compares,
 * division, right shifts, extensions, calls with zeroext/signext) extend first. i1 is always 0/1.
 */
#ifndef CK_BACKEND_ISEL_H
#define CK_BACKEND_ISEL_H

#include "be.h"

enum { LV_UNSET, LV_REGS, LV_ADDR, LV_CMP };
enum { EXT_Z = 1, EXT_S = 2 };

typedef struct lval {
    uint8_t kind, ext;
    int nparts;
    mopnd *parts;            /* LV_REGS: scalar leaves */
    mopnd base;              /* LV_ADDR: vreg, OK_SYM or OK_FRAME ... */
    int64_t off;             /* ... plus this */
    mopnd idx;               /* ... plus idx << sh when idx.kind is OK_VREG (for indexed loads) */
    int sh;
} lval;

/* A scalar leaf of a (possibly aggregate) type. */
typedef struct leaf {
    LLVMTypeRef t;
    int bits;                /* integer width; 32 for pointers and f32, 64 for f64 */
    uint8_t sz;              /* registers */
    uint8_t fp;              /* 1 float, 2 double */
    uint32_t off;            /* byte offset inside the aggregate */
} leaf;
#define MAX_LEAVES 64

typedef struct cache_ent { uint8_t kind, part, sz; int r; int64_t key; const char *sym; int v, blk; } cache_ent;

typedef struct isel {
    cc_mod *M;
    mfunc *f;
    LLVMValueRef fn;
    ptrmap vmap;                     /* LLVM value -> index in vals */
    lval **vals; int nvals, capvals;
    ptrmap bmap;                     /* LLVM block -> MIR block */
    LLVMBasicBlockRef *rpo; int nrpo;
    cache_ent *cache; int ncache, capcache;   /* per-block materialised constants and extensions */
    int home;                        /* MIR block of the LLVM block being lowered */
    ptrmap *phi_ext;                 /* narrow phi -> assumed extension (in), then observed (out) */
    ptrmap phi_obs;                  /* narrow phi -> AND of its incoming values' extensions */
    int *hoist;                      /* MIR block -> block outside its loops for constants, or -1 */
    cache_ent *hc; int nhc, caphc;   /* constants hoisted there */
    int bad;                         /* an error was reported */
    int cx_at, cx_dyn;               /* constant expressions computed by instructions (isel.c) */
    /* varargs (docs/backend.md "Variadic calls"): the trailing parameter of a variadic
     * definition (address of the caller's argument area), and this function's own outgoing
     * area, shared by its variadic calls (va_out_size < 0: not sized yet) */
    mopnd va_in;
    uint32_t va_out;
    int va_out_size;
} isel;

/* isel.c */
int is_err(isel *s, LLVMValueRef where, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int type_leaves(isel *s, LLVMTypeRef t, leaf *out, int cap, uint32_t base, LLVMValueRef where);
lval *lv_get(isel *s, LLVMValueRef v);
lval *lv_new(isel *s, LLVMValueRef v, int kind);
int lv_def(isel *s, LLVMValueRef v, int sz, uint8_t ext);   /* one fresh vreg for a scalar result */
void lv_alias(isel *s, LLVMValueRef v, mopnd o, uint8_t ext);
mopnd sop(isel *s, LLVMValueRef v);                  /* scalar operand, maybe a constant kind */
mopnd reg_of(isel *s, mopnd o);                      /* the operand in a register */
mopnd sreg(isel *s, LLVMValueRef v);                 /* scalar value in a register */
int is_imm(isel *s, LLVMValueRef v, int64_t *k);     /* constant integer (sign-extended) or null */
int int_bits(LLVMTypeRef t);                         /* integer width, 32 for pointers, 0 otherwise */
/* The value extended from `bits` (EXT_Z or EXT_S) in a register or as an immediate. */
mopnd ext_opnd(isel *s, LLVMValueRef v, int bits, int how);
mopnd ext_reg(isel *s, LLVMValueRef v, int bits, int how);
mopnd ext_mopnd(isel *s, mopnd o, uint8_t known, int bits, int how);
minsn *emit2(isel *s, int op, mopnd d, mopnd a);
minsn *emit3(isel *s, int op, mopnd d, mopnd a, mopnd b);
minsn *emit4(isel *s, int op, mopnd d, mopnd a, mopnd b, mopnd c);
minsn *emit_store(isel *s, int op, mopnd v, mopnd base, int64_t off);
mopnd newv(isel *s, int sz);
/* Values computed in the current block (constants, extensions, scaled indices, addresses), by
 * kind: 0..OK_* constants, 99 constant expressions, 100+EXT_* extensions, 110 scaled GEP index,
 * 111 base + index; the vreg, or -1. */
int cache_find(isel *s, uint8_t kind, uint8_t part, uint8_t sz, int r, int64_t key, const char *sym);
void cache_add(isel *s, uint8_t kind, uint8_t part, uint8_t sz, int r, int64_t key, const char *sym, int v);
void copy_to(isel *s, mopnd d, mopnd src);           /* single copy as a parallel copy */
uint32_t frame_alloc(isel *s, uint64_t size, unsigned align, LLVMValueRef where);
int lower_term_br(isel *s, LLVMValueRef I, int cond_known);

/* isel_ops.c */
int lower_binop(isel *s, LLVMValueRef I);
int lower_icmp(isel *s, LLVMValueRef I);
int lower_fcmp(isel *s, LLVMValueRef I);
mopnd cmp_value(isel *s, LLVMValueRef I, int *neg);  /* icmp/fcmp in a register, maybe negated */
int cmp_branch(isel *s, LLVMValueRef cmp, int t, int f);   /* fused compare-and-branch terminator */
int lower_cast(isel *s, LLVMValueRef I);
int lower_select(isel *s, LLVMValueRef I);
int lower_gep(isel *s, LLVMValueRef I);
int lower_load(isel *s, LLVMValueRef I);
int lower_store(isel *s, LLVMValueRef I);
int lower_alloca(isel *s, LLVMValueRef I);
int lower_atomic(isel *s, LLVMValueRef I);
/* Address of a pointer value as base operand + offset (folded GEPs, globals, frame slots). */
void addr_of(isel *s, LLVMValueRef p, mopnd *base, int64_t *off);
/* Whether a constant-offset GEP feeds only loads, stores and such GEPs (its offset folds). */
int gep_foldable(LLVMValueRef g, int depth);
/* The same, with a scaled index kept apart (idx->kind OK_NONE if there is none). */
void addr_of_x(isel *s, LLVMValueRef p, mopnd *base, int64_t *off, mopnd *idx, int *sh);
/* base + (idx << sh) in a register (computed once per block); a symbol's or frame slot's own
 * offset moves to *off. */
mopnd addr_add_index(isel *s, mopnd base, int64_t *off, mopnd idx, int sh);
/* Base register and 16-bit offset for a memory access at base + off. */
void mem_operands(isel *s, mopnd base, int64_t off, mopnd *breg, int64_t *h);
int load_leaf(isel *s, const leaf *lf, mopnd base, int64_t off, mopnd *out, uint8_t *ext, int sext);
void store_leaf(isel *s, const leaf *lf, mopnd v, mopnd base, int64_t off);
mopnd bin32(isel *s, int op, int opi, mopnd a, mopnd b);   /* a op b, immediate form if it fits */

/* isel_call.c */
int lower_call(isel *s, LLVMValueRef I);            /* 1: the block ends here (llvm.trap) */
int lower_libcall(isel *s, LLVMValueRef I, const char *name, int nargs);   /* I's operands [0, nargs) */
void lower_memop(isel *s, int op, mopnd d, mopnd src, mopnd n);

#endif

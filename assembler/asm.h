/* Internals of the assembler (assembler/lex.c, asm.c, insn.c): tokens of one source line, the
 * assembler state, and the helpers the directive and instruction parsers share. */
#ifndef COCKPIT_ASM_H
#define COCKPIT_ASM_H

#include <stddef.h>
#include <stdint.h>

#include "cktools.h"

/* --- tokens (lex.c) --------------------------------------------------------------------------- */
enum tk { TK_END, TK_NAME, TK_NUM, TK_STR, TK_PUNCT };

typedef struct token {
    enum tk kind;
    unsigned col;                 /* 1-based byte column */
    const char *s;                /* source text of the token */
    size_t len;
    uint64_t num;                 /* TK_NUM: magnitude (a leading '-' is a separate token) */
    int overflow;                 /* TK_NUM: does not fit in 64 bits */
    char *str;                    /* TK_STR: decoded bytes; TK_NAME: the name (NUL-terminated) */
    size_t slen;
    char ch;                      /* TK_PUNCT: one of , : [ ] + - @ = */
} token;

/* Where a diagnostic points: a line of the source and a column in it. */
typedef struct loc { unsigned line, col; const char *src; size_t srclen; } loc;

typedef struct srcline {
    unsigned no;
    const char *src;              /* the line in the input, srclen bytes without the newline */
    size_t srclen;
    token *t;                     /* ends with a TK_END token */
    size_t nt;
} srcline;

struct as;
/* Splits a line into tokens; 0, or -1 after reporting the first lexical error. */
int asm_lex(struct as *a, srcline *l);
void asm_lex_free(srcline *l);
int asm_is_ident(const char *s, size_t n);       /* a bare name: [A-Za-z_.$][A-Za-z0-9_.$]* */
int asm_is_reg_name(const char *s);              /* r followed by digits: quoted when it names a symbol */

/* --- assembler state (asm.c) -------------------------------------------------------------------- */
enum { SEC_NONE, SEC_TEXT, SEC_RODATA, SEC_DATA, SEC_BSS, SEC_LINES };

typedef struct asym {
    char *name;
    uint8_t kind;                 /* enum ck_sym_kind */
    uint8_t global, local;        /* from .global / .local */
    int defined, has_size;
    uint32_t value, size;
    loc def;                      /* its definition, or its first declaration */
    loc size_at;                  /* its .size */
} asym;

/* A reference resolved later: a branch at the end of its function, the rest at the end of input. */
enum fixk { FIX_BRANCH, FIX_FUNC16, FIX_FPTR32, FIX_ADDR32, FIX_NATIVE16, FIX_ADDR16, FIX_NATIVE8 };
typedef struct afix {
    enum fixk kind;
    int sect;                     /* SEC_TEXT, SEC_RODATA or SEC_DATA */
    uint32_t at;                  /* offset of the field in its section */
    uint32_t base;                /* branches: offset of the opcode in the code section */
    char *name;                   /* label, symbol, function or import name; NULL when by index */
    uint64_t index;               /* image listings: function or import index when name is NULL */
    int32_t addend;
    int narrow;                   /* branches: a 1-byte offset (k) */
    size_t sym;                   /* objects: symbol index */
    loc where;
} afix;

typedef struct afunc {
    char *name;
    uint32_t code_off, code_size, frame;
    unsigned nargs, nrets, nregs, flags;
    size_t sym;                   /* objects: its symbol */
    unsigned nerr;                /* errors reported before its .func */
    int last_op;                  /* opcode of its last instruction so far, or -1 */
    loc where;
} afunc;

typedef struct as {
    const char *file;
    const char *text;
    size_t len;
    int image;                    /* assembling an .image listing */
    unsigned nerr;
    int stopped;                  /* too many errors */
    ck_buf code, rodata, data, lines;
    uint64_t bss;
    int sect;
    afunc *funcs; size_t nfuncs, capfuncs;
    int in_func;
    ck_strmap labels;             /* current function: label -> its number */
    uint32_t *label_off;          /* by number: offset from the function's start */
    loc *label_loc;               /* by number: where it is defined */
    size_t nlabels, caplabels;
    afix *bfix; size_t nbfix, capbfix;
    afix *fix; size_t nfix, capfix;
    asym *syms; size_t nsyms, capsyms;
    ck_strmap symmap;
    ck_obj_import *imports; loc *import_loc; size_t nimports, capimports;
    ck_strmap impmap;             /* name -> index, or AMBIGUOUS */
    ck_strmap funcmap;            /* image listings: name -> index, or AMBIGUOUS */
    uint64_t stack; int have_stack;
    char *entry_name; uint64_t entry_index; int have_entry; loc entry_loc;
    int no_names;
    ck_lines locs;                /* rows from .loc directives */
    loc last_loc;                 /* where the latest .loc is, for "no instruction follows" */
} as;

#define AMBIGUOUS ((size_t)-1)

void asm_error(as *a, const loc *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void asm_note(as *a, const loc *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
loc asm_loc(const srcline *l, const token *t);
const char *asm_show(const token *t, char *buf, size_t n);   /* a short quotation for messages */
size_t asm_sym(as *a, const char *name);         /* finds or creates (first mention) a symbol */
void asm_fix(as *a, const afix *f);              /* queues a reference for the end of input */
ck_buf *asm_section_buf(as *a, int sect);

/* Parses a value the way a `w` operand or .word takes it (number, sym, sym+off, sym-off, @func),
 * writing 4 bytes at the end of section `sect` (a fixup is queued for names); with short set, the
 * way a `u` operand takes it (number 0..65535, sym, sym+off, sym-off) in 2 bytes. 0 or -1. */
int asm_word(as *a, const srcline *l, size_t *i, int sect, int short_);
/* A number token, with an optional leading '-': value in [lo, hi] (as signed 64 bits, or the
 * full unsigned range when hi_u is set). */
int asm_number(as *a, const srcline *l, size_t *i, int64_t lo, uint64_t hi, const char *what, uint64_t *out);
/* A name (bare or quoted) at token *i; empty names only when allow_empty. 0 or -1 (reported). */
int asm_name(as *a, const srcline *l, size_t *i, const char **name, int allow_empty);
/* The same for a name used as a value (w, f, n operands and .word), where a bare rN is a mistake. */
int asm_value_name(as *a, const srcline *l, size_t *i, const char **name, const char *what);
int asm_expect(as *a, const srcline *l, size_t *i, char punct);

/* --- instructions (insn.c) ------------------------------------------------------------------------ */
int asm_op_lookup(const char *name, size_t n);   /* opcode of a mnemonic, or -1 */
void asm_insn(as *a, const srcline *l, size_t i, int op);

#endif

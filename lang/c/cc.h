/* The Cockpit C front end's map: tokens, the preprocessor, the syntax tree built by the Lemon
 * grammar, C types and symbols, and the passes in pipeline order
 *   lex.re (re2c) -> pp.c -> parser.c + parse.y (Lemon) -> sema*.c -> gen*.c
 * Everything is allocated in the compilation's arena (cc->arena). */
#ifndef COCKPIT_LANG_C_CC_H
#define COCKPIT_LANG_C_CC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <llvm-c/Core.h>

#include "lang.h"
#include "cktools.h"
#include "ckc.h"

typedef struct cc cc;
typedef struct tok tok;
typedef struct node node;
typedef struct ctype ctype;
typedef struct sym sym;
typedef struct member member;
typedef struct record record;

/* --- locations and diagnostics (diag.c) ------------------------------------------------------- */
typedef struct loc { const char *file; unsigned line, col; } loc;
void ckc_error(cc *c, loc l, const char *fmt, ...);
void ckc_warning(cc *c, loc l, const char *fmt, ...);
/* A warning that -Wall enables. */
void ckc_warning_wall(cc *c, loc l, const char *fmt, ...);

/* --- tokens (lex.re) -------------------------------------------------------------------------- */
#define CC_PUNCTS(X) \
    X(LBRACKET, "[") X(RBRACKET, "]") X(LPAREN, "(") X(RPAREN, ")") X(LBRACE, "{") X(RBRACE, "}") \
    X(DOT, ".") X(ARROW, "->") X(INC, "++") X(DEC, "--") X(AMP, "&") X(STAR, "*") X(PLUS, "+") \
    X(MINUS, "-") X(TILDE, "~") X(NOT, "!") X(SLASH, "/") X(PERCENT, "%") X(SHL, "<<") \
    X(SHR, ">>") X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=") X(EQ, "==") X(NE, "!=") \
    X(CARET, "^") X(PIPE, "|") X(ANDAND, "&&") X(OROR, "||") X(QUESTION, "?") X(COLON, ":") \
    X(SEMI, ";") X(ELLIPSIS, "...") X(ASSIGN, "=") X(MULASSIGN, "*=") X(DIVASSIGN, "/=") \
    X(MODASSIGN, "%=") X(ADDASSIGN, "+=") X(SUBASSIGN, "-=") X(SHLASSIGN, "<<=") \
    X(SHRASSIGN, ">>=") X(ANDASSIGN, "&=") X(XORASSIGN, "^=") X(ORASSIGN, "|=") X(COMMA, ",") \
    X(HASH, "#") X(HASHHASH, "##")

enum tok_kind {
    TK_EOF, TK_IDENT, TK_NUM, TK_CHAR, TK_STR, TK_OTHER,
#define X(n, s) TK_##n,
    CC_PUNCTS(X)
#undef X
    TK_COUNT
};

enum { TK_BAD_CHAR = 1, TK_BAD_STR };
typedef struct hideset { const char *name; struct hideset *next; } hideset;

struct tok {
    int kind;
    const char *s;          /* spelling */
    unsigned len;
    loc loc;
    unsigned char bol;      /* first token on its line */
    unsigned char space;    /* preceded by white space */
    unsigned char bad;      /* lexical error reported when the token is used (TK_BAD_*) */
    unsigned char eoi;      /* TK_EOF that ends an included file */
    hideset *hs;            /* macros that must not expand this token again */
    const char *origin;     /* macro this token came from, or NULL */
    tok *next;
};

/* Splits one file into tokens ending with TK_EOF; reports lexical errors. */
tok *ckc_lex(cc *c, const char *file, const char *text, size_t len);
tok *ckc_tok_new(cc *c, int kind, const char *s, unsigned len, loc l);
tok *ckc_tok_copy(cc *c, const tok *t);
const char *ckc_tok_text(cc *c, const tok *t);   /* NUL-terminated spelling */
const char *ckc_punct_text(int kind);

/* --- literals (literal.c) ---------------------------------------------------------------------- */
typedef struct intlit { unsigned long long v; int is_unsigned, nlong, decimal, overflow; } intlit;
/* 0 for an integer literal, 1 for a floating one (*f, *is_float), -1 after reporting an error. */
int ckc_number(cc *c, const tok *t, intlit *i, double *f, int *is_float);
/* A character constant's value (as int, or wchar for L'x') and its element width in bytes. */
int ckc_char_value(cc *c, const tok *t, long long *out, int *width);
/* Decodes a string literal's body into bytes of its element width, appending to buf. */
void ckc_string_decode(cc *c, const tok *t, ck_buf *buf, int width);
int ckc_string_width(const tok *t);

/* --- preprocessor (pp.c) ---------------------------------------------------------------------- */
tok *ckc_preprocess(cc *c, const char *path);    /* NULL if the main file cannot be read */
/* Integer constant expression of #if (ppexpr.c): the tokens are already macro-expanded. */
int ckc_pp_eval(cc *c, tok *t, loc where, long long *out);

/* --- syntax tree (ast.c; built by parse.y) ---------------------------------------------------- */
enum node_kind {
    /* expressions */
    N_IDENT, N_INTLIT, N_FLOATLIT, N_STRLIT, N_CALL, N_INDEX, N_MEMBER, N_ARROW,
    N_POSTINC, N_POSTDEC, N_PREINC, N_PREDEC, N_ADDR, N_DEREF, N_PLUS, N_NEG, N_BITNOT, N_NOT,
    N_SIZEOF_EXPR, N_SIZEOF_TYPE, N_ALIGNOF, N_CAST, N_BINARY, N_LOGAND, N_LOGOR, N_COND,
    N_ASSIGN, N_OPASSIGN, N_COMMA, N_COMPLIT, N_FUNCNAME,
    N_STMTEXPR,   /* ({ ... }): a is the block; sema sets b to the final expression statement */
    /* made by sema */
    N_CONV,       /* implicit or explicit conversion of a to ty */
    N_DECAY,      /* array or function designator to pointer */
    N_VAR,        /* resolved object or function: sym */
    N_ENUMCONST,
    /* statements */
    N_DECLSTMT, N_EXPRSTMT, N_BLOCK, N_IF, N_WHILE, N_DOWHILE, N_FOR, N_SWITCH, N_CASE,
    N_DEFAULT, N_LABEL, N_GOTO, N_BREAK, N_CONTINUE, N_RETURN, N_EMPTY,
};

/* Binary operators of N_BINARY and N_OPASSIGN. */
enum binop { B_MUL, B_DIV, B_MOD, B_ADD, B_SUB, B_SHL, B_SHR, B_LT, B_GT, B_LE, B_GE, B_EQ, B_NE,
             B_AND, B_XOR, B_OR };

/* Syntactic declaration specifiers, before sema gives them meaning. */
enum { DS_VOID = 1 << 0, DS_BOOL = 1 << 1, DS_CHAR = 1 << 2, DS_INT = 1 << 3, DS_FLOAT = 1 << 4,
       DS_DOUBLE = 1 << 5, DS_SIGNED = 1 << 6, DS_UNSIGNED = 1 << 7, DS_SHORT = 1 << 8,
       DS_COMPLEX = 1 << 9, DS_OTHER = 1 << 10 /* struct, union, enum, typedef name */ };
enum storage { SC_NONE, SC_TYPEDEF, SC_EXTERN, SC_STATIC, SC_AUTO, SC_REGISTER };
enum { Q_CONST = 1, Q_VOLATILE = 2, Q_RESTRICT = 4 };

typedef struct enumerator { const char *name; node *value; loc loc; struct enumerator *next; } enumerator;
typedef struct tagspec {
    int kind;                 /* TY_STRUCT, TY_UNION, TY_ENUM */
    const char *tag;          /* NULL when anonymous */
    int has_body;
    struct decl *members;     /* struct/union member declarations */
    enumerator *enums;
    loc loc;
} tagspec;
typedef struct dspec {
    unsigned flags;           /* DS_* */
    int nlong;
    int storage, nstorage;
    int quals;
    int is_inline, is_noreturn;
    tagspec *tag;
    const char *tdname;       /* typedef name used as type */
    const char *unsupported;  /* first unsupported specifier seen (_Atomic, _Thread_local...) */
    node *typeof_expr;        /* typeof(expression) */
    node *typeof_name;        /* typeof(type name) */
    int typeof_unqual;        /* typeof_unqual: without qualifiers */
    ctype *typeof_ty;         /* sema: the type, once worked out */
    loc uloc;                 /* where it was */
    loc loc;
} dspec;

/* One type derivation of a declarator, outermost first once built. */
enum { D_PTR, D_ARRAY, D_FUNC };
typedef struct param { struct dspec *ds; struct dtor *d; loc loc; struct param *next; } param;
typedef struct deriv {
    int kind, quals;
    node *size;               /* D_ARRAY; NULL = [] */
    param *params;            /* D_FUNC */
    int variadic, has_proto, kr;
    loc loc;
    struct deriv *next;
} deriv;
typedef struct dtor {
    const char *name;         /* NULL for abstract declarators */
    loc loc;
    deriv *d;                 /* outermost derivation first */
    node *bitwidth;           /* member bit-field width (rejected) */
    node *asm_label;          /* __asm__("name"): the symbol's name in the module */
    int has_bitwidth;
} dtor;

/* Initialisers: an expression, or a braced list of designated items. */
typedef struct desig { int kind; node *index; const char *name; loc loc; struct desig *next; } desig;
enum { DG_INDEX, DG_FIELD };
typedef struct init {
    node *expr;               /* when not a list */
    struct iitem *list;       /* braced list */
    int braced;
    loc loc;
} init;
typedef struct iitem {
    desig *d; init *in; struct iitem *next, *tail;
    desig *cur; int started;      /* sema: designators not yet applied */
} iitem;

typedef struct idecl { dtor *d; init *in; sym *s; struct idecl *next; } idecl;
typedef struct decl {
    dspec *ds;
    idecl *list;
    loc loc;
    node *assert_expr;        /* _Static_assert */
    node *assert_msg;
    struct decl *next;
} decl;

struct node {
    int kind, op;
    loc loc;
    ctype *ty;                /* sema: the expression's type (array/function before decay) */
    node *a, *b, *c, *d;      /* operands; a statement's parts */
    node *next;               /* argument and statement lists */
    const char *name;         /* identifier, member, label */
    unsigned long long ival;  /* integer literal value, case value */
    double fval;
    char *str; size_t slen;   /* string literal bytes (with the final NUL), element width */
    int swidth;
    struct ctype *cast_ty;    /* sema: N_CAST target, N_SIZEOF_TYPE operand, N_COMPLIT type */
    dspec *ds; dtor *dt;      /* type name of casts, sizeof, compound literals */
    tok *toks;                /* N_STRLIT: the literal's pieces (adjacent literals concatenate) */
    node *tail;               /* last element of a list this node heads */
    init *in;                 /* compound literal */
    decl *dl;                 /* N_DECLSTMT, for-init declaration */
    sym *sym;                 /* N_VAR, N_ENUMCONST, compound-literal storage; N_CALL: the
                                 function to call instead (printf_int.c) */
    member *mem;              /* N_MEMBER, N_ARROW */
    int is_lvalue;
    int implicit;             /* N_CONV inserted by sema */
    int paren;                /* written in parentheses: (e) */
    int discarded;            /* an expression statement: its value is not used */
    node *cases;              /* N_SWITCH: its case and default labels (linked by d); N_CASE:
                                 ival, or ival to ihi for a range 'case LO ... HI' (c is HI;
                                 op is 1 when the range is empty) */
    unsigned long long ihi;
    int case_id;
    void *bb;                 /* codegen: LLVM block of a label, case or default */
};

typedef struct funcdef {
    dspec *ds;
    dtor *d;
    node *body;
    sym *s;
    loc loc;
    sym **params;
    int nparams;
    struct label *labels;
} funcdef;
typedef struct label { const char *name; node *def, *first_use; LLVMBasicBlockRef bb; struct label *next; } label;
typedef struct extdecl { decl *dl; funcdef *fn; struct extdecl *next; } extdecl;

/* AST constructors used by the grammar actions (ast.c). */
node *ckc_ast_node(cc *c, int kind, loc l);
node *ckc_ast_unary(cc *c, int kind, tok *t, node *a);
node *ckc_ast_binary(cc *c, int op, tok *t, node *a, node *b);
node *ckc_ast_opassign(cc *c, int op, tok *t, node *a, node *b);
node *ckc_ast_kind2(cc *c, int kind, tok *t, node *a, node *b);
node *ckc_ast_cond(cc *c, tok *t, node *a, node *b, node *x);
node *ckc_ast_cast(cc *c, tok *t, node *tn, node *e);
node *ckc_ast_sizeof_type(cc *c, int kind, tok *t, node *tn);
node *ckc_ast_typename(cc *c, dspec *ds, dtor *d);
node *ckc_ast_ident(cc *c, tok *t);
node *ckc_ast_number(cc *c, tok *t);
node *ckc_ast_charlit(cc *c, tok *t);
node *ckc_ast_string(cc *c, node *prev, tok *t);
node *ckc_ast_funcname(cc *c, tok *t);
node *ckc_ast_paren(cc *c, node *e);
node *ckc_ast_member(cc *c, int kind, node *a, tok *name);
node *ckc_ast_complit(cc *c, tok *t, node *tn, init *in);
node *ckc_ast_va_arg(cc *c, tok *t, node *ap, node *tn);   /* a builtin N_CALL with a type name */
node *ckc_ast_unsupported_expr(cc *c, tok *t, const char *what);
void ckc_ast_unsupported(cc *c, tok *t, const char *what);
node *ckc_ast_list_append(node *list, node *item);
node *ckc_ast_stmt(cc *c, int kind, tok *t, node *a, node *b, node *x, node *d);
node *ckc_ast_label(cc *c, tok *name, node *stmt);
node *ckc_ast_goto(cc *c, tok *t, tok *name);
node *ckc_ast_block(cc *c, tok *t, node *items);
node *ckc_ast_declstmt(cc *c, decl *d);
dspec *ckc_ast_ds_keyword(cc *c, dspec *ds, tok *kw);
dspec *ckc_ast_ds_tag(cc *c, dspec *ds, tagspec *ts);
dspec *ckc_ast_ds_typedef(cc *c, dspec *ds, tok *name);
dspec *ckc_ast_ds_typeof(cc *c, dspec *ds, tok *kw, node *e, node *tn);
node *ckc_ast_stmt_expr(cc *c, tok *t, node *block);
node *ckc_ast_offsetof(cc *c, tok *t, node *tn, node *desig);
tagspec *ckc_ast_tagspec(cc *c, tok *kw, tok *name, int has_body, decl *members, enumerator *enums);
enumerator *ckc_ast_enumerator(cc *c, enumerator *list, tok *name, node *value);
dtor *ckc_ast_dtor_name(cc *c, tok *name);
dtor *ckc_ast_dtor_abstract(cc *c, loc l);
dtor *ckc_ast_dtor_ptr(cc *c, dtor *d, int quals, tok *star);
dtor *ckc_ast_dtor_wrap(cc *c, dtor *d, dtor *ptrs);
dtor *ckc_ast_dtor_group(cc *c, dtor *d);
dtor *ckc_ast_dtor_array(cc *c, dtor *d, node *size, tok *t);
dtor *ckc_ast_dtor_array_vla(cc *c, dtor *d, tok *t);
dtor *ckc_ast_dtor_func(cc *c, dtor *d, param *params, int variadic, int has_proto, tok *t);
dtor *ckc_ast_dtor_bitfield(cc *c, dtor *d, node *width);
dtor *ckc_ast_dtor_asm(cc *c, dtor *d, node *label);
void ckc_ast_attribute(cc *c, tok *name);
void ckc_ast_kr_params(cc *c, tok *t);
int ckc_ast_quals(cc *c, int quals, tok *kw);
param *ckc_ast_param(cc *c, param *list, dspec *ds, dtor *d);
param *ckc_ast_param_link(param *list, param *p);
init *ckc_ast_init_expr(cc *c, node *e);
init *ckc_ast_init_list(cc *c, tok *t, iitem *items);
iitem *ckc_ast_iitem(cc *c, iitem *list, desig *d, init *in);
desig *ckc_ast_desig(cc *c, desig *list, int kind, tok *t, node *index, tok *name);
idecl *ckc_ast_idecl(cc *c, idecl *list, dtor *d, init *in);
void ckc_ast_idecl_link(idecl *list, idecl *d);
decl *ckc_ast_decl(cc *c, dspec *ds, idecl *list);
decl *ckc_ast_static_assert(cc *c, tok *t, node *e, node *msg);
decl *ckc_ast_decl_append(decl *list, decl *d);
void ckc_ast_extdecl(cc *c, decl *dl, funcdef *fn);
funcdef *ckc_ast_funcdef(cc *c, dspec *ds, dtor *d, node *body);

/* --- parser (parser.c, parse.y) --------------------------------------------------------------- */
int ckc_parse(cc *c, tok *toks);     /* fills c->unit; 0, or -1 after syntax errors */
void ckc_typedef_push_specs(cc *c, dspec *ds);
void ckc_typedef_pop_specs(cc *c);
void ckc_typedef_declare(cc *c, dtor *d);
void ckc_scope_push(cc *c);
void ckc_scope_pop(cc *c);
extern const int ckc_expect_tokens[];
extern const int ckc_nexpect;
void ckc_syntax_error(cc *c, tok *t, int major, unsigned expected);
void ckc_parser_overflow(cc *c);

/* --- types (type.c) --------------------------------------------------------------------------- */
enum ckc_type_kind {
    TY_VOID, TY_BOOL, TY_CHAR, TY_SCHAR, TY_UCHAR, TY_SHORT, TY_USHORT, TY_INT, TY_UINT,
    TY_LONG, TY_ULONG, TY_LLONG, TY_ULLONG, TY_FLOAT, TY_DOUBLE, TY_ENUM,
    TY_PTR, TY_ARRAY, TY_FUNC, TY_STRUCT, TY_UNION,
};
struct member {
    const char *name;         /* NULL for an anonymous struct/union member */
    ctype *ty;
    unsigned offset;
    loc loc;
    member *next;
};
struct record {
    const char *tag;
    int is_union, complete, has_flex;
    member *members;
    unsigned size, align;
    loc loc;
    LLVMTypeRef llty;
};
typedef struct enumdef { const char *tag; int complete, is_signed; loc loc; } enumdef;
struct ctype {
    int kind, quals;
    unsigned size, align;
    ctype *base;              /* pointee, element, return type */
    long long len;            /* array length; -1 when incomplete */
    ctype **params; int nparams;
    int variadic, proto;      /* function: has a prototype */
    record *rec;
    enumdef *en;
    ctype *unqual;            /* the same type without qualifiers */
    LLVMTypeRef llty;
};

extern ctype ckc_ty_void, ckc_ty_bool, ckc_ty_char, ckc_ty_schar, ckc_ty_uchar, ckc_ty_short, ckc_ty_ushort, ckc_ty_int, ckc_ty_uint,
    ckc_ty_long, ckc_ty_ulong, ckc_ty_llong, ckc_ty_ullong, ckc_ty_float, ckc_ty_double;
void ckc_types_init(void);
ctype *ckc_type_ptr(cc *c, ctype *base);
ctype *ckc_type_array(cc *c, ctype *elem, long long len);
ctype *ckc_type_func(cc *c, ctype *ret, ctype **params, int nparams, int variadic, int proto);
ctype *ckc_type_qual(cc *c, ctype *t, int quals);
ctype *ckc_type_unqual(ctype *t);
ctype *ckc_type_record(cc *c, int is_union, const char *tag, loc l);
ctype *ckc_type_enum(cc *c, const char *tag, loc l);
void ckc_type_layout(cc *c, record *r);
int ckc_type_is_integer(const ctype *t);
int ckc_type_is_float(const ctype *t);
int ckc_type_is_arith(const ctype *t);
int ckc_type_is_scalar(const ctype *t);
int ckc_type_is_signed(const ctype *t);
int ckc_type_is_ptr(const ctype *t);
int ckc_type_is_record(const ctype *t);
int ckc_type_is_aggregate(const ctype *t);
int ckc_type_is_complete(const ctype *t);
int ckc_type_is_void(const ctype *t);
int ckc_type_compatible(const ctype *a, const ctype *b);
ctype *ckc_type_composite(cc *c, ctype *a, ctype *b);
int ckc_type_rank(const ctype *t);
ctype *ckc_type_promote(ctype *t);
const char *ckc_type_str(cc *c, const ctype *t);   /* "const char *" for messages */
member *ckc_type_find_member(const ctype *t, const char *name, unsigned *off);

/* --- symbols and semantic checks (sema*.c) ---------------------------------------------------- */
enum sym_kind { S_VAR, S_FUNC, S_TYPEDEF, S_ENUMCONST };
struct sym {
    const char *name;
    int kind, storage;
    int global;               /* file scope or static local: lives in a global */
    int is_static_local, defined, tentative, used, is_param, is_inline;
    ctype *ty;
    long long ival;           /* enum constant */
    loc loc;
    init *in;                 /* static/global initialiser */
    struct ileaf *leaves;     /* flattened initialiser */
    funcdef *fn;
    const char *llname;       /* name of the global (static locals get a unique one) */
    LLVMValueRef val;         /* alloca, global or function */
    sym *next_global;         /* all file-scope and static objects in order */
};

/* One scalar (or whole struct) piece of an initialised object, at a byte offset. */
typedef struct ileaf { unsigned off; ctype *ty; node *expr; struct ileaf *next; } ileaf;

/* Constant values of static initialisers: an integer/float, or an address plus offset. */
typedef struct cval {
    int kind;                 /* CV_INT, CV_FLOAT, CV_ADDR */
    long long i;
    double f;
    sym *base;                /* CV_ADDR: object or function; NULL with str for a string literal */
    node *str;
} cval;
enum { CV_NONE, CV_INT, CV_FLOAT, CV_ADDR };

int ckc_sema(cc *c);                           /* checks c->unit; 0 or -1 */
void ckc_sema_scope_push(cc *c);
void ckc_sema_scope_pop(cc *c);
sym *ckc_sema_lookup(cc *c, const char *name);
ctype *ckc_sema_dspec_type(cc *c, dspec *ds, int member_ctx);
ctype *ckc_sema_declarator_type(cc *c, ctype *base, dtor *d, int is_param);
void ckc_sema_function_body(cc *c, funcdef *f);
int ckc_sema_is_null_const(cc *c, node *e);
int ckc_sema_is_lvalue(node *e);
int ckc_sema_is_builtin(const char *name);                 /* builtin.c */
node *ckc_sema_builtin_call(cc *c, node *e, const char *name, node **args, int n);
/* A checked call of fn: sets e->sym to printf's integer-only twin when it may (printf_int.c). */
void ckc_sema_printf_int(cc *c, node *e, sym *fn, node **args, int n);
node *ckc_sema_expr(cc *c, node *e);              /* checks, inserts conversions, decays */
node *ckc_sema_rvalue(cc *c, node *e);
node *ckc_sema_convert(cc *c, node *e, ctype *to, int implicit);
node *ckc_sema_assign_conv(cc *c, node *e, ctype *to, const char *what, loc l);
int ckc_sema_cond_ok(cc *c, node *e);
ctype *ckc_sema_typename(cc *c, dspec *ds, dtor *dt);
int ckc_const_int(cc *c, node *e, long long *out);        /* integer constant expression */
int ckc_eval_const(cc *c, node *e, cval *out);            /* static-initialiser constant */
ileaf *ckc_sema_init(cc *c, ctype **ty, init *in, int is_static, loc l);
void ckc_sema_stmt(cc *c, node *s);
void ckc_sema_decl(cc *c, decl *d, int file_scope);

/* --- IR generation (gen*.c) ------------------------------------------------------------------- */
int ckc_gen(cc *c);                            /* builds c->mod from the checked unit */

/* --- the compilation -------------------------------------------------------------------------- */
typedef struct scope scope;
struct cc {
    ck_arena *arena;
    const ck_c_opts *opts;
    const char *main_file;
    unsigned errors, warnings;
    /* preprocessor */
    struct pp *pp;
    unsigned long ntokens;     /* tokens made so far, bounded by CC_MAX_TOKENS */
    /* parser */
    void *lemon;
    struct tdtable *tdt;       /* typedef names and their scopes */
    tok *prev_tok;             /* last token fed to the parser */
    extdecl *unit, *unit_tail;
    int syntax_errors;
    /* sema */
    scope *sc;                 /* innermost scope */
    sym *globals, *globals_tail;
    funcdef *fn;               /* function being checked or generated */
    node *sw;                  /* innermost switch */
    int loop_depth, sw_depth;
    int static_counter;
    int expr_depth, depth_reported;
    node *strings;             /* string literals in use */
    /* codegen */
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    struct gen *g;
};

#define CC_MAX_ERRORS 50
#define CC_MAX_TOKENS 8000000UL   /* lexed plus macro-expanded tokens of one compilation */

#endif

/* The parser driver: turns preprocessed tokens into the Lemon parser's terminals (keywords,
 * typedef names, literals), keeps the table of typedef names that makes C parseable (the grammar
 * actions update it as declarators are reduced), and words syntax errors like gcc. */
#include <stdlib.h>
#include <string.h>

#include "cc.h"
#include "parse.h"

void *ckcParseAlloc(void *(*alloc)(size_t));
void ckcParse(void *p, int major, tok *minor, cc *c);
void ckcParseFree(void *p, void (*dealloc)(void *));

static const struct { const char *s; int code; } keywords[] = {
    {"auto", T_AUTO}, {"break", T_BREAK}, {"case", T_CASE}, {"char", T_CHAR}, {"const", T_CONST},
    {"continue", T_CONTINUE}, {"default", T_DEFAULT}, {"do", T_DO}, {"double", T_DOUBLE},
    {"else", T_ELSE}, {"enum", T_ENUM}, {"extern", T_EXTERN}, {"float", T_FLOAT}, {"for", T_FOR},
    {"goto", T_GOTO}, {"if", T_IF}, {"inline", T_INLINE}, {"int", T_INT}, {"long", T_LONG},
    {"register", T_REGISTER}, {"restrict", T_RESTRICT}, {"return", T_RETURN}, {"short", T_SHORT},
    {"signed", T_SIGNED}, {"sizeof", T_SIZEOF}, {"static", T_STATIC}, {"struct", T_STRUCT},
    {"switch", T_SWITCH}, {"typedef", T_TYPEDEF}, {"union", T_UNION}, {"unsigned", T_UNSIGNED},
    {"void", T_VOID}, {"volatile", T_VOLATILE}, {"while", T_WHILE}, {"_Alignas", T_ALIGNAS},
    {"_Alignof", T_ALIGNOF}, {"_Atomic", T_ATOMIC}, {"_Bool", T_BOOL}, {"_Complex", T_COMPLEX},
    {"_Generic", T_GENERIC}, {"_Imaginary", T_IMAGINARY}, {"_Noreturn", T_NORETURN},
    {"_Static_assert", T_STATIC_ASSERT}, {"_Thread_local", T_THREAD_LOCAL},
    {"__inline", T_INLINE}, {"__inline__", T_INLINE}, {"__const", T_CONST},
    {"__volatile__", T_VOLATILE}, {"__restrict", T_RESTRICT}, {"__restrict__", T_RESTRICT},
    {"__signed__", T_SIGNED}, {"__alignof__", T_ALIGNOF}, {"asm", T_ASM}, {"__asm__", T_ASM},
    {"__asm", T_ASM}, {"__attribute__", T_ATTRIBUTE}, {"__func__", T_FUNCNAME},
    {"__FUNCTION__", T_FUNCNAME}, {"__builtin_va_arg", T_VA_ARG}, {"typeof", T_TYPEOF},
    {"__typeof__", T_TYPEOF}, {"__typeof", T_TYPEOF}, {"typeof_unqual", T_TYPEOF},
    {"__typeof_unqual__", T_TYPEOF}, {"__builtin_offsetof", T_OFFSETOF},
};

static const int punct_code[TK_COUNT] = {
    [TK_LBRACKET] = T_LBRACKET, [TK_RBRACKET] = T_RBRACKET, [TK_LPAREN] = T_LPAREN,
    [TK_RPAREN] = T_RPAREN, [TK_LBRACE] = T_LBRACE, [TK_RBRACE] = T_RBRACE, [TK_DOT] = T_DOT,
    [TK_ARROW] = T_ARROW, [TK_INC] = T_INC, [TK_DEC] = T_DEC, [TK_AMP] = T_AMP,
    [TK_STAR] = T_STAR, [TK_PLUS] = T_PLUS, [TK_MINUS] = T_MINUS, [TK_TILDE] = T_TILDE,
    [TK_NOT] = T_NOT, [TK_SLASH] = T_SLASH, [TK_PERCENT] = T_PERCENT, [TK_SHL] = T_SHL,
    [TK_SHR] = T_SHR, [TK_LT] = T_LT, [TK_GT] = T_GT, [TK_LE] = T_LE, [TK_GE] = T_GE,
    [TK_EQ] = T_EQ, [TK_NE] = T_NE, [TK_CARET] = T_CARET, [TK_PIPE] = T_PIPE,
    [TK_ANDAND] = T_ANDAND, [TK_OROR] = T_OROR, [TK_QUESTION] = T_QUESTION, [TK_COLON] = T_COLON,
    [TK_SEMI] = T_SEMI, [TK_ELLIPSIS] = T_ELLIPSIS, [TK_ASSIGN] = T_ASSIGN,
    [TK_MULASSIGN] = T_MULASSIGN, [TK_DIVASSIGN] = T_DIVASSIGN, [TK_MODASSIGN] = T_MODASSIGN,
    [TK_ADDASSIGN] = T_ADDASSIGN, [TK_SUBASSIGN] = T_SUBASSIGN, [TK_SHLASSIGN] = T_SHLASSIGN,
    [TK_SHRASSIGN] = T_SHRASSIGN, [TK_ANDASSIGN] = T_ANDASSIGN, [TK_XORASSIGN] = T_XORASSIGN,
    [TK_ORASSIGN] = T_ORASSIGN, [TK_COMMA] = T_COMMA,
};

/* --- typedef names ------------------------------------------------------------------------------ */
#define TD_BUCKETS 1024
typedef struct tdname { const char *name; int count; struct tdname *next; } tdname;
typedef struct tdscope { const char **added; int n, cap; struct tdscope *up; } tdscope;
typedef struct dsstack { dspec *ds; struct dsstack *up; } dsstack;
typedef struct tdtable {
    tdname *b[TD_BUCKETS];
    tdscope *scope;
    dsstack *specs;           /* specifiers of the declarations being parsed, innermost first */
} tdtable;

static unsigned ptr_hash(const char *p)
{
    return (unsigned)(((uintptr_t)p >> 3) % TD_BUCKETS);
}

static tdname *td_find(cc *c, const char *name, int create)
{
    tdname **b = &c->tdt->b[ptr_hash(name)];
    for (tdname *t = *b; t; t = t->next)
        if (t->name == name) return t;
    if (!create) return NULL;
    tdname *t = ck_arena_alloc(c->arena, sizeof *t);
    t->name = name;
    t->next = *b;
    *b = t;
    return t;
}

void ckc_scope_push(cc *c)
{
    tdscope *s = ck_arena_alloc(c->arena, sizeof *s);
    s->up = c->tdt->scope;
    c->tdt->scope = s;
}

void ckc_scope_pop(cc *c)
{
    tdscope *s = c->tdt->scope;
    if (!s || !s->up) return;
    for (int i = 0; i < s->n; i++) td_find(c, s->added[i], 1)->count--;
    c->tdt->scope = s->up;
}

void ckc_typedef_push_specs(cc *c, dspec *ds)
{
    dsstack *s = ck_arena_alloc(c->arena, sizeof *s);
    s->ds = ds;
    s->up = c->tdt->specs;
    c->tdt->specs = s;
}

void ckc_typedef_pop_specs(cc *c)
{
    if (c->tdt->specs) c->tdt->specs = c->tdt->specs->up;
}

/* Called as each declarator of a declaration is reduced, before the parser sees what follows. */
void ckc_typedef_declare(cc *c, dtor *d)
{
    dsstack *s = c->tdt->specs;
    if (!s || !d->name || s->ds->storage != SC_TYPEDEF) return;
    tdscope *sc = c->tdt->scope;
    for (int i = 0; i < sc->n; i++)
        if (sc->added[i] == d->name) return;
    if (sc->n == sc->cap) {
        int cap = sc->cap ? sc->cap * 2 : 16;
        const char **a = ck_arena_alloc(c->arena, sizeof(char *) * (size_t)cap);
        if (sc->n) memcpy(a, sc->added, sizeof(char *) * (size_t)sc->n);
        sc->added = a;
        sc->cap = cap;
    }
    sc->added[sc->n++] = d->name;
    td_find(c, d->name, 1)->count++;
}

static int is_typedef_name(cc *c, const char *name)
{
    tdname *t = td_find(c, name, 0);
    return t && t->count > 0;
}

/* --- syntax errors ----------------------------------------------------------------------------- */
const int ckc_expect_tokens[] = { T_SEMI, T_RPAREN, T_RBRACKET, T_RBRACE, T_COLON, T_COMMA,
                                 T_IDENT, T_NUMBER, T_LPAREN, T_LBRACE, T_ASSIGN, T_WHILE };
const int ckc_nexpect = (int)(sizeof ckc_expect_tokens / sizeof ckc_expect_tokens[0]);

static const char *tok_desc(cc *c, tok *t)
{
    if (!t || t->kind == TK_EOF) return NULL;
    return ckc_tok_text(c, t);
}

void ckc_syntax_error(cc *c, tok *t, int major, unsigned expected)
{
    const char *what = tok_desc(c, t);
    char before[256];
    if (what) snprintf(before, sizeof before, "before '%s' token", what);
    else snprintf(before, sizeof before, "at end of input");
    static const char *names[] = { "';'", "')'", "']'", "'}'", "':'", "','", "identifier",
                                   "expression", "'('", "'{'", "'='", "'while'" };
    loc at = t ? t->loc : (loc){0};
    tok *p = c->prev_tok;
    /* 'name name' where the first is no type: the classic unknown type name */
    if (p && t && t->kind == TK_IDENT && p->kind == TK_IDENT && major == T_IDENT &&
        !(expected & (1u << 6))) {
        ckc_error(c, p->loc, "unknown type name '%s'", ckc_tok_text(c, p));
        return;
    }
    unsigned punct = expected & 0x83fu;
    /* a missing ';', ')' or ']' is reported right after the previous token, as gcc does */
    int which = -1;
    if ((expected & 1u) && !(expected & (1u << 7))) which = 0;
    else if (punct && !(punct & (punct - 1)) && !(expected & 0x1c0u)) which = __builtin_ctz(punct);
    if (which >= 0) {
        if (p && which <= 2 && t && (t->loc.line != p->loc.line || t->loc.file != p->loc.file)) {
            at = p->loc;
            at.col += p->origin ? 0 : p->len;
        }
        ckc_error(c, at, "expected %s %s", names[which], before);
        return;
    }
    if (expected & (1u << 7)) {
        ckc_error(c, at, "expected expression %s", before);
        return;
    }
    if (expected & (1u << 6)) {
        ckc_error(c, at, "expected identifier or '(' %s", before);
        return;
    }
    ckc_error(c, at, "syntax error %s", before);
}

void ckc_parser_overflow(cc *c)
{
    ckc_error(c, c->prev_tok ? c->prev_tok->loc : (loc){0}, "program is nested too deeply");
}

/* --- feeding tokens ---------------------------------------------------------------------------- */
static int classify(cc *c, tok *t)
{
    switch (t->kind) {
    case TK_IDENT: {
        const char *name = ck_intern(c->arena, t->s, t->len);
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
            if (!strcmp(keywords[i].s, name)) return keywords[i].code;
        return is_typedef_name(c, name) ? T_TYPEDEF_NAME : T_IDENT;
    }
    case TK_NUM: return T_NUMBER;
    case TK_CHAR: return T_CHARCONST;
    case TK_STR: return T_STRING;
    default:
        if (t->kind > 0 && t->kind < TK_COUNT && punct_code[t->kind]) return punct_code[t->kind];
        return 0;
    }
}

int ckc_parse(cc *c, tok *t)
{
    c->tdt = ck_arena_alloc(c->arena, sizeof *c->tdt);
    ckc_scope_push(c);
    void *p = ckcParseAlloc(malloc);
    for (; t && t->kind != TK_EOF; t = t->next) {
        if (t->bad) continue;
        /* gcc's __extension__ only silences -pedantic warnings */
        if (t->kind == TK_IDENT && t->len == 13 && !memcmp(t->s, "__extension__", 13)) continue;
        int code = classify(c, t);
        if (!code) {
            if (t->kind == TK_HASH || t->kind == TK_HASHHASH)
                ckc_error(c, t->loc, "stray '%s' in program", ckc_tok_text(c, t));
            else
                ckc_error(c, t->loc, "stray '%s' in program", ckc_tok_text(c, t));
            continue;
        }
        ckcParse(p, code, t, c);
        c->prev_tok = t;
        if (c->errors > CC_MAX_ERRORS) break;
    }
    ckcParse(p, 0, t, c);
    ckcParseFree(p, free);
    return c->errors ? -1 : 0;
}

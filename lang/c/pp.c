/* The C preprocessor: #include, #define (object- and function-like, # and ##, __VA_ARGS__),
 * #undef, the #if family, #error/#warning, #pragma once, predefined and built-in macros. Macro
 * expansion follows Prosser's algorithm: every token carries the set of macros that must not
 * expand it again (its hideset). Tokens made by an expansion take the location of the macro name
 * that was expanded, so diagnostics point at the user's source line. */
#define _DEFAULT_SOURCE 1   /* realpath, PATH_MAX */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cc.h"

#define PP_MAX_INCLUDE_DEPTH 200
#define PP_MAX_EXPAND_DEPTH 64
#define MACRO_BUCKETS 1024

enum { BI_NONE, BI_FILE, BI_LINE, BI_COUNTER };

typedef struct macro {
    const char *name;
    int funclike, variadic, builtin;
    const char **params;
    int nparams;
    tok *body;                /* ends with TK_EOF */
    loc loc;
    struct macro *next;
} macro;

typedef struct cond {
    int in_else, taken, skipping_parent;
    loc loc;
    struct cond *next;
} cond;

typedef struct once { const char *path; struct once *next; } once;

struct pp {
    macro *buckets[MACRO_BUCKETS];
    cond *conds;
    once *onces;
    int depth;
    int counter;
    int expand_depth, depth_reported;
};

static unsigned hash(const char *s)
{
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h % MACRO_BUCKETS;
}

/* Names are interned, so lookups compare pointers. */
static const char *tname(cc *c, const tok *t)
{
    return ck_intern(c->arena, t->s, t->len);
}

static macro *find_macro(cc *c, const char *name)
{
    for (macro *m = c->pp->buckets[hash(name)]; m; m = m->next)
        if (m->name == name) return m;
    return NULL;
}

static void undef_macro(cc *c, const char *name)
{
    for (macro **p = &c->pp->buckets[hash(name)]; *p; p = &(*p)->next)
        if ((*p)->name == name) {
            *p = (*p)->next;
            return;
        }
}

static macro *add_macro(cc *c, const char *name)
{
    macro *m = ck_arena_alloc(c->arena, sizeof *m);
    m->name = name;
    unsigned h = hash(name);
    m->next = c->pp->buckets[h];
    c->pp->buckets[h] = m;
    return m;
}

static int is_ident(const tok *t, const char *s)
{
    return t->kind == TK_IDENT && t->len == strlen(s) && !memcmp(t->s, s, t->len);
}

/* --- hidesets ---------------------------------------------------------------------------------- */
static int hs_has(const hideset *h, const char *name)
{
    for (; h; h = h->next)
        if (h->name == name) return 1;
    return 0;
}

static hideset *hs_add(cc *c, hideset *h, const char *name)
{
    if (hs_has(h, name)) return h;
    hideset *n = ck_arena_alloc(c->arena, sizeof *n);
    n->name = name;
    n->next = h;
    return n;
}

/* Hidesets are never modified, so they can be shared. */
static hideset *hs_union(cc *c, hideset *a, hideset *b)
{
    if (!a || a == b) return b;
    for (; b; b = b->next) a = hs_add(c, a, b->name);
    return a;
}

static hideset *hs_intersect(cc *c, hideset *a, hideset *b)
{
    hideset *r = NULL;
    for (; a; a = a->next)
        if (hs_has(b, a->name)) r = hs_add(c, r, a->name);
    return r;
}

/* --- token list helpers ------------------------------------------------------------------------ */
static tok *eof_tok(cc *c, loc l)
{
    return ckc_tok_new(c, TK_EOF, "", 0, l);
}

/* The tokens up to the end of the current line, as a new list ending with EOF; *rest is the
 * first token of the next line. */
static tok *line_tokens(cc *c, tok **rest, tok *t)
{
    tok head = {0}, *cur = &head;
    for (; !t->bol; t = t->next) cur = cur->next = ckc_tok_copy(c, t);
    cur->next = eof_tok(c, t->loc);
    *rest = t;
    return head.next;
}

static tok *skip_line(cc *c, tok *t, const char *directive)
{
    if (t->bol) return t;
    ckc_warning(c, t->loc, "extra tokens at end of #%s directive", directive);
    while (!t->bol) t = t->next;
    return t;
}

/* The text of tokens as written, with single spaces where there was white space. */
static char *join_tokens(cc *c, tok *t, tok *end)
{
    size_t n = 1;
    for (tok *u = t; u != end && u->kind != TK_EOF; u = u->next) n += u->len + 1;
    char *buf = ck_arena_alloc(c->arena, n), *p = buf;
    for (tok *u = t; u != end && u->kind != TK_EOF; u = u->next) {
        if (u != t && u->space) *p++ = ' ';
        memcpy(p, u->s, u->len);
        p += u->len;
    }
    *p = 0;
    return buf;
}

/* --- macro definitions --------------------------------------------------------------------------- */
static int tok_list_equal(const tok *a, const tok *b)
{
    for (; a->kind != TK_EOF && b->kind != TK_EOF; a = a->next, b = b->next)
        if (a->kind != b->kind || a->len != b->len || memcmp(a->s, b->s, a->len) ||
            (a != b && a->space != b->space))
            return 0;
    return a->kind == b->kind;
}

static tok *read_define(cc *c, tok *t)
{
    if (t->bol || t->kind != TK_IDENT) {
        ckc_error(c, t->bol ? t->loc : t->loc, "macro names must be identifiers");
        while (!t->bol) t = t->next;
        return t;
    }
    tok *nt = t;
    const char *name = tname(c, t);
    if (!strcmp(name, "defined")) {
        ckc_error(c, t->loc, "\"defined\" cannot be used as a macro name");
        while (!t->bol) t = t->next;
        return t;
    }
    macro tmp = {0};
    tmp.name = name;
    tmp.loc = t->loc;
    t = t->next;
    if (!t->bol && t->kind == TK_LPAREN && !t->space) {
        tmp.funclike = 1;
        const char *params[256];
        int n = 0;
        t = t->next;
        if (!t->bol && t->kind == TK_RPAREN) {
            t = t->next;
        } else {
            for (;;) {
                if (t->bol) {
                    ckc_error(c, t->loc, "missing ')' in macro parameter list");
                    return t;
                }
                if (t->kind == TK_ELLIPSIS) {
                    tmp.variadic = 1;
                    params[n++] = ck_intern(c->arena, "__VA_ARGS__", 11);
                    t = t->next;
                    if (t->bol || t->kind != TK_RPAREN) {
                        ckc_error(c, t->loc, "missing ')' in macro parameter list");
                        while (!t->bol) t = t->next;
                        return t;
                    }
                    t = t->next;
                    break;
                }
                if (t->kind != TK_IDENT) {
                    ckc_error(c, t->loc, "expected parameter name, found \"%s\"", ckc_tok_text(c, t));
                    while (!t->bol) t = t->next;
                    return t;
                }
                const char *pn = tname(c, t);
                for (int i = 0; i < n; i++)
                    if (params[i] == pn) ckc_error(c, t->loc, "duplicate macro parameter \"%s\"", pn);
                if (n == 255) {
                    ckc_error(c, t->loc, "too many macro parameters");
                    while (!t->bol) t = t->next;
                    return t;
                }
                params[n++] = pn;
                t = t->next;
                if (!t->bol && t->kind == TK_COMMA) {
                    t = t->next;
                    continue;
                }
                if (!t->bol && t->kind == TK_RPAREN) {
                    t = t->next;
                    break;
                }
                ckc_error(c, t->bol ? nt->loc : t->loc, "expected ',' or ')' in macro parameter list");
                while (!t->bol) t = t->next;
                return t;
            }
        }
        tmp.nparams = n;
        tmp.params = ck_arena_alloc(c->arena, sizeof(char *) * (size_t)(n ? n : 1));
        memcpy(tmp.params, params, sizeof(char *) * (size_t)n);
    } else if (!t->bol && !t->space) {
        ckc_warning(c, t->loc, "missing whitespace after the macro name");
    }
    tmp.body = line_tokens(c, &t, t);
    tok *last = tmp.body;
    while (last->kind != TK_EOF && last->next->kind != TK_EOF) last = last->next;
    if (tmp.body->kind == TK_HASHHASH || last->kind == TK_HASHHASH) {
        ckc_error(c, nt->loc, "'##' cannot appear at either end of a macro expansion");
        return t;
    }
    if (tmp.funclike)
        for (tok *u = tmp.body; u->kind != TK_EOF; u = u->next) {
            if (u->kind != TK_HASH) continue;
            int ok = 0;
            if (u->next->kind == TK_IDENT) {
                const char *pn = tname(c, u->next);
                for (int i = 0; i < tmp.nparams; i++) ok |= tmp.params[i] == pn;
            }
            if (!ok) {
                ckc_error(c, u->loc, "'#' is not followed by a macro parameter");
                return t;
            }
        }
    macro *old = find_macro(c, name);
    if (old) {
        if (old->builtin) {
            ckc_warning(c, nt->loc, "redefining builtin macro \"%s\"", name);
        } else if (old->funclike != tmp.funclike || old->nparams != tmp.nparams ||
                   !tok_list_equal(old->body, tmp.body) ||
                   (tmp.nparams && memcmp(old->params, tmp.params, sizeof(char *) * (size_t)tmp.nparams))) {
            ckc_warning(c, nt->loc, "\"%s\" redefined", name);
        }
        undef_macro(c, name);
    }
    macro *m = add_macro(c, name);
    tmp.next = m->next;
    *m = tmp;
    return t;
}

/* --- macro expansion --------------------------------------------------------------------------- */
typedef struct arg { const char *name; tok *toks; struct arg *next; } arg;

static tok *expand_all(cc *c, tok *t);

static arg *find_arg(cc *c, arg *args, const tok *t)
{
    if (t->kind != TK_IDENT) return NULL;
    const char *n = tname(c, t);
    for (arg *a = args; a; a = a->next)
        if (a->name == n) return a;
    return NULL;
}

/* Reads the arguments of a call of m; t is the '('. *rest becomes the closing ')'. */
static arg *read_args(cc *c, tok **rest, tok *t, macro *m, tok *name)
{
    arg head = {0}, *cur = &head;
    int n = 0;
    t = t->next;
    if (m->nparams == 0 && t->kind == TK_RPAREN) {
        *rest = t;
        return NULL;
    }
    for (;;) {
        tok ah = {0}, *ac = &ah;
        int level = 0;
        int last = n == m->nparams - 1 && m->variadic;
        for (;;) {
            if (t->kind == TK_EOF) {
                ckc_error(c, name->loc, "unterminated argument list invoking macro \"%s\"", m->name);
                *rest = t;
                return NULL;
            }
            if (level == 0 && (t->kind == TK_RPAREN || (t->kind == TK_COMMA && !last))) break;
            if (t->kind == TK_LPAREN) level++;
            if (t->kind == TK_RPAREN) level--;
            ac = ac->next = ckc_tok_copy(c, t);
            if (ac->bol) { ac->bol = 0; ac->space = 1; }
            t = t->next;
        }
        ac->next = eof_tok(c, t->loc);
        if (n < m->nparams) {
            cur = cur->next = ck_arena_alloc(c->arena, sizeof(arg));
            cur->name = m->params[n];
            cur->toks = ah.next;
        }
        n++;
        if (t->kind == TK_RPAREN) break;
        t = t->next;
    }
    if (n == m->nparams - 1 && m->variadic) {
        cur = cur->next = ck_arena_alloc(c->arena, sizeof(arg));
        cur->name = m->params[n];
        cur->toks = eof_tok(c, t->loc);
        n++;
    }
    if (n < m->nparams) {
        ckc_error(c, name->loc, "macro \"%s\" requires %d arguments, but only %d given", m->name,
                 m->nparams, n);
        *rest = t;
        return NULL;
    }
    if (n > m->nparams) {
        ckc_error(c, name->loc, "macro \"%s\" passed %d arguments, but takes just %d", m->name, n,
                 m->nparams);
        *rest = t;
        return NULL;
    }
    *rest = t;
    return head.next;
}

static tok *stringize(cc *c, tok *hash, tok *arg)
{
    char *s = join_tokens(c, arg, NULL);
    size_t n = strlen(s);
    char *buf = ck_arena_alloc(c->arena, n * 2 + 3), *p = buf;
    *p++ = '"';
    int in_lit = 0;
    char q = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!in_lit && (ch == '"' || ch == '\'')) {
            in_lit = 1;
            q = ch;
        } else if (in_lit && ch == q && s[i - 1] != '\\') {
            in_lit = 0;
        }
        if ((ch == '"' || (ch == '\\' && in_lit))) *p++ = '\\';
        *p++ = ch;
    }
    *p++ = '"';
    *p = 0;
    return ckc_tok_new(c, TK_STR, buf, (unsigned)(p - buf), hash->loc);
}

static tok *paste(cc *c, tok *l, tok *r)
{
    char *buf = ck_arena_printf(c->arena, "%.*s%.*s", (int)l->len, l->s, (int)r->len, r->s);
    unsigned errs = c->errors;
    tok *t = ckc_lex(c, l->loc.file, buf, strlen(buf));
    if (c->errors != errs || t->kind == TK_EOF || t->next->kind != TK_EOF || t->bad) {
        ckc_error(c, l->loc, "pasting \"%.*s\" and \"%.*s\" does not give a valid preprocessing token",
                 (int)l->len, l->s, (int)r->len, r->s);
        return ckc_tok_copy(c, l);
    }
    t->loc = l->loc;
    t->space = l->space;
    t->hs = l->hs;
    t->next = NULL;
    return t;
}

/* Replaces parameters in a function-like macro's body by its arguments. */
static tok *subst(cc *c, tok *t, arg *args)
{
    tok head = {0}, *cur = &head;
    while (t->kind != TK_EOF) {
        if (t->kind == TK_HASH) {
            arg *a = find_arg(c, args, t->next);
            cur = cur->next = stringize(c, t, a->toks);
            cur->space = t->space;
            t = t->next->next;
            continue;
        }
        /* GNU comma elision: , ## __VA_ARGS__ with no variable arguments drops the comma */
        if (t->kind == TK_COMMA && t->next->kind == TK_HASHHASH && is_ident(t->next->next, "__VA_ARGS__")) {
            arg *a = find_arg(c, args, t->next->next);
            if (a && a->toks->kind == TK_EOF) {
                t = t->next->next->next;
                continue;
            }
            if (a) {
                cur = cur->next = ckc_tok_copy(c, t);
                for (tok *u = a->toks; u->kind != TK_EOF; u = u->next) cur = cur->next = ckc_tok_copy(c, u);
                t = t->next->next->next;
                continue;
            }
        }
        if (t->kind == TK_HASHHASH) {
            arg *a = find_arg(c, args, t->next);
            if (cur == &head) {
                /* the left operand was an empty argument: the right one stands alone */
                if (a) {
                    for (tok *u = a->toks; u->kind != TK_EOF; u = u->next) cur = cur->next = ckc_tok_copy(c, u);
                } else {
                    cur = cur->next = ckc_tok_copy(c, t->next);
                }
                t = t->next->next;
                continue;
            }
            if (a) {
                if (a->toks->kind != TK_EOF) {
                    tok *p = paste(c, cur, a->toks);
                    *cur = *p;
                    for (tok *u = a->toks->next; u->kind != TK_EOF; u = u->next) cur = cur->next = ckc_tok_copy(c, u);
                }
                t = t->next->next;
                continue;
            }
            tok *p = paste(c, cur, t->next);
            *cur = *p;
            t = t->next->next;
            continue;
        }
        arg *a = find_arg(c, args, t);
        if (a && t->next->kind == TK_HASHHASH) {
            tok *rhs = t->next->next;
            if (a->toks->kind == TK_EOF) {
                arg *b = find_arg(c, args, rhs);
                if (b) {
                    for (tok *u = b->toks; u->kind != TK_EOF; u = u->next) cur = cur->next = ckc_tok_copy(c, u);
                } else {
                    cur = cur->next = ckc_tok_copy(c, rhs);
                }
                t = rhs->next;
                continue;
            }
            for (tok *u = a->toks; u->kind != TK_EOF; u = u->next) cur = cur->next = ckc_tok_copy(c, u);
            t = t->next;
            continue;
        }
        if (a) {
            tok *e = expand_all(c, a->toks);
            int first = 1;
            for (tok *u = e; u->kind != TK_EOF; u = u->next) {
                cur = cur->next = ckc_tok_copy(c, u);
                if (first) cur->space = t->space;
                first = 0;
            }
            t = t->next;
            continue;
        }
        cur = cur->next = ckc_tok_copy(c, t);
        t = t->next;
    }
    cur->next = eof_tok(c, t->loc);
    return head.next;
}

static tok *builtin_tok(cc *c, macro *m, tok *t)
{
    switch (m->builtin) {
    case BI_FILE: {
        char *s = ck_arena_alloc(c->arena, strlen(t->loc.file) * 2 + 3), *p = s;
        *p++ = '"';
        for (const char *q = t->loc.file; *q; q++) {
            if (*q == '"' || *q == '\\') *p++ = '\\';
            *p++ = *q;
        }
        *p++ = '"';
        return ckc_tok_new(c, TK_STR, s, (unsigned)(p - s), t->loc);
    }
    case BI_LINE: {
        char *s = ck_arena_printf(c->arena, "%u", t->loc.line);
        return ckc_tok_new(c, TK_NUM, s, (unsigned)strlen(s), t->loc);
    }
    default: {
        char *s = ck_arena_printf(c->arena, "%d", c->pp->counter++);
        return ckc_tok_new(c, TK_NUM, s, (unsigned)strlen(s), t->loc);
    }
    }
}

/* If t names a macro that may expand here, replaces it (and its arguments) by the expansion. */
static int expand_macro(cc *c, tok **rest, tok *t)
{
    if (t->kind != TK_IDENT) return 0;
    if (c->ntokens > CC_MAX_TOKENS) {
        if (!c->pp->depth_reported) ckc_error(c, t->loc, "macro expansion produces too many tokens (more than %lu)", CC_MAX_TOKENS);
        c->pp->depth_reported = 1;
        return 0;
    }
    const char *name = tname(c, t);
    if (hs_has(t->hs, name)) return 0;
    macro *m = find_macro(c, name);
    if (!m) return 0;
    if (m->builtin) {
        tok *b = builtin_tok(c, m, t);
        b->bol = t->bol;
        b->space = t->space;
        b->next = t->next;
        *rest = b;
        return 1;
    }
    tok *body, *after;
    hideset *hs;
    if (!m->funclike) {
        hs = hs_add(c, t->hs, name);
        body = m->body;
        after = t->next;
    } else {
        if (t->next->kind != TK_LPAREN) return 0;
        tok *rp;
        unsigned errs = c->errors;
        arg *args = read_args(c, &rp, t->next, m, t);
        if (c->errors != errs) {
            *rest = rp->kind == TK_EOF ? rp : rp->next;
            return 1;
        }
        hs = hs_add(c, hs_intersect(c, t->hs, rp->hs), name);
        body = subst(c, m->body, args);
        after = rp->next;
    }
    tok head = {0}, *cur = &head;
    for (tok *u = body; u->kind != TK_EOF; u = u->next) {
        cur = cur->next = ckc_tok_copy(c, u);
        cur->hs = hs_union(c, cur->hs, hs);
        cur->loc = t->loc;
        cur->origin = name;
        cur->bol = 0;
    }
    cur->next = after;
    if (head.next) {
        head.next->bol = t->bol;
        head.next->space = t->space;
        *rest = head.next;
    } else {
        /* an empty expansion: keep the line structure for the next token */
        if (t->bol && after && !after->bol && after->kind != TK_EOF) {
            after = ckc_tok_copy(c, after);
            after->next = cur->next->next;
            after->bol = 1;
        }
        *rest = after;
    }
    return 1;
}

/* Fully macro-expands a list (a macro argument or a directive's operands); no directives.
 * Arguments that are themselves macro calls nest; the depth is bounded. */
static tok *expand_all(cc *c, tok *t)
{
    tok head = {0}, *cur = &head;
    if (c->pp->depth_reported || c->pp->expand_depth >= PP_MAX_EXPAND_DEPTH) {
        if (!c->pp->depth_reported) ckc_error(c, t->loc, "macro arguments are nested too deeply");
        c->pp->depth_reported = 1;
        return t;                  /* unexpanded, uncopied: the compilation has failed anyway */
    }
    c->pp->expand_depth++;
    while (t->kind != TK_EOF) {
        if (expand_macro(c, &t, t)) continue;
        cur = cur->next = ckc_tok_copy(c, t);
        t = t->next;
    }
    cur->next = t;
    c->pp->expand_depth--;
    return head.next;
}

/* --- #include ---------------------------------------------------------------------------------- */
static char *dir_of(cc *c, const char *path)
{
    const char *s = strrchr(path, '/');
    if (!s) return ck_arena_strndup(c->arena, ".", 1);
    return ck_arena_strndup(c->arena, path, (size_t)(s - path));
}

static int file_exists(const char *p)
{
    return access(p, R_OK) == 0;
}

static char *join_path(cc *c, const char *dir, const char *name)
{
    if (!strcmp(dir, ".")) return ck_arena_printf(c->arena, "%s", name);
    return ck_arena_printf(c->arena, "%s/%s", dir, name);
}

static const char *search_include(cc *c, const char *name, int quoted, const char *from)
{
    if (name[0] == '/') return file_exists(name) ? name : NULL;
    if (quoted) {
        char *p = join_path(c, dir_of(c, from), name);
        if (file_exists(p)) return p;
    }
    const ck_c_opts *o = c->opts;
    for (size_t i = 0; i < o->ninclude; i++) {
        char *p = join_path(c, o->include_dirs[i], name);
        if (file_exists(p)) return p;
    }
    if (o->stdlib_include) {
        char *p = join_path(c, o->stdlib_include, name);
        if (file_exists(p)) return p;
    }
    return NULL;
}

static int is_once(cc *c, const char *path)
{
    char rp[PATH_MAX];
    const char *key = realpath(path, rp) ? rp : path;
    for (once *o = c->pp->onces; o; o = o->next)
        if (!strcmp(o->path, key)) return 1;
    return 0;
}

static void mark_once(cc *c, const char *path)
{
    char rp[PATH_MAX];
    const char *key = realpath(path, rp) ? rp : path;
    if (is_once(c, path)) return;
    once *o = ck_arena_alloc(c->arena, sizeof *o);
    o->path = ck_arena_strndup(c->arena, key, strlen(key));
    o->next = c->pp->onces;
    c->pp->onces = o;
}

/* Lexes a file; its tokens end with an end-of-include marker in front of 'after'. */
static tok *include_file(cc *c, const char *path, tok *after, loc where)
{
    char err[512];
    ck_source *src = ck_source_load(c->arena, path, err, sizeof err);
    if (!src) {
        ckc_error(c, where, "%s", err);
        return after;
    }
    tok *t = ckc_lex(c, src->path, src->text, src->len);
    tok *last = t;
    while (last->kind != TK_EOF) last = last->next;
    last->eoi = 1;
    last->next = after;
    c->pp->depth++;
    return t;
}

static tok *do_include(cc *c, tok *hash, tok *t)
{
    tok *rest;
    const char *name = NULL;
    int quoted = 0;
    if (!t->bol && t->kind == TK_STR && t->s[0] == '"') {
        name = ck_arena_strndup(c->arena, t->s + 1, t->len - 2);
        quoted = 1;
        rest = skip_line(c, t->next, "include");
    } else if (!t->bol && t->kind == TK_LT) {
        tok *s = t->next, *e = s;
        while (!e->bol && e->kind != TK_GT) e = e->next;
        if (e->bol) {
            ckc_error(c, t->loc, "missing terminating > character");
            return e;
        }
        name = join_tokens(c, s, e);
        rest = skip_line(c, e->next, "include");
    } else {
        tok *line = line_tokens(c, &rest, t);
        tok *x = expand_all(c, line);
        if (x->kind == TK_STR && x->s[0] == '"' && x->next->kind == TK_EOF) {
            name = ck_arena_strndup(c->arena, x->s + 1, x->len - 2);
            quoted = 1;
        } else if (x->kind == TK_LT) {
            tok *e = x->next;
            while (e->kind != TK_EOF && e->kind != TK_GT) e = e->next;
            if (e->kind == TK_GT) name = join_tokens(c, x->next, e);
        }
        if (!name) {
            ckc_error(c, hash->loc, "#include expects \"FILENAME\" or <FILENAME>");
            return rest;
        }
    }
    if (!*name) {
        ckc_error(c, t->loc, "empty filename in #include");
        return rest;
    }
    const char *path = search_include(c, name, quoted, hash->loc.file);
    if (!path) {
        ckc_error(c, t->loc, "'%s' file not found", name);
        return rest;
    }
    if (is_once(c, path)) return rest;
    if (c->pp->depth >= PP_MAX_INCLUDE_DEPTH) {
        ckc_error(c, t->loc, "#include nested too deeply");
        return rest;
    }
    return include_file(c, path, rest, t->loc);
}

/* --- conditionals ------------------------------------------------------------------------------ */
/* Replaces 'defined X' and 'defined(X)' before macro expansion. */
static tok *replace_defined(cc *c, tok *t)
{
    tok head = {0}, *cur = &head;
    while (t->kind != TK_EOF) {
        if (is_ident(t, "defined")) {
            tok *start = t;
            t = t->next;
            int paren = t->kind == TK_LPAREN;
            if (paren) t = t->next;
            if (t->kind != TK_IDENT) {
                ckc_error(c, start->loc, "macro names must be identifiers");
                return NULL;
            }
            int def = find_macro(c, tname(c, t)) != NULL;
            t = t->next;
            if (paren) {
                if (t->kind != TK_RPAREN) {
                    ckc_error(c, start->loc, "missing ')' after \"defined\"");
                    return NULL;
                }
                t = t->next;
            }
            cur = cur->next = ckc_tok_new(c, TK_NUM, def ? "1" : "0", 1, start->loc);
            continue;
        }
        cur = cur->next = ckc_tok_copy(c, t);
        t = t->next;
    }
    cur->next = t;
    return head.next;
}

static int eval_if(cc *c, tok *hash, tok **rest, tok *t)
{
    tok *line = line_tokens(c, rest, t);
    if (line->kind == TK_EOF) {
        ckc_error(c, hash->loc, "#%s with no expression", ckc_tok_text(c, hash->next));
        return 0;
    }
    line = replace_defined(c, line);
    if (!line) return 0;
    line = expand_all(c, line);
    /* defined produced by a macro expansion, then identifiers left over are 0 */
    line = replace_defined(c, line);
    if (!line) return 0;
    for (tok *u = line; u->kind != TK_EOF; u = u->next)
        if (u->kind == TK_IDENT) {
            u->kind = TK_NUM;
            u->s = "0";
            u->len = 1;
        }
    long long v = 0;
    if (ckc_pp_eval(c, line, hash->loc, &v)) return 0;
    return v != 0;
}

static void push_cond(cc *c, loc l, int taken)
{
    cond *k = ck_arena_alloc(c->arena, sizeof *k);
    k->loc = l;
    k->taken = taken;
    k->next = c->pp->conds;
    c->pp->conds = k;
}

/* Skips a false group up to the #elif/#else/#endif that ends it (that token's '#'). */
static tok *skip_group(cc *c, tok *t)
{
    int depth = 0;
    while (t->kind != TK_EOF || t->eoi) {
        if (t->kind == TK_EOF) {
            /* an included file ends inside the group */
            t = t->next;
            c->pp->depth--;
            continue;
        }
        if (t->bol && t->kind == TK_HASH && !t->next->bol && t->next->kind == TK_IDENT) {
            tok *d = t->next;
            if (is_ident(d, "if") || is_ident(d, "ifdef") || is_ident(d, "ifndef")) {
                depth++;
            } else if (is_ident(d, "endif")) {
                if (depth == 0) return t;
                depth--;
            } else if (depth == 0 && (is_ident(d, "elif") || is_ident(d, "else"))) {
                return t;
            }
            t = d->next;
            continue;
        }
        t = t->next;
    }
    return t;
}

/* --- directives -------------------------------------------------------------------------------- */
/* #pragma and _Pragma("..."): first is the token after 'pragma' (NULL if none). Pragmas that
 * would change the meaning of the program are errors; the others are ignored, as by gcc. */
static void pragma(cc *c, tok *first, loc where)
{
    static const char *const changes_meaning[] = { "pack", "scalar_storage_order" };
    if (!first || first->kind != TK_IDENT) return;
    for (size_t i = 0; i < sizeof changes_meaning / sizeof changes_meaning[0]; i++)
        if (is_ident(first, changes_meaning[i]))
            ckc_error(c, where, "#pragma %s is not supported in Cockpit C", changes_meaning[i]);
}

/* _Pragma ( string-literal ) (C99 6.10.9): the string, unescaped, is a #pragma line. t is the
 * _Pragma token; returns the token after the operator. */
static tok *pragma_operator(cc *c, tok *t)
{
    tok *l = t->next, *s = l->next ? l->next : l, *r = s->next ? s->next : s;   /* stop at the last EOF */
    if (l->kind != TK_LPAREN || s->kind != TK_STR || r->kind != TK_RPAREN || s->s[0] != '"') {
        ckc_error(c, t->loc, "_Pragma takes a parenthesized string literal");
        return l;
    }
    ck_buf b = {0};
    for (unsigned i = 1; i + 1 < s->len; i++) {
        if (s->s[i] == '\\' && (s->s[i + 1] == '"' || s->s[i + 1] == '\\')) i++;
        ck_buf_u8(&b, (uint8_t)s->s[i]);
    }
    char *text = ck_arena_strndup(c->arena, b.len ? (char *)b.data : "", b.len);
    ck_buf_free(&b);
    tok *p = ckc_lex(c, t->loc.file, text, strlen(text));
    if (is_ident(p, "once")) mark_once(c, t->loc.file);
    else pragma(c, p, t->loc);
    return r->next;
}

static tok *directive(cc *c, tok *hash)
{
    tok *t = hash->next;
    if (t->bol) return t;                       /* the null directive */
    if (t->kind == TK_NUM) {                     /* a line marker: # 12 "file" */
        while (!t->bol) t = t->next;
        return t;
    }
    if (t->kind != TK_IDENT) {
        ckc_error(c, t->loc, "invalid preprocessing directive");
        while (!t->bol) t = t->next;
        return t;
    }
    const char *d = tname(c, t);
    tok *rest;
    if (!strcmp(d, "include")) return do_include(c, hash, t->next);
    if (!strcmp(d, "define")) return read_define(c, t->next);
    if (!strcmp(d, "undef")) {
        t = t->next;
        if (t->bol || t->kind != TK_IDENT) {
            ckc_error(c, t->bol ? hash->loc : t->loc, "macro names must be identifiers");
            while (!t->bol) t = t->next;
            return t;
        }
        undef_macro(c, tname(c, t));
        return skip_line(c, t->next, "undef");
    }
    if (!strcmp(d, "if")) {
        int v = eval_if(c, hash, &rest, t->next);
        push_cond(c, hash->loc, v);
        return v ? rest : skip_group(c, rest);
    }
    if (!strcmp(d, "ifdef") || !strcmp(d, "ifndef")) {
        tok *n = t->next;
        if (n->bol || n->kind != TK_IDENT) {
            ckc_error(c, n->bol ? hash->loc : n->loc, "no macro name given in #%s directive", d);
            while (!n->bol) n = n->next;
            push_cond(c, hash->loc, 0);
            return skip_group(c, n);
        }
        int v = (find_macro(c, tname(c, n)) != NULL) == (d[2] == 'd');
        push_cond(c, hash->loc, v);
        rest = skip_line(c, n->next, d);
        return v ? rest : skip_group(c, rest);
    }
    if (!strcmp(d, "elif")) {
        cond *k = c->pp->conds;
        if (!k || k->in_else) {
            ckc_error(c, hash->loc, k ? "#elif after #else" : "#elif without #if");
            while (!t->bol) t = t->next;
            return t;
        }
        if (k->taken) {
            while (!t->bol) t = t->next;
            return skip_group(c, t);
        }
        int v = eval_if(c, hash, &rest, t->next);
        k->taken = v;
        return v ? rest : skip_group(c, rest);
    }
    if (!strcmp(d, "else")) {
        cond *k = c->pp->conds;
        if (!k || k->in_else) {
            ckc_error(c, hash->loc, k ? "#else after #else" : "#else without #if");
            while (!t->bol) t = t->next;
            return t;
        }
        k->in_else = 1;
        rest = skip_line(c, t->next, "else");
        if (k->taken) return skip_group(c, rest);
        k->taken = 1;
        return rest;
    }
    if (!strcmp(d, "endif")) {
        if (!c->pp->conds) {
            ckc_error(c, hash->loc, "#endif without #if");
            while (!t->bol) t = t->next;
            return t;
        }
        c->pp->conds = c->pp->conds->next;
        return skip_line(c, t->next, "endif");
    }
    if (!strcmp(d, "error") || !strcmp(d, "warning")) {
        tok *line = line_tokens(c, &rest, t->next);
        const char *msg = join_tokens(c, line, NULL);
        if (d[0] == 'e')
            ckc_error(c, hash->loc, "#error%s%s", *msg ? " " : "", msg);
        else
            ckc_warning(c, hash->loc, "#warning%s%s", *msg ? " " : "", msg);
        return rest;
    }
    if (!strcmp(d, "pragma")) {
        tok *n = t->next;
        if (!n->bol && is_ident(n, "once")) {
            mark_once(c, hash->loc.file);
            return skip_line(c, n->next, "pragma once");
        }
        pragma(c, n->bol ? NULL : n, hash->loc);
        while (!t->bol) t = t->next;
        return t;
    }
    if (!strcmp(d, "line")) {
        ckc_warning(c, hash->loc, "#line is ignored");
        while (!t->bol) t = t->next;
        return t;
    }
    if (!strcmp(d, "ident") || !strcmp(d, "sccs")) {
        while (!t->bol) t = t->next;
        return t;
    }
    ckc_error(c, t->loc, "invalid preprocessing directive #%s", d);
    while (!t->bol) t = t->next;
    return t;
}

static void report_bad(cc *c, tok *t)
{
    ckc_error(c, t->loc, t->bad == TK_BAD_CHAR ? "missing terminating ' character"
                                              : "missing terminating \" character");
    t->bad = 0;
}

/* The main loop: directives, macro expansion, output. */
static tok *run(cc *c, tok *t)
{
    tok head = {0}, *cur = &head;
    for (;;) {
        if (t->kind == TK_EOF) {
            if (!t->eoi) break;
            c->pp->depth--;
            t = t->next;
            continue;
        }
        if (t->bol && t->kind == TK_HASH && !t->origin) {
            t = directive(c, t);
            continue;
        }
        if (is_ident(t, "_Pragma")) {
            t = pragma_operator(c, t);
            continue;
        }
        if (expand_macro(c, &t, t)) continue;
        if (t->bad) report_bad(c, t);
        cur = cur->next = t;
        t = t->next;
    }
    for (cond *k = c->pp->conds; k; k = k->next) ckc_error(c, k->loc, "unterminated conditional directive");
    c->pp->conds = NULL;
    cur->next = t;
    return head.next;
}

/* --- predefined macros ------------------------------------------------------------------------- */
static const char predefs[] =
    "#define __COCKPIT__ 1\n"
    "#define __STDC__ 1\n"
    "#define __STDC_VERSION__ 201112L\n"
    "#define __STDC_HOSTED__ 1\n"
    "#define __STDC_NO_ATOMICS__ 1\n"
    "#define __STDC_NO_COMPLEX__ 1\n"
    "#define __STDC_NO_THREADS__ 1\n"
    "#define __STDC_NO_VLA__ 1\n"
    "#define __STDC_UTF_16__ 1\n"
    "#define __STDC_UTF_32__ 1\n"
    "#define __ILP32__ 1\n"
    "#define __CHAR_UNSIGNED__ 1\n"
    "#define __CHAR_BIT__ 8\n"
    "#define __SIZEOF_SHORT__ 2\n"
    "#define __SIZEOF_INT__ 4\n"
    "#define __SIZEOF_LONG__ 4\n"
    "#define __SIZEOF_LONG_LONG__ 8\n"
    "#define __SIZEOF_POINTER__ 4\n"
    "#define __SIZEOF_FLOAT__ 4\n"
    "#define __SIZEOF_DOUBLE__ 8\n"
    "#define __SIZEOF_SIZE_T__ 4\n"
    "#define __SIZEOF_WCHAR_T__ 4\n"
    "#define __SCHAR_MAX__ 127\n"
    "#define __SHRT_MAX__ 32767\n"
    "#define __INT_MAX__ 2147483647\n"
    "#define __LONG_MAX__ 2147483647L\n"
    "#define __LONG_LONG_MAX__ 9223372036854775807LL\n"
    "#define __SIZE_MAX__ 4294967295U\n"
    "#define __SIZE_TYPE__ unsigned int\n"
    "#define __PTRDIFF_TYPE__ int\n"
    "#define __WCHAR_TYPE__ unsigned int\n"
    "#define __INTPTR_TYPE__ int\n"
    "#define __UINTPTR_TYPE__ unsigned int\n"
    "#define __INTMAX_TYPE__ long long int\n"
    "#define __UINTMAX_TYPE__ long long unsigned int\n"
    "#define __INT8_TYPE__ signed char\n"
    "#define __INT16_TYPE__ short int\n"
    "#define __INT32_TYPE__ int\n"
    "#define __INT64_TYPE__ long long int\n"
    "#define __UINT8_TYPE__ unsigned char\n"
    "#define __UINT16_TYPE__ short unsigned int\n"
    "#define __UINT32_TYPE__ unsigned int\n"
    "#define __UINT64_TYPE__ long long unsigned int\n"
    "#define __ORDER_LITTLE_ENDIAN__ 1234\n"
    "#define __ORDER_BIG_ENDIAN__ 4321\n"
    "#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__\n"
    "#define __FLT_EVAL_METHOD__ 0\n";

static void define_builtin(cc *c, const char *name, int kind)
{
    macro *m = add_macro(c, ck_intern(c->arena, name, strlen(name)));
    m->builtin = kind;
}

static void run_text(cc *c, const char *file, const char *text)
{
    tok *t = ckc_lex(c, file, text, strlen(text));
    run(c, t);
}

static void define_cmdline(cc *c)
{
    const ck_c_opts *o = c->opts;
    if (o->opt && o->opt != '0') run_text(c, "<built-in>", "#define __OPTIMIZE__ 1\n");
    if (o->opt == 's' || o->opt == 'z') run_text(c, "<built-in>", "#define __OPTIMIZE_SIZE__ 1\n");
    for (size_t i = 0; i < o->ndefines; i++) {
        const char *d = o->defines[i], *eq = strchr(d, '=');
        char *line = eq ? ck_arena_printf(c->arena, "#define %.*s %s\n", (int)(eq - d), d, eq + 1)
                        : ck_arena_printf(c->arena, "#define %s 1\n", d);
        run_text(c, "<command line>", line);
    }
    for (size_t i = 0; i < o->nundefs; i++)
        run_text(c, "<command line>", ck_arena_printf(c->arena, "#undef %s\n", o->undefs[i]));
}

tok *ckc_preprocess(cc *c, const char *path)
{
    c->pp = ck_arena_alloc(c->arena, sizeof *c->pp);
    define_builtin(c, "__FILE__", BI_FILE);
    define_builtin(c, "__LINE__", BI_LINE);
    define_builtin(c, "__COUNTER__", BI_COUNTER);
    run_text(c, "<built-in>", predefs);
    time_t now = time(NULL);
    struct tm *tm = localtime(&now);
    char buf[64];
    if (tm) {
        strftime(buf, sizeof buf, "#define __DATE__ \"%b %e %Y\"\n", tm);
        run_text(c, "<built-in>", buf);
        strftime(buf, sizeof buf, "#define __TIME__ \"%H:%M:%S\"\n", tm);
        run_text(c, "<built-in>", buf);
    }
    define_cmdline(c);
    char err[512];
    ck_source *src = ck_source_load(c->arena, path, err, sizeof err);
    if (!src) {
        ckc_error(c, (loc){0}, "%s", err);
        return NULL;
    }
    tok *t = ckc_lex(c, src->path, src->text, src->len);
    /* declarations every translation unit starts with: the AAPCS va_list of the __builtin_va_*
     * builtins, so that headers can declare vprintf and friends (builtin.c) */
    static const char prelude[] = "typedef struct __va_list { void *__ap; } __builtin_va_list;\n";
    tok *p = ckc_lex(c, "<built-in>", prelude, sizeof prelude - 1);
    tok *last = p;
    while (last->next->kind != TK_EOF) last = last->next;
    last->next = t;
    return run(c, p);
}

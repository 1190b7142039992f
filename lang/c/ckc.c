/* The front end's entry points: runs the passes of cc.h in order over one file and hands the
 * module to the caller (the cockpit driver), or reports why not. */
#include <stdio.h>
#include <string.h>

#include "cc.h"

static const ck_c_opts default_opts;

static void ckc_init(cc *c, const char *path, const ck_c_opts *o)
{
    memset(c, 0, sizeof *c);
    c->arena = ck_arena_new();
    c->opts = o ? o : &default_opts;
    c->main_file = path;
    ckc_types_init();
}

static void ckc_done(cc *c)
{
    ck_source_reset();
    ck_arena_free(c->arena);
}

int ck_c_compile(const char *path, const ck_c_opts *o, LLVMContextRef ctx, LLVMModuleRef *out)
{
    cc c;
    ckc_init(&c, path, o);
    c.ctx = ctx;
    *out = NULL;
    tok *t = ckc_preprocess(&c, path);
    int rc = -1;
    if (t && !c.errors && ckc_parse(&c, t) == 0 && ckc_sema(&c) == 0 && ckc_gen(&c) == 0 && !c.errors) {
        *out = c.mod;
        rc = 0;
    } else if (c.mod) {
        LLVMDisposeModule(c.mod);
    }
    ckc_done(&c);
    return rc;
}

int ck_c_preprocess(const char *path, const ck_c_opts *o, FILE *out)
{
    cc c;
    ckc_init(&c, path, o);
    tok *t = ckc_preprocess(&c, path);
    const char *file = NULL;
    unsigned line = 0;
    for (; t && t->kind != TK_EOF; t = t->next) {
        if (t->loc.file && !strcmp(t->loc.file, "<built-in>")) continue;     /* the va_list prelude */
        if (t->bol || t->loc.file != file || t->loc.line != line) {
            if (file && t->loc.file == file && t->loc.line > line && t->loc.line - line < 8) {
                while (line < t->loc.line) { fputc('\n', out); line++; }
            } else if (file != t->loc.file || t->loc.line != line) {
                fprintf(out, "%s# %u \"%s\"\n", file ? "\n" : "", t->loc.line, t->loc.file);
            }
            file = t->loc.file;
            line = t->loc.line;
            for (unsigned i = 1; i < t->loc.col && !t->origin; i++) fputc(' ', out);
        } else if (t->space) {
            fputc(' ', out);
        }
        fwrite(t->s, 1, t->len, out);
    }
    fputc('\n', out);
    int rc = c.errors ? -1 : 0;
    ckc_done(&c);
    return rc;
}

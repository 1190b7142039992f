/* IR generation: the module (data layout, triple), globals with their constant initialisers
 * (built from the initialiser leaves as bytes plus address relocations), functions (allocas for
 * locals, parameters coerced per AAPCS), and statements. Expressions are in ckc_gen_expr.c. */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>

#include "gen.h"

/* --- blocks and helpers ------------------------------------------------------------------------ */
LLVMBasicBlockRef ckc_gen_block(cc *c, const char *name)
{
    return LLVMAppendBasicBlockInContext(c->ctx, c->g->fn, name);
}

int ckc_gen_terminated(cc *c)
{
    LLVMBasicBlockRef bb = LLVMGetInsertBlock(c->b);
    return LLVMGetBasicBlockTerminator(bb) != NULL;
}

/* Falls through into bb; a block that follows a jump and that nothing branches to cannot reach
 * bb, so that no edge makes the code after it look reachable. */
static int unreachable_block(cc *c, LLVMBasicBlockRef bb)
{
    gen *g = c->g;
    if (bb == g->body || LLVMGetFirstUse(LLVMBasicBlockAsValue(bb))) return 0;
    /* a label may still be the target of a later goto; other blocks are complete */
    for (label *l = g->fd->labels; l; l = l->next)
        if (l->bb == bb) return 0;
    return 1;
}

void ckc_gen_start(cc *c, LLVMBasicBlockRef bb)
{
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(c->b);
    if (!ckc_gen_terminated(c) && !unreachable_block(c, cur)) LLVMBuildBr(c->b, bb);
    LLVMPositionBuilderAtEnd(c->b, bb);
}

/* A branch on a constant condition is a jump, so the other way counts as unreachable. */
static void cond_br(cc *c, LLVMValueRef v, LLVMBasicBlockRef t, LLVMBasicBlockRef f)
{
    if (LLVMIsAConstantInt(v)) LLVMBuildBr(c->b, LLVMConstIntGetZExtValue(v) ? t : f);
    else LLVMBuildCondBr(c->b, v, t, f);
}

/* Code after a jump lands in a block nothing branches to; it gets a terminator at the end. */
static void after_jump(cc *c)
{
    c->g->dead = ckc_gen_block(c, "dead");
    LLVMPositionBuilderAtEnd(c->b, c->g->dead);
}

LLVMValueRef ckc_gen_alloca(cc *c, LLVMTypeRef t, unsigned align, const char *name)
{
    LLVMValueRef a = LLVMBuildAlloca(c->g->ab, t, name);
    LLVMSetAlignment(a, align ? align : 1);
    return a;
}

LLVMValueRef ckc_gen_temp(cc *c, ctype *t)
{
    return ckc_gen_alloca(c, ckc_gen_type(c, t), t->align, "tmp");
}

void ckc_gen_memcpy(cc *c, LLVMValueRef dst, LLVMValueRef src, unsigned size, unsigned align)
{
    LLVMBuildMemCpy(c->b, dst, align, src, align, LLVMConstInt(c->g->i32, size, 0));
}

void ckc_gen_memset0(cc *c, LLVMValueRef dst, unsigned size, unsigned align)
{
    LLVMBuildMemSet(c->b, dst, LLVMConstInt(c->g->i8, 0, 0), LLVMConstInt(c->g->i32, size, 0), align);
}

/* --- debug line information ------------------------------------------------------------------- */
static LLVMMetadataRef di_file(cc *c, const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    size_t dl = slash ? (size_t)(slash - path) : 1;
    return LLVMDIBuilderCreateFile(c->g->dib, name, strlen(name), slash ? path : ".", dl);
}

void ckc_gen_debug_loc(cc *c, loc l)
{
    gen *g = c->g;
    if (!g->dib || !g->sp || !l.line) return;
    LLVMMetadataRef m = LLVMDIBuilderCreateDebugLocation(c->ctx, l.line, l.col, g->sp, NULL);
    LLVMSetCurrentDebugLocation2(c->b, m);
}

static void debug_function(cc *c, LLVMValueRef fn, sym *s)
{
    gen *g = c->g;
    if (!g->dib) return;
    LLVMMetadataRef file = di_file(c, s->loc.file ? s->loc.file : c->main_file);
    LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(g->dib, file, NULL, 0, LLVMDIFlagZero);
    size_t n;
    const char *link = LLVMGetValueName2(fn, &n);
    g->sp = LLVMDIBuilderCreateFunction(g->dib, file, s->name, strlen(s->name), link, n, file, s->loc.line,
                                        ty, s->storage == SC_STATIC, 1, s->loc.line, LLVMDIFlagPrototyped, 0);
    LLVMSetSubprogram(fn, g->sp);
    ckc_gen_debug_loc(c, s->loc);
}

/* --- string literals and global addresses ------------------------------------------------------ */
static LLVMValueRef string_const(cc *c, node *s, unsigned nbytes)
{
    gen *g = c->g;
    if (s->swidth == 1) return LLVMConstStringInContext(c->ctx, s->str, nbytes, 1);
    unsigned n = nbytes / (unsigned)s->swidth;
    LLVMTypeRef et = s->swidth == 2 ? g->i16 : g->i32;
    LLVMValueRef *v = malloc(sizeof *v * (n ? n : 1));
    for (unsigned i = 0; i < n; i++) {
        unsigned long long x = 0;
        memcpy(&x, s->str + i * (unsigned)s->swidth, (size_t)s->swidth);
        v[i] = LLVMConstInt(et, x, 0);
    }
    LLVMValueRef r = LLVMConstArray2(et, v, n);
    free(v);
    return r;
}

LLVMValueRef ckc_gen_string(cc *c, node *s)
{
    if (s->bb) return s->bb;
    LLVMValueRef init = string_const(c, s, (unsigned)s->slen);
    char name[32];
    snprintf(name, sizeof name, ".str.%d", c->g->str_counter++);
    LLVMValueRef gv = LLVMAddGlobal(c->mod, LLVMTypeOf(init), c->g->str_counter == 1 ? ".str" : name);
    LLVMSetInitializer(gv, init);
    LLVMSetGlobalConstant(gv, 1);
    LLVMSetLinkage(gv, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(gv, (unsigned)s->swidth);
    s->bb = gv;
    return gv;
}

LLVMValueRef ckc_gen_global_addr(cc *c, sym *s)
{
    if (s->kind == S_FUNC) return ckc_gen_function_value(c, s);
    if (s->val) return s->val;
    LLVMValueRef gv = LLVMAddGlobal(c->mod, ckc_gen_type(c, s->ty), s->llname);
    LLVMSetAlignment(gv, s->ty->align);
    if (s->storage == SC_STATIC || s->is_static_local || !s->name || !strcmp(s->name, "compound literal"))
        LLVMSetLinkage(gv, LLVMInternalLinkage);
    s->val = gv;
    return gv;
}

/* --- static initialisers ----------------------------------------------------------------------- */
typedef struct reloc { unsigned off; LLVMValueRef v; } reloc;

static LLVMValueRef addr_const(cc *c, cval *v)
{
    LLVMValueRef base = v->base ? ckc_gen_global_addr(c, v->base) : ckc_gen_string(c, v->str);
    if (!v->i) return base;
    LLVMValueRef idx = LLVMConstInt(c->g->i32, (unsigned long long)v->i, 1);
    return LLVMConstGEP2(c->g->i8, base, &idx, 1);
}

static void put_bytes(unsigned char *img, unsigned size, unsigned off, const void *p, unsigned n)
{
    if (off >= size) return;
    if (off + n > size) n = size - off;
    memcpy(img + off, p, n);
}

static LLVMValueRef scalar_from_bytes(cc *c, ctype *t, const unsigned char *p)
{
    t = ckc_type_unqual(t);
    if (t->kind == TY_FLOAT) { float f; memcpy(&f, p, 4); return LLVMConstReal(c->g->f32, f); }
    if (t->kind == TY_DOUBLE) { double d; memcpy(&d, p, 8); return LLVMConstReal(c->g->f64, d); }
    unsigned long long x = 0;
    memcpy(&x, p, t->size);
    if (t->kind == TY_PTR) return x ? LLVMConstIntToPtr(LLVMConstInt(c->g->i32, x, 0), c->g->ptr) : LLVMConstNull(c->g->ptr);
    return LLVMConstInt(ckc_gen_type(c, t), x, 0);
}

static LLVMValueRef static_init(cc *c, sym *s)
{
    gen *g = c->g;
    ctype *t = s->ty;
    unsigned size = t->size;
    unsigned char *img = calloc(size ? size : 1, 1);
    reloc *rl = NULL;
    unsigned nrl = 0;
    for (ileaf *l = s->leaves; l; l = l->next) {
        unsigned n = l->ty->size;
        /* a later leaf replaces what it overlaps */
        for (unsigned i = 0; i < nrl; i++)
            if (rl[i].off < l->off + n && l->off < rl[i].off + 4) rl[i] = rl[--nrl], i--;
        if (l->ty->kind == TY_ARRAY) {
            node *str = l->expr;
            unsigned k = (unsigned)str->slen < n ? (unsigned)str->slen : n;
            memset(img + l->off, 0, n);
            put_bytes(img, size, l->off, str->str, k);
            continue;
        }
        cval v;
        if (!ckc_eval_const(c, l->expr, &v)) continue;
        ctype *lt = ckc_type_unqual(l->ty);
        if (v.kind == CV_ADDR) {
            rl = realloc(rl, sizeof *rl * (nrl + 1));
            LLVMValueRef a = addr_const(c, &v);
            if (lt->kind != TY_PTR) a = LLVMConstPtrToInt(a, g->i32);
            rl[nrl].off = l->off;
            rl[nrl].v = a;
            nrl++;
            memset(img + l->off, 0, 4);
        } else if (lt->kind == TY_FLOAT) {
            float f = (float)(v.kind == CV_FLOAT ? v.f : (double)v.i);
            put_bytes(img, size, l->off, &f, 4);
        } else if (lt->kind == TY_DOUBLE) {
            double d = v.kind == CV_FLOAT ? v.f : (double)v.i;
            put_bytes(img, size, l->off, &d, 8);
        } else {
            unsigned long long x = (unsigned long long)v.i;
            put_bytes(img, size, l->off, &x, n);
        }
    }
    LLVMValueRef r;
    int zero = 1;
    for (unsigned i = 0; i < size; i++) zero &= img[i] == 0;
    if (!nrl && zero) {
        r = LLVMConstNull(ckc_gen_type(c, t));
    } else if (ckc_type_is_scalar(t)) {
        r = nrl ? rl[0].v : scalar_from_bytes(c, t, img);
    } else if (!nrl && t->kind == TY_ARRAY && ckc_type_is_scalar(t->base) && t->len > 0) {
        /* arrays of scalars keep their element type, which reads better and folds the same */
        unsigned n = (unsigned)t->len, es = t->base->size;
        if (es == 1 && ckc_type_is_integer(t->base)) {
            r = LLVMConstStringInContext(c->ctx, (const char *)img, n, 1);
        } else {
            LLVMValueRef *v = malloc(sizeof *v * n);
            for (unsigned i = 0; i < n; i++) v[i] = scalar_from_bytes(c, t->base, img + i * es);
            r = LLVMConstArray2(ckc_gen_type(c, t->base), v, n);
            free(v);
        }
    } else {
        /* bytes between relocations, as a packed struct */
        for (unsigned i = 1; i < nrl; i++)
            for (unsigned j = i; j > 0 && rl[j - 1].off > rl[j].off; j--) {
                reloc x = rl[j];
                rl[j] = rl[j - 1];
                rl[j - 1] = x;
            }
        LLVMValueRef *f = malloc(sizeof *f * (2 * nrl + 2));
        unsigned nf = 0, off = 0;
        for (unsigned i = 0; i <= nrl; i++) {
            unsigned end = i < nrl ? rl[i].off : size;
            if (end > off) f[nf++] = LLVMConstStringInContext(c->ctx, (const char *)img + off, end - off, 1);
            if (i < nrl) {
                f[nf++] = rl[i].v;
                off = rl[i].off + 4;
            }
        }
        r = LLVMConstStructInContext(c->ctx, f, nf, 1);
        free(f);
    }
    free(img);
    free(rl);
    return r;
}

static void define_global(cc *c, sym *s)
{
    LLVMValueRef gv = ckc_gen_global_addr(c, s);
    LLVMValueRef init = s->leaves || s->in ? static_init(c, s) : LLVMConstNull(ckc_gen_type(c, s->ty));
    if (LLVMTypeOf(init) != LLVMGlobalGetValueType(gv)) {
        /* the initialiser's shape differs from the type's: replace the global */
        LLVMValueRef ng = LLVMAddGlobal(c->mod, LLVMTypeOf(init), "");
        LLVMSetLinkage(ng, LLVMGetLinkage(gv));
        LLVMSetAlignment(ng, LLVMGetAlignment(gv));
        LLVMReplaceAllUsesWith(gv, ng);
        size_t len;
        const char *name = LLVMGetValueName2(gv, &len);
        char *copy = ck_arena_strndup(c->arena, name, len);
        LLVMDeleteGlobal(gv);
        LLVMSetValueName2(ng, copy, len);
        gv = ng;
        s->val = ng;
    }
    LLVMSetInitializer(gv, init);
    ctype *t = s->ty;
    while (t->kind == TY_ARRAY) t = t->base;
    if ((t->quals & Q_CONST) && !(t->quals & Q_VOLATILE)) LLVMSetGlobalConstant(gv, 1);
}

/* --- locals ------------------------------------------------------------------------------------ */
void ckc_gen_init_local(cc *c, LLVMValueRef addr, ctype *t, ileaf *leaves)
{
    gen *g = c->g;
    if (ckc_type_is_aggregate(t)) {
        /* zero everything, then store the initialised parts (LLVM merges the stores) */
        int full = leaves && !leaves->next && leaves->off == 0 && leaves->ty->size == t->size && leaves->ty->kind != TY_ARRAY;
        if (!full) ckc_gen_memset0(c, addr, t->size, t->align);
    }
    for (ileaf *l = leaves; l; l = l->next) {
        LLVMValueRef idx = LLVMConstInt(g->i32, l->off, 0);
        LLVMValueRef p = l->off ? LLVMBuildInBoundsGEP2(c->b, g->i8, addr, &idx, 1, "") : addr;
        if (l->ty->kind == TY_ARRAY) {
            node *s = l->expr;
            unsigned n = (unsigned)s->slen < l->ty->size ? (unsigned)s->slen : l->ty->size;
            ckc_gen_memcpy(c, p, ckc_gen_string(c, s), n, 1);
        } else if (ckc_type_is_record(l->ty)) {
            LLVMValueRef src = ckc_gen_expr(c, l->expr);
            ckc_gen_memcpy(c, p, src, l->ty->size, l->ty->align);
        } else {
            ckc_gen_store(c, p, ckc_gen_expr(c, l->expr), l->ty);
        }
    }
}

static void local_decl(cc *c, decl *d)
{
    if (!d || d->assert_expr) return;
    for (idecl *i = d->list; i; i = i->next) {
        sym *s = i->s;
        if (!s || s->kind != S_VAR || s->global) continue;
        if (!s->val) s->val = ckc_gen_alloca(c, ckc_gen_type(c, s->ty), s->ty->align, s->name);
        ckc_gen_debug_loc(c, s->loc);
        if (s->leaves || s->in) ckc_gen_init_local(c, s->val, s->ty, s->leaves);
    }
}

/* --- statements -------------------------------------------------------------------------------- */
static LLVMBasicBlockRef label_block(cc *c, const char *name)
{
    for (label *l = c->g->fd->labels; l; l = l->next)
        if (l->name == name) {
            if (!l->bb) l->bb = ckc_gen_block(c, name);
            return l->bb;
        }
    return ckc_gen_block(c, name);
}

static void stmt(cc *c, node *s);

static void loop_body(cc *c, node *body, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont)
{
    jump j = { brk, cont, c->g->jumps };
    c->g->jumps = &j;
    stmt(c, body);
    c->g->jumps = j.up;
}

static void ckc_gen_switch(cc *c, node *s)
{
    gen *g = c->g;
    LLVMValueRef v = ckc_gen_expr(c, s->a);
    LLVMBasicBlockRef end = ckc_gen_block(c, "sw.end"), def = end;
    int n = 0;
    for (node *k = s->cases; k; k = k->d) {
        k->bb = ckc_gen_block(c, k->kind == N_CASE ? "sw.case" : "sw.default");
        if (k->kind == N_DEFAULT) def = k->bb;
        else n++;
    }
    LLVMTypeRef vt = LLVMTypeOf(v);
    /* case ranges first (they overlap no single value): v - LO <= HI - LO, unsigned */
    for (node *k = s->cases; k; k = k->d) {
        if (k->kind != N_CASE || k->ihi == k->ival) continue;
        n--;
        if (k->op) continue;
        LLVMValueRef off = LLVMBuildSub(c->b, v, LLVMConstInt(vt, k->ival, 0), "");
        LLVMValueRef in = LLVMBuildICmp(c->b, LLVMIntULE, off, LLVMConstInt(vt, k->ihi - k->ival, 0), "");
        LLVMBasicBlockRef next = ckc_gen_block(c, "sw.range");
        LLVMBuildCondBr(c->b, in, k->bb, next);
        LLVMPositionBuilderAtEnd(c->b, next);
    }
    LLVMValueRef sw = LLVMBuildSwitch(c->b, v, def, (unsigned)n);
    for (node *k = s->cases; k; k = k->d)
        if (k->kind == N_CASE && k->ihi == k->ival) LLVMAddCase(sw, LLVMConstInt(vt, k->ival, 0), k->bb);
    after_jump(c);
    jump j = { end, g->jumps ? g->jumps->cont : NULL, g->jumps };
    g->jumps = &j;
    stmt(c, s->b);
    g->jumps = j.up;
    ckc_gen_start(c, end);
}

void ckc_gen_stmt(cc *c, node *s)
{
    stmt(c, s);
}

static void stmt(cc *c, node *s)
{
    gen *g = c->g;
    if (!s) return;
    if (s->kind != N_BLOCK && s->kind != N_DECLSTMT) ckc_gen_debug_loc(c, s->kind == N_EXPRSTMT ? s->a->loc : s->loc);
    switch (s->kind) {
    case N_BLOCK:
        for (node *i = s->a; i; i = i->next) stmt(c, i);
        break;
    case N_DECLSTMT:
        local_decl(c, s->dl);
        break;
    case N_EXPRSTMT:
        ckc_gen_expr(c, s->a);
        break;
    case N_EMPTY:
        break;
    case N_IF: {
        LLVMBasicBlockRef then = ckc_gen_block(c, "if.then"), end = ckc_gen_block(c, "if.end");
        LLVMBasicBlockRef els = s->c ? ckc_gen_block(c, "if.else") : end;
        cond_br(c, ckc_gen_cond(c, s->a), then, els);
        LLVMPositionBuilderAtEnd(c->b, then);
        stmt(c, s->b);
        ckc_gen_start(c, end);
        if (s->c) {
            LLVMMoveBasicBlockAfter(end, LLVMGetInsertBlock(c->b));
            LLVMPositionBuilderAtEnd(c->b, els);
            stmt(c, s->c);
            ckc_gen_start(c, end);
            LLVMMoveBasicBlockAfter(end, LLVMGetInsertBlock(c->b));
        }
        break;
    }
    case N_WHILE: {
        LLVMBasicBlockRef cond = ckc_gen_block(c, "while.cond"), body = ckc_gen_block(c, "while.body"), end = ckc_gen_block(c, "while.end");
        ckc_gen_start(c, cond);
        cond_br(c, ckc_gen_cond(c, s->a), body, end);
        LLVMPositionBuilderAtEnd(c->b, body);
        loop_body(c, s->b, end, cond);
        ckc_gen_start(c, cond);
        LLVMMoveBasicBlockAfter(end, LLVMGetLastBasicBlock(g->fn));
        LLVMPositionBuilderAtEnd(c->b, end);
        break;
    }
    case N_DOWHILE: {
        LLVMBasicBlockRef body = ckc_gen_block(c, "do.body"), cond = ckc_gen_block(c, "do.cond"), end = ckc_gen_block(c, "do.end");
        ckc_gen_start(c, body);
        loop_body(c, s->b, end, cond);
        ckc_gen_start(c, cond);
        LLVMMoveBasicBlockAfter(cond, LLVMGetLastBasicBlock(g->fn));
        cond_br(c, ckc_gen_cond(c, s->a), body, end);
        LLVMMoveBasicBlockAfter(end, cond);
        LLVMPositionBuilderAtEnd(c->b, end);
        break;
    }
    case N_FOR: {
        if (s->a) {
            if (s->a->kind == N_DECLSTMT) stmt(c, s->a);
            else ckc_gen_expr(c, s->a);
        }
        LLVMBasicBlockRef cond = ckc_gen_block(c, "for.cond"), body = ckc_gen_block(c, "for.body"),
                          inc = ckc_gen_block(c, "for.inc"), end = ckc_gen_block(c, "for.end");
        ckc_gen_start(c, cond);
        if (s->b) cond_br(c, ckc_gen_cond(c, s->b), body, end);
        else LLVMBuildBr(c->b, body);
        LLVMPositionBuilderAtEnd(c->b, body);
        loop_body(c, s->d, end, inc);
        LLVMMoveBasicBlockAfter(inc, LLVMGetLastBasicBlock(g->fn));
        ckc_gen_start(c, inc);
        if (s->c) ckc_gen_expr(c, s->c);
        LLVMBuildBr(c->b, cond);
        LLVMMoveBasicBlockAfter(end, inc);
        LLVMPositionBuilderAtEnd(c->b, end);
        break;
    }
    case N_SWITCH:
        ckc_gen_switch(c, s);
        break;
    case N_CASE:
    case N_DEFAULT:
        ckc_gen_start(c, s->bb);
        stmt(c, s->kind == N_CASE ? s->b : s->a);
        break;
    case N_LABEL:
        ckc_gen_start(c, label_block(c, s->name));
        stmt(c, s->a);
        break;
    case N_GOTO:
        LLVMBuildBr(c->b, label_block(c, s->name));
        after_jump(c);
        break;
    case N_BREAK:
        LLVMBuildBr(c->b, g->jumps->brk);
        after_jump(c);
        break;
    case N_CONTINUE: {
        jump *j = g->jumps;
        while (j && !j->cont) j = j->up;
        if (j) LLVMBuildBr(c->b, j->cont);
        after_jump(c);
        break;
    }
    case N_RETURN: {
        ctype *ret = ckc_type_unqual(g->fd->s->ty->base);
        if (!s->a || ret->kind == TY_VOID) {
            if (s->a) ckc_gen_expr(c, s->a);
            LLVMBuildRetVoid(c->b);
        } else if (g->sret) {
            ckc_gen_memcpy(c, g->sret, ckc_gen_expr(c, s->a), ret->size, ret->align);
            LLVMBuildRetVoid(c->b);
        } else if (ckc_type_is_record(ret)) {
            LLVMTypeRef it = ckc_gen_ret_coerce(c, ret);
            LLVMValueRef tmp = ckc_gen_alloca(c, g->i32, 4, "ret.coerce");
            ckc_gen_memcpy(c, tmp, ckc_gen_expr(c, s->a), ret->size, 1);
            LLVMBuildRet(c->b, LLVMBuildLoad2(c->b, it, tmp, ""));
        } else {
            LLVMBuildRet(c->b, ckc_gen_expr(c, s->a));
        }
        after_jump(c);
        break;
    }
    default:
        break;
    }
}

/* --- functions --------------------------------------------------------------------------------- */
static void function(cc *c, funcdef *f)
{
    gen *g = c->g;
    sym *s = f->s;
    ctype *ft = s->ty, *ret = ckc_type_unqual(ft->base);
    LLVMValueRef fn = ckc_gen_function_value(c, s);
    LLVMSetLinkage(fn, s->storage == SC_STATIC ? LLVMInternalLinkage : LLVMExternalLinkage);
    g->fn = fn;
    g->fd = f;
    g->entry = ckc_gen_block(c, "entry");
    g->body = ckc_gen_block(c, "body");
    LLVMPositionBuilderAtEnd(g->ab, g->entry);
    LLVMPositionBuilderAtEnd(c->b, g->body);
    debug_function(c, fn, s);
    unsigned pi = 0;
    g->sret = NULL;
    if (ckc_gen_ret_sret(c, ret)) g->sret = LLVMGetParam(fn, pi++);
    for (int i = 0; i < f->nparams; i++, pi++) {
        sym *p = f->params[i];
        LLVMValueRef v = LLVMGetParam(fn, pi);
        if (!p) continue;
        ctype *t = ckc_type_unqual(p->ty);
        LLVMTypeRef co = ckc_gen_arg_coerce(c, t);
        if (co) {
            /* the coerced array may be larger than the struct: the slot covers both */
            unsigned al = t->align > 4 ? t->align : 4;
            p->val = ckc_gen_alloca(c, LLVMTypeOf(v), al, p->name);
            LLVMBuildStore(c->b, v, p->val);
        } else {
            LLVMSetValueName2(v, p->name, strlen(p->name));
            p->val = ckc_gen_alloca(c, ckc_gen_type(c, t), t->align, ck_arena_printf(c->arena, "%s.addr", p->name));
            ckc_gen_store(c, p->val, v, t);
        }
    }
    stmt(c, f->body);
    /* falling off the end */
    LLVMBasicBlockRef last = LLVMGetInsertBlock(c->b);
    if (!ckc_gen_terminated(c)) {
        int reachable = !unreachable_block(c, last);
        if (ret->kind == TY_VOID) {
            LLVMBuildRetVoid(c->b);
        } else if (!strcmp(s->name, "main")) {
            LLVMBuildRet(c->b, LLVMConstInt(g->i32, 0, 0));
        } else {
            if (reachable) ckc_warning(c, f->body->b->loc, "non-void function does not return a value in all control paths");
            if (g->sret) LLVMBuildRetVoid(c->b);
            else LLVMBuildRet(c->b, LLVMGetUndef(LLVMGetReturnType(LLVMGlobalGetValueType(fn))));
        }
    }
    LLVMPositionBuilderAtEnd(g->ab, g->entry);
    LLVMBuildBr(g->ab, g->body);
    /* blocks after return/break/goto that nothing jumps to still need a terminator */
    for (LLVMBasicBlockRef bb = LLVMGetNextBasicBlock(g->body); bb; bb = LLVMGetNextBasicBlock(bb))
        if (!LLVMGetBasicBlockTerminator(bb)) {
            LLVMPositionBuilderAtEnd(c->b, bb);
            LLVMBuildUnreachable(c->b);
        }
}

int ckc_gen(cc *c)
{
    gen *g = ck_arena_alloc(c->arena, sizeof *g);
    c->g = g;
    LLVMContextRef x = c->ctx;
    g->i1 = LLVMInt1TypeInContext(x);
    g->i8 = LLVMInt8TypeInContext(x);
    g->i16 = LLVMInt16TypeInContext(x);
    g->i32 = LLVMInt32TypeInContext(x);
    g->i64 = LLVMInt64TypeInContext(x);
    g->f32 = LLVMFloatTypeInContext(x);
    g->f64 = LLVMDoubleTypeInContext(x);
    g->ptr = LLVMPointerTypeInContext(x, 0);
    g->voidt = LLVMVoidTypeInContext(x);
    const char *base = strrchr(c->main_file, '/');
    c->mod = LLVMModuleCreateWithNameInContext(base ? base + 1 : c->main_file, x);
    LLVMSetSourceFileName(c->mod, c->main_file, strlen(c->main_file));
    LLVMSetDataLayout(c->mod, CK_C_DATALAYOUT);
    LLVMSetTarget(c->mod, CK_C_TRIPLE);
    c->b = LLVMCreateBuilderInContext(x);
    g->ab = LLVMCreateBuilderInContext(x);
    if (c->opts->debug) {
        g->dib = LLVMCreateDIBuilder(c->mod);
        g->cu = LLVMDIBuilderCreateCompileUnit(g->dib, LLVMDWARFSourceLanguageC11, di_file(c, c->main_file),
                                               "cockpit", 7, 0, "", 0, 0, "", 0, LLVMDWARFEmissionLineTablesOnly,
                                               0, 0, 0, "", 0, "", 0);
        LLVMAddModuleFlag(c->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                          LLVMValueAsMetadata(LLVMConstInt(g->i32, LLVMDebugMetadataVersion(), 0)));
        LLVMAddModuleFlag(c->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                          LLVMValueAsMetadata(LLVMConstInt(g->i32, 4, 0)));
    }
    /* declare everything first, so initialisers and bodies may refer to anything */
    for (sym *s = c->globals; s; s = s->next_global) {
        if (s->kind == S_FUNC) {
            if (s->used || s->defined) ckc_gen_function_value(c, s);
        } else if (s->kind == S_VAR) {
            if (s->defined || s->tentative || s->used || s->is_static_local) ckc_gen_global_addr(c, s);
        }
    }
    for (sym *s = c->globals; s; s = s->next_global)
        if (s->kind == S_VAR && (s->defined || s->tentative || s->is_static_local)) define_global(c, s);
    for (extdecl *e = c->unit; e; e = e->next)
        if (e->fn && e->fn->s && e->fn->s->fn == e->fn) function(c, e->fn);
    if (g->dib) {
        LLVMDIBuilderFinalize(g->dib);
        LLVMDisposeDIBuilder(g->dib);
    }
    LLVMDisposeBuilder(c->b);
    LLVMDisposeBuilder(g->ab);
    char *msg = NULL;
    if (LLVMVerifyModule(c->mod, LLVMReturnStatusAction, &msg)) {
        ckc_error(c, (loc){c->main_file, 0, 0}, "internal error: invalid IR generated: %s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        return -1;
    }
    LLVMDisposeMessage(msg);
    return c->errors ? -1 : 0;
}

/* The assembler: Cockpit assembly (.cks) into an object, or an `.image` listing into an image.
 * One pass over the lines builds code, data, symbols and a list of references; branches are
 * resolved at the end of their function, everything else at the end of the input. Errors are
 * reported with their line and column and the line is skipped, so one run reports many. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "ckasm.h"
#include "asm.h"

#define MAX_ERRORS 100
#define MAX_SECTION (16u << 20)       /* bytes in one assembled CODE/RODATA/DATA/LINES section */

/* --- diagnostics ------------------------------------------------------------------------------ */
void asm_error(as *a, const loc *at, const char *fmt, ...)
{
    if (a->stopped) return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (at) ck_diag_error_src(a->file, at->line, at->col, at->src, at->srclen, "%s", msg);
    else ck_diag_error(a->file, 0, 0, "%s", msg);
    if (++a->nerr >= MAX_ERRORS) {
        a->stopped = 1;
        ck_diag_error(a->file, 0, 0, "too many errors; stopping");
    }
}

void asm_note(as *a, const loc *at, const char *fmt, ...)
{
    if (a->stopped) return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ck_diag_note(a->file, at->line, at->col, "%s", msg);
}

loc asm_loc(const srcline *l, const token *t) { return (loc){ l->no, t->col, l->src, l->srclen }; }

static loc tloc(const srcline *l, size_t i) { return asm_loc(l, &l->t[i]); }

const char *asm_show(const token *t, char *buf, size_t n)
{
    if (t->kind == TK_END) return "end of line";
    size_t len = t->len < 40 ? t->len : 40;
    snprintf(buf, n, "'%.*s%s'", (int)len, t->s, t->len > len ? "..." : "");
    return buf;
}

/* --- token helpers ------------------------------------------------------------------------------ */
int asm_expect(as *a, const srcline *l, size_t *i, char punct)
{
    const token *t = &l->t[*i];
    if (t->kind == TK_PUNCT && t->ch == punct) { (*i)++; return 0; }
    char b[64];
    loc w = tloc(l, *i);
    asm_error(a, &w, "expected '%c', found %s", punct, asm_show(t, b, sizeof b));
    return -1;
}

static int expect_end(as *a, const srcline *l, size_t i)
{
    if (l->t[i].kind == TK_END) return 0;
    char b[64];
    loc w = tloc(l, i);
    asm_error(a, &w, "unexpected %s at the end of the statement", asm_show(&l->t[i], b, sizeof b));
    return -1;
}

int asm_name(as *a, const srcline *l, size_t *i, const char **name, int allow_empty)
{
    const token *t = &l->t[*i];
    loc w = tloc(l, *i);
    if (t->kind != TK_NAME && t->kind != TK_STR) {
        char b[64];
        asm_error(a, &w, "expected a name, found %s", asm_show(t, b, sizeof b));
        return -1;
    }
    if (t->kind == TK_STR) {
        if (strlen(t->str) != t->slen) { asm_error(a, &w, "a name cannot contain a NUL byte"); return -1; }
        if (!t->slen && !allow_empty) { asm_error(a, &w, "empty name"); return -1; }
    }
    if (t->slen > CK_MAX_NAME) {
        asm_error(a, &w, "name is %zu bytes long (at most %u)", t->slen, CK_MAX_NAME);
        return -1;
    }
    *name = t->str;
    (*i)++;
    return 0;
}

int asm_value_name(as *a, const srcline *l, size_t *i, const char **name, const char *what)
{
    const token *t = &l->t[*i];
    if (t->kind == TK_NAME && asm_is_reg_name(t->str)) {
        loc w = tloc(l, *i);
        asm_error(a, &w, "expected %s, found register %s (a symbol of that name is written \"%s\")", what, t->str,
                  t->str);
        return -1;
    }
    return asm_name(a, l, i, name, 0);
}

int asm_number(as *a, const srcline *l, size_t *i, int64_t lo, uint64_t hi, const char *what, uint64_t *out)
{
    size_t j = *i;
    int neg = 0;
    if (l->t[j].kind == TK_PUNCT && (l->t[j].ch == '-' || l->t[j].ch == '+')) neg = l->t[j++].ch == '-';
    const token *t = &l->t[j];
    loc w = tloc(l, *i);
    if (t->kind != TK_NUM) {
        char b[64];
        asm_error(a, &w, "expected %s, found %s", what, asm_show(t, b, sizeof b));
        return -1;
    }
    uint64_t m = t->num;
    int bad = t->overflow;
    if (neg) {
        /* -m must be >= lo, i.e. m <= -lo */
        uint64_t lim = lo < 0 ? (uint64_t)(-(lo + 1)) + 1 : 0;
        if (m > lim) bad = 1;
        *out = (uint64_t)0 - m;
    } else {
        if (m > hi) bad = 1;
        *out = m;
    }
    if (bad) {
        asm_error(a, &w, "%s%.*s is out of range for %s (%lld..%llu)", neg ? "-" : "", (int)t->len, t->s, what,
                  (long long)lo, (unsigned long long)hi);
        return -1;
    }
    *i = j + 1;
    return 0;
}

/* --- sections, symbols, references ---------------------------------------------------------------- */
ck_buf *asm_section_buf(as *a, int sect)
{
    switch (sect) {
    case SEC_TEXT: return &a->code;
    case SEC_RODATA: return &a->rodata;
    case SEC_DATA: return &a->data;
    case SEC_LINES: return &a->lines;
    default: return NULL;
    }
}

static const char *section_name(int sect)
{
    static const char *n[] = {"(none)", ".text", ".rodata", ".data", ".bss", ".lines"};
    return n[sect];
}

size_t asm_sym(as *a, const char *name)
{
    size_t i;
    if (ck_strmap_get(&a->symmap, name, &i)) return i;
    if (a->nsyms == a->capsyms) {
        a->capsyms = a->capsyms ? a->capsyms * 2 : 32;
        a->syms = ck_xrealloc(a->syms, a->capsyms * sizeof *a->syms);
    }
    i = a->nsyms++;
    memset(&a->syms[i], 0, sizeof a->syms[i]);
    a->syms[i].name = ck_xstrdup(name);
    ck_strmap_put(&a->symmap, name, i);
    return i;
}

static void push_fix(afix **v, size_t *n, size_t *cap, const afix *f)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 32;
        *v = ck_xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = *f;
    if (f->name) (*v)[*n - 1].name = ck_xstrdup(f->name);
}

void asm_fix(as *a, const afix *f)
{
    if (f->kind == FIX_BRANCH) push_fix(&a->bfix, &a->nbfix, &a->capbfix, f);
    else push_fix(&a->fix, &a->nfix, &a->capfix, f);
}

/* Defines a data or function symbol; reports a second definition. */
static int define_sym(as *a, const char *name, uint8_t kind, uint32_t value, const loc *w)
{
    size_t si = asm_sym(a, name);
    asym *s = &a->syms[si];
    if (s->defined) {
        asm_error(a, w, "'%s' is already defined", name);
        asm_note(a, &s->def, "'%s' was first defined here", name);
        return -1;
    }
    s->defined = 1;
    s->kind = kind;
    s->value = value;
    s->def = *w;
    return 0;
}

int asm_word(as *a, const srcline *l, size_t *i, int sect, int short_)
{
    const token *t = &l->t[*i];
    ck_buf *b = asm_section_buf(a, sect);
    loc w = tloc(l, *i);
    afix f = { .sect = sect, .at = (uint32_t)b->len, .where = w };
    if (t->kind == TK_PUNCT && t->ch == '@' && short_) {
        asm_error(a, &w, "a function pointer takes 32 bits: load it with li");
        return -1;
    }
    if (t->kind == TK_PUNCT && t->ch == '@') {
        (*i)++;
        const char *name;
        if (asm_name(a, l, i, &name, 0)) return -1;
        f.kind = FIX_FPTR32;
        f.name = (char *)name;
        if (!a->image) f.sym = asm_sym(a, name);
        asm_fix(a, &f);
        ck_buf_u32(b, 0);
        return 0;
    }
    if (t->kind == TK_NAME || t->kind == TK_STR) {
        const char *name;
        if (asm_value_name(a, l, i, &name, short_ ? "a 16-bit value" : "a 32-bit value")) return -1;
        const token *op = &l->t[*i];
        int64_t add = 0;
        if (op->kind == TK_PUNCT && (op->ch == '+' || op->ch == '-')) {
            uint64_t v;
            loc ow = tloc(l, *i);
            (*i)++;
            if (l->t[*i].kind != TK_NUM) {
                char bb[64];
                asm_error(a, &ow, "expected a number after '%c', found %s", op->ch, asm_show(&l->t[*i], bb, sizeof bb));
                return -1;
            }
            v = l->t[*i].num;
            if (l->t[*i].overflow || v > (op->ch == '-' ? 0x80000000u : 0x7fffffffu)) {
                asm_error(a, &ow, "offset %c%.*s does not fit in 32 bits", op->ch, (int)l->t[*i].len, l->t[*i].s);
                return -1;
            }
            (*i)++;
            add = op->ch == '-' ? -(int64_t)v : (int64_t)v;
        }
        f.kind = short_ ? FIX_ADDR16 : FIX_ADDR32;
        f.name = (char *)name;
        f.addend = (int32_t)add;
        if (!a->image) f.sym = asm_sym(a, name);
        asm_fix(a, &f);
        if (short_) ck_buf_u16(b, 0);
        else ck_buf_u32(b, 0);
        return 0;
    }
    uint64_t v;
    if (short_) {
        if (asm_number(a, l, i, 0, 65535, "a 16-bit unsigned value", &v)) return -1;
        ck_buf_u16(b, (uint16_t)v);
        return 0;
    }
    if (asm_number(a, l, i, INT32_MIN, UINT32_MAX, "a 32-bit value", &v)) return -1;
    ck_buf_u32(b, (uint32_t)v);
    return 0;
}

/* --- functions and labels ------------------------------------------------------------------------ */
static afunc *cur_func(as *a) { return &a->funcs[a->nfuncs - 1]; }

static void clear_labels(as *a)
{
    ck_strmap_free(&a->labels);
    a->nlabels = 0;
    for (size_t i = 0; i < a->nbfix; i++) free(a->bfix[i].name);
    a->nbfix = 0;
}

static void end_func(as *a)
{
    afunc *f = cur_func(a);
    for (size_t i = 0; i < a->nbfix; i++) {
        afix *x = &a->bfix[i];
        size_t k;
        if (!ck_strmap_get(&a->labels, x->name, &k)) {
            asm_error(a, &x->where, "undefined label '%s' in function '%s'", x->name, f->name);
            continue;
        }
        int64_t d = (int64_t)f->code_off + (int64_t)a->label_off[k] - (int64_t)x->base;
        if (x->narrow && (d < INT8_MIN || d > INT8_MAX)) {
            asm_error(a, &x->where, "branch to '%s' is out of range for the narrow form '%s' (offset %lld, limit "
                      "-128..127)", x->name, ck_op_name(a->code.data[x->base]), (long long)d);
            continue;
        }
        if (d < INT16_MIN || d > INT16_MAX) {
            asm_error(a, &x->where, "branch to '%s' is out of range (offset %lld, limit -32768..32767)", x->name,
                      (long long)d);
            continue;
        }
        a->code.data[x->at] = (uint8_t)d;
        if (!x->narrow) a->code.data[x->at + 1] = (uint8_t)((uint16_t)d >> 8);
    }
    f->code_size = (uint32_t)(a->code.len - f->code_off);
    if (!f->code_size && a->nerr == f->nerr)    /* not when its instructions were wrong */
        asm_error(a, &f->where, "function '%s' has no instructions", f->name);
    else if (f->code_size > CK_MAX_FUNC_CODE)
        asm_error(a, &f->where, "function '%s' has %u bytes of code (at most %u)", f->name, f->code_size,
                  CK_MAX_FUNC_CODE);
    for (size_t i = a->locs.nrows; i-- > 0 && a->locs.rows[i].func == a->nfuncs - 1;)
        if (a->locs.rows[i].pc >= f->code_size) {
            asm_error(a, &a->last_loc, "'.loc' at the end of function '%s': no instruction follows it", f->name);
            break;
        }
    int op = f->last_op;
    if (f->code_size && a->nerr == f->nerr && op != CK_OP_RET && op != CK_OP_JMP && op != CK_OP_JMPN && op != CK_OP_JTAB &&
        op != CK_OP_TRAP && !a->stopped)
        ck_diag_warning_src(a->file, f->where.line, f->where.col, f->where.src, f->where.srclen,
                            "function '%s' can run off its end after '%s' (the VM rejects this)", f->name,
                            ck_op_name((unsigned)op));
    clear_labels(a);
    a->in_func = 0;
}

static void define_label(as *a, const srcline *l, size_t i)
{
    const char *name;
    loc w = tloc(l, i);
    if (asm_name(a, l, &i, &name, 0)) return;
    if (a->in_func) {
        size_t k;
        if (ck_strmap_get(&a->labels, name, &k)) {
            asm_error(a, &w, "duplicate label '%s'", name);
            asm_note(a, &a->label_loc[k], "'%s' was first defined here", name);
            return;
        }
        if (a->nlabels == a->caplabels) {
            a->caplabels = a->caplabels ? a->caplabels * 2 : 32;
            a->label_loc = ck_xrealloc(a->label_loc, a->caplabels * sizeof *a->label_loc);
            a->label_off = ck_xrealloc(a->label_off, a->caplabels * sizeof *a->label_off);
        }
        a->label_loc[a->nlabels] = w;
        a->label_off[a->nlabels] = (uint32_t)(a->code.len - cur_func(a)->code_off);
        ck_strmap_put(&a->labels, name, a->nlabels++);
        return;
    }
    switch (a->sect) {
    case SEC_RODATA: define_sym(a, name, CK_SYM_RODATA, (uint32_t)a->rodata.len, &w); return;
    case SEC_DATA: define_sym(a, name, CK_SYM_DATA, (uint32_t)a->data.len, &w); return;
    case SEC_BSS:
        if (a->image) break;
        define_sym(a, name, CK_SYM_BSS, (uint32_t)a->bss, &w);
        return;
    default: break;
    }
    if (a->sect == SEC_NONE)
        asm_error(a, &w, "label '%s' outside a function needs a data section (.rodata, .data or .bss)", name);
    else
        asm_error(a, &w, "labels are not allowed in %s", section_name(a->sect));
}

/* The attributes of .func: args=, rets=, regs=, frame= and (image listings) flags=. 0 or -1. */
static int func_attrs(as *a, const srcline *l, size_t i, uint64_t v[5], int seen[5])
{
    static const char *keys[] = {"args", "rets", "regs", "frame", "flags"};
    static const uint64_t max[] = {255, 255, CK_MAX_REGS, CK_MAX_FRAME, 255};
    while (l->t[i].kind != TK_END) {
        if (asm_expect(a, l, &i, ',')) return -1;
        const token *k = &l->t[i];
        loc kw = tloc(l, i);
        int which = -1;
        for (int j = 0; j < 5; j++)
            if (k->kind == TK_NAME && !strcmp(k->str, keys[j])) which = j;
        if (which < 0 || (which == 4 && !a->image)) {
            char b[64];
            asm_error(a, &kw, "unknown .func attribute %s (expected args=, rets=, regs=, frame=%s)",
                      asm_show(k, b, sizeof b), a->image ? " or flags=" : "");
            return -1;
        }
        if (seen[which]) { asm_error(a, &kw, "'%s=' given twice", keys[which]); return -1; }
        seen[which] = 1;
        i++;
        if (asm_expect(a, l, &i, '=')) return -1;
        char what[32];
        snprintf(what, sizeof what, "%s=", keys[which]);
        if (asm_number(a, l, &i, 0, max[which], what, &v[which])) return -1;
    }
    return 0;
}

/* .func NAME, args=A, rets=R, regs=N, frame=F[, flags=X]. After an error in the header the function
 * is still opened (with every register allowed) so that its body and .endfunc do not cascade. */
static void dir_func(as *a, const srcline *l, size_t i)
{
    loc w = tloc(l, i - 1);
    if (a->in_func) {
        asm_error(a, &w, "'.func' inside function '%s' (missing .endfunc)", cur_func(a)->name);
        end_func(a);
    }
    const char *name;
    loc nw = tloc(l, i);
    int bad = asm_name(a, l, &i, &name, a->image) != 0;
    uint64_t v[5] = {0, 0, 0, 0, 0};
    int seen[5] = {0};
    if (bad) name = "?";
    else if (func_attrs(a, l, i, v, seen)) bad = 1;
    else if (!seen[2]) {
        asm_error(a, &w, "'.func %s' needs regs= (its register window size)", name);
        bad = 1;
    } else if (v[0] > v[2] || v[1] > v[2]) {
        asm_error(a, &w, "function '%s': args=%u and rets=%u must not exceed regs=%u", name, (unsigned)v[0],
                  (unsigned)v[1], (unsigned)v[2]);
        bad = 1;
    }
    if (bad) v[0] = v[1] = 0, v[2] = CK_MAX_REGS;
    if (a->nfuncs >= CK_MAX_FUNCS) { asm_error(a, &w, "too many functions (at most %u)", CK_MAX_FUNCS); return; }
    if (a->nfuncs == a->capfuncs) {
        a->capfuncs = a->capfuncs ? a->capfuncs * 2 : 16;
        a->funcs = ck_xrealloc(a->funcs, a->capfuncs * sizeof *a->funcs);
    }
    afunc *f = &a->funcs[a->nfuncs++];
    *f = (afunc){ ck_xstrdup(name), (uint32_t)a->code.len, 0, (uint32_t)v[3], (unsigned)v[0], (unsigned)v[1],
                  (unsigned)v[2], (unsigned)v[4], (size_t)-1, a->nerr, -1, nw };
    a->in_func = 1;
    if (bad) return;
    if (a->image) {
        size_t k;
        ck_strmap_put(&a->funcmap, name, ck_strmap_get(&a->funcmap, name, &k) ? AMBIGUOUS : a->nfuncs - 1);
    } else {
        f->sym = asm_sym(a, name);
        define_sym(a, name, CK_SYM_FUNC, (uint32_t)(a->nfuncs - 1), &nw);
    }
}

/* --- directives ----------------------------------------------------------------------------------- */
static int need_data_section(as *a, const loc *w, const char *dir, int bss_ok)
{
    if (a->sect == SEC_NONE) {
        asm_error(a, w, "'%s' needs a section first (.rodata, .data or .bss)", dir);
        return -1;
    }
    if (a->sect == SEC_TEXT && !a->image) {
        asm_error(a, w, "'%s' in .text: code goes inside .func ... .endfunc, data in .rodata or .data", dir);
        return -1;
    }
    if (a->sect == SEC_BSS && !bss_ok) {
        asm_error(a, w, "'%s' is not allowed in .bss (only .space and .align)", dir);
        return -1;
    }
    return 0;
}

static int grow_ok(as *a, const loc *w, uint64_t add)
{
    if (a->sect == SEC_BSS) {
        if (a->bss + add > UINT32_MAX) { asm_error(a, w, ".bss grows past 4 GiB"); return -1; }
        return 0;
    }
    if (asm_section_buf(a, a->sect)->len + add > MAX_SECTION) {
        asm_error(a, w, "%s grows past %u bytes", section_name(a->sect), MAX_SECTION);
        return -1;
    }
    return 0;
}

static void dir_data(as *a, const srcline *l, size_t i, const char *dir)
{
    loc w = tloc(l, i - 1);
    int space = !strcmp(dir, ".space"), align = !strcmp(dir, ".align");
    if (need_data_section(a, &w, dir, space || align)) return;
    ck_buf *b = asm_section_buf(a, a->sect);
    if (space || align) {
        uint64_t n;
        if (asm_number(a, l, &i, 0, space ? UINT32_MAX : 65536, space ? "a byte count" : "an alignment", &n)) return;
        if (expect_end(a, l, i)) return;
        if (align && (n == 0 || (n & (n - 1)))) { asm_error(a, &w, ".align %llu is not a power of two", (unsigned long long)n); return; }
        uint64_t at = a->sect == SEC_BSS ? a->bss : b->len;
        uint64_t add = space ? n : (n - at % n) % n;
        if (grow_ok(a, &w, add)) return;
        if (a->sect == SEC_BSS) a->bss += add;
        else ck_buf_zero(b, (size_t)add);
        return;
    }
    int is_str = !strcmp(dir, ".ascii") || !strcmp(dir, ".asciz");
    size_t mark = b->len, nfix = a->nfix;
    for (int first = 1; first || l->t[i].kind != TK_END; first = 0) {
        if (!first && asm_expect(a, l, &i, ',')) goto fail;
        loc vw = tloc(l, i);
        if (grow_ok(a, &vw, 8)) goto fail;
        if (is_str) {
            const token *t = &l->t[i];
            if (t->kind != TK_STR) {
                char bb[64];
                asm_error(a, &vw, "expected a string, found %s", asm_show(t, bb, sizeof bb));
                goto fail;
            }
            if (grow_ok(a, &vw, t->slen + 1)) goto fail;
            ck_buf_put(b, t->str, t->slen);
            if (dir[5] == 'z') ck_buf_u8(b, 0);
            i++;
            continue;
        }
        uint64_t v;
        switch (dir[1]) {
        case 'b':
            if (asm_number(a, l, &i, -128, 255, "a byte", &v)) goto fail;
            ck_buf_u8(b, (uint8_t)v);
            break;
        case 'h':
            if (asm_number(a, l, &i, -32768, 65535, "a 16-bit value", &v)) goto fail;
            ck_buf_u16(b, (uint16_t)v);
            break;
        case 'q':
            if (asm_number(a, l, &i, INT64_MIN, UINT64_MAX, "a 64-bit value", &v)) goto fail;
            ck_buf_u64(b, v);
            break;
        default:
            if (a->sect == SEC_TEXT || a->sect == SEC_LINES) {
                if (asm_number(a, l, &i, INT32_MIN, UINT32_MAX, "a 32-bit value", &v)) goto fail;
                ck_buf_u32(b, (uint32_t)v);
            } else if (asm_word(a, l, &i, a->sect, 0)) {
                goto fail;
            }
            break;
        }
    }
    return;
fail:
    /* drop the partial line so later offsets stay those of the source */
    b->len = mark;
    while (a->nfix > nfix) free(a->fix[--a->nfix].name);
}

static void dir_section(as *a, const srcline *l, size_t i, int sect)
{
    loc w = tloc(l, i - 1);
    if (a->in_func) {
        asm_error(a, &w, "section directive inside function '%s' (missing .endfunc?)", cur_func(a)->name);
        return;
    }
    if (sect == SEC_BSS && a->image) {
        uint64_t n;
        if (l->t[i].kind == TK_END) {
            asm_error(a, &w, "in an image listing '.bss' takes the BSS size: .bss N");
            return;
        }
        if (asm_number(a, l, &i, 0, UINT32_MAX, "a BSS size", &n) || expect_end(a, l, i)) return;
        a->bss = n;
        return;
    }
    if (expect_end(a, l, i)) return;
    a->sect = sect;
}

/* .import NAME, VERSION, NARGS, NRETS */
static void dir_import(as *a, const srcline *l, size_t i)
{
    loc w = tloc(l, i);
    const char *name;
    uint64_t ver, na, nr;
    if (asm_name(a, l, &i, &name, 0) || asm_expect(a, l, &i, ',') ||
        asm_number(a, l, &i, 0, 65535, "an interface version", &ver) || asm_expect(a, l, &i, ',') ||
        asm_number(a, l, &i, 0, 255, "an argument register count", &na) || asm_expect(a, l, &i, ',') ||
        asm_number(a, l, &i, 0, 255, "a result register count", &nr) || expect_end(a, l, i))
        return;
    size_t k;
    int known = ck_strmap_get(&a->impmap, name, &k);
    if (known && !a->image) {
        ck_obj_import *p = &a->imports[k];
        if (p->version != ver || p->nargs != na || p->nrets != nr) {
            asm_error(a, &w, "conflicting .import of '%s' (%u, %u, %u here; %u, %u, %u before)", name,
                      (unsigned)ver, (unsigned)na, (unsigned)nr, p->version, p->nargs, p->nrets);
            asm_note(a, &a->import_loc[k], "'%s' was first imported here", name);
        }
        return;                        /* the same declaration again is harmless */
    }
    if (a->nimports >= CK_MAX_IMPORTS) { asm_error(a, &w, "too many imports (at most %u)", CK_MAX_IMPORTS); return; }
    if (a->nimports == a->capimports) {
        a->capimports = a->capimports ? a->capimports * 2 : 16;
        a->imports = ck_xrealloc(a->imports, a->capimports * sizeof *a->imports);
        a->import_loc = ck_xrealloc(a->import_loc, a->capimports * sizeof *a->import_loc);
    }
    a->imports[a->nimports] = (ck_obj_import){ ck_xstrdup(name), (uint16_t)ver, (uint8_t)na, (uint8_t)nr };
    a->import_loc[a->nimports] = w;
    ck_strmap_put(&a->impmap, name, known ? AMBIGUOUS : a->nimports);
    a->nimports++;
}

/* .global / .local / .extern NAME[, NAME...] */
static void dir_visibility(as *a, const srcline *l, size_t i, int how)
{
    for (;;) {
        const char *name;
        loc w = tloc(l, i);
        if (asm_name(a, l, &i, &name, 0)) return;
        size_t si = asm_sym(a, name);
    asym *s = &a->syms[si];
        if ((how == 'g' && s->local) || (how == 'l' && s->global)) {
            asm_error(a, &w, "'%s' is declared both .global and .local", name);
            return;
        }
        if (how == 'g') s->global = 1;
        if (how == 'l') s->local = 1;
        if (!s->defined && !s->def.line) s->def = w;
        if (l->t[i].kind != TK_PUNCT || l->t[i].ch != ',') break;
        i++;
    }
    expect_end(a, l, i);
}

static void dir_size(as *a, const srcline *l, size_t i)
{
    const char *name;
    uint64_t n;
    loc w = tloc(l, i);
    if (asm_name(a, l, &i, &name, 0) || asm_expect(a, l, &i, ',') ||
        asm_number(a, l, &i, 0, UINT32_MAX, "a size", &n) || expect_end(a, l, i))
        return;
    size_t si = asm_sym(a, name);
    asym *s = &a->syms[si];
    if (s->has_size) { asm_error(a, &w, "'.size %s' given twice", name); return; }
    s->has_size = 1;
    s->size = (uint32_t)n;
    s->size_at = w;
}

static void dir_entry(as *a, const srcline *l, size_t i)
{
    loc w = tloc(l, i);
    const char *name = NULL;
    uint64_t index = 0;
    if (a->have_entry) { asm_error(a, &w, "'.entry' given twice"); return; }
    if (l->t[i].kind == TK_NUM) {
        if (asm_number(a, l, &i, 0, CK_MAX_FUNCS - 1, "a function index", &index)) return;
    } else if (asm_name(a, l, &i, &name, 0)) {
        return;
    }
    if (expect_end(a, l, i)) return;
    a->entry_name = name ? ck_xstrdup(name) : NULL;
    a->entry_index = index;
    a->have_entry = 1;
    a->entry_loc = w;
}

/* .loc FILE, LINE: the instructions from here on come from FILE:LINE (line 0: from no line). */
static void dir_loc(as *a, const srcline *l, size_t i)
{
    loc w = tloc(l, i - 1);
    const token *t = &l->t[i];
    uint64_t line;
    if (!a->in_func) { asm_error(a, &w, "'.loc' outside a function"); return; }
    if (t->kind != TK_NAME && t->kind != TK_STR) {
        char b[64];
        loc tw = tloc(l, i);
        asm_error(a, &tw, "expected a file name, found %s", asm_show(t, b, sizeof b));
        return;
    }
    if (!t->slen || strlen(t->str) != t->slen) {
        loc tw = tloc(l, i);
        asm_error(a, &tw, "a file name must not be empty or contain a NUL byte");
        return;
    }
    i++;
    if (asm_expect(a, l, &i, ',') || asm_number(a, l, &i, 0, UINT32_MAX, "a line number", &line) ||
        expect_end(a, l, i))
        return;
    const afunc *f = cur_func(a);
    ck_lines_add(&a->locs, (uint32_t)(a->nfuncs - 1), (uint32_t)(a->code.len - f->code_off),
                 ck_lines_file(&a->locs, t->str), (uint32_t)line);
    a->last_loc = w;
}

enum { D_OBJ = 1, D_IMG = 2, D_BOTH = 3, D_INFUNC = 4 };

static void directive(as *a, const srcline *l, size_t i, int first)
{
    static const struct { const char *name; int where; } dirs[] = {
        {".func", D_BOTH | D_INFUNC}, {".endfunc", D_BOTH | D_INFUNC}, {".import", D_BOTH | D_INFUNC},
        {".global", D_OBJ | D_INFUNC}, {".local", D_OBJ | D_INFUNC}, {".extern", D_OBJ | D_INFUNC},
        {".size", D_OBJ | D_INFUNC}, {".stack", D_BOTH | D_INFUNC}, {".text", D_BOTH}, {".rodata", D_BOTH},
        {".data", D_BOTH}, {".bss", D_BOTH}, {".lines", D_IMG}, {".byte", D_BOTH}, {".half", D_BOTH},
        {".word", D_BOTH}, {".quad", D_BOTH}, {".ascii", D_BOTH}, {".asciz", D_BOTH}, {".space", D_BOTH},
        {".align", D_BOTH}, {".entry", D_IMG | D_INFUNC}, {".names", D_IMG}, {".image", D_BOTH},
        {".loc", D_BOTH | D_INFUNC},
    };
    const char *d = l->t[i].str;
    loc w = tloc(l, i);
    int where = -1;
    for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++)
        if (!strcmp(d, dirs[k].name)) where = dirs[k].where;
    if (where < 0) { asm_error(a, &w, "unknown directive '%s'", d); return; }
    if (!(where & (a->image ? D_IMG : D_OBJ))) {
        asm_error(a, &w, a->image ? "'%s' is not allowed in an image listing" : "'%s' is only allowed in an image listing", d);
        return;
    }
    if (a->in_func && !(where & D_INFUNC)) {
        asm_error(a, &w, "'%s' is not allowed inside function '%s' (missing .endfunc?)", d, cur_func(a)->name);
        return;
    }
    i++;
    if (!strcmp(d, ".func")) dir_func(a, l, i);
    else if (!strcmp(d, ".endfunc")) {
        if (!a->in_func) {
            asm_error(a, &w, "'.endfunc' without '.func'");
        } else {
            expect_end(a, l, i);
            end_func(a);
        }
    } else if (!strcmp(d, ".import")) dir_import(a, l, i);
    else if (!strcmp(d, ".global")) dir_visibility(a, l, i, 'g');
    else if (!strcmp(d, ".local")) dir_visibility(a, l, i, 'l');
    else if (!strcmp(d, ".extern")) dir_visibility(a, l, i, 'e');
    else if (!strcmp(d, ".size")) dir_size(a, l, i);
    else if (!strcmp(d, ".stack")) {
        uint64_t n;
        if (a->have_stack) { asm_error(a, &w, "'.stack' given twice"); return; }
        if (asm_number(a, l, &i, 0, UINT32_MAX, "a stack size", &n) || expect_end(a, l, i)) return;
        a->stack = n;
        a->have_stack = 1;
    } else if (!strcmp(d, ".text")) dir_section(a, l, i, SEC_TEXT);
    else if (!strcmp(d, ".rodata")) dir_section(a, l, i, SEC_RODATA);
    else if (!strcmp(d, ".data")) dir_section(a, l, i, SEC_DATA);
    else if (!strcmp(d, ".bss")) dir_section(a, l, i, SEC_BSS);
    else if (!strcmp(d, ".lines")) dir_section(a, l, i, SEC_LINES);
    else if (!strcmp(d, ".entry")) dir_entry(a, l, i);
    else if (!strcmp(d, ".loc")) dir_loc(a, l, i);
    else if (!strcmp(d, ".names")) {
        if (l->t[i].kind != TK_NAME || strcmp(l->t[i].str, "off")) {
            loc ow = tloc(l, i);
            asm_error(a, &ow, "expected '.names off' (the image has no NAMES section)");
            return;
        }
        if (!expect_end(a, l, i + 1)) a->no_names = 1;
    } else if (!strcmp(d, ".image")) {
        if (!first || !a->image) asm_error(a, &w, "'.image' must be the first statement of an image listing");
        else expect_end(a, l, i);
    } else dir_data(a, l, i, d);
}

/* --- lines ------------------------------------------------------------------------------------------- */
static void statement(as *a, srcline *l, int first)
{
    const token *t = l->t;
    size_t i = 0;
    if ((t[0].kind == TK_NAME || t[0].kind == TK_STR) && t[1].kind == TK_PUNCT && t[1].ch == ':') {
        define_label(a, l, 0);
        i = 2;
    }
    if (t[i].kind == TK_END) return;
    loc w = tloc(l, i);
    if (t[i].kind != TK_NAME) {
        char b[64];
        asm_error(a, &w, "expected a label, directive or instruction, found %s", asm_show(&t[i], b, sizeof b));
        return;
    }
    if (t[i].str[0] == '.' && !(t[i + 1].kind == TK_PUNCT && t[i + 1].ch == ':')) {
        directive(a, l, i, first);
        return;
    }
    int op = asm_op_lookup(t[i].str, t[i].slen);
    if (op < 0) {
        asm_error(a, &w, "unknown instruction '%s'", t[i].str);
        return;
    }
    if (!a->in_func) {
        asm_error(a, &w, "instruction '%s' outside a function (put code between .func and .endfunc)", t[i].str);
        return;
    }
    asm_insn(a, l, i, op);
}

/* Calls fn for every line; a line's tokens live until fn returns. */
static void each_line(as *a, void (*fn)(as *, srcline *, int))
{
    const char *p = a->text, *end = a->text + a->len;
    unsigned no = 0;
    int first = 1;
    while (p < end && !a->stopped) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        srcline l = { ++no, p, n, NULL, 0 };
        if (asm_lex(a, &l) == 0 && l.t[0].kind != TK_END) {
            fn(a, &l, first);
            first = 0;
        }
        asm_lex_free(&l);
        p += n + (nl != NULL);
    }
}

/* Is the first statement `.image`? (Lexical errors are left for the real pass.) */
static int is_image_listing(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t i = 0;
        while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\f' || p[i] == '\v')) i++;
        if (i < n && p[i] != ';' && p[i] != '#') {
            size_t k = i;
            while (k < n && p[k] != ' ' && p[k] != '\t' && p[k] != '\r' && p[k] != ';' && p[k] != '#') k++;
            return k - i == 6 && !memcmp(p + i, ".image", 6);
        }
        p += n + (nl != NULL);
    }
    return 0;
}

/* --- end of input: objects -------------------------------------------------------------------------- */
static int sect_kind(int sect)
{
    return sect == SEC_TEXT ? CK_SECT_CODE : sect == SEC_RODATA ? CK_SECT_RODATA : CK_SECT_DATA;
}

typedef struct byoff { uint32_t value; size_t sym; } byoff;
static int cmp_byoff(const void *x, const void *y)
{
    const byoff *p = x, *q = y;
    return p->value < q->value ? -1 : p->value > q->value;
}

/* The size a data symbol gets when .size does not say: up to the next symbol or the section end. */
static void default_sizes(as *a, uint8_t kind, uint64_t end)
{
    byoff *v = ck_xmalloc(sizeof *v * (a->nsyms ? a->nsyms : 1));
    size_t n = 0;
    for (size_t i = 0; i < a->nsyms; i++)
        if (a->syms[i].defined && a->syms[i].kind == kind) v[n++] = (byoff){a->syms[i].value, i};
    qsort(v, n, sizeof *v, cmp_byoff);
    for (size_t i = 0, j = 0; i < n; i++) {
        while (j < n && v[j].value <= v[i].value) j++;
        asym *s = &a->syms[v[i].sym];
        uint32_t size = (uint32_t)((j < n ? v[j].value : end) - v[i].value);
        if (!s->has_size) s->size = size;
        else if (s->size > end - s->value)
            asm_error(a, &s->size_at, "'.size %s, %u' runs past the end of its section", s->name, s->size);
    }
    free(v);
}

static void finish_obj(as *a, ck_obj *o)
{
    memset(o, 0, sizeof *o);
    for (size_t i = 0; i < a->nfix; i++) {
        afix *x = &a->fix[i];
        if (x->kind == FIX_NATIVE16 || x->kind == FIX_NATIVE8) {
            size_t k;
            if (!ck_strmap_get(&a->impmap, x->name, &k)) {
                asm_error(a, &x->where, "undefined native '%s' (declare it with .import NAME, VERSION, NARGS, NRETS)",
                          x->name);
                continue;
            }
            x->sym = k;
            continue;
        }
        const asym *s = &a->syms[x->sym];
        if (!s->defined) continue;
        if (x->kind == FIX_ADDR16 && s->kind == CK_SYM_FUNC)
            asm_error(a, &x->where, "'%s' is a function: a function pointer takes 32 bits (li rd, @%s)", s->name,
                      s->name);
        else if (x->kind == FIX_ADDR32 && s->kind == CK_SYM_FUNC)
            asm_error(a, &x->where, "'%s' is a function: write @%s for a function pointer", s->name, s->name);
        else if (x->kind != FIX_ADDR32 && x->kind != FIX_ADDR16 && s->kind != CK_SYM_FUNC)
            asm_error(a, &x->where, "'%s' is data, not a function", s->name);
    }
    for (size_t i = 0; i < a->nsyms; i++) {
        asym *s = &a->syms[i];
        if (s->local && !s->defined) asm_error(a, &s->def, "'%s' is declared .local but never defined", s->name);
        else if (s->has_size && !s->defined)
            asm_error(a, &s->size_at, "'.size' of '%s', which is not defined here", s->name);
    }
    default_sizes(a, CK_SYM_RODATA, a->rodata.len);
    default_sizes(a, CK_SYM_DATA, a->data.len);
    default_sizes(a, CK_SYM_BSS, a->bss);
    for (size_t i = 0; i < a->nfuncs; i++) {
        if (a->funcs[i].sym == (size_t)-1) continue;               /* a bad header, already reported */
        asym *s = &a->syms[a->funcs[i].sym];
        if (s->kind != CK_SYM_FUNC || s->value != i) continue;     /* a duplicate, already reported */
        if (!s->has_size) s->size = a->funcs[i].code_size;
        else if (s->size > a->funcs[i].code_size)
            asm_error(a, &s->size_at, "'.size %s, %u' is larger than its %u bytes of code", s->name, s->size,
                      a->funcs[i].code_size);
    }
    if (a->nerr) return;
    o->funcs = ck_xmalloc(sizeof *o->funcs * (a->nfuncs ? a->nfuncs : 1));
    o->nfuncs = a->nfuncs;
    for (size_t i = 0; i < a->nfuncs; i++) {
        const afunc *f = &a->funcs[i];
        o->funcs[i] = (ck_obj_func){ f->code_off, f->code_size, f->frame, (uint8_t)f->nargs, (uint8_t)f->nrets,
                                     (uint8_t)f->nregs, a->syms[f->sym].global ? CK_FUNC_GLOBAL : 0 };
    }
    o->syms = ck_xmalloc(sizeof *o->syms * (a->nsyms ? a->nsyms : 1));
    o->nsyms = a->nsyms;
    for (size_t i = 0; i < a->nsyms; i++) {
        const asym *s = &a->syms[i];
        o->syms[i] = (ck_obj_sym){ ck_xstrdup(s->name), s->defined ? s->kind : CK_SYM_UNDEF,
                                   s->global ? CK_SYM_GLOBAL : 0, s->defined ? s->value : 0,
                                   s->defined ? s->size : 0 };
    }
    o->imports = ck_xmalloc(sizeof *o->imports * (a->nimports ? a->nimports : 1));
    o->nimports = a->nimports;
    for (size_t i = 0; i < a->nimports; i++) {
        o->imports[i] = a->imports[i];
        o->imports[i].name = ck_xstrdup(a->imports[i].name);
    }
    o->relocs = ck_xmalloc(sizeof *o->relocs * (a->nfix ? a->nfix : 1));
    o->nrelocs = a->nfix;
    for (size_t i = 0; i < a->nfix; i++) {
        const afix *x = &a->fix[i];
        static const uint8_t kinds[] = {0, CK_REL_FUNC16, CK_REL_FPTR32, CK_REL_ADDR32, CK_REL_NATIVE16, CK_REL_ADDR16,
                                        CK_REL_NATIVE8};
        o->relocs[i] = (ck_obj_reloc){ (uint8_t)sect_kind(x->sect), kinds[x->kind], x->at, (uint32_t)x->sym,
                                       x->addend };
    }
    ck_buf_put(&o->code, a->code.data, a->code.len);
    ck_buf_put(&o->rodata, a->rodata.data, a->rodata.len);
    ck_buf_put(&o->data, a->data.data, a->data.len);
    ck_lines_encode(&a->locs, &o->lines);
    o->bss_size = (uint32_t)a->bss;
    o->stack_size = (uint32_t)a->stack;
}

/* --- end of input: images ---------------------------------------------------------------------------- */
/* Index of a function or import named by a reference in an image listing, or -1 (reported). */
static long image_index(as *a, const afix *x, ck_strmap *map, size_t count, const char *what)
{
    if (!x->name) {
        if (x->index >= count) {
            asm_error(a, &x->where, "%s index %llu is out of range (%zu %ss)", what, (unsigned long long)x->index,
                      count, what);
            return -1;
        }
        return (long)x->index;
    }
    size_t k;
    if (!ck_strmap_get(map, x->name, &k)) {
        asm_error(a, &x->where, "undefined %s '%s'", what, x->name);
        return -1;
    }
    if (k == AMBIGUOUS) {
        asm_error(a, &x->where, "%s name '%s' is ambiguous (several have it): refer to it by index", what, x->name);
        return -1;
    }
    return (long)k;
}

static void finish_image(as *a, ck_image *im)
{
    memset(im, 0, sizeof *im);
    uint32_t data_addr = ck_image_data_addr((uint32_t)a->rodata.len);
    for (size_t i = 0; i < a->nfix; i++) {
        afix *x = &a->fix[i];
        ck_buf *b = asm_section_buf(a, x->sect);
        long k;
        uint32_t v;
        switch (x->kind) {
        case FIX_FUNC16: case FIX_FPTR32:
            if ((k = image_index(a, x, &a->funcmap, a->nfuncs, "function")) < 0) continue;
            if (x->kind == FIX_FUNC16) {
                b->data[x->at] = (uint8_t)k;
                b->data[x->at + 1] = (uint8_t)(k >> 8);
                continue;
            }
            v = (uint32_t)k + CK_FPTR_BIAS;
            break;
        case FIX_NATIVE16: case FIX_NATIVE8:
            if ((k = image_index(a, x, &a->impmap, a->nimports, "import")) < 0) continue;
            if (x->kind == FIX_NATIVE8 && k > 255) {
                asm_error(a, &x->where, "import %ld does not fit the 8-bit operand of calln.n: use calln", k);
                continue;
            }
            b->data[x->at] = (uint8_t)k;
            if (x->kind == FIX_NATIVE16) b->data[x->at + 1] = (uint8_t)(k >> 8);
            continue;
        default: {
            size_t s;
            if (!ck_strmap_get(&a->symmap, x->name, &s) || !a->syms[s].defined) {
                asm_error(a, &x->where, "undefined label '%s' (an image listing has no external symbols)", x->name);
                continue;
            }
            const asym *sy = &a->syms[s];
            v = (sy->kind == CK_SYM_RODATA ? CK_MEM_BASE : data_addr) + sy->value + (uint32_t)x->addend;
            if (x->kind == FIX_ADDR16) {
                if (v > 0xffffu) {
                    asm_error(a, &x->where, "the address of '%s' (0x%x) does not fit in 16 bits: use li", x->name, v);
                    continue;
                }
                b->data[x->at] = (uint8_t)v;
                b->data[x->at + 1] = (uint8_t)(v >> 8);
                continue;
            }
            break;
        }
        }
        b->data[x->at] = (uint8_t)v;
        b->data[x->at + 1] = (uint8_t)(v >> 8);
        b->data[x->at + 2] = (uint8_t)(v >> 16);
        b->data[x->at + 3] = (uint8_t)(v >> 24);
    }
    if (!a->nfuncs) {
        asm_error(a, NULL, "an image listing needs at least one function");
        return;
    }
    if (a->have_entry) {
        afix x = { .name = a->entry_name, .index = a->entry_index, .where = a->entry_loc };
        long k = image_index(a, &x, &a->funcmap, a->nfuncs, "function");
        if (k >= 0) im->entry = (uint32_t)k;
    } else {
        size_t k;
        if (!ck_strmap_get(&a->funcmap, "main", &k) || k == AMBIGUOUS)
            asm_error(a, NULL, "no '.entry' and no single function 'main' to start at");
        else im->entry = (uint32_t)k;
    }
    if (a->locs.nrows && a->lines.len)
        asm_error(a, &a->last_loc, "an image listing gives its line table as .loc directives or as .lines "
                                   "bytes, not both");
    if (a->nerr) return;
    im->funcs = ck_xmalloc(sizeof *im->funcs * a->nfuncs);
    im->nfuncs = a->nfuncs;
    for (size_t i = 0; i < a->nfuncs; i++) {
        const afunc *f = &a->funcs[i];
        im->funcs[i] = (ck_image_func){ f->code_off, f->code_size, f->frame, (uint8_t)f->nargs, (uint8_t)f->nrets,
                                        (uint8_t)f->nregs, (uint8_t)f->flags,
                                        a->no_names ? NULL : ck_xstrdup(f->name) };
    }
    im->has_names = !a->no_names;
    im->imports = ck_xmalloc(sizeof *im->imports * (a->nimports ? a->nimports : 1));
    im->nimports = a->nimports;
    for (size_t i = 0; i < a->nimports; i++) {
        im->imports[i] = a->imports[i];
        im->imports[i].name = ck_xstrdup(a->imports[i].name);
    }
    ck_buf_put(&im->code, a->code.data, a->code.len);
    ck_buf_put(&im->rodata, a->rodata.data, a->rodata.len);
    ck_buf_put(&im->data, a->data.data, a->data.len);
    ck_buf_put(&im->lines, a->lines.data, a->lines.len);
    ck_lines_encode(&a->locs, &im->lines);
    im->bss_size = (uint32_t)a->bss;
    im->stack_size = a->have_stack ? (uint32_t)a->stack : CK_DEFAULT_STACK;
}

/* --- entry points ------------------------------------------------------------------------------------- */
static void run(as *a)
{
    each_line(a, statement);
    if (a->in_func && !a->stopped) {
        asm_error(a, &cur_func(a)->where, "function '%s' has no '.endfunc'", cur_func(a)->name);
        end_func(a);
    }
}

static void as_free(as *a)
{
    ck_buf_free(&a->code);
    ck_buf_free(&a->rodata);
    ck_buf_free(&a->data);
    ck_buf_free(&a->lines);
    ck_lines_free(&a->locs);
    for (size_t i = 0; i < a->nfuncs; i++) free(a->funcs[i].name);
    free(a->funcs);
    clear_labels(a);
    free(a->label_loc);
    free(a->label_off);
    free(a->bfix);
    for (size_t i = 0; i < a->nfix; i++) free(a->fix[i].name);
    free(a->fix);
    for (size_t i = 0; i < a->nsyms; i++) free(a->syms[i].name);
    free(a->syms);
    ck_strmap_free(&a->symmap);
    for (size_t i = 0; i < a->nimports; i++) free(a->imports[i].name);
    free(a->imports);
    free(a->import_loc);
    ck_strmap_free(&a->impmap);
    ck_strmap_free(&a->funcmap);
    free(a->entry_name);
}

/* The written bytes must pass our own reader; anything else is a bug worth a clear message. */
static int self_check(as *a, const ck_buf *b, int image)
{
    char err[512];
    int rc;
    if (image) {
        ck_image im;
        rc = ck_image_read(&im, b->data, b->len, err, sizeof err);
        if (!rc) ck_image_free(&im);
    } else {
        ck_obj o;
        rc = ck_obj_read(&o, b->data, b->len, err, sizeof err);
        if (!rc) ck_obj_free(&o);
    }
    if (rc) asm_error(a, NULL, "the assembled %s would be invalid: %s", image ? "image" : "object", err);
    return rc;
}

static int to_obj(as *a, ck_obj *out)
{
    run(a);
    finish_obj(a, out);
    if (a->nerr) { ck_obj_free(out); return -1; }
    return 0;
}

int ck_asm_to_obj(const char *file, const char *text, size_t len, ck_obj *out)
{
    as a = { .file = file, .text = text, .len = len };
    memset(out, 0, sizeof *out);
    int rc = -1;
    if (is_image_listing(text, len)) {
        asm_error(&a, NULL, "this is an image listing (.image); it assembles to an image, not an object");
    } else if (!to_obj(&a, out)) {
        ck_buf b = {0};
        ck_obj_write(out, &b);
        rc = self_check(&a, &b, 0);
        ck_buf_free(&b);
        if (rc) ck_obj_free(out);
    }
    as_free(&a);
    return rc;
}

int ck_asm_assemble(const char *file, const char *text, size_t len, ck_buf *out)
{
    as a = { .file = file, .text = text, .len = len, .image = is_image_listing(text, len) };
    ck_buf b = {0};
    int rc = -1;
    if (a.image) {
        ck_image im;
        run(&a);
        finish_image(&a, &im);
        if (!a.nerr) {
            ck_image_write(&im, &b);
            ck_image_free(&im);
        }
    } else {
        ck_obj o;
        if (!to_obj(&a, &o)) {
            ck_obj_write(&o, &b);
            ck_obj_free(&o);
        }
    }
    if (!a.nerr && !self_check(&a, &b, a.image)) {
        ck_buf_put(out, b.data, b.len);
        rc = 0;
    }
    ck_buf_free(&b);
    as_free(&a);
    return rc;
}

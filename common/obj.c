/* Cockpit objects (.cko): the canonical writer and the reader that checks everything a linker or
 * disassembler relies on, so that they can index every table without further checks. The rules
 * beyond the layout (functions concatenated in order, one symbol per function, zeroed relocation
 * fields, ...) are listed in docs/bytecode.md, "Object (.cko)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "container.h"

void ck_obj_free(ck_obj *o)
{
    ck_buf_free(&o->code);
    ck_buf_free(&o->rodata);
    ck_buf_free(&o->data);
    ck_buf_free(&o->lines);
    for (size_t i = 0; i < o->nsyms; i++) free(o->syms[i].name);
    for (size_t i = 0; i < o->nimports; i++) free(o->imports[i].name);
    free(o->funcs);
    free(o->syms);
    free(o->imports);
    free(o->relocs);
    memset(o, 0, sizeof *o);
}

/* --- writer -------------------------------------------------------------------------------------- */
static int reloc_order(const void *a, const void *b)
{
    const ck_obj_reloc *x = a, *y = b;
    if (x->section != y->section) return x->section < y->section ? -1 : 1;
    if (x->offset != y->offset) return x->offset < y->offset ? -1 : 1;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    if (x->sym != y->sym) return x->sym < y->sym ? -1 : 1;
    return x->addend < y->addend ? -1 : x->addend > y->addend;
}

void ck_obj_write(const ck_obj *o, ck_buf *out)
{
    ck_buf funcs = {0}, imports = {0}, syms = {0}, relocs = {0};
    ck_strtab st = {0};
    for (size_t i = 0; i < o->nfuncs; i++) {
        const ck_obj_func *f = &o->funcs[i];
        ck_buf_u32(&funcs, f->code_off);
        ck_buf_u32(&funcs, f->code_size);
        ck_buf_u32(&funcs, f->frame);
        ck_buf_u8(&funcs, f->nargs);
        ck_buf_u8(&funcs, f->nrets);
        ck_buf_u8(&funcs, f->nregs);
        ck_buf_u8(&funcs, f->flags);
    }
    for (size_t i = 0; i < o->nimports; i++) {
        const ck_obj_import *im = &o->imports[i];
        ck_buf_u32(&imports, ck_strtab_add(&st, im->name ? im->name : ""));
        ck_buf_u16(&imports, im->version);
        ck_buf_u8(&imports, im->nargs);
        ck_buf_u8(&imports, im->nrets);
    }
    for (size_t i = 0; i < o->nsyms; i++) {
        const ck_obj_sym *s = &o->syms[i];
        ck_buf_u32(&syms, ck_strtab_add(&st, s->name ? s->name : ""));
        ck_buf_u8(&syms, s->kind);
        ck_buf_u8(&syms, s->flags);
        ck_buf_u16(&syms, 0);
        ck_buf_u32(&syms, s->value);
        ck_buf_u32(&syms, s->size);
    }
    /* relocations carry no identity: sorting them makes the output independent of emission order */
    ck_obj_reloc *rs = ck_xmalloc(sizeof *rs * (o->nrelocs ? o->nrelocs : 1));
    if (o->nrelocs) memcpy(rs, o->relocs, sizeof *rs * o->nrelocs);
    qsort(rs, o->nrelocs, sizeof *rs, reloc_order);
    for (size_t i = 0; i < o->nrelocs; i++) {
        ck_buf_u8(&relocs, rs[i].section);
        ck_buf_u8(&relocs, rs[i].kind);
        ck_buf_u16(&relocs, 0);
        ck_buf_u32(&relocs, rs[i].offset);
        ck_buf_u32(&relocs, rs[i].sym);
        ck_buf_u32(&relocs, (uint32_t)rs[i].addend);
    }
    free(rs);
    ck_section sect[CK_NKINDS] = {{0}};
    sect[CK_SECT_FUNCS] = (ck_section){funcs.data, (uint32_t)funcs.len, 1};
    sect[CK_SECT_CODE] = (ck_section){o->code.data, (uint32_t)o->code.len, 1};
    sect[CK_SECT_IMPORTS] = (ck_section){imports.data, (uint32_t)imports.len, imports.len > 0};
    sect[CK_SECT_RODATA] = (ck_section){o->rodata.data, (uint32_t)o->rodata.len, o->rodata.len > 0};
    sect[CK_SECT_DATA] = (ck_section){o->data.data, (uint32_t)o->data.len, o->data.len > 0};
    sect[CK_SECT_STRTAB] = (ck_section){st.b.data, (uint32_t)st.b.len, st.b.len > 0};
    sect[CK_SECT_SYMS] = (ck_section){syms.data, (uint32_t)syms.len, syms.len > 0};
    sect[CK_SECT_RELOCS] = (ck_section){relocs.data, (uint32_t)relocs.len, relocs.len > 0};
    sect[CK_SECT_LINES] = (ck_section){o->lines.data, (uint32_t)o->lines.len, o->lines.len > 0};
    ck_container_write(out, CK_OBJECT_MAGIC, CK_OBJECT_VERSION, 0, o->bss_size, o->stack_size, sect);
    ck_buf_free(&funcs);
    ck_buf_free(&imports);
    ck_buf_free(&syms);
    ck_buf_free(&relocs);
    ck_strtab_free(&st);
}

/* --- reader -------------------------------------------------------------------------------------- */
typedef struct rd {
    ck_container c;
    ck_obj *o;
    char *err;
    size_t errlen;
} rd;

static const char *kind_name(unsigned k)
{
    static const char *n[] = {"undefined", "function", "rodata", "data", "bss"};
    return k < 5 ? n[k] : "?";
}

static const char *reloc_name(unsigned k)
{
    static const char *n[] = {"?", "ADDR32", "FUNC16", "FPTR32", "NATIVE16", "ADDR16", "NATIVE8"};
    return k < 7 ? n[k] : "?";
}

static int read_funcs(rd *r)
{
    ck_obj *o = r->o;
    const ck_section *s = &r->c.sect[CK_SECT_FUNCS];
    size_t n = ck_nrec(s, CK_FUNC_SIZE);
    uint32_t code_size = r->c.sect[CK_SECT_CODE].size, at = 0;
    if (n > CK_MAX_FUNCS) {
        snprintf(r->err, r->errlen, "too many functions: %zu (at most %u)", n, CK_MAX_FUNCS);
        return -1;
    }
    o->funcs = ck_xmalloc(sizeof *o->funcs * (n ? n : 1));
    o->nfuncs = n;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = s->p + i * CK_FUNC_SIZE;
        ck_obj_func *f = &o->funcs[i];
        *f = (ck_obj_func){ck_get32(p), ck_get32(p + 4), ck_get32(p + 8), p[12], p[13], p[14], p[15]};
        if (f->code_off > code_size || f->code_size > code_size - f->code_off) {
            snprintf(r->err, r->errlen, "function %zu: code [%u, +%u) lies outside CODE (%u bytes)", i,
                     f->code_off, f->code_size, code_size);
            return -1;
        }
        if (f->code_off != at) {
            snprintf(r->err, r->errlen, "function %zu: code starts at CODE offset %u, expected %u "
                     "(an object's functions are concatenated in order)", i, f->code_off, at);
            return -1;
        }
        if (!f->code_size) {
            snprintf(r->err, r->errlen, "function %zu has empty code", i);
            return -1;
        }
        if (f->code_size > CK_MAX_FUNC_CODE) {
            snprintf(r->err, r->errlen, "function %zu has %u bytes of code (at most %u)", i, f->code_size,
                     CK_MAX_FUNC_CODE);
            return -1;
        }
        if (f->nargs > f->nregs || f->nrets > f->nregs) {
            snprintf(r->err, r->errlen, "function %zu: %u argument and %u result registers do not fit in its "
                     "%u registers", i, f->nargs, f->nrets, f->nregs);
            return -1;
        }
        if (f->frame > CK_MAX_FRAME) {
            snprintf(r->err, r->errlen, "function %zu: frame of %u bytes exceeds the limit of %u", i, f->frame,
                     CK_MAX_FRAME);
            return -1;
        }
        if (f->flags & ~CK_FUNC_GLOBAL) {
            snprintf(r->err, r->errlen, "function %zu has unknown flags 0x%02x", i, f->flags);
            return -1;
        }
        at += f->code_size;
    }
    if (at != code_size) {
        snprintf(r->err, r->errlen, "CODE has %u bytes after the last function's code", code_size - at);
        return -1;
    }
    return 0;
}

static int read_imports(rd *r)
{
    ck_obj *o = r->o;
    const ck_section *s = &r->c.sect[CK_SECT_IMPORTS];
    size_t n = ck_nrec(s, CK_IMPORT_SIZE);
    if (n > CK_MAX_IMPORTS) {
        snprintf(r->err, r->errlen, "too many imports: %zu (at most %u)", n, CK_MAX_IMPORTS);
        return -1;
    }
    o->imports = ck_xmalloc(sizeof *o->imports * (n ? n : 1));
    memset(o->imports, 0, sizeof *o->imports * (n ? n : 1));
    ck_strmap seen = {0};
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const uint8_t *p = s->p + i * CK_IMPORT_SIZE;
        char what[48];
        snprintf(what, sizeof what, "import %zu", i);
        const char *name = ck_container_str(&r->c, ck_get32(p), what, r->err, r->errlen);
        if (!name) { rc = -1; break; }
        if (!*name) {
            snprintf(r->err, r->errlen, "import %zu has an empty name", i);
            rc = -1;
        } else if (ck_strmap_get(&seen, name, NULL)) {
            snprintf(r->err, r->errlen, "import '%s' is declared twice", name);
            rc = -1;
        }
        ck_strmap_put(&seen, name, i);
        o->imports[i] = (ck_obj_import){ck_xstrdup(name), ck_get16(p + 4), p[6], p[7]};
        o->nimports = i + 1;
    }
    ck_strmap_free(&seen);
    return rc;
}

static int check_sym(rd *r, size_t i, const ck_obj_sym *sy, const uint8_t *p)
{
    const ck_obj *o = r->o;
    if (!*sy->name) {
        snprintf(r->err, r->errlen, "symbol %zu has an empty name", i);
        return -1;
    }
    if (sy->kind > CK_SYM_BSS) {
        snprintf(r->err, r->errlen, "symbol '%s' has unknown kind %u", sy->name, sy->kind);
        return -1;
    }
    if (sy->flags & ~CK_SYM_GLOBAL) {
        snprintf(r->err, r->errlen, "symbol '%s' has unknown flags 0x%02x", sy->name, sy->flags);
        return -1;
    }
    if (ck_get16(p + 6)) {
        snprintf(r->err, r->errlen, "symbol '%s': reserved field is not 0", sy->name);
        return -1;
    }
    uint32_t limit = 0;
    switch (sy->kind) {
    case CK_SYM_UNDEF:
        if (sy->value || sy->size) {
            snprintf(r->err, r->errlen, "undefined symbol '%s' has a value or size (must be 0)", sy->name);
            return -1;
        }
        return 0;
    case CK_SYM_FUNC:
        if (sy->value >= o->nfuncs) {
            snprintf(r->err, r->errlen, "symbol '%s' names function %u, but there are %zu functions", sy->name,
                     sy->value, o->nfuncs);
            return -1;
        }
        if (sy->size > o->funcs[sy->value].code_size) {
            snprintf(r->err, r->errlen, "symbol '%s': size %u exceeds its function's %u bytes of code", sy->name,
                     sy->size, o->funcs[sy->value].code_size);
            return -1;
        }
        return 0;
    case CK_SYM_RODATA: limit = (uint32_t)o->rodata.len; break;
    case CK_SYM_DATA: limit = (uint32_t)o->data.len; break;
    default: limit = o->bss_size; break;
    }
    if (sy->value > limit || sy->size > limit - sy->value) {
        snprintf(r->err, r->errlen, "%s symbol '%s' (offset %u, size %u) lies outside its section (%u bytes)",
                 kind_name(sy->kind), sy->name, sy->value, sy->size, limit);
        return -1;
    }
    return 0;
}

static int read_syms(rd *r)
{
    ck_obj *o = r->o;
    const ck_section *s = &r->c.sect[CK_SECT_SYMS];
    size_t n = ck_nrec(s, CK_SYM_SIZE);
    o->syms = ck_xmalloc(sizeof *o->syms * (n ? n : 1));
    size_t *owner = ck_xmalloc(sizeof *owner * (o->nfuncs ? o->nfuncs : 1));
    for (size_t i = 0; i < o->nfuncs; i++) owner[i] = (size_t)-1;
    ck_strmap seen = {0};
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const uint8_t *p = s->p + i * CK_SYM_SIZE;
        char what[48];
        snprintf(what, sizeof what, "symbol %zu", i);
        const char *name = ck_container_str(&r->c, ck_get32(p), what, r->err, r->errlen);
        if (!name) { rc = -1; break; }
        ck_obj_sym *sy = &o->syms[i];
        *sy = (ck_obj_sym){ck_xstrdup(name), p[4], p[5], ck_get32(p + 8), ck_get32(p + 12)};
        o->nsyms = i + 1;
        if ((rc = check_sym(r, i, sy, p))) break;
        size_t prev;
        if (ck_strmap_get(&seen, name, &prev)) {
            snprintf(r->err, r->errlen, "symbol '%s' appears twice (symbols %zu and %zu)", name, prev, i);
            rc = -1;
            break;
        }
        ck_strmap_put(&seen, name, i);
        if (sy->kind != CK_SYM_FUNC) continue;
        if (owner[sy->value] != (size_t)-1) {
            snprintf(r->err, r->errlen, "function %u has two symbols, '%s' and '%s'", sy->value,
                     o->syms[owner[sy->value]].name, name);
            rc = -1;
            break;
        }
        owner[sy->value] = i;
        if ((sy->flags & CK_SYM_GLOBAL) != (o->funcs[sy->value].flags & CK_FUNC_GLOBAL)) {
            snprintf(r->err, r->errlen, "symbol '%s' is %s but its function record says %s", name,
                     sy->flags & CK_SYM_GLOBAL ? "global" : "local",
                     o->funcs[sy->value].flags & CK_FUNC_GLOBAL ? "global" : "local");
            rc = -1;
            break;
        }
    }
    for (size_t i = 0; i < o->nfuncs && !rc; i++)
        if (owner[i] == (size_t)-1) {
            snprintf(r->err, r->errlen, "function %zu has no symbol (every function needs exactly one)", i);
            rc = -1;
        }
    free(owner);
    ck_strmap_free(&seen);
    return rc;
}

typedef struct site { uint8_t section; uint32_t offset, width; size_t index; } site;

static int by_site(const void *a, const void *b)
{
    const site *x = a, *y = b;
    if (x->section != y->section) return x->section < y->section ? -1 : 1;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int check_reloc(rd *r, size_t i, const ck_obj_reloc *rl, const uint8_t *p)
{
    const ck_obj *o = r->o;
    const ck_buf *sec = rl->section == CK_SECT_CODE ? &o->code : rl->section == CK_SECT_RODATA ? &o->rodata
                      : rl->section == CK_SECT_DATA ? &o->data : NULL;
    if (!sec) {
        snprintf(r->err, r->errlen, "relocation %zu applies to section %u; only CODE, RODATA and DATA are "
                 "relocated", i, rl->section);
        return -1;
    }
    if (rl->kind < CK_REL_ADDR32 || rl->kind > CK_REL_NATIVE8) {
        snprintf(r->err, r->errlen, "relocation %zu has unknown kind %u", i, rl->kind);
        return -1;
    }
    if (ck_get16(p + 2)) {
        snprintf(r->err, r->errlen, "relocation %zu: reserved field is not 0", i);
        return -1;
    }
    const char *kn = reloc_name(rl->kind), *sn = ck_section_name(rl->section);
    uint32_t width = CK_REL_WIDTH(rl->kind);
    if (rl->offset > sec->len || width > sec->len - rl->offset) {
        snprintf(r->err, r->errlen, "relocation %zu (%s at %s+%u) lies outside %s (%zu bytes)", i, kn, sn,
                 rl->offset, sn, sec->len);
        return -1;
    }
    if (width < 4 && rl->section != CK_SECT_CODE) {
        snprintf(r->err, r->errlen, "relocation %zu: %s relocations patch instruction operands, not %s", i, kn, sn);
        return -1;
    }
    if (!CK_REL_IS_ADDR(rl->kind) && rl->addend) {
        snprintf(r->err, r->errlen, "relocation %zu: a %s relocation has no addend (found %d)", i, kn,
                 (int)rl->addend);
        return -1;
    }
    for (uint32_t k = 0; k < width; k++)
        if (sec->data[rl->offset + k]) {
            snprintf(r->err, r->errlen, "relocation %zu: the field it patches at %s+%u is not zero", i, sn,
                     rl->offset);
            return -1;
        }
    if (CK_REL_IS_NATIVE(rl->kind)) {
        if (rl->sym >= o->nimports) {
            snprintf(r->err, r->errlen, "relocation %zu refers to import %u, but there are %zu imports", i,
                     rl->sym, o->nimports);
            return -1;
        }
        return 0;
    }
    if (rl->sym >= o->nsyms) {
        snprintf(r->err, r->errlen, "relocation %zu refers to symbol %u, but there are %zu symbols", i, rl->sym,
                 o->nsyms);
        return -1;
    }
    const ck_obj_sym *sy = &o->syms[rl->sym];
    if (CK_REL_IS_ADDR(rl->kind) && sy->kind == CK_SYM_FUNC) {
        snprintf(r->err, r->errlen, "relocation %zu: %s needs a data symbol, but '%s' is a function", i, kn,
                 sy->name);
        return -1;
    }
    if (!CK_REL_IS_ADDR(rl->kind) && sy->kind != CK_SYM_FUNC && sy->kind != CK_SYM_UNDEF) {
        snprintf(r->err, r->errlen, "relocation %zu: %s needs a function symbol, but '%s' is %s", i, kn, sy->name,
                 kind_name(sy->kind));
        return -1;
    }
    return 0;
}

static int read_relocs(rd *r)
{
    ck_obj *o = r->o;
    const ck_section *s = &r->c.sect[CK_SECT_RELOCS];
    size_t n = ck_nrec(s, CK_RELOC_SIZE);
    o->relocs = ck_xmalloc(sizeof *o->relocs * (n ? n : 1));
    site *sites = ck_xmalloc(sizeof *sites * (n ? n : 1));
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const uint8_t *p = s->p + i * CK_RELOC_SIZE;
        ck_obj_reloc *rl = &o->relocs[i];
        *rl = (ck_obj_reloc){p[0], p[1], ck_get32(p + 4), ck_get32(p + 8), (int32_t)ck_get32(p + 12)};
        o->nrelocs = i + 1;
        rc = check_reloc(r, i, rl, p);
        sites[i] = (site){rl->section, rl->offset, CK_REL_WIDTH(rl->kind), i};
    }
    if (!rc) {
        qsort(sites, n, sizeof *sites, by_site);
        for (size_t i = 1; i < n; i++)
            if (sites[i].section == sites[i - 1].section &&
                sites[i].offset - sites[i - 1].offset < sites[i - 1].width) {
                snprintf(r->err, r->errlen, "relocations %zu and %zu overlap at %s+%u", sites[i - 1].index,
                         sites[i].index, ck_section_name(sites[i].section), sites[i].offset);
                rc = -1;
                break;
            }
    }
    free(sites);
    return rc;
}

/* The line table must decode (canonically) against the functions just read. */
static int read_lines(rd *r)
{
    const ck_section *s = &r->c.sect[CK_SECT_LINES];
    if (!s->present) return 0;
    uint32_t *sizes = ck_xmalloc(sizeof *sizes * (r->o->nfuncs + 1));
    for (size_t i = 0; i < r->o->nfuncs; i++) sizes[i] = r->o->funcs[i].code_size;
    ck_lines l;
    int rc = ck_lines_decode(&l, s->p, s->size, sizes, r->o->nfuncs, r->err, r->errlen);
    free(sizes);
    if (rc) return -1;
    ck_lines_free(&l);
    ck_buf_put(&r->o->lines, s->p, s->size);
    return 0;
}

int ck_obj_read(ck_obj *o, const uint8_t *p, size_t n, char *err, size_t errlen)
{
    rd r = { .o = o, .err = err, .errlen = errlen };
    memset(o, 0, sizeof *o);
    if (ck_container_parse(&r.c, p, n, 0, err, errlen)) return -1;
    if (r.c.entry) {
        snprintf(err, errlen, "object header: entry field is %u, must be 0", r.c.entry);
        return -1;
    }
    o->bss_size = r.c.bss_size;
    o->stack_size = r.c.stack_size;
    ck_buf_put(&o->code, r.c.sect[CK_SECT_CODE].p, r.c.sect[CK_SECT_CODE].size);
    ck_buf_put(&o->rodata, r.c.sect[CK_SECT_RODATA].p, r.c.sect[CK_SECT_RODATA].size);
    ck_buf_put(&o->data, r.c.sect[CK_SECT_DATA].p, r.c.sect[CK_SECT_DATA].size);
    if (read_funcs(&r) || read_imports(&r) || read_syms(&r) || read_relocs(&r) || read_lines(&r)) {
        ck_obj_free(o);
        return -1;
    }
    return 0;
}

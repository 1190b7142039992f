/* Cockpit images (.cbc): the canonical writer (sections in kind order, strings in first-use order,
 * no padding: the same content always gives the same bytes) and a structural reader for the tools.
 * The VM has its own loader and verifier (vm/core/load.c); this reader checks the layout, tables
 * and names but not the code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "container.h"

void ck_image_free(ck_image *im)
{
    ck_buf_free(&im->code);
    ck_buf_free(&im->rodata);
    ck_buf_free(&im->data);
    ck_buf_free(&im->lines);
    for (size_t i = 0; i < im->nfuncs; i++) free(im->funcs[i].name);
    for (size_t i = 0; i < im->nimports; i++) free(im->imports[i].name);
    free(im->funcs);
    free(im->imports);
    memset(im, 0, sizeof *im);
}

static uint32_t align8(uint64_t v) { return (uint32_t)((v + 7) & ~(uint64_t)7); }

uint32_t ck_image_data_addr(uint32_t rodata_size) { return align8((uint64_t)CK_MEM_BASE + rodata_size); }

uint32_t ck_image_bss_addr(uint32_t rodata_size, uint32_t data_size)
{
    return align8((uint64_t)ck_image_data_addr(rodata_size) + data_size);
}

void ck_image_write(const ck_image *im, ck_buf *out)
{
    ck_buf funcs = {0}, imports = {0}, names = {0};
    ck_strtab st = {0};
    for (size_t i = 0; i < im->nfuncs; i++) {
        const ck_image_func *f = &im->funcs[i];
        ck_buf_u32(&funcs, f->code_off);
        ck_buf_u32(&funcs, f->code_size);
        ck_buf_u32(&funcs, f->frame);
        ck_buf_u8(&funcs, f->nargs);
        ck_buf_u8(&funcs, f->nrets);
        ck_buf_u8(&funcs, f->nregs);
        ck_buf_u8(&funcs, f->flags);
    }
    for (size_t i = 0; i < im->nimports; i++) {
        const ck_obj_import *m = &im->imports[i];
        ck_buf_u32(&imports, ck_strtab_add(&st, m->name ? m->name : ""));
        ck_buf_u16(&imports, m->version);
        ck_buf_u8(&imports, m->nargs);
        ck_buf_u8(&imports, m->nrets);
    }
    if (im->has_names)
        for (size_t i = 0; i < im->nfuncs; i++)
            ck_buf_u32(&names, ck_strtab_add(&st, im->funcs[i].name ? im->funcs[i].name : ""));
    ck_section sect[CK_NKINDS] = {{0}};
    sect[CK_SECT_FUNCS] = (ck_section){funcs.data, (uint32_t)funcs.len, 1};
    sect[CK_SECT_CODE] = (ck_section){im->code.data, (uint32_t)im->code.len, 1};
    sect[CK_SECT_IMPORTS] = (ck_section){imports.data, (uint32_t)imports.len, imports.len > 0};
    sect[CK_SECT_RODATA] = (ck_section){im->rodata.data, (uint32_t)im->rodata.len, im->rodata.len > 0};
    sect[CK_SECT_DATA] = (ck_section){im->data.data, (uint32_t)im->data.len, im->data.len > 0};
    sect[CK_SECT_STRTAB] = (ck_section){st.b.data, (uint32_t)st.b.len, st.b.len > 0};
    sect[CK_SECT_NAMES] = (ck_section){names.data, (uint32_t)names.len, im->has_names != 0};
    sect[CK_SECT_LINES] = (ck_section){im->lines.data, (uint32_t)im->lines.len, im->lines.len > 0};
    ck_container_write(out, CK_IMAGE_MAGIC, CK_IMAGE_VERSION, im->entry, im->bss_size, im->stack_size, sect);
    ck_buf_free(&funcs);
    ck_buf_free(&imports);
    ck_buf_free(&names);
    ck_strtab_free(&st);
}

static int read_funcs(ck_image *im, const ck_container *c, char *err, size_t errlen)
{
    const ck_section *s = &c->sect[CK_SECT_FUNCS];
    size_t n = ck_nrec(s, CK_FUNC_SIZE);
    uint32_t code_size = c->sect[CK_SECT_CODE].size;
    if (n > CK_MAX_FUNCS) {
        snprintf(err, errlen, "too many functions: %zu (at most %u)", n, CK_MAX_FUNCS);
        return -1;
    }
    im->funcs = ck_xmalloc(sizeof *im->funcs * (n ? n : 1));
    im->nfuncs = n;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = s->p + i * CK_FUNC_SIZE;
        ck_image_func *f = &im->funcs[i];
        *f = (ck_image_func){ck_get32(p), ck_get32(p + 4), ck_get32(p + 8), p[12], p[13], p[14], p[15], NULL};
    }
    for (size_t i = 0; i < n; i++) {
        const ck_image_func *f = &im->funcs[i];
        if (f->code_off > code_size || f->code_size > code_size - f->code_off) {
            snprintf(err, errlen, "function %zu: code [%u, +%u) lies outside CODE (%u bytes)", i, f->code_off,
                     f->code_size, code_size);
            return -1;
        }
        if (!f->code_size) {
            snprintf(err, errlen, "function %zu has empty code", i);
            return -1;
        }
        if (f->code_size > CK_MAX_FUNC_CODE) {
            snprintf(err, errlen, "function %zu has %u bytes of code (at most %u)", i, f->code_size,
                     CK_MAX_FUNC_CODE);
            return -1;
        }
        if (f->nargs > f->nregs || f->nrets > f->nregs) {
            snprintf(err, errlen, "function %zu: %u argument and %u result registers do not fit in its "
                     "%u registers", i, f->nargs, f->nrets, f->nregs);
            return -1;
        }
        if (f->frame > CK_MAX_FRAME) {
            snprintf(err, errlen, "function %zu: frame of %u bytes exceeds the limit of %u", i, f->frame,
                     CK_MAX_FRAME);
            return -1;
        }
    }
    return 0;
}

static int read_imports(ck_image *im, const ck_container *c, char *err, size_t errlen)
{
    const ck_section *s = &c->sect[CK_SECT_IMPORTS];
    size_t n = ck_nrec(s, CK_IMPORT_SIZE);
    if (n > CK_MAX_IMPORTS) {
        snprintf(err, errlen, "too many imports: %zu (at most %u)", n, CK_MAX_IMPORTS);
        return -1;
    }
    im->imports = ck_xmalloc(sizeof *im->imports * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = s->p + i * CK_IMPORT_SIZE;
        char what[48];
        snprintf(what, sizeof what, "import %zu", i);
        const char *name = ck_container_str(c, ck_get32(p), what, err, errlen);
        if (!name) return -1;
        if (!*name) {
            snprintf(err, errlen, "import %zu has an empty name", i);
            return -1;
        }
        im->imports[i] = (ck_obj_import){ck_xstrdup(name), ck_get16(p + 4), p[6], p[7]};
        im->nimports = i + 1;
    }
    return 0;
}

static int read_names(ck_image *im, const ck_container *c, char *err, size_t errlen)
{
    const ck_section *s = &c->sect[CK_SECT_NAMES];
    if (!s->present) return 0;
    im->has_names = 1;
    if (ck_nrec(s, 4) != im->nfuncs) {
        snprintf(err, errlen, "NAMES section has %zu entries for %zu functions", ck_nrec(s, 4), im->nfuncs);
        return -1;
    }
    for (size_t i = 0; i < im->nfuncs; i++) {
        char what[64];
        snprintf(what, sizeof what, "NAMES entry of function %zu", i);
        const char *name = ck_container_str(c, ck_get32(s->p + 4 * i), what, err, errlen);
        if (!name) return -1;
        im->funcs[i].name = ck_xstrdup(name);
    }
    return 0;
}

int ck_image_read(ck_image *im, const uint8_t *p, size_t n, char *err, size_t errlen)
{
    ck_container c;
    memset(im, 0, sizeof *im);
    if (ck_container_parse(&c, p, n, 1, err, errlen)) return -1;
    if (!c.sect[CK_SECT_FUNCS].present) {
        snprintf(err, errlen, "image has no FUNCS section");
        return -1;
    }
    if (!c.sect[CK_SECT_CODE].present) {
        snprintf(err, errlen, "image has no CODE section");
        return -1;
    }
    im->entry = c.entry;
    im->bss_size = c.bss_size;
    im->stack_size = c.stack_size;
    ck_buf_put(&im->code, c.sect[CK_SECT_CODE].p, c.sect[CK_SECT_CODE].size);
    ck_buf_put(&im->rodata, c.sect[CK_SECT_RODATA].p, c.sect[CK_SECT_RODATA].size);
    ck_buf_put(&im->data, c.sect[CK_SECT_DATA].p, c.sect[CK_SECT_DATA].size);
    ck_buf_put(&im->lines, c.sect[CK_SECT_LINES].p, c.sect[CK_SECT_LINES].size);
    int rc = read_funcs(im, &c, err, errlen);
    if (!rc && im->entry >= im->nfuncs) {
        snprintf(err, errlen, "entry function index %u is out of range (%zu functions)", im->entry, im->nfuncs);
        rc = -1;
    }
    if (!rc) rc = read_imports(im, &c, err, errlen);
    if (!rc) rc = read_names(im, &c, err, errlen);
    if (rc) ck_image_free(im);
    return rc;
}

/* --- debug line tables -------------------------------------------------------------------------------
 * The encoding (format.h, docs/bytecode.md "Debug line table"): file names, then per function delta-
 * coded rows; a special op is one byte for a row a few bytes and lines on from the one before. */
#define LINES_MAXDPC ((0xffu - CK_LINES_SPECIAL) / CK_LINES_LRANGE)   /* 42: special ops cover dpc 0..41 */

void ck_lines_free(ck_lines *l)
{
    for (size_t i = 0; i < l->nfiles; i++) free(l->files[i]);
    free(l->files);
    free(l->rows);
    ck_strmap_free(&l->fileidx);
    memset(l, 0, sizeof *l);
}

static uint32_t add_file(ck_lines *l, const char *name)
{
    if (l->nfiles == l->capfiles) {
        l->capfiles = l->capfiles ? l->capfiles * 2 : 8;
        l->files = ck_xrealloc(l->files, l->capfiles * sizeof *l->files);
    }
    l->files[l->nfiles] = ck_xstrdup(name);
    ck_strmap_put(&l->fileidx, name, l->nfiles);
    return (uint32_t)l->nfiles++;
}

uint32_t ck_lines_file(ck_lines *l, const char *name)
{
    size_t i;
    return ck_strmap_get(&l->fileidx, name, &i) ? (uint32_t)i : add_file(l, name);
}

void ck_lines_add(ck_lines *l, uint32_t func, uint32_t pc, uint32_t file, uint32_t line)
{
    if (l->nrows == l->caprows) {
        l->caprows = l->caprows ? l->caprows * 2 : 64;
        l->rows = ck_xrealloc(l->rows, l->caprows * sizeof *l->rows);
    }
    l->rows[l->nrows++] = (ck_line_row){func, pc, file, line};
}

static void put_uleb(ck_buf *b, uint64_t v)
{
    do {
        uint8_t c = v & 0x7f;
        v >>= 7;
        ck_buf_u8(b, (uint8_t)(c | (v ? 0x80 : 0)));
    } while (v);
}

static void put_sleb(ck_buf *b, int64_t v)
{
    for (;;) {
        uint8_t c = (uint8_t)(v & 0x7f);
        v >>= 7;   /* arithmetic: implementation-defined in C11, arithmetic on every compiler we use */
        if ((v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40))) { ck_buf_u8(b, c); return; }
        ck_buf_u8(b, c | 0x80);
    }
}

typedef struct lrow { ck_line_row r; size_t seq; } lrow;

static int lrow_order(const void *a, const void *b)
{
    const lrow *x = a, *y = b;
    if (x->r.func != y->r.func) return x->r.func < y->r.func ? -1 : 1;
    if (x->r.pc != y->r.pc) return x->r.pc < y->r.pc ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The rows that say something, in order: the last of several at one pc, none repeating the row
 * before it in its function, none with line 0 before a function's first line. */
static size_t lines_normalise(const ck_lines *l, lrow **out)
{
    lrow *v = ck_xmalloc(sizeof *v * (l->nrows ? l->nrows : 1));
    for (size_t i = 0; i < l->nrows; i++) v[i] = (lrow){l->rows[i], i};
    qsort(v, l->nrows, sizeof *v, lrow_order);
    size_t n = 0;
    for (size_t i = 0; i < l->nrows; i++) {
        if (i + 1 < l->nrows && v[i + 1].r.func == v[i].r.func && v[i + 1].r.pc == v[i].r.pc) continue;
        const ck_line_row *prev = n && v[n - 1].r.func == v[i].r.func ? &v[n - 1].r : NULL;
        const ck_line_row *r = &v[i].r;
        if (!r->line && (!prev || !prev->line)) continue;
        if (prev && r->line && prev->line == r->line && prev->file == r->file) continue;
        v[n++] = v[i];
    }
    *out = v;
    return n;
}

void ck_lines_encode(const ck_lines *l, ck_buf *out)
{
    lrow *v;
    size_t n = lines_normalise(l, &v);
    if (!n) { free(v); return; }
    /* files in first-use order */
    uint32_t *fmap = ck_xmalloc(sizeof *fmap * (l->nfiles + 1)), nf = 0;
    for (size_t i = 0; i < l->nfiles; i++) fmap[i] = UINT32_MAX;
    for (size_t i = 0; i < n; i++)
        if (v[i].r.line && fmap[v[i].r.file] == UINT32_MAX) fmap[v[i].r.file] = nf++;
    put_uleb(out, nf);
    for (uint32_t k = 0; k < nf; k++)
        for (size_t i = 0; i < l->nfiles; i++)
            if (fmap[i] == k) ck_buf_put(out, l->files[i], strlen(l->files[i]) + 1);
    uint32_t file = 0, line = 0;
    int64_t prevf = -1;
    for (size_t i = 0; i < n;) {
        uint32_t func = v[i].r.func, pc = 0;
        put_uleb(out, (uint64_t)((int64_t)func - prevf - 1));
        for (; i < n && v[i].r.func == func; i++) {
            const ck_line_row *r = &v[i].r;
            if (r->line && fmap[r->file] != file) {
                file = fmap[r->file];
                ck_buf_u8(out, CK_LINES_FILE);
                put_uleb(out, file);
            }
            uint32_t dpc = r->pc - pc;
            int64_t dl = (int64_t)r->line - line;
            if (dpc < LINES_MAXDPC && dl >= CK_LINES_LMIN && dl < CK_LINES_LMIN + CK_LINES_LRANGE) {
                ck_buf_u8(out, (uint8_t)(CK_LINES_SPECIAL + dpc * CK_LINES_LRANGE + (dl - CK_LINES_LMIN)));
            } else {
                ck_buf_u8(out, CK_LINES_ROW);
                put_uleb(out, dpc);
                put_sleb(out, dl);
            }
            pc = r->pc;
            line = r->line;
        }
        ck_buf_u8(out, CK_LINES_END);
        prevf = func;
    }
    free(fmap);
    free(v);
}

/* Little-endian base-128 numbers of at most 64 bits; -1 when truncated or too long. */
static int get_uleb(const uint8_t *p, size_t n, size_t *at, uint64_t *v)
{
    *v = 0;
    for (unsigned sh = 0; *at < n && sh < 64; sh += 7) {
        uint8_t c = p[(*at)++];
        *v |= (uint64_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) return 0;
    }
    return -1;
}

static int get_sleb(const uint8_t *p, size_t n, size_t *at, int64_t *v)
{
    uint64_t u = 0;
    for (unsigned sh = 0; *at < n && sh < 64; sh += 7) {
        uint8_t c = p[(*at)++];
        u |= (uint64_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) {
            if (sh + 7 < 64 && (c & 0x40)) u |= ~(uint64_t)0 << (sh + 7);
            *v = (int64_t)u;
            return 0;
        }
    }
    return -1;
}

#define LERR(...) (snprintf(err, errlen, "LINES: " __VA_ARGS__), ck_lines_free(l), -1)

int ck_lines_decode(ck_lines *l, const uint8_t *p, size_t n, const uint32_t *code_size, size_t nfuncs,
                    char *err, size_t errlen)
{
    memset(l, 0, sizeof *l);
    if (!n) return 0;
    size_t at = 0;
    uint64_t nf;
    if (get_uleb(p, n, &at, &nf)) return LERR("truncated file count");
    if (nf > n - at) return LERR("%llu file names cannot fit in %zu bytes", (unsigned long long)nf, n);
    for (uint64_t k = 0; k < nf; k++) {
        const uint8_t *z = memchr(p + at, 0, n - at);
        const char *name = (const char *)p + at;
        if (!z) return LERR("file name %llu is not NUL-terminated", (unsigned long long)k);
        if (z == p + at) return LERR("file name %llu is empty", (unsigned long long)k);
        if (ck_strmap_get(&l->fileidx, name, NULL)) return LERR("file name '%.100s' appears twice", name);
        add_file(l, name);
        at = (size_t)(z - p) + 1;
    }
    uint64_t file = 0, line = 0;
    int64_t func = -1;
    while (at < n) {
        uint64_t skip;
        if (get_uleb(p, n, &at, &skip)) return LERR("truncated function record at byte %zu", at);
        if (skip >= nfuncs || (uint64_t)(func + 1) + skip >= nfuncs)
            return LERR("record for function %llu, but there are %zu functions",
                        (unsigned long long)((uint64_t)(func + 1) + skip), nfuncs);
        func += 1 + (int64_t)skip;
        uint64_t pc = 0;
        size_t first = l->nrows;
        for (;;) {
            if (at >= n) return LERR("the record of function %lld has no end", (long long)func);
            uint8_t op = p[at++];
            if (op == CK_LINES_END) break;
            if (op == CK_LINES_FILE) {
                if (get_uleb(p, n, &at, &file) || file >= nf)
                    return LERR("function %lld: bad file index", (long long)func);
                continue;
            }
            uint64_t dpc;
            int64_t dl;
            if (op == CK_LINES_ROW) {
                if (get_uleb(p, n, &at, &dpc) || get_sleb(p, n, &at, &dl))
                    return LERR("function %lld: truncated row", (long long)func);
            } else {
                dpc = (uint64_t)(op - CK_LINES_SPECIAL) / CK_LINES_LRANGE;
                dl = (int64_t)((op - CK_LINES_SPECIAL) % CK_LINES_LRANGE) + CK_LINES_LMIN;
            }
            if (l->nrows > first && !dpc)
                return LERR("function %lld: two rows at pc %llu", (long long)func, (unsigned long long)pc);
            if (dpc >= code_size[func] || pc + dpc >= code_size[func])
                return LERR("function %lld: row at pc %llu is past its %u bytes of code", (long long)func,
                            (unsigned long long)(pc + dpc), code_size[func]);
            if ((dl < 0 && (uint64_t)-(dl + 1) + 1 > line) || (dl > 0 && (uint64_t)dl > UINT32_MAX - line))
                return LERR("function %lld: line out of range at pc %llu", (long long)func,
                            (unsigned long long)(pc + dpc));
            pc += dpc;
            line = (uint64_t)((int64_t)line + dl);
            ck_lines_add(l, (uint32_t)func, (uint32_t)pc, (uint32_t)file, (uint32_t)line);
        }
    }
    ck_buf again = {0};
    ck_lines_encode(l, &again);
    int same = again.len == n && !memcmp(again.data, p, n);
    ck_buf_free(&again);
    if (!same) return LERR("the table is not in canonical form (as ck_lines_encode writes it)");
    return 0;
}

int ck_lines_find(const ck_lines *l, uint32_t func, uint32_t pc, const char **file, uint32_t *line)
{
    const ck_line_row *best = NULL;
    for (size_t i = 0; i < l->nrows; i++) {
        const ck_line_row *r = &l->rows[i];
        if (r->func == func && r->pc <= pc && (!best || r->pc >= best->pc)) best = r;
    }
    if (!best || !best->line) return 0;
    *file = l->files[best->file];
    *line = best->line;
    return 1;
}

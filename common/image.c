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

/* The linker. Inputs are objects already checked by ck_obj_read, so every index, offset and
 * relocation field inside one object is known to be valid; what is checked here is what only
 * becomes visible across objects: symbol resolution, native signatures, segment sizes.
 *
 * Garbage collection works on "atoms": each function, and each run of a data section from one
 * symbol's offset to the next symbol's offset (the bytes before the first symbol form an atom of
 * their own). An atom is kept when the entry function reaches it through relocations. Kept atoms
 * of one object stay in order and keep their offset modulo 8, so alignment up to 8 survives and
 * consecutive kept atoms stay contiguous. */
#include "cklink.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"

enum { S_RODATA, S_DATA, S_BSS, NSEG };

typedef struct atom {
    uint32_t start, end;      /* in the object's section */
    uint32_t newoff;          /* in the image's segment */
    int keep;
} atom;

typedef struct rref { uint32_t offset; uint32_t idx; } rref;   /* relocation by offset */

typedef struct lobj {
    const ck_obj *o;
    const char *name;
    int lazy, included;
    size_t *res_obj;          /* per symbol: the object defining it (SIZE_MAX: unresolved) */
    size_t *res_sym;          /* ... and the symbol index there */
    uint8_t *undef_reported;  /* per symbol */
    atom *atoms[NSEG];
    size_t natoms[NSEG];
    uint8_t *fkeep;           /* per function */
    uint32_t *fnew;           /* per function: image index */
    uint32_t *fsym;           /* per function: its symbol */
    uint8_t *impused;         /* per import */
    uint32_t *impmap;         /* per import: image import index */
    rref *rel[3];             /* relocations of CODE, RODATA, DATA sorted by offset */
    size_t nrel[3];
} lobj;

typedef struct work { size_t obj; int kind; size_t idx; } work;   /* kind: segment, or 3 = function */

typedef struct linker {
    lobj *objs;
    size_t n;
    ck_strmap defs;           /* global name -> packed (obj, sym) index into defs_at */
    size_t (*defs_at)[2];
    size_t ndefs, capdefs;
    work *stack;
    size_t nstack, capstack;
    uint32_t segbase[NSEG];
    unsigned errors;
} linker;

static int seg_of_kind(uint8_t kind)
{
    switch (kind) {
    case CK_SYM_RODATA: return S_RODATA;
    case CK_SYM_DATA: return S_DATA;
    case CK_SYM_BSS: return S_BSS;
    default: return -1;
    }
}

static int rel_slot(uint8_t section)
{
    return section == CK_SECT_CODE ? 0 : section == CK_SECT_RODATA ? 1 : 2;
}

static uint32_t seg_size(const ck_obj *o, int s)
{
    return s == S_RODATA ? (uint32_t)o->rodata.len : s == S_DATA ? (uint32_t)o->data.len : o->bss_size;
}

static void error(linker *L, const char *file, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error(linker *L, const char *file, const char *fmt, ...)
{
    ck_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    ck_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    ck_diag_error(file, 0, 0, "%s", (const char *)b.data);
    ck_buf_free(&b);
    L->errors++;
}

/* --- atoms and relocation indices ------------------------------------------------------------ */
static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_rref(const void *a, const void *b)
{
    const rref *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static void build_atoms(lobj *lo)
{
    const ck_obj *o = lo->o;
    for (int s = 0; s < NSEG; s++) {
        uint32_t *v = ck_xmalloc(sizeof *v * (o->nsyms + 1));
        size_t nv = 0;
        v[nv++] = 0;
        for (size_t j = 0; j < o->nsyms; j++)
            if (seg_of_kind(o->syms[j].kind) == s) v[nv++] = o->syms[j].value;
        qsort(v, nv, sizeof *v, cmp_u32);
        uint32_t size = seg_size(o, s);
        atom *a = ck_xmalloc(sizeof *a * nv);
        size_t na = 0;
        for (size_t k = 0; k < nv; k++) {
            if (k > 0 && v[k] == v[k - 1]) continue;
            if (na) a[na - 1].end = v[k];
            a[na++] = (atom){v[k], size, 0, 0};
        }
        lo->atoms[s] = a;
        lo->natoms[s] = na;
        free(v);
    }
    for (int r = 0; r < 3; r++) {
        lo->rel[r] = ck_xmalloc(sizeof(rref) * (o->nrelocs + 1));
        lo->nrel[r] = 0;
    }
    for (size_t k = 0; k < o->nrelocs; k++) {
        int r = rel_slot(o->relocs[k].section);
        lo->rel[r][lo->nrel[r]++] = (rref){o->relocs[k].offset, (uint32_t)k};
    }
    for (int r = 0; r < 3; r++) qsort(lo->rel[r], lo->nrel[r], sizeof(rref), cmp_rref);
}

/* The atom of segment s holding offset off (the last one starting at or before it). */
static size_t find_atom(const lobj *lo, int s, uint32_t off)
{
    size_t lo_i = 0, hi = lo->natoms[s];
    while (hi - lo_i > 1) {
        size_t mid = lo_i + (hi - lo_i) / 2;
        if (lo->atoms[s][mid].start <= off) lo_i = mid; else hi = mid;
    }
    return lo_i;
}

/* First relocation of slot r at an offset >= off. */
static size_t first_rel(const lobj *lo, int r, uint32_t off)
{
    size_t a = 0, b = lo->nrel[r];
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (lo->rel[r][mid].offset < off) a = mid + 1; else b = mid;
    }
    return a;
}

/* --- symbol resolution --------------------------------------------------------------------- */
static void add_defs(linker *L, size_t i)
{
    const ck_obj *o = L->objs[i].o;
    for (size_t j = 0; j < o->nsyms; j++) {
        const ck_obj_sym *s = &o->syms[j];
        if (s->kind == CK_SYM_UNDEF || !(s->flags & CK_SYM_GLOBAL)) continue;
        size_t at;
        if (ck_strmap_get(&L->defs, s->name, &at)) {
            const lobj *first = &L->objs[L->defs_at[at][0]];
            error(L, L->objs[i].name, "duplicate symbol '%s': defined in %s and in %s", s->name,
                  first->name, L->objs[i].name);
            continue;
        }
        if (L->ndefs == L->capdefs) {
            L->capdefs = L->capdefs ? 2 * L->capdefs : 64;
            L->defs_at = ck_xrealloc(L->defs_at, sizeof *L->defs_at * L->capdefs);
        }
        L->defs_at[L->ndefs][0] = i;
        L->defs_at[L->ndefs][1] = j;
        ck_strmap_put(&L->defs, s->name, L->ndefs++);
    }
}

/* Does an included object have an undefined reference that lazy object i would satisfy? */
static int lazy_wanted(linker *L, size_t i, const ck_strmap *undef)
{
    const ck_obj *o = L->objs[i].o;
    size_t dummy;
    for (size_t j = 0; j < o->nsyms; j++) {
        const ck_obj_sym *s = &o->syms[j];
        if (s->kind != CK_SYM_UNDEF && (s->flags & CK_SYM_GLOBAL) && ck_strmap_get(undef, s->name, &dummy)
            && !ck_strmap_get(&L->defs, s->name, &dummy))
            return 1;
    }
    return 0;
}

static void add_undefs(linker *L, size_t i, ck_strmap *undef)
{
    const ck_obj *o = L->objs[i].o;
    for (size_t j = 0; j < o->nsyms; j++)
        if (o->syms[j].kind == CK_SYM_UNDEF) ck_strmap_put(undef, o->syms[j].name, 1);
}

static void choose_objects(linker *L)
{
    ck_strmap undef = {0};
    for (size_t i = 0; i < L->n; i++)
        if (!L->objs[i].lazy) {
            L->objs[i].included = 1;
            add_defs(L, i);
            add_undefs(L, i, &undef);
        }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < L->n; i++) {
            if (L->objs[i].included || !lazy_wanted(L, i, &undef)) continue;
            L->objs[i].included = 1;
            add_defs(L, i);
            add_undefs(L, i, &undef);
            changed = 1;
        }
    }
    ck_strmap_free(&undef);
}

static const char *func_name(const lobj *lo, uint32_t f)
{
    return lo->o->syms[lo->fsym[f]].name;
}

/* The function of object lo whose code holds offset off. */
static uint32_t func_at(const lobj *lo, uint32_t off)
{
    size_t a = 0, b = lo->o->nfuncs;
    while (b - a > 1) {
        size_t mid = a + (b - a) / 2;
        if (lo->o->funcs[mid].code_off <= off) a = mid; else b = mid;
    }
    return (uint32_t)a;
}

static void resolve(linker *L)
{
    for (size_t i = 0; i < L->n; i++) {
        lobj *lo = &L->objs[i];
        if (!lo->included) continue;
        const ck_obj *o = lo->o;
        for (size_t j = 0; j < o->nsyms; j++) {
            lo->res_obj[j] = SIZE_MAX;
            if (o->syms[j].kind != CK_SYM_UNDEF) {
                lo->res_obj[j] = i;
                lo->res_sym[j] = j;
                continue;
            }
            size_t at;
            if (ck_strmap_get(&L->defs, o->syms[j].name, &at)) {
                lo->res_obj[j] = L->defs_at[at][0];
                lo->res_sym[j] = L->defs_at[at][1];
            }
        }
        /* Every relocation must reach a definition of the right kind. */
        for (size_t k = 0; k < o->nrelocs; k++) {
            const ck_obj_reloc *r = &o->relocs[k];
            if (CK_REL_IS_NATIVE(r->kind)) continue;
            const char *name = o->syms[r->sym].name;
            char where[64 + CK_MAX_NAME];
            if (r->section == CK_SECT_CODE)
                snprintf(where, sizeof where, "function '%s'", func_name(lo, func_at(lo, r->offset)));
            else
                snprintf(where, sizeof where, "%s", r->section == CK_SECT_RODATA ? "rodata" : "data");
            if (lo->res_obj[r->sym] == SIZE_MAX) {
                if (!lo->undef_reported[r->sym])
                    error(L, lo->name, "undefined symbol '%s' (referenced in %s of %s)", name, where, lo->name);
                lo->undef_reported[r->sym] = 1;
                continue;
            }
            const ck_obj_sym *t = &L->objs[lo->res_obj[r->sym]].o->syms[lo->res_sym[r->sym]];
            const char *def = L->objs[lo->res_obj[r->sym]].name;
            if (CK_REL_IS_ADDR(r->kind) && t->kind == CK_SYM_FUNC)
                error(L, lo->name, "'%s' is a function in %s but is used as data (write @%s for a function pointer)",
                      name, def, name);
            else if (!CK_REL_IS_ADDR(r->kind) && t->kind != CK_SYM_FUNC)
                error(L, lo->name, "'%s' is data in %s but is used as a function%s", name, def,
                      r->kind == CK_REL_FUNC16 ? " (call)" : "");
        }
    }
}

/* --- reachability ------------------------------------------------------------------------- */
static void push(linker *L, size_t obj, int kind, size_t idx)
{
    if (L->nstack == L->capstack) {
        L->capstack = L->capstack ? 2 * L->capstack : 256;
        L->stack = ck_xrealloc(L->stack, sizeof *L->stack * L->capstack);
    }
    L->stack[L->nstack++] = (work){obj, kind, idx};
}

static void mark_func(linker *L, size_t i, uint32_t f)
{
    if (L->objs[i].fkeep[f]) return;
    L->objs[i].fkeep[f] = 1;
    push(L, i, 3, f);
}

static void mark_atom(linker *L, size_t i, int s, size_t k)
{
    if (L->objs[i].atoms[s][k].keep) return;
    L->objs[i].atoms[s][k].keep = 1;
    if (s != S_BSS) push(L, i, s, k);
}

static void mark_target(linker *L, size_t i, const ck_obj_reloc *r)
{
    lobj *lo = &L->objs[i];
    if (CK_REL_IS_NATIVE(r->kind)) {
        lo->impused[r->sym] = 1;
        return;
    }
    if (lo->res_obj[r->sym] == SIZE_MAX) return;
    size_t di = lo->res_obj[r->sym];
    const ck_obj_sym *t = &L->objs[di].o->syms[lo->res_sym[r->sym]];
    if (t->kind == CK_SYM_FUNC) {
        if (!CK_REL_IS_ADDR(r->kind)) mark_func(L, di, t->value);
        return;
    }
    int s = seg_of_kind(t->kind);
    if (s < 0 || !CK_REL_IS_ADDR(r->kind)) return;
    /* keep every atom between the symbol and the address the addend points at */
    int64_t to = (int64_t)t->value + r->addend;
    uint32_t size = seg_size(L->objs[di].o, s);
    if (to < 0) to = 0;
    if (to > size) to = size;
    size_t a = find_atom(&L->objs[di], s, t->value), b = find_atom(&L->objs[di], s, (uint32_t)to);
    if (a > b) { size_t x = a; a = b; b = x; }
    for (size_t k = a; k <= b; k++) mark_atom(L, di, s, k);
}

static void mark_range(linker *L, size_t i, int slot, uint32_t start, uint32_t end)
{
    lobj *lo = &L->objs[i];
    for (size_t k = first_rel(lo, slot, start); k < lo->nrel[slot] && lo->rel[slot][k].offset < end; k++)
        mark_target(L, i, &lo->o->relocs[lo->rel[slot][k].idx]);
}

static void reach(linker *L)
{
    while (L->nstack) {
        work w = L->stack[--L->nstack];
        const lobj *lo = &L->objs[w.obj];
        if (w.kind == 3) {
            const ck_obj_func *f = &lo->o->funcs[w.idx];
            mark_range(L, w.obj, 0, f->code_off, f->code_off + f->code_size);
        } else {
            const atom *a = &lo->atoms[w.kind][w.idx];
            mark_range(L, w.obj, w.kind == S_RODATA ? 1 : 2, a->start, a->end);
        }
    }
}

/* --- layout and relocation ---------------------------------------------------------------- */
static int layout_data(linker *L, ck_image *im, uint32_t size[NSEG])
{
    for (int s = 0; s < NSEG; s++) {
        uint64_t cur = 0;
        ck_buf *out = s == S_RODATA ? &im->rodata : s == S_DATA ? &im->data : NULL;
        for (size_t i = 0; i < L->n; i++) {
            lobj *lo = &L->objs[i];
            if (!lo->included) continue;
            cur = (cur + 7) & ~(uint64_t)7;
            const uint8_t *src = s == S_RODATA ? lo->o->rodata.data : s == S_DATA ? lo->o->data.data : NULL;
            for (size_t k = 0; k < lo->natoms[s]; k++) {
                atom *a = &lo->atoms[s][k];
                if (!a->keep) continue;
                while ((cur & 7) != (a->start & 7)) cur++;
                a->newoff = (uint32_t)cur;
                if (out) {
                    if (out->len < cur) ck_buf_zero(out, (size_t)cur - out->len);
                    if (a->end > a->start) ck_buf_put(out, src + a->start, a->end - a->start);
                }
                cur += a->end - a->start;
                if (cur > 0x7fffffffu) {
                    error(L, NULL, "%s segment larger than 2 GiB",
                          s == S_RODATA ? "rodata" : s == S_DATA ? "data" : "bss");
                    return -1;
                }
            }
        }
        size[s] = (uint32_t)cur;
        if (out && out->len < cur) ck_buf_zero(out, (size_t)cur - out->len);
    }
    return 0;
}

static uint32_t data_addr(const linker *L, size_t i, int s, uint32_t off)
{
    const lobj *lo = &L->objs[i];
    const atom *a = &lo->atoms[s][find_atom(lo, s, off)];
    return L->segbase[s] + a->newoff + (off - a->start);
}

static void apply(linker *L, size_t i, const ck_obj_reloc *r, uint8_t *at)
{
    lobj *lo = &L->objs[i];
    if (r->kind == CK_REL_NATIVE16) {
        ck_put16(at, (uint16_t)lo->impmap[r->sym]);
        return;
    }
    if (r->kind == CK_REL_NATIVE8) {
        if (lo->impmap[r->sym] > 0xffu)
            error(L, lo->name, "function '%s': native '%s' is import %u of the image; calln.n reaches 0..255",
                  func_name(lo, func_at(lo, r->offset)), lo->o->imports[r->sym].name, (unsigned)lo->impmap[r->sym]);
        *at = (uint8_t)lo->impmap[r->sym];
        return;
    }
    size_t di = lo->res_obj[r->sym];
    const ck_obj_sym *t = &L->objs[di].o->syms[lo->res_sym[r->sym]];
    switch (r->kind) {
    case CK_REL_FUNC16: ck_put16(at, (uint16_t)L->objs[di].fnew[t->value]); break;
    case CK_REL_FPTR32: ck_put32(at, L->objs[di].fnew[t->value] + CK_FPTR_BIAS); break;
    case CK_REL_ADDR32:
        ck_put32(at, data_addr(L, di, seg_of_kind(t->kind), t->value) + (uint32_t)r->addend);
        break;
    case CK_REL_ADDR16: {
        uint32_t v = data_addr(L, di, seg_of_kind(t->kind), t->value) + (uint32_t)r->addend;
        if (v > 0xffffu)
            error(L, lo->name, "function '%s': the address of '%s'%s%.0d (0x%x) does not fit the 16-bit operand of "
                  "'liu': the static data lies above 64 KiB; compile with --large-data",
                  func_name(lo, func_at(lo, r->offset)), lo->o->syms[r->sym].name,
                  r->addend > 0 ? "+" : "", (int)r->addend, v);
        ck_put16(at, (uint16_t)v);
        break;
    }
    }
}

static void relocate_range(linker *L, size_t i, int slot, uint32_t start, uint32_t end, uint8_t *dst)
{
    lobj *lo = &L->objs[i];
    for (size_t k = first_rel(lo, slot, start); k < lo->nrel[slot] && lo->rel[slot][k].offset < end; k++) {
        const ck_obj_reloc *r = &lo->o->relocs[lo->rel[slot][k].idx];
        apply(L, i, r, dst + (r->offset - start));
    }
}

static void merge_imports(linker *L, ck_image *im)
{
    ck_strmap decl = {0}, used = {0};
    size_t (*where)[2] = NULL, nwhere = 0;
    for (size_t i = 0; i < L->n; i++) {
        lobj *lo = &L->objs[i];
        if (!lo->included) continue;
        for (size_t k = 0; k < lo->o->nimports; k++) {
            const ck_obj_import *m = &lo->o->imports[k];
            size_t at;
            if (ck_strmap_get(&decl, m->name, &at)) {
                const ck_obj_import *p = &L->objs[where[at][0]].o->imports[where[at][1]];
                if (p->version != m->version || p->nargs != m->nargs || p->nrets != m->nrets) {
                    char a[96], b[96];
                    snprintf(a, sizeof a, "%s (version %u, %u -> %u)", L->objs[where[at][0]].name,
                             p->version, p->nargs, p->nrets);
                    snprintf(b, sizeof b, "%s (version %u, %u -> %u)", lo->name, m->version, m->nargs,
                             m->nrets);
                    error(L, lo->name, "native '%s' is imported differently by %s and %s", m->name, a, b);
                }
            } else {
                where = ck_xrealloc(where, sizeof *where * (nwhere + 1));
                where[nwhere][0] = i;
                where[nwhere][1] = k;
                ck_strmap_put(&decl, m->name, nwhere++);
            }
            if (!lo->impused[k]) continue;
            if (ck_strmap_get(&used, m->name, &at)) {
                lo->impmap[k] = (uint32_t)at;
                continue;
            }
            if (im->nimports >= CK_MAX_IMPORTS) {
                error(L, lo->name, "more than %u native imports", CK_MAX_IMPORTS);
                continue;
            }
            im->imports = ck_xrealloc(im->imports, sizeof *im->imports * (im->nimports + 1));
            im->imports[im->nimports] = (ck_obj_import){ck_xstrdup(m->name), m->version, m->nargs, m->nrets};
            lo->impmap[k] = (uint32_t)im->nimports;
            ck_strmap_put(&used, m->name, im->nimports++);
        }
    }
    free(where);
    ck_strmap_free(&decl);
    ck_strmap_free(&used);
}

/* Debug line tables: every kept function's rows under its image index, files merged by name. */
static void merge_lines(linker *L, ck_image *im)
{
    ck_lines out = {0};
    for (size_t i = 0; i < L->n; i++) {
        lobj *lo = &L->objs[i];
        const ck_obj *o = lo->o;
        if (!lo->included || !o->lines.len) continue;
        uint32_t *sizes = ck_xmalloc(sizeof *sizes * (o->nfuncs + 1));
        for (size_t f = 0; f < o->nfuncs; f++) sizes[f] = o->funcs[f].code_size;
        ck_lines l;
        char err[256];
        int rc = ck_lines_decode(&l, o->lines.data, o->lines.len, sizes, o->nfuncs, err, sizeof err);
        free(sizes);
        if (rc) { error(L, lo->name, "%s", err); continue; }
        uint32_t *fmap = ck_xmalloc(sizeof *fmap * (l.nfiles + 1));
        for (size_t k = 0; k < l.nfiles; k++) fmap[k] = ck_lines_file(&out, l.files[k]);
        for (size_t k = 0; k < l.nrows; k++) {
            const ck_line_row *r = &l.rows[k];
            if (lo->fkeep[r->func]) ck_lines_add(&out, lo->fnew[r->func], r->pc, fmap[r->file], r->line);
        }
        free(fmap);
        ck_lines_free(&l);
    }
    ck_lines_encode(&out, &im->lines);
    ck_lines_free(&out);
}

/* n zeroed elements of `size` bytes (counts come from checked objects: at most 2^16 or the file size). */
static void *zalloc(size_t n, size_t size)
{
    void *p = ck_xmalloc(n * size);
    memset(p, 0, n * size);
    return p;
}

int ck_link(const ck_link_input *in, size_t n, const ck_link_opts *opts, ck_image *im)
{
    linker L;
    memset(&L, 0, sizeof L);
    L.n = n;
    L.objs = zalloc(n ? n : 1, sizeof *L.objs);
    const char *entry = opts && opts->entry ? opts->entry : "main";
    int rc = -1;

    for (size_t i = 0; i < n; i++) {
        lobj *lo = &L.objs[i];
        const ck_obj *o = in[i].obj;
        lo->o = o;
        lo->name = in[i].name ? in[i].name : "<object>";
        lo->lazy = in[i].lazy;
        lo->res_obj = ck_xmalloc(sizeof(size_t) * (o->nsyms + 1));
        lo->res_sym = ck_xmalloc(sizeof(size_t) * (o->nsyms + 1));
        lo->undef_reported = zalloc(o->nsyms + 1, 1);
        lo->fkeep = zalloc(o->nfuncs + 1, 1);
        lo->fnew = zalloc(o->nfuncs + 1, sizeof(uint32_t));
        lo->fsym = zalloc(o->nfuncs + 1, sizeof(uint32_t));
        lo->impused = zalloc(o->nimports + 1, 1);
        lo->impmap = zalloc(o->nimports + 1, sizeof(uint32_t));
        for (size_t j = 0; j < o->nsyms; j++)
            if (o->syms[j].kind == CK_SYM_FUNC) lo->fsym[o->syms[j].value] = (uint32_t)j;
        build_atoms(lo);
    }

    choose_objects(&L);
    resolve(&L);

    size_t at;
    size_t ei = 0;
    uint32_t ef = 0;
    if (!ck_strmap_get(&L.defs, entry, &at)) {
        error(&L, NULL, "entry point '%s' is not defined by any object%s", entry,
              n == 1 ? " (is it declared .global?)" : "");
    } else {
        ei = L.defs_at[at][0];
        const ck_obj_sym *s = &L.objs[ei].o->syms[L.defs_at[at][1]];
        if (s->kind != CK_SYM_FUNC)
            error(&L, L.objs[ei].name, "entry point '%s' is not a function", entry);
        else
            ef = s->value;
    }
    if (L.errors) goto out;

    /* reachability */
    if (opts && opts->keep_all) {
        for (size_t i = 0; i < n; i++) {
            lobj *lo = &L.objs[i];
            if (!lo->included) continue;
            for (size_t f = 0; f < lo->o->nfuncs; f++) lo->fkeep[f] = 1;
            for (int s = 0; s < NSEG; s++)
                for (size_t k = 0; k < lo->natoms[s]; k++) lo->atoms[s][k].keep = 1;
            for (size_t k = 0; k < lo->o->nimports; k++) lo->impused[k] = 1;
        }
    } else {
        mark_func(&L, ei, ef);
        reach(&L);
    }

    /* functions: the entry first, then the others in input order */
    size_t nf = 0;
    L.objs[ei].fnew[ef] = (uint32_t)nf++;
    for (size_t i = 0; i < n; i++)
        for (size_t f = 0; f < L.objs[i].o->nfuncs; f++)
            if (L.objs[i].included && L.objs[i].fkeep[f] && !(i == ei && f == ef))
                L.objs[i].fnew[f] = (uint32_t)nf++;
    if (nf > CK_MAX_FUNCS) {
        error(&L, NULL, "the program has %zu functions (at most %u fit an image)", nf, CK_MAX_FUNCS);
        goto out;
    }
    im->funcs = ck_xmalloc(sizeof *im->funcs * nf);
    im->nfuncs = nf;
    for (size_t i = 0; i < n; i++) {
        lobj *lo = &L.objs[i];
        if (!lo->included) continue;
        for (size_t f = 0; f < lo->o->nfuncs; f++) {
            if (!lo->fkeep[f]) continue;
            const ck_obj_func *of = &lo->o->funcs[f];
            ck_image_func *nfn = &im->funcs[lo->fnew[f]];
            nfn->code_size = of->code_size;
            nfn->frame = of->frame;
            nfn->nargs = of->nargs;
            nfn->nrets = of->nrets;
            nfn->nregs = of->nregs;
            nfn->flags = 0;
            nfn->name = ck_xstrdup(func_name(lo, (uint32_t)f));
        }
    }
    /* code in image order */
    {
        uint64_t off = 0;
        for (size_t k = 0; k < nf; k++) {
            im->funcs[k].code_off = (uint32_t)off;
            off += im->funcs[k].code_size;
            if (off > 0x7fffffffu) {
                error(&L, NULL, "code larger than 2 GiB");
                goto out;
            }
        }
        ck_buf_zero(&im->code, (size_t)off);
    }

    uint32_t size[NSEG];
    if (layout_data(&L, im, size)) goto out;
    L.segbase[S_RODATA] = CK_MEM_BASE;
    L.segbase[S_DATA] = ck_image_data_addr(size[S_RODATA]);
    L.segbase[S_BSS] = ck_image_bss_addr(size[S_RODATA], size[S_DATA]);
    if ((uint64_t)L.segbase[S_BSS] + size[S_BSS] > 0x7fffffffu) {
        error(&L, NULL, "data segments larger than 2 GiB");
        goto out;
    }
    im->bss_size = size[S_BSS];

    merge_imports(&L, im);
    if (L.errors) goto out;

    for (size_t i = 0; i < n; i++) {
        lobj *lo = &L.objs[i];
        if (!lo->included) continue;
        for (size_t f = 0; f < lo->o->nfuncs; f++) {
            if (!lo->fkeep[f]) continue;
            const ck_obj_func *of = &lo->o->funcs[f];
            uint8_t *dst = im->code.data + im->funcs[lo->fnew[f]].code_off;
            memcpy(dst, lo->o->code.data + of->code_off, of->code_size);
            relocate_range(&L, i, 0, of->code_off, of->code_off + of->code_size, dst);
        }
        for (int s = S_RODATA; s <= S_DATA; s++) {
            ck_buf *seg = s == S_RODATA ? &im->rodata : &im->data;
            for (size_t k = 0; k < lo->natoms[s]; k++) {
                const atom *a = &lo->atoms[s][k];
                if (a->keep) relocate_range(&L, i, s + 1, a->start, a->end, seg->data + a->newoff);
            }
        }
        if (lo->o->stack_size > im->stack_size) im->stack_size = lo->o->stack_size;
    }
    if (!im->stack_size) im->stack_size = CK_DEFAULT_STACK;
    merge_lines(&L, im);
    if (L.errors) goto out;
    im->entry = 0;
    im->has_names = opts ? opts->names : 1;
    rc = 0;

out:
    for (size_t i = 0; i < n; i++) {
        lobj *lo = &L.objs[i];
        free(lo->res_obj); free(lo->res_sym); free(lo->undef_reported);
        free(lo->fkeep); free(lo->fnew); free(lo->fsym); free(lo->impused); free(lo->impmap);
        for (int s = 0; s < NSEG; s++) free(lo->atoms[s]);
        for (int r = 0; r < 3; r++) free(lo->rel[r]);
    }
    free(L.objs);
    free(L.defs_at);
    free(L.stack);
    ck_strmap_free(&L.defs);
    return rc;
}

/* The disassembler: an object as assembly source, an image as an `.image` listing, both such that
 * ck_asm_assemble gives back the same bytes. Everything the text cannot express (an undecodable
 * instruction, a branch into the middle of one, a relocation that does not sit on an operand of its
 * kind, ...) is refused with a specific message, so the round trip holds for every accepted input.
 * Formats: docs/bytecode.md, "Assembly (.cks)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "ckasm.h"
#include "asm.h"

typedef struct ds {
    ck_buf *out;
    char *err;
    size_t errlen;
    const ck_obj *o;              /* the object, or NULL for an image */
    const ck_image *im;
    uint32_t *rel[3];             /* objects: CODE, RODATA, DATA offset -> relocation index + 1 */
    uint8_t *rel_used;
    char **fname;                 /* images: how the listing names each function */
    int *fname_unique;            /* ... and whether a reference may use that name */
    int *imp_unique;
    ck_lines lines;               /* the decoded line table (rows by function and pc), printed as .loc */
    int lines_misplaced;          /* an image's row lies inside an instruction: list LINES as bytes */
} ds;

#define ERR(...) (snprintf(d->err, d->errlen, __VA_ARGS__), -1)

/* --- text helpers ----------------------------------------------------------------------------------- */
/* A string as the assembler reads it, quoted. */
static void put_quoted(ck_buf *b, const char *s)
{
    ck_buf_u8(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') ck_buf_printf(b, "\\%c", c);
        else if (c == '\n') ck_buf_printf(b, "\\n");
        else if (c == '\t') ck_buf_printf(b, "\\t");
        else if (c >= 0x20 && c < 0x7f) ck_buf_u8(b, c);
        else ck_buf_printf(b, "\\x%02x", c);
    }
    ck_buf_u8(b, '"');
}

/* A name as the assembler reads it: bare when it is an identifier, else a quoted string. */
static void put_name(ck_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (asm_is_ident(s, n) && !asm_is_reg_name(s)) { ck_buf_put(b, s, n); return; }
    put_quoted(b, s);
}

static void put_u32(ck_buf *b, uint32_t v)
{
    int32_t s = (int32_t)v;
    if (s >= -65536 && s <= 65535) ck_buf_printf(b, "%d", s);
    else ck_buf_printf(b, "0x%08x", v);
}

static void put_u64(ck_buf *b, uint64_t v)
{
    int64_t s = (int64_t)v;
    if (s >= -65536 && s <= 65535) ck_buf_printf(b, "%lld", (long long)s);
    else ck_buf_printf(b, "0x%016llx", (unsigned long long)v);
}

/* .byte lines of at most 16 values, with the printable characters as a comment. */
static void put_bytes(ck_buf *b, const uint8_t *p, size_t n, const char *where, uint64_t addr)
{
    size_t start = b->len;
    ck_buf_printf(b, "        .byte   ");
    for (size_t i = 0; i < n; i++) ck_buf_printf(b, "%s0x%02x", i ? ", " : "", p[i]);
    size_t w = b->len - start;
    ck_buf_printf(b, "%*s; %s%s0x%llx  ", w < 56 ? (int)(56 - w) : 1, "", where, *where ? "+" : "",
                  (unsigned long long)addr);
    for (size_t i = 0; i < n; i++) ck_buf_u8(b, p[i] >= 0x20 && p[i] < 0x7f ? p[i] : '.');
    ck_buf_u8(b, '\n');
}

/* --- relocations (objects) -------------------------------------------------------------------------- */
static int rel_slot(uint8_t section)
{
    return section == CK_SECT_CODE ? 0 : section == CK_SECT_RODATA ? 1 : 2;
}

static const ck_obj_reloc *reloc_at(ds *d, int slot, uint32_t off)
{
    uint32_t k = d->rel[slot][off];
    if (!k) return NULL;
    d->rel_used[k - 1] = 1;
    return &d->o->relocs[k - 1];
}

static void put_reloc_value(ds *d, const ck_obj_reloc *r)
{
    if (r->kind == CK_REL_FPTR32) ck_buf_u8(d->out, '@');
    put_name(d->out, d->o->syms[r->sym].name);
    if (CK_REL_IS_ADDR(r->kind) && r->addend > 0) ck_buf_printf(d->out, "+%d", (int)r->addend);
    if (CK_REL_IS_ADDR(r->kind) && r->addend < 0) ck_buf_printf(d->out, "-%lld", -(long long)r->addend);
}

/* --- functions ------------------------------------------------------------------------------------- */
typedef struct fn {
    uint32_t index;
    const char *name;
    uint32_t off, size;           /* in CODE */
    unsigned nregs;
} fn;

static int check_reg(ds *d, const fn *f, uint32_t pc, char kind, uint64_t v)
{
    if (v > 254) return ERR("%s+%u: register r%llu is out of range (r0..r254)", f->name, pc, (unsigned long long)v);
    if (kind == 'R' && v == 254) return ERR("%s+%u: r254 cannot start a register pair", f->name, pc);
    if (kind == 'c' ? v > f->nregs : v + (kind == 'R') >= f->nregs)
        return ERR("%s+%u: register %s r%llu is outside the function's %u registers", f->name, pc,
                   kind == 'R' ? "pair at" : "", (unsigned long long)v, f->nregs);
    return 0;
}

/* Decodes every instruction, checks operands, marks instruction starts and branch targets. */
static int scan(ds *d, const fn *f, uint8_t *start, uint8_t *target)
{
    const uint8_t *code = (d->o ? d->o->code.data : d->im->code.data) + f->off;
    for (uint32_t pc = 0; pc < f->size;) {
        ck_insn in;
        int bad_op;
        if (ck_insn_decode(code + pc, f->size - pc, &in, &bad_op)) {
            if (bad_op) return ERR("%s+%u: unknown opcode 0x%02x", f->name, pc, code[pc]);
            return ERR("%s+%u: the instruction '%s' runs past the end of the function", f->name, pc,
                       ck_op_name(code[pc]));
        }
        start[pc] = 1;
        for (unsigned k = 0; k < in.nopnds; k++) {
            const struct ck_opnd *o = &in.opnd[k];
            uint32_t at = f->off + pc + o->at;
            const ck_obj_reloc *r = d->o && o->kind != 'T' ? reloc_at(d, 0, at) : NULL;
            int want = o->kind == 'w' ? 1 : o->kind == 'f' ? 2 : o->kind == 'n' ? 3 : o->kind == 'u' ? 4 :
                       o->kind == 'N' ? 5 : 0;
            if (r && (!want || (want == 1) != (r->kind == CK_REL_ADDR32 || r->kind == CK_REL_FPTR32) ||
                      (want == 2 && r->kind != CK_REL_FUNC16) || (want == 3 && r->kind != CK_REL_NATIVE16) ||
                      (want == 4) != (r->kind == CK_REL_ADDR16) || (want == 5) != (r->kind == CK_REL_NATIVE8)))
                return ERR("%s+%u: a relocation at CODE+%u does not match the %c operand of '%s'", f->name, pc, at,
                           o->kind, ck_op_name(in.op));
            switch (o->kind) {
            case 'r': case 'R': case 'c':
                if (check_reg(d, f, pc, o->kind, o->value)) return -1;
                break;
            case 'f': case 'n': case 'N':
                if (d->o && !r)
                    return ERR("%s+%u: the %s operand of '%s' has no %s relocation", f->name, pc,
                               o->kind == 'f' ? "function" : "import", ck_op_name(in.op),
                               o->kind == 'f' ? "FUNC16" : o->kind == 'n' ? "NATIVE16" : "NATIVE8");
                if (!d->o && o->value >= (o->kind == 'f' ? d->im->nfuncs : d->im->nimports))
                    return ERR("%s+%u: '%s' names %s %llu, but there are %zu", f->name, pc, ck_op_name(in.op),
                               o->kind == 'f' ? "function index" : "import", (unsigned long long)o->value,
                               o->kind == 'f' ? d->im->nfuncs : d->im->nimports);
                break;
            case 'j': {
                int64_t t = (int64_t)pc + (int64_t)o->value;
                if (t < 0 || t > f->size)
                    return ERR("%s+%u: branch target %lld lies outside the function (%u bytes)", f->name, pc,
                               (long long)t, f->size);
                target[t] = 1;
                break;
            }
            case 'T':
                if (in.ntab > CK_MAX_JTAB)
                    return ERR("%s+%u: jump table has %u cases (at most %u)", f->name, pc, in.ntab, CK_MAX_JTAB);
                for (uint32_t c = 0; c <= in.ntab; c++) {
                    int64_t t = (int64_t)pc + ck_insn_jtab(code + pc, &in, c);
                    if (t < 0 || t > f->size)
                        return ERR("%s+%u: jump table branch target %lld lies outside the function (%u bytes)",
                                   f->name, pc, (long long)t, f->size);
                    target[t] = 1;
                }
                break;
            default:
                break;
            }
        }
        pc += in.size;
    }
    start[f->size] = 1;
    for (uint32_t t = 0; t <= f->size; t++)
        if (target[t] && !start[t])
            return ERR("%s: a branch targets %s+%u, inside an instruction", f->name, f->name, t);
    return 0;
}

static void put_operand(ds *d, const fn *f, const uint8_t *insn, const ck_insn *in, unsigned k)
{
    ck_buf *b = d->out;
    const struct ck_opnd *o = &in->opnd[k];
    uint32_t pc = (uint32_t)(insn - ((d->o ? d->o->code.data : d->im->code.data) + f->off));
    const ck_obj_reloc *r = d->o && o->kind != 'T' ? reloc_at(d, 0, f->off + pc + o->at) : NULL;
    switch (o->kind) {
    case 'r': case 'R': case 'c': ck_buf_printf(b, "r%u", (unsigned)o->value); break;
    case 'b': ck_buf_printf(b, "%u", (unsigned)o->value); break;
    case 'h': ck_buf_printf(b, "%d", (int)(int64_t)o->value); break;
    case 'd': put_u64(b, o->value); break;
    case 'w':
        if (r) put_reloc_value(d, r);
        else put_u32(b, (uint32_t)o->value);
        break;
    case 'u':
        if (r) put_reloc_value(d, r);
        else ck_buf_printf(b, "%u", (unsigned)o->value);
        break;
    case 'j': ck_buf_printf(b, "L%lld", (long long)pc + (long long)(int64_t)o->value); break;
    case 'f':
        if (r) put_name(b, d->o->syms[r->sym].name);
        else if (d->fname_unique[o->value]) put_name(b, d->fname[o->value]);
        else ck_buf_printf(b, "%u", (unsigned)o->value);
        break;
    case 'n': case 'N':
        if (r) put_name(b, d->o->imports[r->sym].name);
        else if (d->imp_unique[o->value]) put_name(b, d->im->imports[o->value].name);
        else ck_buf_printf(b, "%u", (unsigned)o->value);
        break;
    case 'T':
        ck_buf_u8(b, '[');
        for (uint32_t c = 0; c < in->ntab; c++)
            ck_buf_printf(b, "%sL%d", c ? ", " : "", (int)pc + ck_insn_jtab(insn, in, c));
        ck_buf_printf(b, "], L%d", (int)pc + ck_insn_jtab(insn, in, in->ntab));
        break;
    default: break;
    }
}

/* Images have no symbols: a 32-bit immediate that is a guest data address gets a comment. */
static void put_addr_note(ds *d, const ck_insn *in, size_t width)
{
    const ck_image *im = d->im;
    uint32_t ro = (uint32_t)im->rodata.len, da = ck_image_data_addr(ro), bs = ck_image_bss_addr(ro, (uint32_t)im->data.len);
    for (unsigned k = 0; k < in->nopnds; k++) {
        if (in->opnd[k].kind != 'w' && in->opnd[k].kind != 'u') continue;
        uint64_t v = in->opnd[k].value;
        const char *sec = NULL;
        uint64_t off = 0;
        if (v >= CK_MEM_BASE && v < (uint64_t)CK_MEM_BASE + ro) sec = "rodata", off = v - CK_MEM_BASE;
        else if (v >= da && v < (uint64_t)da + im->data.len) sec = "data", off = v - da;
        else if (v >= bs && v < (uint64_t)bs + im->bss_size) sec = "bss", off = v - bs;
        if (sec) ck_buf_printf(d->out, "%*s; %s+0x%llx", width < 40 ? (int)(40 - width) : 1, "", sec,
                               (unsigned long long)off);
    }
}

static int put_function(ds *d, const fn *f, const char *header_name, unsigned nargs, unsigned nrets,
                        uint32_t frame, int flags)
{
    uint8_t *start = ck_xmalloc((size_t)f->size + 1), *target = ck_xmalloc((size_t)f->size + 1);
    memset(start, 0, (size_t)f->size + 1);
    memset(target, 0, (size_t)f->size + 1);
    int rc = scan(d, f, start, target);
    /* the line table's rows of this function, each at the start of an instruction */
    const ck_line_row *row = d->lines.rows, *rend = d->lines.nrows ? d->lines.rows + d->lines.nrows : row;
    while (row < rend && row->func < f->index) row++;
    const ck_line_row *rfirst = row;
    for (const ck_line_row *r = row; !rc && r < rend && r->func == f->index; r++) {
        if (start[r->pc]) continue;
        if (!d->o) d->lines_misplaced = 1;
        rc = ERR("%s+%u: a LINES row lies inside an instruction", f->name, r->pc);
    }
    row = rfirst;
    if (!rc) {
        ck_buf *b = d->out;
        const uint8_t *code = (d->o ? d->o->code.data : d->im->code.data) + f->off;
        ck_buf_printf(b, "\n.func   ");
        put_name(b, header_name);
        ck_buf_printf(b, ", args=%u, rets=%u, regs=%u, frame=%u", nargs, nrets, f->nregs, frame);
        if (flags) ck_buf_printf(b, ", flags=%d", flags);
        ck_buf_printf(b, "%*s; %u bytes at CODE+%u\n", 8, "", f->size, f->off);
        for (uint32_t pc = 0; pc <= f->size;) {
            if (target[pc]) ck_buf_printf(b, "L%u:\n", pc);
            if (pc == f->size) break;
            if (row < rend && row->func == f->index && row->pc == pc) {
                ck_buf_printf(b, "        .loc    ");
                put_quoted(b, d->lines.files[row->file]);
                ck_buf_printf(b, ", %u\n", row->line);
                row++;
            }
            ck_insn in;
            ck_insn_decode(code + pc, f->size - pc, &in, NULL);
            size_t at = b->len;
            ck_buf_printf(b, "        %-7s ", ck_op_name(in.op));
            for (unsigned k = 0; k < in.nopnds; k++) {
                if (k) ck_buf_printf(b, ", ");
                put_operand(d, f, code + pc, &in, k);
            }
            while (b->len > at && b->data[b->len - 1] == ' ') b->len--;
            if (!d->o) put_addr_note(d, &in, b->len - at);
            ck_buf_u8(b, '\n');
            pc += in.size;
        }
        ck_buf_printf(b, ".endfunc\n");
    }
    free(start);
    free(target);
    return rc;
}

/* --- objects ----------------------------------------------------------------------------------------- */
typedef struct byval { uint32_t value; size_t sym; } byval;
static int cmp_byval(const void *x, const void *y)
{
    const byval *p = x, *q = y;
    if (p->value != q->value) return p->value < q->value ? -1 : 1;
    return p->sym < q->sym ? -1 : p->sym > q->sym;
}

/* Data symbols of one kind, by offset, with the size the assembler gives them by default. */
static byval *data_syms(const ck_obj *o, uint8_t kind, size_t *n)
{
    byval *v = ck_xmalloc(sizeof *v * (o->nsyms ? o->nsyms : 1));
    *n = 0;
    for (size_t i = 0; i < o->nsyms; i++)
        if (o->syms[i].kind == kind) v[(*n)++] = (byval){o->syms[i].value, i};
    qsort(v, *n, sizeof *v, cmp_byval);
    return v;
}

static void put_label(ds *d, const byval *v, size_t n, size_t i, uint64_t end)
{
    const ck_obj_sym *s = &d->o->syms[v[i].sym];
    size_t j = i;
    while (j < n && v[j].value <= v[i].value) j++;
    uint64_t dflt = (j < n ? v[j].value : end) - v[i].value;
    put_name(d->out, s->name);
    ck_buf_printf(d->out, ":\n");
    if (s->size != dflt) {
        ck_buf_printf(d->out, "        .size   ");
        put_name(d->out, s->name);
        ck_buf_printf(d->out, ", %u\n", s->size);
    }
}

static int put_data(ds *d, uint8_t kind, const char *dir, const ck_buf *sec, int slot)
{
    size_t n;
    byval *v = data_syms(d->o, kind, &n);
    if (!sec->len && !n) { free(v); return 0; }
    ck_buf_printf(d->out, "\n%s%*s; %zu bytes\n", dir, 24 - (int)strlen(dir), "", sec->len);
    size_t si = 0;
    uint32_t pos = 0;
    for (;;) {
        while (si < n && v[si].value == pos) put_label(d, v, n, si++, sec->len);
        if (pos >= sec->len) break;
        uint32_t next_sym = si < n ? v[si].value : (uint32_t)sec->len;
        const ck_obj_reloc *r = reloc_at(d, slot, pos);
        if (r) {
            if (next_sym < pos + 4) {
                (void)ERR("symbol '%s' lies inside the relocated word at %s+%u", d->o->syms[v[si].sym].name, dir + 1, pos);
                free(v);
                return -1;
            }
            ck_buf_printf(d->out, "        .word   ");
            put_reloc_value(d, r);
            ck_buf_u8(d->out, '\n');
            pos += 4;
            continue;
        }
        uint32_t end = pos + 16 < next_sym ? pos + 16 : next_sym;
        for (uint32_t k = pos + 1; k < end; k++)
            if (d->rel[slot][k]) { end = k; break; }
        put_bytes(d->out, sec->data + pos, end - pos, dir + 1, pos);
        pos = end;
    }
    free(v);
    return 0;
}

static void put_bss(ds *d)
{
    size_t n;
    byval *v = data_syms(d->o, CK_SYM_BSS, &n);
    if (d->o->bss_size || n) {
        ck_buf_printf(d->out, "\n.bss%*s; %u bytes\n", 20, "", d->o->bss_size);
        uint32_t pos = 0;
        for (size_t i = 0; i <= n; i++) {
            uint32_t at = i < n ? v[i].value : d->o->bss_size;
            if (at > pos) ck_buf_printf(d->out, "        .space  %u\n", at - pos);
            pos = at;
            if (i < n) put_label(d, v, n, i, d->o->bss_size);
        }
    }
    free(v);
}

static int disasm_obj(ds *d)
{
    const ck_obj *o = d->o;
    ck_buf *b = d->out;
    size_t lens[3] = {o->code.len, o->rodata.len, o->data.len};
    for (int s = 0; s < 3; s++) {
        d->rel[s] = ck_xmalloc(sizeof *d->rel[s] * (lens[s] + 1));
        memset(d->rel[s], 0, sizeof *d->rel[s] * (lens[s] + 1));
    }
    d->rel_used = ck_xmalloc(o->nrelocs + 1);
    memset(d->rel_used, 0, o->nrelocs + 1);
    for (size_t i = 0; i < o->nrelocs; i++)
        d->rel[rel_slot(o->relocs[i].section)][o->relocs[i].offset] = (uint32_t)i + 1;

    uint32_t *sizes = ck_xmalloc(sizeof *sizes * (o->nfuncs + 1));
    for (size_t i = 0; i < o->nfuncs; i++) sizes[i] = o->funcs[i].code_size;
    int lrc = ck_lines_decode(&d->lines, o->lines.data, o->lines.len, sizes, o->nfuncs, d->err, d->errlen);
    free(sizes);
    if (lrc) return -1;                /* ck_obj_read checked it: not reached */
    ck_buf_printf(b, "; Cockpit object, disassembled: `cockpit asm` turns this back into the same bytes.\n");
    if (o->nsyms) ck_buf_printf(b, "; symbols, in table order\n");
    for (size_t i = 0; i < o->nsyms; i++) {
        const ck_obj_sym *s = &o->syms[i];
        ck_buf_printf(b, "%s ", s->flags & CK_SYM_GLOBAL ? ".global" : s->kind == CK_SYM_UNDEF ? ".extern" : ".local ");
        put_name(b, s->name);
        ck_buf_u8(b, '\n');
    }
    if (o->nimports) ck_buf_u8(b, '\n');
    for (size_t i = 0; i < o->nimports; i++) {
        ck_buf_printf(b, ".import ");
        put_name(b, o->imports[i].name);
        ck_buf_printf(b, ", %u, %u, %u\n", o->imports[i].version, o->imports[i].nargs, o->imports[i].nrets);
    }
    if (o->stack_size) ck_buf_printf(b, ".stack %u\n", o->stack_size);

    size_t *sym_of = ck_xmalloc(sizeof *sym_of * (o->nfuncs + 1));
    for (size_t i = 0; i < o->nsyms; i++)
        if (o->syms[i].kind == CK_SYM_FUNC) sym_of[o->syms[i].value] = i;
    int rc = 0;
    for (size_t i = 0; i < o->nfuncs && !rc; i++) {
        const ck_obj_func *of = &o->funcs[i];
        const ck_obj_sym *s = &o->syms[sym_of[i]];
        fn f = { (uint32_t)i, s->name, of->code_off, of->code_size, of->nregs };
        rc = put_function(d, &f, s->name, of->nargs, of->nrets, of->frame, 0);
        if (!rc && s->size != of->code_size) {
            ck_buf_printf(b, ".size   ");
            put_name(b, s->name);
            ck_buf_printf(b, ", %u\n", s->size);
        }
    }
    free(sym_of);
    if (!rc) rc = put_data(d, CK_SYM_RODATA, ".rodata", &o->rodata, 1);
    if (!rc) rc = put_data(d, CK_SYM_DATA, ".data", &o->data, 2);
    if (!rc) put_bss(d);
    for (size_t i = 0; i < o->nrelocs && !rc; i++)
        if (!d->rel_used[i])
            rc = ERR("relocation %zu (%s+%u) does not patch an operand of its kind", i,
                     o->relocs[i].section == CK_SECT_CODE ? "CODE" : o->relocs[i].section == CK_SECT_RODATA ? "RODATA" : "DATA",
                     o->relocs[i].offset);
    for (int s = 0; s < 3; s++) free(d->rel[s]);
    free(d->rel_used);
    ck_lines_free(&d->lines);
    return rc;
}

/* --- images ------------------------------------------------------------------------------------------ */
static void put_raw(ds *d, const char *dir, const ck_buf *sec, uint64_t addr, const char *where)
{
    if (!sec->len) return;
    ck_buf_printf(d->out, "\n%s%*s; %zu bytes", dir, 24 - (int)strlen(dir), "", sec->len);
    if (!*where) ck_buf_printf(d->out, " at 0x%08llx", (unsigned long long)addr);
    ck_buf_u8(d->out, '\n');
    for (size_t pos = 0; pos < sec->len; pos += 16)
        put_bytes(d->out, sec->data + pos, sec->len - pos < 16 ? sec->len - pos : 16, where, addr + pos);
}

static void put_code_bytes(ds *d, uint32_t from, uint32_t to)
{
    if (from >= to) return;
    ck_buf_printf(d->out, "\n.text                   ; %u bytes of CODE outside any function\n", to - from);
    for (uint32_t pos = from; pos < to; pos += 16)
        put_bytes(d->out, d->im->code.data + pos, to - pos < 16 ? to - pos : 16, "CODE", pos);
}

static int disasm_image(ds *d)
{
    const ck_image *im = d->im;
    ck_buf *b = d->out;
    ck_strmap count = {0};
    d->fname = ck_xmalloc(sizeof *d->fname * (im->nfuncs + 1));
    d->fname_unique = ck_xmalloc(sizeof *d->fname_unique * (im->nfuncs + 1));
    d->imp_unique = ck_xmalloc(sizeof *d->imp_unique * (im->nimports + 1));
    for (size_t i = 0; i < im->nfuncs; i++) {
        char gen[32];
        snprintf(gen, sizeof gen, "f%zu", i);
        d->fname[i] = ck_xstrdup(im->has_names && im->funcs[i].name ? im->funcs[i].name : gen);
        size_t c = 0;
        ck_strmap_get(&count, d->fname[i], &c);
        ck_strmap_put(&count, d->fname[i], c + 1);
    }
    for (size_t i = 0; i < im->nfuncs; i++) {
        size_t c = 0;
        ck_strmap_get(&count, d->fname[i], &c);
        d->fname_unique[i] = c == 1 && *d->fname[i];
    }
    ck_strmap_free(&count);
    for (size_t i = 0; i < im->nimports; i++) {
        size_t c = 0;
        ck_strmap_get(&count, im->imports[i].name, &c);
        ck_strmap_put(&count, im->imports[i].name, c + 1);
    }
    for (size_t i = 0; i < im->nimports; i++) {
        size_t c = 0;
        ck_strmap_get(&count, im->imports[i].name, &c);
        d->imp_unique[i] = c == 1;
    }
    ck_strmap_free(&count);

    ck_buf_printf(b, "; Cockpit image listing: `cockpit asm` turns this back into the same image.\n.image\n");
    ck_buf_printf(b, ".entry  ");
    if (d->fname_unique[im->entry]) put_name(b, d->fname[im->entry]);
    else ck_buf_printf(b, "%u", im->entry);
    ck_buf_printf(b, "\n.stack  %u\n.bss    %u%*s; at 0x%08x\n", im->stack_size, im->bss_size, 8, "",
                  ck_image_bss_addr((uint32_t)im->rodata.len, (uint32_t)im->data.len));
    if (!im->has_names) ck_buf_printf(b, ".names  off                     ; no NAMES section: function names are made up\n");
    if (im->nimports) ck_buf_u8(b, '\n');
    for (size_t i = 0; i < im->nimports; i++) {
        ck_buf_printf(b, ".import ");
        put_name(b, im->imports[i].name);
        ck_buf_printf(b, ", %u, %u, %u%*s; import %zu\n", im->imports[i].version, im->imports[i].nargs,
                      im->imports[i].nrets, 8, "", i);
    }
    int rc = 0;
    uint32_t pos = 0;
    for (size_t i = 0; i < im->nfuncs && !rc; i++) {
        const ck_image_func *f = &im->funcs[i];
        if (f->code_off < pos) {
            rc = ERR("function %zu's code (CODE+%u) starts before the end of function %zu's (CODE+%u): a listing "
                     "needs the functions in code order", i, f->code_off, i - 1, pos);
            break;
        }
        put_code_bytes(d, pos, f->code_off);
        char label[32];
        snprintf(label, sizeof label, "function %zu", i);
        fn x = { (uint32_t)i, *d->fname[i] ? d->fname[i] : label, f->code_off, f->code_size, f->nregs };
        rc = put_function(d, &x, d->fname[i], f->nargs, f->nrets, f->frame, f->flags);
        pos = f->code_off + f->code_size;
    }
    if (!rc) {
        put_code_bytes(d, pos, (uint32_t)im->code.len);
        put_raw(d, ".rodata", &im->rodata, CK_MEM_BASE, "");
        put_raw(d, ".data", &im->data, ck_image_data_addr((uint32_t)im->rodata.len), "");
        if (!d->lines.nrows) put_raw(d, ".lines", &im->lines, 0, "LINES");
    }
    for (size_t i = 0; i < im->nfuncs; i++) free(d->fname[i]);
    free(d->fname);
    free(d->fname_unique);
    free(d->imp_unique);
    return rc;
}

/* The listing promises to reassemble to the same bytes: that holds for a file exactly as the
 * tools write it (canonical), so a file the readers accept but that differs from its own
 * canonical form (bytes outside every section, other padding) is refused with what differs. */
static int canonical(const uint8_t *p, size_t n, const ck_buf *c, const char *what, char *err, size_t errlen)
{
    if (c->len == n && !memcmp(c->data, p, n)) return 0;
    size_t at = 0;
    while (at < n && at < c->len && p[at] == c->data[at]) at++;
    snprintf(err, errlen, "this %s is not in the canonical form the tools write (%zu bytes, canonical %zu; they differ "
             "from offset %zu: bytes outside every section?), so no listing would reassemble to it; link or "
             "assemble it again", what, n, c->len, at);
    return -1;
}

int ck_disasm(const uint8_t *p, size_t n, ck_buf *text, char *err, size_t errlen)
{
    ds d = { .out = text, .err = err, .errlen = errlen };
    size_t mark = text->len;
    int rc;
    ck_buf c = { 0 };
    if (n >= 4 && !memcmp(p, "CKOB", 4)) {
        ck_obj o;
        if (ck_obj_read(&o, p, n, err, errlen)) return -1;
        ck_obj_write(&o, &c);
        rc = canonical(p, n, &c, "object", err, errlen);
        ck_buf_free(&c);
        if (rc) { ck_obj_free(&o); return -1; }
        d.o = &o;
        rc = disasm_obj(&d);
        ck_obj_free(&o);
    } else {
        ck_image im;
        if (n >= 4 && memcmp(p, "CKBC", 4)) {
            snprintf(err, errlen, "bad magic %02x %02x %02x %02x: not a Cockpit object ('CKOB') or image ('CKBC')",
                     p[0], p[1], p[2], p[3]);
            return -1;
        }
        if (ck_image_read(&im, p, n, err, errlen)) return -1;
        ck_image_write(&im, &c);
        rc = canonical(p, n, &c, "image", err, errlen);
        ck_buf_free(&c);
        if (rc) { ck_image_free(&im); return -1; }
        d.im = &im;
        /* a LINES section that decodes is listed as .loc directives, anything else as bytes */
        uint32_t *sizes = ck_xmalloc(sizeof *sizes * (im.nfuncs + 1));
        for (size_t i = 0; i < im.nfuncs; i++) sizes[i] = im.funcs[i].code_size;
        char lerr[200];
        ck_lines_decode(&d.lines, im.lines.data, im.lines.len, sizes, im.nfuncs, lerr, sizeof lerr);
        free(sizes);
        rc = disasm_image(&d);
        if (rc && d.lines_misplaced) {
            ck_lines_free(&d.lines);
            text->len = mark;
            rc = disasm_image(&d);
        }
        ck_lines_free(&d.lines);
        ck_image_free(&im);
    }
    if (rc) text->len = mark;
    else if (text->data) text->data[text->len] = 0;
    return rc;
}

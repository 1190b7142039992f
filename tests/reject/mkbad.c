/* mkbad: writes malformed Cockpit images (.cbc) and objects (.cko) for the rejection suite.
 *
 * Each case starts from a small valid image or object built with the canonical writers of
 * libcktools, then corrupts exactly one thing. After corrupting, the size field and CRC are
 * recomputed (except where they are the point of the case) so that the reader gets past
 * the header and meets the intended defect. tests/reject/expect.txt says which command must
 * reject each file and with what message. Usage: mkbad DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "cktools.h"

static const char *outdir;
static int failures;

/* --- little-endian access to a written file -------------------------------------------------- */
static uint32_t get32(const ck_buf *b, size_t at)
{
    const uint8_t *p = b->data + at;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(ck_buf *b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++) b->data[at + (size_t)i] = (uint8_t)(v >> (8 * i));
}

static void put16(ck_buf *b, size_t at, uint16_t v)
{
    b->data[at] = (uint8_t)v;
    b->data[at + 1] = (uint8_t)(v >> 8);
}

static unsigned nsections(const ck_buf *b) { return b->data[28] | b->data[29] << 8; }

/* Index of the directory entry of a section kind; aborts when absent (a bug in this program). */
static unsigned dir_index(const ck_buf *b, uint32_t kind)
{
    for (unsigned i = 0; i < nsections(b); i++)
        if (get32(b, CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * i) == kind) return i;
    fprintf(stderr, "mkbad: base file has no section of kind %u\n", (unsigned)kind);
    exit(2);
}

static size_t ent(const ck_buf *b, uint32_t kind) { return CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * dir_index(b, kind); }
static uint32_t sect_off(const ck_buf *b, uint32_t kind) { return get32(b, ent(b, kind) + 4); }
static uint32_t sect_size(const ck_buf *b, uint32_t kind) { return get32(b, ent(b, kind) + 8); }

/* Makes the size field and CRC agree with the buffer again. */
static void reseal(ck_buf *b)
{
    put32(b, 8, (uint32_t)b->len);
    put32(b, 12, ck_crc32(b->data + 16, b->len - 16));
}

/* Drops a section's directory entry (its bytes stay, unreferenced). */
static void remove_section(ck_buf *b, uint32_t kind)
{
    unsigned i = dir_index(b, kind), n = nsections(b);
    size_t at = CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * i;
    memmove(b->data + at, b->data + at + CK_SECT_ENTRY_SIZE, CK_SECT_ENTRY_SIZE * (n - 1 - i));
    memset(b->data + CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * (n - 1), 0, CK_SECT_ENTRY_SIZE);
    put16(b, 28, (uint16_t)(n - 1));
}

static void save(const char *name, const char *ext, const ck_buf *b)
{
    char path[4096], err[512];
    snprintf(path, sizeof path, "%s/%s%s", outdir, name, ext);
    if (ck_write_file(path, b->data, b->len, err, sizeof err)) {
        fprintf(stderr, "mkbad: %s\n", err);
        failures++;
    }
}

/* --- code emission ---------------------------------------------------------------------------- */
typedef struct code { uint8_t b[256]; size_t n; } code;
static void op(code *c, int o) { c->b[c->n++] = (uint8_t)o; }
static void u8(code *c, unsigned v) { c->b[c->n++] = (uint8_t)v; }
static void u16(code *c, unsigned v) { u8(c, v & 0xff); u8(c, (v >> 8) & 0xff); }
static void u32(code *c, uint32_t v) { u16(c, v & 0xffff); u16(c, v >> 16); }

/* --- the base image --------------------------------------------------------------------------
 * func 0 "main": args 0, rets 1, regs 4, frame 16 -- its code is the case's (default below)
 * func 1 "id":   args 1, rets 1, regs 2           -- ret
 * func 2 "two":  args 2, rets 1, regs 3           -- add r0, r0, r1; ret
 * import 0 io.putchar 1 (1 -> 1); RODATA "hi\0"; DATA 8 bytes; BSS 16; NAMES present.
 * *im must be initialised ({0} or an earlier base): it is freed first. */
static void default_main(code *c)
{
    op(c, CK_OP_LIH); u8(c, 0); u16(c, 0);
    op(c, CK_OP_RET);
}

static void base_image(ck_image *im, const code *mainc)
{
    code def = {0}, f1 = {0}, f2 = {0};
    if (!mainc) { default_main(&def); mainc = &def; }
    op(&f1, CK_OP_RET);
    op(&f2, CK_OP_ADD); u8(&f2, 0); u8(&f2, 0); u8(&f2, 1);
    op(&f2, CK_OP_RET);

    ck_image_free(im);
    im->nfuncs = 3;
    im->funcs = ck_xmalloc(sizeof *im->funcs * im->nfuncs);
    memset(im->funcs, 0, sizeof *im->funcs * im->nfuncs);
    static const char *names[] = {"main", "id", "two"};
    const code *codes[] = {mainc, &f1, &f2};
    static const uint8_t sig[3][3] = {{0, 1, 4}, {1, 1, 2}, {2, 1, 3}};
    for (size_t i = 0; i < im->nfuncs; i++) {
        im->funcs[i].code_off = (uint32_t)im->code.len;
        im->funcs[i].code_size = (uint32_t)codes[i]->n;
        im->funcs[i].nargs = sig[i][0];
        im->funcs[i].nrets = sig[i][1];
        im->funcs[i].nregs = sig[i][2];
        im->funcs[i].name = ck_xstrdup(names[i]);
        ck_buf_put(&im->code, codes[i]->b, codes[i]->n);
    }
    im->funcs[0].frame = 16;
    im->nimports = 1;
    im->imports = ck_xmalloc(sizeof *im->imports);
    im->imports[0].name = ck_xstrdup("io.putchar");
    im->imports[0].version = 1;
    im->imports[0].nargs = 1;
    im->imports[0].nrets = 1;
    ck_buf_put(&im->rodata, "hi", 3);
    ck_buf_zero(&im->data, 8);
    im->bss_size = 16;
    im->stack_size = CK_DEFAULT_STACK;
    im->entry = 0;
    im->has_names = 1;
}

/* (Re)writes *out, which must be initialised ({0} or an earlier write). */
static void write_image(const ck_image *im, ck_buf *out)
{
    ck_buf_free(out);
    ck_image_write(im, out);
}

/* An image whose main is the given code, otherwise the base. */
static void image_with_main(const char *name, const code *c)
{
    ck_image im = {0};
    ck_buf b = {0};
    base_image(&im, c);
    write_image(&im, &b);
    save(name, ".cbc", &b);
    ck_buf_free(&b);
    ck_image_free(&im);
}

/* --- the base object ------------------------------------------------------------------------
 * func 0 "main" (global): call helper, r1; li r2, dat (ADDR32); calln io.putchar, r2; lih r0, 0; ret
 * func 1 "helper" (local): ret.   data "dat": 4 bytes.   import 0 io.putchar.
 * *o must be initialised ({0} or an earlier base): it is freed first. */
enum { OBJ_CALL_AT = 1, OBJ_LI_AT = 5, OBJ_CALLN_AT = 10 };

static void base_obj(ck_obj *o)
{
    code m = {0}, h = {0};
    op(&m, CK_OP_CALL); u16(&m, 0); u8(&m, 1);          /* 0: reloc FUNC16 at 1 */
    op(&m, CK_OP_LI); u8(&m, 2); u32(&m, 0);            /* 4: reloc ADDR32 at 6 */
    op(&m, CK_OP_CALLN); u16(&m, 0); u8(&m, 2);         /* 10: reloc NATIVE16 at 11 */
    op(&m, CK_OP_LIH); u8(&m, 0); u16(&m, 0);
    op(&m, CK_OP_RET);
    op(&h, CK_OP_RET);

    ck_obj_free(o);
    o->nfuncs = 2;
    o->funcs = ck_xmalloc(sizeof *o->funcs * 2);
    memset(o->funcs, 0, sizeof *o->funcs * 2);
    o->funcs[0] = (ck_obj_func){0, (uint32_t)m.n, 0, 0, 1, 4, CK_FUNC_GLOBAL};
    o->funcs[1] = (ck_obj_func){(uint32_t)m.n, (uint32_t)h.n, 0, 0, 0, 1, 0};
    ck_buf_put(&o->code, m.b, m.n);
    ck_buf_put(&o->code, h.b, h.n);
    ck_buf_zero(&o->data, 4);

    o->nsyms = 3;
    o->syms = ck_xmalloc(sizeof *o->syms * 4);
    o->syms[0] = (ck_obj_sym){ck_xstrdup("main"), CK_SYM_FUNC, CK_SYM_GLOBAL, 0, 0};
    o->syms[1] = (ck_obj_sym){ck_xstrdup("helper"), CK_SYM_FUNC, 0, 1, 0};
    o->syms[2] = (ck_obj_sym){ck_xstrdup("dat"), CK_SYM_DATA, 0, 0, 4};

    o->nimports = 1;
    o->imports = ck_xmalloc(sizeof *o->imports);
    o->imports[0] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 1, 1};

    o->nrelocs = 3;
    o->relocs = ck_xmalloc(sizeof *o->relocs * 4);
    o->relocs[0] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_FUNC16, OBJ_CALL_AT, 1, 0};
    o->relocs[1] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_ADDR32, OBJ_LI_AT + 1, 2, 0};
    o->relocs[2] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_NATIVE16, OBJ_CALLN_AT + 1, 0, 0};
}

static void write_obj(const ck_obj *o, ck_buf *out)
{
    ck_buf_free(out);
    ck_obj_write(o, out);
}

static void save_obj(const char *name, const ck_obj *o)
{
    ck_buf b = {0};
    write_obj(o, &b);
    save(name, ".cko", &b);
    ck_buf_free(&b);
}

/* --- image cases: header and directory -------------------------------------------------------- */
static void image_cases(void)
{
    ck_image im = {0};
    ck_buf b = {0};

    base_image(&im, NULL);
    write_image(&im, &b);
    save("valid", ".cbc", &b);                      /* sanity: must run (status 0) */

    write_image(&im, &b); ck_buf_zero(&b, 8); reseal(&b);   /* 8 bytes outside every section */
    save("trailing_bytes", ".cbc", &b);

    write_image(&im, &b); b.len = 20;
    save("hdr_trunc", ".cbc", &b);

    write_image(&im, &b); b.len = 0;
    save("empty", ".cbc", &b);

    write_image(&im, &b); b.len = CK_HDR_SIZE + CK_SECT_ENTRY_SIZE + 4;   /* mid-directory */
    reseal(&b);
    save("dir_trunc", ".cbc", &b);

    write_image(&im, &b); b.len -= 3;               /* the last section runs past the end */
    reseal(&b);
    save("sect_trunc", ".cbc", &b);

    write_image(&im, &b); b.data[3] = 'X';
    save("bad_magic", ".cbc", &b);

    write_image(&im, &b); put16(&b, 4, CK_IMAGE_VERSION + 1); reseal(&b);
    save("bad_version", ".cbc", &b);

    write_image(&im, &b); put16(&b, 6, 1); reseal(&b);
    save("hdr_flags", ".cbc", &b);

    write_image(&im, &b); put32(&b, 8, (uint32_t)b.len + 4);
    put32(&b, 12, ck_crc32(b.data + 16, b.len - 16));
    save("size_big", ".cbc", &b);

    write_image(&im, &b); put32(&b, 8, (uint32_t)b.len - 1);
    put32(&b, 12, ck_crc32(b.data + 16, b.len - 16));
    save("size_small", ".cbc", &b);

    write_image(&im, &b); b.data[sect_off(&b, CK_SECT_CODE) + 2] ^= 1;   /* CRC left stale */
    save("crc_bad", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_DATA) + 4, (uint32_t)b.len - 4); reseal(&b);
    save("sect_oob", ".cbc", &b);

    write_image(&im, &b);
    put32(&b, ent(&b, CK_SECT_DATA) + 4, 0xfffffff8u);
    put32(&b, ent(&b, CK_SECT_DATA) + 8, 0x10u);       /* offset + size wraps to 8 */
    reseal(&b);
    save("sect_wrap", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_DATA) + 8, 0xfffffff0u); reseal(&b);
    save("sect_size_huge", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_DATA) + 4, sect_off(&b, CK_SECT_RODATA)); reseal(&b);
    save("sect_overlap", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_RODATA) + 4, 8); reseal(&b);   /* inside the header */
    save("sect_in_header", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_RODATA), CK_SECT_DATA); reseal(&b);
    save("sect_dup", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_RODATA), 42); reseal(&b);
    save("sect_unknown", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_RODATA), CK_SECT_SYMS); reseal(&b);
    save("sect_syms_in_image", ".cbc", &b);

    write_image(&im, &b); put16(&b, 28, CK_MAX_SECTIONS + 1); reseal(&b);
    save("sect_too_many", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_FUNCS) + 8, sect_size(&b, CK_SECT_FUNCS) - 4); reseal(&b);
    save("funcs_partial", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_IMPORTS) + 8, CK_IMPORT_SIZE - 1); reseal(&b);
    save("imports_partial", ".cbc", &b);

    write_image(&im, &b); put32(&b, ent(&b, CK_SECT_NAMES) + 8, 4 * 2); reseal(&b);
    save("names_count", ".cbc", &b);

    write_image(&im, &b); remove_section(&b, CK_SECT_CODE); reseal(&b);
    save("no_code", ".cbc", &b);

    write_image(&im, &b); remove_section(&b, CK_SECT_FUNCS); reseal(&b);
    save("no_funcs", ".cbc", &b);

    /* strings */
    write_image(&im, &b); put32(&b, sect_off(&b, CK_SECT_IMPORTS), 0x1000); reseal(&b);
    save("strtab_oob", ".cbc", &b);

    write_image(&im, &b);
    b.data[sect_off(&b, CK_SECT_STRTAB) + sect_size(&b, CK_SECT_STRTAB) - 1] = 'x';
    reseal(&b);
    save("strtab_unterminated", ".cbc", &b);

    write_image(&im, &b); put32(&b, sect_off(&b, CK_SECT_NAMES) + 4, 0xffffff00u); reseal(&b);
    save("names_oob", ".cbc", &b);

    /* function records */
    uint32_t funcs;
    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    put32(&b, funcs + 16 + 4, sect_size(&b, CK_SECT_CODE));              /* id's size */
    reseal(&b);
    save("func_code_oob", ".cbc", &b);

    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    put32(&b, funcs + 16, 0xffffffffu); put32(&b, funcs + 16 + 4, 2);    /* offset + size wraps */
    reseal(&b);
    save("func_code_wrap", ".cbc", &b);

    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    b.data[funcs + 16 + 14] = 1;                                          /* id: nregs 1 < nargs... */
    b.data[funcs + 16 + 12] = 2;                                          /* ...of 2 */
    reseal(&b);
    save("nargs_gt_nregs", ".cbc", &b);

    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    b.data[funcs + 32 + 13] = 4;                                          /* two: nrets 4 > nregs 3 */
    reseal(&b);
    save("nrets_gt_nregs", ".cbc", &b);

    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    put32(&b, funcs + 8, CK_MAX_FRAME + 8);
    reseal(&b);
    save("frame_big", ".cbc", &b);

    write_image(&im, &b); funcs = sect_off(&b, CK_SECT_FUNCS);
    put32(&b, funcs + 16 + 4, 0);                                         /* id: no code at all */
    reseal(&b);
    save("func_empty", ".cbc", &b);

    /* entry */
    write_image(&im, &b); put32(&b, 16, 3); reseal(&b);
    save("entry_oob", ".cbc", &b);

    write_image(&im, &b); put32(&b, 16, 1); reseal(&b);                 /* id takes an argument */
    save("entry_args", ".cbc", &b);

    /* imports */
    base_image(&im, NULL);
    free(im.imports[0].name);
    im.imports[0].name = ck_xstrdup("io.nosuch");
    write_image(&im, &b);
    save("import_missing", ".cbc", &b);

    base_image(&im, NULL);
    {
        char longname[CK_MAX_NAME + 2];
        memset(longname, 'n', sizeof longname - 1);
        longname[sizeof longname - 1] = 0;
        free(im.imports[0].name);
        im.imports[0].name = ck_xstrdup(longname);
    }
    write_image(&im, &b);
    save("import_name_long", ".cbc", &b);

    base_image(&im, NULL);
    im.imports[0].nargs = 2;
    write_image(&im, &b);
    save("import_sig", ".cbc", &b);

    base_image(&im, NULL);
    im.imports[0].version = 7;
    write_image(&im, &b);
    save("import_version", ".cbc", &b);

    /* memory */
    base_image(&im, NULL);
    im.bss_size = 8192;
    write_image(&im, &b);
    save("mem_need", ".cbc", &b);                  /* run with --mem 4K */

    base_image(&im, NULL);
    im.bss_size = 0xfffffff0u;
    write_image(&im, &b);
    save("bss_huge", ".cbc", &b);

    base_image(&im, NULL);
    im.stack_size = 0xffffff00u;
    write_image(&im, &b);
    save("stack_huge", ".cbc", &b);
    ck_buf_free(&b);
    ck_image_free(&im);
}

/* --- image cases: code --------------------------------------------------------------------------- */
static void code_cases(void)
{
    code c;

#define CASE(name, body) do { memset(&c, 0, sizeof c); body; image_with_main(name, &c); } while (0)
    CASE("op_unknown", (op(&c, CK_OP_COUNT), op(&c, CK_OP_RET)));
    CASE("op_ff", (op(&c, 0xff), op(&c, CK_OP_RET)));
    /* lih r0, 0 cut after its register: the function ends inside an instruction */
    CASE("insn_partial", (op(&c, CK_OP_RET), op(&c, CK_OP_LIH), u8(&c, 0), u8(&c, 0)));
    CASE("li64_partial", (op(&c, CK_OP_RET), op(&c, CK_OP_LI64), u8(&c, 0), u32(&c, 0)));
    CASE("reg_oob", (op(&c, CK_OP_MOV), u8(&c, 4), u8(&c, 0), op(&c, CK_OP_RET)));
    CASE("reg_oob_src", (op(&c, CK_OP_ADD), u8(&c, 0), u8(&c, 1), u8(&c, 200), op(&c, CK_OP_RET)));
    CASE("pair_oob", (op(&c, CK_OP_MOV64), u8(&c, 3), u8(&c, 0), op(&c, CK_OP_RET)));
    CASE("pair_oob_src", (op(&c, CK_OP_ADD64), u8(&c, 0), u8(&c, 0), u8(&c, 3), op(&c, CK_OP_RET)));
    CASE("pair_oob_cmp", (op(&c, CK_OP_LTD), u8(&c, 0), u8(&c, 3), u8(&c, 0), op(&c, CK_OP_RET)));
    CASE("fall_off", (op(&c, CK_OP_LIH), u8(&c, 0), u16(&c, 0)));
    /* brz r0, -4: loops back to the start but can fall through */
    CASE("fall_off_branch", (op(&c, CK_OP_LIH), u8(&c, 0), u16(&c, 0),
                             op(&c, CK_OP_BRZ), u8(&c, 0), u16(&c, 0xfffc)));
    CASE("branch_out", (op(&c, CK_OP_JMP), u16(&c, 100)));
    CASE("branch_end", (op(&c, CK_OP_BRZ), u8(&c, 0), u16(&c, 5), op(&c, CK_OP_RET)));   /* = the end */
    CASE("branch_before", (op(&c, CK_OP_RET), op(&c, CK_OP_JMP), u16(&c, 0xfffe)));    /* offset -2: -1 */
    /* jmp +4 lands inside lih (bytes 3..6) */
    CASE("branch_mid", (op(&c, CK_OP_JMP), u16(&c, 4), op(&c, CK_OP_LIH), u8(&c, 0), u16(&c, 0),
                        op(&c, CK_OP_RET)));
    /* narrow forms: a register in either nibble of a p byte, or in the low nibble of a q byte,
     * outside the window (main has 4 registers); 8-bit branch offsets out or into an instruction */
    CASE("narrow_reg_oob_hi", (op(&c, CK_OP_MOVN), u8(&c, 0x40), op(&c, CK_OP_RET)));
    CASE("narrow_reg_oob_lo", (op(&c, CK_OP_ADDN), u8(&c, 0x05), u8(&c, 0), op(&c, CK_OP_RET)));
    CASE("narrow_q_reg_oob", (op(&c, CK_OP_LIN), u8(&c, 0xf4), op(&c, CK_OP_RET)));
    CASE("narrow_q_imm_ok", (op(&c, CK_OP_INCN), u8(&c, 0xf1), op(&c, CK_OP_RET)));   /* r1 += 15 */
    CASE("narrow_pair_oob", (op(&c, CK_OP_LI64N), u8(&c, 0x03), op(&c, CK_OP_RET)));  /* r3:r4 */
    CASE("narrow_pair_ok", (op(&c, CK_OP_LI64N), u8(&c, 0xf2), op(&c, CK_OP_RET)));   /* r2:r3 = 15 */
    CASE("narrow_branch_out", (op(&c, CK_OP_JMPN), u8(&c, 100)));
    CASE("narrow_branch_before", (op(&c, CK_OP_RET), op(&c, CK_OP_JMPN), u8(&c, 0xfe)));
    /* brz.n r0, +4 lands inside the following ld32.n (bytes 3..5) */
    CASE("narrow_branch_mid", (op(&c, CK_OP_BRZN), u8(&c, 0), u8(&c, 4), op(&c, CK_OP_LD32N), u8(&c, 0x10),
                               u8(&c, 0), op(&c, CK_OP_RET)));
    /* jtab r0, [+9, +100], +9: a case beyond the function */
    CASE("jtab_case_out", (op(&c, CK_OP_JTAB), u8(&c, 0), u16(&c, 2), u16(&c, 10), u16(&c, 100),
                           u16(&c, 10), op(&c, CK_OP_RET)));
    /* jtab r0, [+10], +11: the default lands inside the following lih */
    CASE("jtab_default_mid", (op(&c, CK_OP_JTAB), u8(&c, 0), u16(&c, 1), u16(&c, 8), u16(&c, 9),
                              op(&c, CK_OP_LIH), u8(&c, 0), u16(&c, 0), op(&c, CK_OP_RET)));
    /* a table of 60000 entries that the function does not hold */
    CASE("jtab_huge", (op(&c, CK_OP_JTAB), u8(&c, 0), u16(&c, 60000), u16(&c, 0), op(&c, CK_OP_RET)));
    CASE("call_func_oob", (op(&c, CK_OP_CALL), u16(&c, 3), u8(&c, 1), op(&c, CK_OP_RET)));
    CASE("call_reg_oob", (op(&c, CK_OP_CALL), u16(&c, 1), u8(&c, 9), op(&c, CK_OP_RET)));
    /* two(a, b) with its window at r3 of 4 registers: no room for the second argument */
    CASE("call_window", (op(&c, CK_OP_CALL), u16(&c, 2), u8(&c, 3), op(&c, CK_OP_RET)));
    CASE("calln_oob", (op(&c, CK_OP_CALLN), u16(&c, 1), u8(&c, 1), op(&c, CK_OP_RET)));
    CASE("calli_reg_oob", (op(&c, CK_OP_CALLI), u8(&c, 7), u8(&c, 1), op(&c, CK_OP_RET)));
    CASE("calli_window_oob", (op(&c, CK_OP_CALLI), u8(&c, 1), u8(&c, 8), op(&c, CK_OP_RET)));
    CASE("frame_reg_oob", (op(&c, CK_OP_FRAME), u8(&c, 4), u16(&c, 0), op(&c, CK_OP_RET)));
    CASE("ld_reg_oob", (op(&c, CK_OP_LD32), u8(&c, 0), u8(&c, 5), u16(&c, 0), op(&c, CK_OP_RET)));
    CASE("select_reg_oob", (op(&c, CK_OP_SELECT), u8(&c, 0), u8(&c, 1), u8(&c, 2), u8(&c, 4),
                            op(&c, CK_OP_RET)));
#undef CASE

    /* calln io.putchar with its window at r3 of 4 registers is fine; make main 3 registers */
    {
        ck_image im = {0};
        ck_buf b = {0};
        memset(&c, 0, sizeof c);
        op(&c, CK_OP_LIH); u8(&c, 0); u16(&c, 0);
        op(&c, CK_OP_CALLN); u16(&c, 0); u8(&c, 3);
        op(&c, CK_OP_RET);
        base_image(&im, &c);
        im.funcs[0].nregs = 4;
        im.imports[0].nrets = 1;
        write_image(&im, &b);
        save("calln_ok_edge", ".cbc", &b);          /* sanity: window r3 + 1 = 4 fits */
        im.nimports = 1;
        free(im.imports[0].name);
        im.imports[0].name = ck_xstrdup("io.write");   /* 2 -> 1: no room at r3 */
        im.imports[0].nargs = 2;
        write_image(&im, &b);
        save("calln_window", ".cbc", &b);
        ck_buf_free(&b);
        ck_image_free(&im);
    }
    /* a callee returning more results than the window holds */
    {
        ck_image im = {0};
        ck_buf b = {0};
        memset(&c, 0, sizeof c);
        op(&c, CK_OP_CALL); u16(&c, 1); u8(&c, 3);
        op(&c, CK_OP_RET);
        base_image(&im, &c);
        im.funcs[1].nargs = 0;
        im.funcs[1].nrets = 2;
        write_image(&im, &b);
        save("call_rets_window", ".cbc", &b);
        ck_buf_free(&b);
        ck_image_free(&im);
    }
}

/* --- object cases ------------------------------------------------------------------------------- */
static void object_cases(void)
{
    ck_obj o = {0};
    ck_buf b = {0};

    base_obj(&o);
    save_obj("obj_valid", &o);                      /* sanity: links */

    base_obj(&o);                                   /* helper becomes an undefined reference */
    free(o.syms[1].name);
    o.syms[1] = (ck_obj_sym){ck_xstrdup("nosuch"), CK_SYM_UNDEF, 0, 0, 0};
    o.nfuncs = 1;
    o.code.len -= 1;
    save_obj("obj_undef", &o);

    base_obj(&o);                                   /* both objects define a global helper */
    o.syms[1].flags = CK_SYM_GLOBAL;
    o.funcs[1].flags = CK_FUNC_GLOBAL;
    save_obj("obj_dup", &o);
    {
        ck_obj p;
        code h = {0};
        op(&h, CK_OP_RET);
        memset(&p, 0, sizeof p);
        p.nfuncs = 1;
        p.funcs = ck_xmalloc(sizeof *p.funcs);
        p.funcs[0] = (ck_obj_func){0, (uint32_t)h.n, 0, 0, 0, 1, CK_FUNC_GLOBAL};
        ck_buf_put(&p.code, h.b, h.n);
        p.nsyms = 1;
        p.syms = ck_xmalloc(sizeof *p.syms);
        p.syms[0] = (ck_obj_sym){ck_xstrdup("helper"), CK_SYM_FUNC, CK_SYM_GLOBAL, 0, 0};
        save_obj("obj_dup.2", &p);
        ck_obj_free(&p);
    }

    base_obj(&o);                                   /* no main anywhere */
    free(o.syms[0].name);
    o.syms[0].name = ck_xstrdup("start");
    save_obj("obj_no_main", &o);

    base_obj(&o);
    o.relocs[0].offset = (uint32_t)o.code.len + 10;
    save_obj("reloc_off_oob", &o);

    base_obj(&o);                                   /* a 4-byte field straddling the end */
    o.relocs[1].offset = (uint32_t)o.code.len - 2;
    save_obj("reloc_off_edge", &o);

    base_obj(&o);
    o.relocs[1].section = CK_SECT_DATA;             /* data is 4 bytes: offset 6 is outside */
    save_obj("reloc_data_oob", &o);

    base_obj(&o);
    o.relocs[0].sym = 99;
    save_obj("reloc_sym_oob", &o);

    base_obj(&o);
    o.relocs[0].kind = 9;
    save_obj("reloc_kind_bad", &o);

    /* liu r2, dat+N (ADDR16) in place of the li: links while dat+N lies below 64 KiB, fails above */
    for (int big = 0; big < 2; big++) {
        base_obj(&o);
        o.code.data[OBJ_LI_AT - 1] = CK_OP_LIU;      /* opcode, r2, u16 at OBJ_LI_AT + 1, then two nops */
        o.code.data[OBJ_LI_AT + 3] = CK_OP_NOP;
        o.code.data[OBJ_LI_AT + 4] = CK_OP_NOP;
        o.relocs[1].kind = CK_REL_ADDR16;
        o.bss_size = big ? 70000 : 16;
        o.syms[2].kind = CK_SYM_BSS;                /* dat: the whole bss, addressed at its end */
        o.syms[2].size = o.bss_size;
        o.relocs[1].addend = (int32_t)o.bss_size - 4;
        save_obj(big ? "addr16_overflow" : "addr16_ok", &o);
    }
    base_obj(&o);                                   /* calln.n io.putchar, r2 (NATIVE8): links */
    o.code.data[OBJ_CALLN_AT] = CK_OP_CALLNN;       /* import byte, window r2, then a nop */
    o.code.data[OBJ_CALLN_AT + 2] = 2;
    o.code.data[OBJ_CALLN_AT + 3] = CK_OP_NOP;
    o.relocs[2].kind = CK_REL_NATIVE8;
    save_obj("native8_ok", &o);
    o.relocs[2].sym = 5;                            /* an import the object does not have */
    save_obj("native8_sym_oob", &o);
    base_obj(&o);                                   /* ADDR16 patches code operands only */
    o.nrelocs = 4;
    o.relocs[3] = (ck_obj_reloc){CK_SECT_DATA, CK_REL_ADDR16, 0, 2, 0};
    save_obj("reloc_addr16_data", &o);

    base_obj(&o);
    o.relocs[0].section = CK_SECT_FUNCS;
    save_obj("reloc_section_bad", &o);

    base_obj(&o);
    o.relocs[2].sym = 5;                            /* import number 5 of 1 */
    save_obj("reloc_native_oob", &o);

    base_obj(&o);
    o.relocs[0].sym = 2;                            /* FUNC16 against the data symbol */
    save_obj("reloc_func_to_data", &o);

    base_obj(&o);
    o.relocs[1].sym = 1;                            /* ADDR32 against a function */
    save_obj("reloc_addr_to_func", &o);

    base_obj(&o);
    o.syms[2].value = 100;                          /* data is 4 bytes */
    save_obj("sym_value_oob", &o);

    base_obj(&o);
    o.syms[1].value = 7;                            /* 2 functions */
    save_obj("sym_func_oob", &o);

    base_obj(&o);
    o.syms[2].kind = 9;
    save_obj("sym_kind_bad", &o);

    base_obj(&o);                                   /* helper has no symbol */
    free(o.syms[1].name);
    o.syms[1] = o.syms[2];
    o.nsyms = 2;
    o.relocs[0].sym = 0;
    o.relocs[1].sym = 1;
    save_obj("func_no_sym", &o);

    base_obj(&o);                                   /* two symbols for main */
    o.syms[3] = (ck_obj_sym){ck_xstrdup("main2"), CK_SYM_FUNC, 0, 0, 0};
    o.nsyms = 4;
    save_obj("func_two_syms", &o);

    base_obj(&o);                                   /* the same import name twice in one object */
    o.imports = ck_xrealloc(o.imports, sizeof *o.imports * 2);
    o.imports[1] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 2, 0};
    o.nimports = 2;
    save_obj("import_conflict", &o);

    base_obj(&o);                                   /* two objects disagree on a native */
    free(o.syms[1].name);                           /* main calls "other" in the second object */
    o.syms[1] = (ck_obj_sym){ck_xstrdup("other"), CK_SYM_UNDEF, 0, 0, 0};
    o.nfuncs = 1;
    o.code.len -= 1;
    save_obj("import_clash", &o);
    {
        ck_obj p;
        code h = {0};
        op(&h, CK_OP_CALLN); u16(&h, 0); u8(&h, 0);   /* io.putchar as 2 -> 1 */
        op(&h, CK_OP_RET);
        memset(&p, 0, sizeof p);
        p.nfuncs = 1;
        p.funcs = ck_xmalloc(sizeof *p.funcs);
        p.funcs[0] = (ck_obj_func){0, (uint32_t)h.n, 0, 0, 0, 2, CK_FUNC_GLOBAL};
        ck_buf_put(&p.code, h.b, h.n);
        p.nsyms = 1;
        p.syms = ck_xmalloc(sizeof *p.syms);
        p.syms[0] = (ck_obj_sym){ck_xstrdup("other"), CK_SYM_FUNC, CK_SYM_GLOBAL, 0, 0};
        p.nimports = 1;
        p.imports = ck_xmalloc(sizeof *p.imports);
        p.imports[0] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 2, 1};
        p.nrelocs = 1;
        p.relocs = ck_xmalloc(sizeof *p.relocs);
        p.relocs[0] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_NATIVE16, 1, 0, 0};
        save_obj("import_clash.2", &p);
        ck_obj_free(&p);
    }

    /* raw corruption of an object file */
    base_obj(&o);
    write_obj(&o, &b); b.data[sect_off(&b, CK_SECT_CODE)] ^= 0x40;          /* CRC left stale */
    save("obj_crc", ".cko", &b);

    write_obj(&o, &b); put16(&b, 4, CK_OBJECT_VERSION + 1); reseal(&b);
    save("obj_version", ".cko", &b);

    write_obj(&o, &b); put32(&b, ent(&b, CK_SECT_SYMS) + 8, sect_size(&b, CK_SECT_SYMS) - 1); reseal(&b);
    save("syms_partial", ".cko", &b);

    write_obj(&o, &b); put32(&b, ent(&b, CK_SECT_RELOCS) + 8, sect_size(&b, CK_SECT_RELOCS) + 8); reseal(&b);
    save("relocs_oob", ".cko", &b);

    write_obj(&o, &b); put32(&b, sect_off(&b, CK_SECT_SYMS), 0x7fffffff); reseal(&b);
    save("sym_name_oob", ".cko", &b);

    write_obj(&o, &b); b.len = 40;
    save("obj_trunc", ".cko", &b);

    {   /* an image given where an object is expected */
        ck_image im = {0};
        base_image(&im, NULL);
        write_image(&im, &b);
        save("image_as_obj", ".cko", &b);
        ck_image_free(&im);
    }
    write_obj(&o, &b);                                /* an object given to run */
    save("obj_as_image", ".cbc", &b);
    ck_buf_free(&b);
    ck_obj_free(&o);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: mkbad DIR\n");
        return 2;
    }
    outdir = argv[1];
    image_cases();
    code_cases();
    object_cases();
    return failures ? 1 : 0;
}

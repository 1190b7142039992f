/* Unit tests of common/ (libcktools): buffers, CRC-32, files, diagnostics, string maps, and the
 * object and image readers and canonical writers: round trips, one case per reader rejection with
 * its message, and random mutations and truncations of valid files (no crash; run under ASan and
 * UBSan in a build configured with --enable-sanitizers). */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "cktools.h"

/* --- little-endian helpers on a written file ------------------------------------------------------ */
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
static void reseal(ck_buf *b)
{
    put32(b, 8, (uint32_t)b->len);
    put32(b, 12, ck_crc32(b->data + 16, b->len - 16));
}
static unsigned nsect(const ck_buf *b) { return b->data[28] | b->data[29] << 8; }
static size_t ent(const ck_buf *b, uint32_t kind)
{
    for (unsigned i = 0; i < nsect(b); i++)
        if (get32(b, CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * i) == kind) return CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * i;
    ck_abort_msg("no section of kind %u", kind);
    return 0;
}
static uint32_t soff(const ck_buf *b, uint32_t kind) { return get32(b, ent(b, kind) + 4); }
static uint32_t ssize(const ck_buf *b, uint32_t kind) { return get32(b, ent(b, kind) + 8); }

/* --- the base image and object ---------------------------------------------------------------------- */
static void base_image(ck_image *im)
{
    static const uint8_t mainc[] = {CK_OP_LIH, 0, 0, 0, CK_OP_RET};
    static const uint8_t idc[] = {CK_OP_RET};
    static const uint8_t twoc[] = {CK_OP_ADD, 0, 0, 1, CK_OP_RET};
    memset(im, 0, sizeof *im);
    im->nfuncs = 3;
    im->funcs = ck_xmalloc(sizeof *im->funcs * 3);
    const uint8_t *codes[] = {mainc, idc, twoc};
    size_t sizes[] = {sizeof mainc, sizeof idc, sizeof twoc};
    const char *names[] = {"main", "id", "two"};
    const uint8_t sig[3][3] = {{0, 1, 4}, {1, 1, 2}, {2, 1, 3}};
    for (int i = 0; i < 3; i++) {
        im->funcs[i] = (ck_image_func){(uint32_t)im->code.len, (uint32_t)sizes[i], i ? 0 : 16, sig[i][0], sig[i][1],
                                       sig[i][2], 0, ck_xstrdup(names[i])};
        ck_buf_put(&im->code, codes[i], sizes[i]);
    }
    im->nimports = 2;
    im->imports = ck_xmalloc(sizeof *im->imports * 2);
    im->imports[0] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 1, 1};
    im->imports[1] = (ck_obj_import){ck_xstrdup("io.write"), 1, 2, 1};
    ck_buf_put(&im->rodata, "hi", 3);
    ck_buf_zero(&im->data, 8);
    im->bss_size = 16;
    im->stack_size = CK_DEFAULT_STACK;
    im->has_names = 1;
}

static ck_buf image_bytes(void)
{
    ck_image im;
    ck_buf b = {0};
    base_image(&im);
    ck_image_write(&im, &b);
    ck_image_free(&im);
    return b;
}

/* main: call helper, r1; li r2, dat; calln io.putchar, r2; lih r0, 0; ret.  helper: ret.
 * data "dat" (4 bytes) with a relocated word; rodata "ro" with a function pointer; bss "zz". */
static void base_obj(ck_obj *o)
{
    static const uint8_t m[] = {CK_OP_CALL, 0, 0, 1, CK_OP_LI, 2, 0, 0, 0, 0, CK_OP_CALLN, 0, 0, 2,
                                CK_OP_LIH, 0, 0, 0, CK_OP_RET};
    memset(o, 0, sizeof *o);
    o->nfuncs = 2;
    o->funcs = ck_xmalloc(sizeof *o->funcs * 2);
    o->funcs[0] = (ck_obj_func){0, sizeof m, 0, 0, 1, 4, CK_FUNC_GLOBAL};
    o->funcs[1] = (ck_obj_func){sizeof m, 1, 0, 0, 0, 1, 0};
    ck_buf_put(&o->code, m, sizeof m);
    ck_buf_u8(&o->code, CK_OP_RET);
    ck_buf_zero(&o->data, 8);
    ck_buf_zero(&o->rodata, 4);
    o->bss_size = 32;
    o->stack_size = 2048;
    o->nsyms = 6;
    o->syms = ck_xmalloc(sizeof *o->syms * 8);
    o->syms[0] = (ck_obj_sym){ck_xstrdup("main"), CK_SYM_FUNC, CK_SYM_GLOBAL, 0, sizeof m};
    o->syms[1] = (ck_obj_sym){ck_xstrdup("helper"), CK_SYM_FUNC, 0, 1, 1};
    o->syms[2] = (ck_obj_sym){ck_xstrdup("dat"), CK_SYM_DATA, 0, 0, 8};
    o->syms[3] = (ck_obj_sym){ck_xstrdup("ro"), CK_SYM_RODATA, CK_SYM_GLOBAL, 0, 4};
    o->syms[4] = (ck_obj_sym){ck_xstrdup("zz"), CK_SYM_BSS, 0, 8, 24};
    o->syms[5] = (ck_obj_sym){ck_xstrdup("ext"), CK_SYM_UNDEF, 0, 0, 0};
    o->nimports = 1;
    o->imports = ck_xmalloc(sizeof *o->imports);
    o->imports[0] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 1, 1};
    o->nrelocs = 5;
    o->relocs = ck_xmalloc(sizeof *o->relocs * 8);
    o->relocs[0] = (ck_obj_reloc){CK_SECT_DATA, CK_REL_ADDR32, 4, 5, -8};
    o->relocs[1] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_FUNC16, 1, 1, 0};
    o->relocs[2] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_ADDR32, 6, 2, 4};
    o->relocs[3] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_NATIVE16, 11, 0, 0};
    o->relocs[4] = (ck_obj_reloc){CK_SECT_RODATA, CK_REL_FPTR32, 0, 0, 0};
}

static ck_buf obj_bytes(void)
{
    ck_obj o;
    ck_buf b = {0};
    base_obj(&o);
    ck_obj_write(&o, &b);
    ck_obj_free(&o);
    return b;
}

/* --- buffers, CRC, files, maps ----------------------------------------------------------------------- */
START_TEST(buffers)
{
    ck_buf b = {0};
    ck_buf_u8(&b, 0x11);
    ck_buf_u16(&b, 0x2233);
    ck_buf_u32(&b, 0x44556677u);
    ck_buf_u64(&b, 0x8899aabbccddeeffull);
    ck_buf_zero(&b, 2);
    ck_buf_put(&b, "xy", 2);
    static const uint8_t want[] = {0x11, 0x33, 0x22, 0x77, 0x66, 0x55, 0x44, 0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa,
                                   0x99, 0x88, 0, 0, 'x', 'y'};
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    ck_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_buf_printf(&b, "%s-%d", "abc", 42);
    ck_assert_str_eq((char *)b.data, "abc-42");
    for (int i = 0; i < 100; i++) ck_buf_printf(&b, "%0200d", i);
    ck_assert_uint_eq(b.len, 6 + 100 * 200);
    ck_assert_uint_eq(b.data[b.len], 0);
    ck_buf_free(&b);
}
END_TEST

START_TEST(crc32)
{
    ck_assert_uint_eq(ck_crc32((const uint8_t *)"123456789", 9), 0xCBF43926u);
    ck_assert_uint_eq(ck_crc32((const uint8_t *)"", 0), 0);
    ck_assert_uint_eq(ck_crc32((const uint8_t *)"The quick brown fox jumps over the lazy dog", 43), 0x414FA339u);
}
END_TEST

START_TEST(files)
{
    char dir[] = "/tmp/cktest.XXXXXX", path[256], err[512];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/out.bin", dir);
    ck_assert_int_eq(ck_write_file(path, "hello", 5, err, sizeof err), 0);
    ck_assert_int_eq(ck_write_file(path, "bye", 3, err, sizeof err), 0);     /* replaces */
    ck_buf b = {0};
    ck_assert_int_eq(ck_read_file(path, &b, err, sizeof err), 0);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_str_eq((char *)b.data, "bye");                                 /* NUL-terminated */
    ck_buf_free(&b);
    char bad[300];
    snprintf(bad, sizeof bad, "%s/nodir/x", dir);
    ck_assert_int_eq(ck_write_file(bad, "x", 1, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "cannot create"));
    ck_assert_int_eq(ck_read_file(bad, &b, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "cannot open"));
    ck_assert_int_eq(ck_read_file(dir, &b, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "directory"));
    /* a failed write leaves the existing file alone and no temporary behind */
    snprintf(bad, sizeof bad, "%s/sub", dir);
    ck_assert_int_eq(mkdir(bad, 0700), 0);
    ck_assert_int_eq(ck_write_file(bad, "x", 1, err, sizeof err), -1);       /* rename over a directory */
    ck_assert_int_eq(ck_read_file(path, &b, err, sizeof err), 0);
    ck_assert_str_eq((char *)b.data, "bye");
    ck_buf_free(&b);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 2 && rm -rf %s", dir, dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(diagnostics)
{
    ck_buf cap = {0};
    ck_diag_capture(&cap);
    ck_diag_reset();
    ck_diag_error("f.cks", 3, 5, "bad %d", 7);
    ck_diag_warning("f.cks", 4, 0, "odd");
    ck_diag_error("f.cks", 0, 0, "whole file");
    ck_diag_error(NULL, 0, 0, "no file");
    ck_diag_error_src("f.cks", 9, 4, "\tab cd\nnext line", 16, "here");
    ck_diag_note("f.cks", 1, 2, "see %s", "this");
    ck_diag_error_src("f.cks", 2, 7, "abc", 3, "past the end");
    ck_diag_capture(NULL);
    ck_assert_str_eq((char *)cap.data,
                     "f.cks:3:5: error: bad 7\n"
                     "f.cks:4: warning: odd\n"
                     "f.cks: error: whole file\n"
                     "error: no file\n"
                     "f.cks:9:4: error: here\n"
                     "\tab cd\n"
                     "\t  ^\n"
                     "f.cks:1:2: note: see this\n"
                     "f.cks:2:7: error: past the end\n"
                     "abc\n"
                     "      ^\n");
    ck_assert_uint_eq(ck_diag_count(), 5);
    ck_diag_reset();
    ck_assert_uint_eq(ck_diag_count(), 0);
    ck_buf_free(&cap);
}
END_TEST

START_TEST(strmap)
{
    ck_strmap m = {0};
    char k[32];
    size_t v;
    ck_assert_int_eq(ck_strmap_get(&m, "x", &v), 0);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "name%zu", i);
        ck_strmap_put(&m, k, i * 3);
    }
    ck_strmap_put(&m, "name7", 99);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "name%zu", i);
        ck_assert_int_eq(ck_strmap_get(&m, k, &v), 1);
        ck_assert_uint_eq(v, i == 7 ? 99 : i * 3);
    }
    ck_assert_int_eq(ck_strmap_get(&m, "name5000", &v), 0);
    ck_assert_uint_eq(m.count, 5000);
    ck_strmap_free(&m);
}
END_TEST

/* --- round trips --------------------------------------------------------------------------------------- */
START_TEST(image_round_trip)
{
    ck_image im, back;
    ck_buf a = {0}, b = {0};
    char err[512];
    base_image(&im);
    ck_buf_put(&im.lines, "\1\2\3", 3);
    im.funcs[2].flags = 0x80;
    ck_image_write(&im, &a);
    ck_assert_int_eq(ck_image_read(&back, a.data, a.len, err, sizeof err), 0);
    ck_assert_uint_eq(back.nfuncs, 3);
    ck_assert_str_eq(back.funcs[1].name, "id");
    ck_assert_uint_eq(back.funcs[2].code_off, 6);
    ck_assert_uint_eq(back.funcs[2].nargs, 2);
    ck_assert_uint_eq(back.funcs[2].flags, 0x80);
    ck_assert_uint_eq(back.funcs[0].frame, 16);
    ck_assert_str_eq(back.imports[1].name, "io.write");
    ck_assert_uint_eq(back.imports[1].nargs, 2);
    ck_assert_uint_eq(back.rodata.len, 3);
    ck_assert_uint_eq(back.data.len, 8);
    ck_assert_uint_eq(back.lines.len, 3);
    ck_assert_uint_eq(back.bss_size, 16);
    ck_assert_uint_eq(back.stack_size, CK_DEFAULT_STACK);
    ck_assert_int_eq(back.has_names, 1);
    ck_image_write(&back, &b);                              /* canonical: same content, same bytes */
    ck_assert_uint_eq(a.len, b.len);
    ck_assert_mem_eq(a.data, b.data, a.len);
    ck_assert_uint_eq(get32(&a, 0), CK_IMAGE_MAGIC);
    ck_assert_uint_eq(get32(&a, 8), a.len);
    ck_assert_uint_eq(get32(&a, 12), ck_crc32(a.data + 16, a.len - 16));
    /* sections in kind order, back to back after the directory */
    size_t at = CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * nsect(&a);
    uint32_t last = 0;
    for (unsigned i = 0; i < nsect(&a); i++) {
        uint32_t kind = get32(&a, CK_HDR_SIZE + 12 * i);
        ck_assert_uint_gt(kind, last);
        ck_assert_uint_eq(get32(&a, CK_HDR_SIZE + 12 * i + 4), at);
        at += get32(&a, CK_HDR_SIZE + 12 * i + 8);
        last = kind;
    }
    ck_assert_uint_eq(at, a.len);
    ck_image_free(&back);
    /* without names: no NAMES section, names read back as NULL */
    im.has_names = 0;
    ck_buf_free(&a);
    ck_image_write(&im, &a);
    ck_assert_int_eq(ck_image_read(&back, a.data, a.len, err, sizeof err), 0);
    ck_assert_int_eq(back.has_names, 0);
    ck_assert_ptr_null(back.funcs[0].name);
    ck_assert_uint_eq(nsect(&a), 7);                        /* FUNCS CODE IMPORTS RODATA DATA STRTAB LINES */
    ck_image_free(&back);
    ck_image_free(&im);
    ck_buf_free(&a);
    ck_buf_free(&b);
}
END_TEST

START_TEST(image_strings_deduplicated)
{
    ck_image im;
    ck_buf a = {0};
    base_image(&im);
    free(im.funcs[1].name);
    im.funcs[1].name = ck_xstrdup("io.write");                /* the same string as an import */
    free(im.funcs[2].name);
    im.funcs[2].name = ck_xstrdup("main");
    ck_image_write(&im, &a);
    ck_assert_uint_eq(ssize(&a, CK_SECT_STRTAB), sizeof "io.putchar" + sizeof "io.write" + sizeof "main");
    uint32_t names = soff(&a, CK_SECT_NAMES), st = soff(&a, CK_SECT_STRTAB);
    ck_assert_str_eq((char *)a.data + st + get32(&a, names + 4), "io.write");
    ck_assert_uint_eq(get32(&a, names), get32(&a, names + 8));
    ck_image_free(&im);
    ck_buf_free(&a);
}
END_TEST

START_TEST(image_addresses)
{
    ck_assert_uint_eq(ck_image_data_addr(0), CK_MEM_BASE);
    ck_assert_uint_eq(ck_image_data_addr(3), CK_MEM_BASE + 8);
    ck_assert_uint_eq(ck_image_data_addr(8), CK_MEM_BASE + 8);
    ck_assert_uint_eq(ck_image_bss_addr(3, 1), CK_MEM_BASE + 16);
    ck_assert_uint_eq(ck_image_bss_addr(0, 0), CK_MEM_BASE);
}
END_TEST

START_TEST(obj_round_trip)
{
    ck_obj o, back;
    ck_buf a = {0}, b = {0};
    char err[512];
    base_obj(&o);
    ck_obj_write(&o, &a);
    ck_assert_int_eq(ck_obj_read(&back, a.data, a.len, err, sizeof err), 0);
    ck_assert_uint_eq(back.nfuncs, 2);
    ck_assert_uint_eq(back.nsyms, 6);
    ck_assert_str_eq(back.syms[4].name, "zz");
    ck_assert_uint_eq(back.syms[4].kind, CK_SYM_BSS);
    ck_assert_uint_eq(back.syms[4].size, 24);
    ck_assert_uint_eq(back.syms[3].flags, CK_SYM_GLOBAL);
    ck_assert_uint_eq(back.nrelocs, 5);
    /* relocations come back sorted by section, then offset */
    ck_assert_uint_eq(back.relocs[0].section, CK_SECT_CODE);
    ck_assert_uint_eq(back.relocs[0].offset, 1);
    ck_assert_uint_eq(back.relocs[2].kind, CK_REL_NATIVE16);
    ck_assert_uint_eq(back.relocs[3].section, CK_SECT_RODATA);
    ck_assert_uint_eq(back.relocs[4].section, CK_SECT_DATA);
    ck_assert_int_eq(back.relocs[4].addend, -8);
    ck_assert_uint_eq(back.bss_size, 32);
    ck_assert_uint_eq(back.stack_size, 2048);
    ck_obj_write(&back, &b);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert_mem_eq(a.data, b.data, a.len);
    ck_assert_uint_eq(get32(&a, 0), CK_OBJECT_MAGIC);
    ck_assert_uint_eq(get32(&a, 16), 0);
    /* emission order of relocations does not change the bytes */
    ck_obj_reloc t = o.relocs[0];
    o.relocs[0] = o.relocs[3];
    o.relocs[3] = t;
    ck_buf_free(&b);
    ck_obj_write(&o, &b);
    ck_assert_mem_eq(a.data, b.data, a.len);
    ck_obj_free(&back);
    ck_obj_free(&o);
    ck_buf_free(&a);
    ck_buf_free(&b);
}
END_TEST

/* --- rejections ------------------------------------------------------------------------------------------ */
typedef void (*mutator)(ck_buf *b);
typedef struct reject { const char *name; mutator fn; const char *want; } reject;

#define MUT(name, body) static void name(ck_buf *b) { body; }

/* header and directory (images) */
MUT(m_empty, b->len = 0)
MUT(m_hdr_trunc, b->len = 20)
MUT(m_magic, b->data[3] = 'X')
MUT(m_is_obj, { ck_buf o = obj_bytes(); ck_buf_free(b); *b = o; })
MUT(m_version, put16(b, 4, CK_IMAGE_VERSION + 1); reseal(b))
MUT(m_size_big, put32(b, 8, (uint32_t)b->len + 4); put32(b, 12, ck_crc32(b->data + 16, b->len - 16)))
MUT(m_size_small, put32(b, 8, (uint32_t)b->len - 1); put32(b, 12, ck_crc32(b->data + 16, b->len - 16)))
MUT(m_crc, b->data[soff(b, CK_SECT_CODE)] ^= 1)
MUT(m_flags, put16(b, 6, 1); reseal(b))
MUT(m_reserved, put16(b, 30, 1); reseal(b))
MUT(m_too_many, put16(b, 28, CK_MAX_SECTIONS + 1); reseal(b))
MUT(m_dir_trunc, b->len = CK_HDR_SIZE + CK_SECT_ENTRY_SIZE + 4; reseal(b))
MUT(m_unknown_kind, put32(b, ent(b, CK_SECT_RODATA), 42); reseal(b))
MUT(m_kind_zero, put32(b, ent(b, CK_SECT_RODATA), 0); reseal(b))
MUT(m_syms_in_image, put32(b, ent(b, CK_SECT_RODATA), CK_SECT_SYMS); reseal(b))
MUT(m_dup, put32(b, ent(b, CK_SECT_RODATA), CK_SECT_DATA); reseal(b))
MUT(m_sect_out, put32(b, ent(b, CK_SECT_DATA) + 4, (uint32_t)b->len - 4); reseal(b))
MUT(m_sect_wrap, put32(b, ent(b, CK_SECT_DATA) + 4, 0xfffffff8u); put32(b, ent(b, CK_SECT_DATA) + 8, 0x10); reseal(b))
MUT(m_sect_huge, put32(b, ent(b, CK_SECT_DATA) + 8, 0xfffffff0u); reseal(b))
MUT(m_sect_trunc, b->len -= 3; reseal(b))
MUT(m_overlap, put32(b, ent(b, CK_SECT_DATA) + 4, soff(b, CK_SECT_RODATA)); reseal(b))
MUT(m_in_header, put32(b, ent(b, CK_SECT_RODATA) + 4, 8); reseal(b))
MUT(m_funcs_partial, put32(b, ent(b, CK_SECT_FUNCS) + 8, ssize(b, CK_SECT_FUNCS) - 4); reseal(b))
MUT(m_imports_partial, put32(b, ent(b, CK_SECT_IMPORTS) + 8, 7); reseal(b))
MUT(m_names_count, put32(b, ent(b, CK_SECT_NAMES) + 8, 8); reseal(b))
MUT(m_no_code, put32(b, ent(b, CK_SECT_CODE), CK_SECT_LINES); reseal(b))
MUT(m_no_funcs, put32(b, ent(b, CK_SECT_FUNCS), CK_SECT_LINES); reseal(b))
/* strings */
MUT(m_str_oob, put32(b, soff(b, CK_SECT_IMPORTS), 0x1000); reseal(b))
MUT(m_str_unterminated, b->data[soff(b, CK_SECT_STRTAB) + ssize(b, CK_SECT_STRTAB) - 1] = 'x'; reseal(b))
MUT(m_names_oob, put32(b, soff(b, CK_SECT_NAMES) + 4, 0xffffff00u); reseal(b))
MUT(m_import_empty, put32(b, soff(b, CK_SECT_IMPORTS), sizeof "io.putchar" - 1); reseal(b))
/* functions */
MUT(m_code_oob, put32(b, soff(b, CK_SECT_FUNCS) + 16 + 4, ssize(b, CK_SECT_CODE)); reseal(b))
MUT(m_code_wrap, put32(b, soff(b, CK_SECT_FUNCS) + 16, 0xffffffffu); put32(b, soff(b, CK_SECT_FUNCS) + 20, 2); reseal(b))
MUT(m_func_empty, put32(b, soff(b, CK_SECT_FUNCS) + 16 + 4, 0); reseal(b))
MUT(m_nargs, b->data[soff(b, CK_SECT_FUNCS) + 16 + 12] = 3; reseal(b))
MUT(m_nrets, b->data[soff(b, CK_SECT_FUNCS) + 32 + 13] = 4; reseal(b))
MUT(m_frame, put32(b, soff(b, CK_SECT_FUNCS) + 8, CK_MAX_FRAME + 8); reseal(b))
MUT(m_entry, put32(b, 16, 3); reseal(b))

static const reject image_rejects[] = {
    {"empty", m_empty, "truncated image: 0 bytes"},
    {"hdr_trunc", m_hdr_trunc, "truncated image: 20 bytes, smaller than the 32-byte header"},
    {"magic", m_magic, "bad magic 43 4b 42 58: not a Cockpit image"},
    {"object", m_is_obj, "this is a Cockpit object (.cko), not an image"},
    {"version", m_version, "unsupported image format version 2"},
    {"size_big", m_size_big, "image truncated: its header gives a size of"},
    {"size_small", m_size_small, "image has trailing bytes"},
    {"crc", m_crc, "CRC mismatch"},
    {"flags", m_flags, "header flags are 0x0001, must be 0"},
    {"reserved", m_reserved, "reserved header field"},
    {"too_many", m_too_many, "too many sections: 33 (at most 32)"},
    {"dir_trunc", m_dir_trunc, "truncated section directory"},
    {"unknown_kind", m_unknown_kind, "unknown section kind 42"},
    {"kind_zero", m_kind_zero, "unknown section kind 0"},
    {"syms_in_image", m_syms_in_image, "section SYMS is not allowed in an image"},
    {"dup", m_dup, "section DATA appears twice"},
    {"sect_out", m_sect_out, "section DATA (offset"},
    {"sect_wrap", m_sect_wrap, "lies outside the image"},
    {"sect_huge", m_sect_huge, "lies outside the image"},
    {"sect_trunc", m_sect_trunc, "lies outside the image"},
    {"overlap", m_overlap, "sections RODATA and DATA overlap"},
    {"in_header", m_in_header, "section RODATA (offset 8) overlaps the header"},
    {"funcs_partial", m_funcs_partial, "section FUNCS has 44 bytes, not a multiple of its 16-byte records"},
    {"imports_partial", m_imports_partial, "section IMPORTS has 7 bytes"},
    {"names_count", m_names_count, "NAMES section has 2 entries for 3 functions"},
    {"no_code", m_no_code, "image has no CODE section"},
    {"no_funcs", m_no_funcs, "image has no FUNCS section"},
    {"str_oob", m_str_oob, "import 0: name string offset 4096 lies outside STRTAB"},
    {"str_unterminated", m_str_unterminated, "is unterminated"},
    {"names_oob", m_names_oob, "NAMES entry of function 1: name string offset"},
    {"import_empty", m_import_empty, "import 0 has an empty name"},
    {"code_oob", m_code_oob, "function 1: code [5, +11) lies outside CODE (11 bytes)"},
    {"code_wrap", m_code_wrap, "function 1: code [4294967295, +2) lies outside CODE"},
    {"func_empty", m_func_empty, "function 1 has empty code"},
    {"nargs", m_nargs, "function 1: 3 argument and 1 result registers do not fit in its 2 registers"},
    {"nrets", m_nrets, "function 2: 2 argument and 4 result registers"},
    {"frame", m_frame, "function 0: frame of 32768 bytes exceeds the limit of 32760"},
    {"entry", m_entry, "entry function index 3 is out of range (3 functions)"},
};

START_TEST(image_rejections)
{
    const reject *r = &image_rejects[_i];
    ck_buf b = image_bytes();
    r->fn(&b);
    ck_image im;
    char err[512] = "";
    int rc = ck_image_read(&im, b.data, b.len, err, sizeof err);
    ck_assert_msg(rc == -1, "%s: accepted", r->name);
    ck_assert_msg(strstr(err, r->want) != NULL, "%s: message '%s' lacks '%s'", r->name, err, r->want);
    ck_buf_free(&b);
}
END_TEST

/* objects: the field offsets follow base_obj's layout */
static uint32_t sym_rec(const ck_buf *b, unsigned i) { return soff(b, CK_SECT_SYMS) + CK_SYM_SIZE * i; }
static uint32_t rel_rec(const ck_buf *b, unsigned i) { return soff(b, CK_SECT_RELOCS) + CK_RELOC_SIZE * i; }
/* sorted relocations: 0 CODE+1 FUNC16, 1 CODE+6 ADDR32, 2 CODE+11 NATIVE16, 3 RODATA+0 FPTR32, 4 DATA+4 ADDR32 */
MUT(o_is_image, { ck_buf o = image_bytes(); ck_buf_free(b); *b = o; })
MUT(o_magic, b->data[0] = 'X')
MUT(o_version, put16(b, 4, CK_OBJECT_VERSION + 1); reseal(b))
MUT(o_trunc, b->len = 40)
MUT(o_crc, b->data[soff(b, CK_SECT_CODE)] ^= 0x40)
MUT(o_entry, put32(b, 16, 1); reseal(b))
MUT(o_names_in_obj, put32(b, ent(b, CK_SECT_RODATA), CK_SECT_NAMES); reseal(b))
MUT(o_syms_partial, put32(b, ent(b, CK_SECT_SYMS) + 8, ssize(b, CK_SECT_SYMS) - 1); reseal(b))
MUT(o_relocs_oob, put32(b, ent(b, CK_SECT_RELOCS) + 8, ssize(b, CK_SECT_RELOCS) + 16); reseal(b))
MUT(o_func_gap, put32(b, soff(b, CK_SECT_FUNCS) + 16, 20); put32(b, soff(b, CK_SECT_FUNCS) + 20, 0); reseal(b))
MUT(o_func_tail, put32(b, soff(b, CK_SECT_FUNCS) + 4, 18); put32(b, soff(b, CK_SECT_FUNCS) + 16, 18); reseal(b))
MUT(o_func_flags, b->data[soff(b, CK_SECT_FUNCS) + 15] = 3; reseal(b))
MUT(o_func_global, b->data[soff(b, CK_SECT_FUNCS) + 16 + 15] = 1; reseal(b))
MUT(o_sym_name_oob, put32(b, sym_rec(b, 0), 0x7fffffff); reseal(b))
MUT(o_sym_empty, put32(b, sym_rec(b, 0), sizeof "io.putchar" - 1); reseal(b))
MUT(o_sym_dup, put32(b, sym_rec(b, 3), get32(b, sym_rec(b, 2))); reseal(b))
MUT(o_sym_kind, b->data[sym_rec(b, 2) + 4] = 9; reseal(b))
MUT(o_sym_flags, b->data[sym_rec(b, 2) + 5] = 2; reseal(b))
MUT(o_sym_reserved, b->data[sym_rec(b, 2) + 6] = 1; reseal(b))
MUT(o_sym_undef_value, put32(b, sym_rec(b, 5) + 8, 4); reseal(b))
MUT(o_sym_func_oob, put32(b, sym_rec(b, 1) + 8, 7); reseal(b))
MUT(o_sym_func_size, put32(b, sym_rec(b, 1) + 12, 2); reseal(b))
MUT(o_sym_data_oob, put32(b, sym_rec(b, 2) + 8, 100); reseal(b))
MUT(o_sym_data_size, put32(b, sym_rec(b, 2) + 12, 9); reseal(b))
MUT(o_sym_bss_oob, put32(b, sym_rec(b, 4) + 12, 25); reseal(b))
MUT(o_func_no_sym, b->data[sym_rec(b, 1) + 4] = CK_SYM_UNDEF; put32(b, sym_rec(b, 1) + 8, 0);
    put32(b, sym_rec(b, 1) + 12, 0); reseal(b))
MUT(o_func_two_syms, b->data[sym_rec(b, 5) + 4] = CK_SYM_FUNC; reseal(b))
MUT(o_sym_global_mismatch, b->data[sym_rec(b, 0) + 5] = 0; reseal(b))
MUT(o_rel_section, b->data[rel_rec(b, 0)] = CK_SECT_FUNCS; reseal(b))
MUT(o_rel_kind, b->data[rel_rec(b, 0) + 1] = 9; reseal(b))
MUT(o_rel_reserved, b->data[rel_rec(b, 0) + 2] = 1; reseal(b))
MUT(o_rel_off_oob, put32(b, rel_rec(b, 0) + 4, 100); reseal(b))
MUT(o_rel_off_edge, put32(b, rel_rec(b, 1) + 4, 18); reseal(b))
MUT(o_rel_data_oob, put32(b, rel_rec(b, 4) + 4, 6); reseal(b))
MUT(o_rel_sym_oob, put32(b, rel_rec(b, 0) + 8, 99); reseal(b))
MUT(o_rel_native_oob, put32(b, rel_rec(b, 2) + 8, 5); reseal(b))
MUT(o_rel_func_to_data, put32(b, rel_rec(b, 0) + 8, 2); reseal(b))
MUT(o_rel_addr_to_func, put32(b, rel_rec(b, 1) + 8, 1); reseal(b))
MUT(o_rel_fptr_to_data, put32(b, rel_rec(b, 3) + 8, 3); reseal(b))
MUT(o_rel_addend, put32(b, rel_rec(b, 0) + 12, 1); reseal(b))
MUT(o_rel_func16_in_data, b->data[rel_rec(b, 4) + 1] = CK_REL_FUNC16; put32(b, rel_rec(b, 4) + 12, 0);
    put32(b, rel_rec(b, 4) + 8, 1); reseal(b))
MUT(o_rel_field, b->data[soff(b, CK_SECT_CODE) + 7] = 1; reseal(b))
MUT(o_rel_overlap, put32(b, rel_rec(b, 2) + 4, 7); reseal(b))

static const reject obj_rejects[] = {
    {"is_image", o_is_image, "this is a Cockpit image (.cbc), not an object"},
    {"magic", o_magic, "bad magic 58 4b 4f 42: not a Cockpit object (expected 'CKOB')"},
    {"version", o_version, "unsupported object format version 2"},
    {"trunc", o_trunc, "object truncated"},
    {"crc", o_crc, "CRC mismatch"},
    {"entry", o_entry, "object header: entry field is 1, must be 0"},
    {"names_in_obj", o_names_in_obj, "section NAMES is not allowed in an object"},
    {"syms_partial", o_syms_partial, "not a multiple of its 16-byte records"},
    {"relocs_oob", o_relocs_oob, "section RELOCS"},
    {"func_gap", o_func_gap, "function 1: code starts at CODE offset 20, expected 19"},
    {"func_tail", o_func_tail, "CODE has 1 bytes after the last function's code"},
    {"func_flags", o_func_flags, "function 0 has unknown flags 0x03"},
    {"func_global", o_func_global, "symbol 'helper' is local but its function record says global"},
    {"sym_name_oob", o_sym_name_oob, "symbol 0: name string offset 2147483647 lies outside STRTAB"},
    {"sym_empty", o_sym_empty, "symbol 0 has an empty name"},
    {"sym_dup", o_sym_dup, "symbol 'dat' appears twice (symbols 2 and 3)"},
    {"sym_kind", o_sym_kind, "symbol 'dat' has unknown kind 9"},
    {"sym_flags", o_sym_flags, "symbol 'dat' has unknown flags 0x02"},
    {"sym_reserved", o_sym_reserved, "symbol 'dat': reserved field is not 0"},
    {"sym_undef_value", o_sym_undef_value, "undefined symbol 'ext' has a value or size"},
    {"sym_func_oob", o_sym_func_oob, "symbol 'helper' names function 7, but there are 2 functions"},
    {"sym_func_size", o_sym_func_size, "symbol 'helper': size 2 exceeds its function's 1 bytes of code"},
    {"sym_data_oob", o_sym_data_oob, "data symbol 'dat' (offset 100, size 8) lies outside its section (8 bytes)"},
    {"sym_data_size", o_sym_data_size, "data symbol 'dat' (offset 0, size 9)"},
    {"sym_bss_oob", o_sym_bss_oob, "bss symbol 'zz' (offset 8, size 25) lies outside its section (32 bytes)"},
    {"func_no_sym", o_func_no_sym, "function 1 has no symbol"},
    {"func_two_syms", o_func_two_syms, "function 0 has two symbols, 'main' and 'ext'"},
    {"sym_global_mismatch", o_sym_global_mismatch, "symbol 'main' is local but its function record says global"},
    {"rel_section", o_rel_section, "relocation 0 applies to section 1"},
    {"rel_kind", o_rel_kind, "relocation 0 has unknown kind 9"},
    {"rel_reserved", o_rel_reserved, "relocation 0: reserved field is not 0"},
    {"rel_off_oob", o_rel_off_oob, "relocation 0 (FUNC16 at CODE+100) lies outside CODE (20 bytes)"},
    {"rel_off_edge", o_rel_off_edge, "relocation 1 (ADDR32 at CODE+18) lies outside CODE"},
    {"rel_data_oob", o_rel_data_oob, "relocation 4 (ADDR32 at DATA+6) lies outside DATA (8 bytes)"},
    {"rel_sym_oob", o_rel_sym_oob, "relocation 0 refers to symbol 99, but there are 6 symbols"},
    {"rel_native_oob", o_rel_native_oob, "relocation 2 refers to import 5, but there are 1 imports"},
    {"rel_func_to_data", o_rel_func_to_data, "relocation 0: FUNC16 needs a function symbol, but 'dat' is data"},
    {"rel_addr_to_func", o_rel_addr_to_func, "relocation 1: ADDR32 needs a data symbol, but 'helper' is a function"},
    {"rel_fptr_to_data", o_rel_fptr_to_data, "FPTR32 needs a function symbol, but 'ro' is rodata"},
    {"rel_addend", o_rel_addend, "relocation 0: a FUNC16 relocation has no addend (found 1)"},
    {"rel_func16_in_data", o_rel_func16_in_data, "relocation 4: FUNC16 relocations patch instruction operands, not DATA"},
    {"rel_field", o_rel_field, "relocation 1: the field it patches at CODE+6 is not zero"},
    {"rel_overlap", o_rel_overlap, "relocations 1 and 2 overlap at CODE+7"},
};

START_TEST(obj_rejections)
{
    const reject *r = &obj_rejects[_i];
    ck_buf b = obj_bytes();
    r->fn(&b);
    ck_obj o;
    char err[512] = "";
    int rc = ck_obj_read(&o, b.data, b.len, err, sizeof err);
    ck_assert_msg(rc == -1, "%s: accepted", r->name);
    ck_assert_msg(strstr(err, r->want) != NULL, "%s: message '%s' lacks '%s'", r->name, err, r->want);
    ck_buf_free(&b);
}
END_TEST

/* An object or image whose import names collide is rejected (objects) or kept (images). */
START_TEST(duplicate_imports)
{
    ck_obj o;
    ck_buf b = {0};
    char err[512];
    base_obj(&o);
    o.imports = ck_xrealloc(o.imports, sizeof *o.imports * 2);
    o.imports[1] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 2, 0};
    o.nimports = 2;
    ck_obj_write(&o, &b);
    ck_obj_free(&o);
    ck_assert_int_eq(ck_obj_read(&o, b.data, b.len, err, sizeof err), -1);
    ck_assert_str_eq(err, "import 'io.putchar' is declared twice");
    ck_buf_free(&b);
}
END_TEST

/* Limits that need more than a patched byte. */
START_TEST(obj_limits)
{
    ck_obj o;
    ck_buf b = {0};
    char err[512];
    memset(&o, 0, sizeof o);
    o.nfuncs = 1;
    o.funcs = ck_xmalloc(sizeof *o.funcs);
    o.funcs[0] = (ck_obj_func){0, CK_MAX_FUNC_CODE + 1, 0, 0, 0, 1, 0};
    ck_buf_zero(&o.code, CK_MAX_FUNC_CODE + 1);
    o.nsyms = 1;
    o.syms = ck_xmalloc(sizeof *o.syms);
    o.syms[0] = (ck_obj_sym){ck_xstrdup("big"), CK_SYM_FUNC, 0, 0, 0};
    ck_obj_write(&o, &b);
    ck_obj_free(&o);
    ck_assert_int_eq(ck_obj_read(&o, b.data, b.len, err, sizeof err), -1);
    ck_assert_str_eq(err, "function 0 has 32768 bytes of code (at most 32767)");
    ck_buf_free(&b);
    /* a name of 256 bytes */
    base_obj(&o);
    free(o.syms[2].name);
    o.syms[2].name = ck_xmalloc(257);
    memset(o.syms[2].name, 'n', 256);
    o.syms[2].name[256] = 0;
    ck_obj_write(&o, &b);
    ck_obj_free(&o);
    ck_assert_int_eq(ck_obj_read(&o, b.data, b.len, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "symbol 2: name at STRTAB offset"));
    ck_assert_ptr_nonnull(strstr(err, "is 256 bytes long (at most 255)"));
    ck_buf_free(&b);
}
END_TEST

/* --- mutations ----------------------------------------------------------------------------------------- */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

/* A random corruption: byte flips, a random 32-bit field, a truncation, or a directory edit, then
 * (usually) a fresh size and CRC so the reader gets past the header. */
static void mutate(ck_buf *b)
{
    unsigned what = rnd() % 6, times = 1 + rnd() % 3;
    for (unsigned t = 0; t < times && b->len; t++) {
        switch (what) {
        case 0: b->data[rnd() % b->len] ^= (uint8_t)(1u << (rnd() % 8)); break;
        case 1: b->data[rnd() % b->len] = (uint8_t)rnd(); break;
        case 2: if (b->len >= 4) put32(b, rnd() % (b->len - 3), rnd() % 3 ? rnd() % 64 : rnd()); break;
        case 3: b->len = rnd() % (b->len + 1); break;
        case 4:
            if (b->len >= CK_HDR_SIZE && nsect(b)) {
                size_t e = CK_HDR_SIZE + CK_SECT_ENTRY_SIZE * (rnd() % nsect(b)) + 4 * (rnd() % 3);
                if (e + 4 <= b->len) put32(b, e, get32(b, e) + (rnd() % 9) - 4);
            }
            break;
        default:
            if (b->len > 40) b->data[40 + rnd() % (b->len - 40)] = (uint8_t)(rnd() % 4);
            break;
        }
    }
    if (b->len >= CK_HDR_SIZE && rnd() % 8) reseal(b);
}

START_TEST(mutations)
{
    char err[512];
    unsigned accepted[2] = {0, 0};
    for (int iter = 0; iter < 20000; iter++) {
        int image = iter & 1;
        ck_buf b = image ? image_bytes() : obj_bytes();
        mutate(&b);
        /* copy into an exact-size heap block so that ASan sees any read past the end */
        uint8_t *p = ck_xmalloc(b.len ? b.len : 1);
        memcpy(p, b.data, b.len);
        ck_buf again = {0};
        if (image) {
            ck_image im;
            if (!ck_image_read(&im, p, b.len, err, sizeof err)) {
                accepted[1]++;
                ck_image_write(&im, &again);                   /* accepted content writes a valid image */
                ck_image_free(&im);
                ck_assert_int_eq(ck_image_read(&im, again.data, again.len, err, sizeof err), 0);
                ck_image_free(&im);
            } else {
                ck_assert_uint_gt(strlen(err), 10);
            }
        } else {
            ck_obj o;
            if (!ck_obj_read(&o, p, b.len, err, sizeof err)) {
                accepted[0]++;
                ck_obj_write(&o, &again);
                ck_obj_free(&o);
                ck_assert_int_eq(ck_obj_read(&o, again.data, again.len, err, sizeof err), 0);
                ck_obj_free(&o);
            } else {
                ck_assert_uint_gt(strlen(err), 10);
            }
        }
        ck_buf_free(&again);
        free(p);
        ck_buf_free(&b);
    }
    /* some mutations (in data bytes) keep files valid; most do not */
    ck_assert_uint_gt(accepted[0], 100);
    ck_assert_uint_gt(accepted[1], 100);
    ck_assert_uint_lt(accepted[0], 9000);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("obj");
    TCase *t = tcase_create("common");
    tcase_add_test(t, buffers);
    tcase_add_test(t, crc32);
    tcase_add_test(t, files);
    tcase_add_test(t, diagnostics);
    tcase_add_test(t, strmap);
    tcase_add_test(t, image_round_trip);
    tcase_add_test(t, image_strings_deduplicated);
    tcase_add_test(t, image_addresses);
    tcase_add_test(t, obj_round_trip);
    tcase_add_loop_test(t, image_rejections, 0, (int)(sizeof image_rejects / sizeof image_rejects[0]));
    tcase_add_loop_test(t, obj_rejections, 0, (int)(sizeof obj_rejects / sizeof obj_rejects[0]));
    tcase_add_test(t, duplicate_imports);
    tcase_add_test(t, obj_limits);
    tcase_add_test(t, mutations);
    tcase_set_timeout(t, 120);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? 1 : 0;
}

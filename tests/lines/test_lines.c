/* Unit tests of the debug line table (LINES, docs/bytecode.md "Debug line table"): the canonical
 * encoding byte by byte, decoding and its refusals, lookups, `.loc` in the assembler and its
 * errors, disassembly round trips (and the `.lines` fallback for tables that do not decode), the
 * linker's merging and renumbering, the host VM's fault message, and random tables and mutations
 * (no crash; encode(decode(x)) == x whenever x decodes). */
#define _POSIX_C_SOURCE 200809L   /* open_memstream */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cktools.h"
#include "ckasm.h"
#include "cklink.h"
#include "ckhost.h"

static ck_buf diag;                     /* captured diagnostics of the last call */

static void capture(void)
{
    ck_buf_free(&diag);
    ck_buf_reserve(&diag, 0);
    diag.data[0] = 0;
    ck_diag_capture(&diag);
}

static int assemble(const char *src, ck_buf *out)
{
    capture();
    int rc = ck_asm_assemble("t.cks", src, strlen(src), out);
    ck_diag_capture(NULL);
    return rc;
}

static int to_obj(const char *src, ck_obj *o)
{
    capture();
    int rc = ck_asm_to_obj("t.cks", src, strlen(src), o);
    ck_diag_capture(NULL);
    return rc;
}

static void encode(const ck_lines *l, ck_buf *out)
{
    out->len = 0;
    ck_lines_encode(l, out);
}

static const uint32_t sizes100[4] = {100, 100, 100, 100};

/* --- the encoding ---------------------------------------------------------------------------------- */
START_TEST(encoding_bytes)
{
    ck_lines l = {0};
    ck_buf b = {0};
    uint32_t a = ck_lines_file(&l, "a.c"), h = ck_lines_file(&l, "b.h");
    ck_assert_uint_eq(ck_lines_file(&l, "a.c"), a);          /* once per name */
    ck_lines_add(&l, 0, 0, a, 10);     /* first row: ROW 0, +10 */
    ck_lines_add(&l, 0, 4, a, 11);     /* special: dpc 4, +1 */
    ck_lines_add(&l, 0, 9, h, 8);      /* FILE 1, special: dpc 5, -3 */
    ck_lines_add(&l, 2, 0, h, 9);      /* skip 1 function; state carries over: special dpc 0, +1 */
    ck_lines_add(&l, 2, 60, h, 0);     /* dpc 60 > 41: ROW 60, -9 (line 0: no line from here) */
    encode(&l, &b);
    static const uint8_t want[] = {
        2, 'a', '.', 'c', 0, 'b', '.', 'h', 0,
        0, CK_LINES_ROW, 0, 10, 3 + 4 * 6 + (1 + 3), CK_LINES_FILE, 1, 3 + 5 * 6 + (-3 + 3), CK_LINES_END,
        1, 3 + 0 * 6 + (1 + 3), CK_LINES_ROW, 60, 0x77 /* sleb -9 */, CK_LINES_END,
    };
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    ck_lines back;
    char err[256];
    ck_assert_int_eq(ck_lines_decode(&back, b.data, b.len, sizes100, 4, err, sizeof err), 0);
    ck_assert_uint_eq(back.nrows, 5);
    ck_assert_uint_eq(back.nfiles, 2);
    ck_assert_uint_eq(back.rows[3].func, 2);
    ck_assert_uint_eq(back.rows[4].pc, 60);
    ck_assert_uint_eq(back.rows[4].line, 0);
    const char *f;
    uint32_t line;
    ck_assert_int_eq(ck_lines_find(&back, 0, 3, &f, &line), 1);
    ck_assert_str_eq(f, "a.c");
    ck_assert_uint_eq(line, 10);
    ck_assert_int_eq(ck_lines_find(&back, 0, 99, &f, &line), 1);
    ck_assert_str_eq(f, "b.h");
    ck_assert_uint_eq(line, 8);
    ck_assert_int_eq(ck_lines_find(&back, 1, 0, &f, &line), 0);   /* no rows */
    ck_assert_int_eq(ck_lines_find(&back, 2, 59, &f, &line), 1);
    ck_assert_uint_eq(line, 9);
    ck_assert_int_eq(ck_lines_find(&back, 2, 60, &f, &line), 0);  /* line 0 */
    ck_lines_free(&back);
    ck_lines_free(&l);
    ck_buf_free(&b);
}
END_TEST

/* Rows in any order, duplicates, repeats, leading line-0 rows, unused files: one canonical form. */
START_TEST(encoding_canonical)
{
    ck_lines l = {0}, m = {0};
    ck_buf a = {0}, b = {0};
    uint32_t unused = ck_lines_file(&l, "unused.c"), x = ck_lines_file(&l, "x.c"), y = ck_lines_file(&l, "y.c");
    (void)unused;
    ck_lines_add(&l, 1, 8, y, 5);
    ck_lines_add(&l, 1, 0, x, 0);      /* line 0 before the first line: says nothing */
    ck_lines_add(&l, 1, 4, x, 3);
    ck_lines_add(&l, 1, 6, x, 3);      /* repeats the row before */
    ck_lines_add(&l, 1, 8, x, 4);      /* replaced by the later row at pc 8 below */
    ck_lines_add(&l, 1, 8, y, 6);
    ck_lines_add(&l, 0, 2, y, 1);
    encode(&l, &a);
    uint32_t yy = ck_lines_file(&m, "y.c"), xx = ck_lines_file(&m, "x.c");
    ck_lines_add(&m, 0, 2, yy, 1);
    ck_lines_add(&m, 1, 4, xx, 3);
    ck_lines_add(&m, 1, 8, yy, 6);
    encode(&m, &b);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert_mem_eq(a.data, b.data, a.len);
    ck_assert_int_eq(memcmp(a.data, "\2y.c\0x.c\0", 9), 0);      /* first use order, unused dropped */
    /* nothing to say: no bytes at all (the writers then leave the section out) */
    ck_lines z = {0};
    ck_lines_add(&z, 0, 0, ck_lines_file(&z, "z.c"), 0);
    encode(&z, &a);
    ck_assert_uint_eq(a.len, 0);
    ck_lines_free(&z);
    ck_lines_free(&l);
    ck_lines_free(&m);
    ck_buf_free(&a);
    ck_buf_free(&b);
}
END_TEST

/* Every refusal of the decoder, with its message. */
static const struct { const char *name; const char *bytes; size_t n; const char *msg; } bad_tables[] = {
    {"truncated count", "\x80", 1, "truncated file count"},
    {"too many files", "\x7f" "a", 2, "cannot fit"},
    {"unterminated name", "\x01" "a.c", 4, "not NUL-terminated"},
    {"empty name", "\x01\0", 2, "is empty"},
    {"duplicate name", "\x02" "a\0a\0", 5, "appears twice"},
    {"no end", "\x01" "a\0\x00\x02\x00\x01", 7, "has no end"},
    {"function out of range", "\x01" "a\0\x04\x02\x00\x01\x00", 8, "but there are 4 functions"},
    {"file index", "\x01" "a\0\x00\x01\x01\x02\x00\x01\x00", 10, "bad file index"},
    {"truncated row", "\x01" "a\0\x00\x02\x00", 6, "truncated row"},
    {"pc past the code", "\x01" "a\0\x00\x02\x64\x01\x00", 8, "past its 100 bytes"},
    {"two rows at a pc", "\x01" "a\0\x00\x02\x00\x01\x02\x00\x01\x00", 11, "two rows at pc 0"},
    {"negative line", "\x01" "a\0\x00\x02\x00\x7f\x00", 8, "line out of range"},
    {"not canonical: ROW that fits a special", "\x01" "a\0\x00\x02\x00\x01\x00", 8, "canonical"},
    {"not canonical: unused file", "\x02" "a\0b\0\x00\x02\x00\x0a\x00", 10, "canonical"},
    {"not canonical: empty table", "\x00", 1, "canonical"},
    {"not canonical: repeated row", "\x01" "a\0\x00\x02\x00\x0a\x0c\x00", 9, "canonical"},
};

START_TEST(decode_refusals)
{
    ck_lines l;
    char err[256] = "";
    int rc = ck_lines_decode(&l, (const uint8_t *)bad_tables[_i].bytes, bad_tables[_i].n, sizes100, 4, err, sizeof err);
    ck_assert_msg(rc == -1, "%s: accepted", bad_tables[_i].name);
    ck_assert_msg(strstr(err, bad_tables[_i].msg) != NULL, "%s: message '%s' lacks '%s'", bad_tables[_i].name, err,
                  bad_tables[_i].msg);
    ck_assert_msg(!strncmp(err, "LINES: ", 7), "%s: message '%s'", bad_tables[_i].name, err);
    ck_assert_ptr_null(l.rows);
}
END_TEST

/* Random tables round-trip; random mutations of their bytes never crash and decode only to
 * tables that encode back to the same bytes. */
static uint32_t rng = 12345;
static uint32_t rnd(uint32_t n) { rng = rng * 1103515245u + 12345u; return (rng >> 8) % n; }

START_TEST(random_tables)
{
    static const char *names[] = {"a.c", "dir/b.h", "c.c", "\"odd\" name.c"};
    uint32_t sizes[8];
    for (int i = 0; i < 8; i++) sizes[i] = 1 + rnd(5000);
    for (int iter = 0; iter < 300; iter++) {
        ck_lines l = {0}, back;
        ck_buf a = {0}, b = {0};
        int nrows = (int)rnd(40);
        for (int k = 0; k < nrows; k++) {
            uint32_t f = rnd(8);
            uint32_t line = rnd(4) ? rnd(3) ? 1 + rnd(60) : rnd(100000) : 0;
            ck_lines_add(&l, f, rnd(sizes[f]), ck_lines_file(&l, names[rnd(4)]), line);
        }
        ck_lines_encode(&l, &a);
        char err[256];
        ck_assert_msg(ck_lines_decode(&back, a.data, a.len, sizes, 8, err, sizeof err) == 0, "%s", err);
        /* every lookup agrees with the rows as added (the last row at or below pc wins) */
        for (int q = 0; q < 50; q++) {
            uint32_t f = rnd(8), pc = rnd(sizes[f]);
            const ck_line_row *best = NULL;
            for (size_t k = 0; k < l.nrows; k++)
                if (l.rows[k].func == f && l.rows[k].pc <= pc && (!best || l.rows[k].pc >= best->pc)) best = &l.rows[k];
            const char *file;
            uint32_t line;
            int found = ck_lines_find(&back, f, pc, &file, &line);
            ck_assert_int_eq(found, best && best->line);
            if (found) {
                ck_assert_uint_eq(line, best->line);
                ck_assert_str_eq(file, l.files[best->file]);
            }
        }
        ck_lines_encode(&back, &b);
        ck_assert_uint_eq(a.len, b.len);
        ck_assert_int_eq(a.len ? memcmp(a.data, b.data, a.len) : 0, 0);
        ck_lines_free(&back);
        for (int m = 0; m < 20 && a.len; m++) {
            ck_buf c = {0};
            ck_buf_put(&c, a.data, a.len);
            int kind = (int)rnd(3);
            if (kind == 0) c.data[rnd((uint32_t)c.len)] ^= (uint8_t)(1u << rnd(8));
            else if (kind == 1) c.len = rnd((uint32_t)c.len);
            else c.data[rnd((uint32_t)c.len)] = (uint8_t)rnd(256);
            if (ck_lines_decode(&back, c.data, c.len, sizes, 8, err, sizeof err) == 0) {
                ck_buf d = {0};
                ck_lines_encode(&back, &d);
                ck_assert(d.len == c.len && (!c.len || !memcmp(d.data, c.data, c.len)));
                ck_buf_free(&d);
                ck_lines_free(&back);
            }
            ck_buf_free(&c);
        }
        ck_lines_free(&l);
        ck_buf_free(&a);
        ck_buf_free(&b);
    }
}
END_TEST

/* --- assembler, objects, disassembler --------------------------------------------------------------- */
static const char *loc_src =
    ".global main\n"
    ".func main, args=0, rets=1, regs=4\n"
    "        .loc    \"m.c\", 10\n"
    "        lih     r0, 5\n"
    "        lih     r1, 0\n"
    "        .loc    \"m.c\", 12\n"
    "L:      divs    r0, r0, r1\n"
    "        .loc    \"dir/h.h\", 3\n"
    "        .loc    \"dir/h.h\", 4\n"          /* the later of two at one pc */
    "        ret\n"
    ".endfunc\n"
    ".func unused, args=0, rets=0, regs=1\n"
    "        .loc    \"x.c\", 1\n"
    "        ret\n"
    ".endfunc\n"
    ".global helper\n"
    ".func helper, args=0, rets=0, regs=1\n"
    "        .loc    \"m.c\", 20\n"
    "        ret\n"
    ".endfunc\n";

START_TEST(object_lines)
{
    ck_obj o;
    ck_assert_msg(to_obj(loc_src, &o) == 0, "%s", diag.data);
    ck_assert_uint_gt(o.lines.len, 0);
    ck_lines l;
    char err[256];
    uint32_t sizes[3] = {o.funcs[0].code_size, o.funcs[1].code_size, o.funcs[2].code_size};
    ck_assert_int_eq(ck_lines_decode(&l, o.lines.data, o.lines.len, sizes, 3, err, sizeof err), 0);
    const char *f;
    uint32_t line;
    ck_assert_int_eq(ck_lines_find(&l, 0, 8, &f, &line), 1);      /* divs at pc 8 */
    ck_assert_str_eq(f, "m.c");
    ck_assert_uint_eq(line, 12);
    ck_assert_int_eq(ck_lines_find(&l, 0, 11, &f, &line), 1);     /* still divs */
    ck_assert_uint_eq(line, 12);
    ck_assert_int_eq(ck_lines_find(&l, 0, 12, &f, &line), 1);     /* ret */
    ck_assert_str_eq(f, "dir/h.h");
    ck_assert_uint_eq(line, 4);
    ck_lines_free(&l);
    /* the object writer and reader keep it; disasm prints .loc and reassembles the same bytes */
    ck_buf bytes = {0}, text = {0}, again = {0};
    ck_obj_write(&o, &bytes);
    ck_obj back;
    ck_assert_int_eq(ck_obj_read(&back, bytes.data, bytes.len, err, sizeof err), 0);
    ck_assert_uint_eq(back.lines.len, o.lines.len);
    ck_obj_free(&back);
    ck_assert_int_eq(ck_disasm(bytes.data, bytes.len, &text, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr((char *)text.data, "        lih     r1, 0\n        .loc    \"m.c\", 12\n        divs"));
    ck_assert_ptr_nonnull(strstr((char *)text.data, "        .loc    \"dir/h.h\", 4\n        ret"));
    ck_assert_ptr_null(strstr((char *)text.data, "\", 3\n"));
    ck_assert_int_eq(assemble((char *)text.data, &again), 0);
    ck_assert_uint_eq(again.len, bytes.len);
    ck_assert_mem_eq(again.data, bytes.data, bytes.len);
    /* a LINES section that does not decode makes the object invalid */
    ck_obj_free(&o);
    ck_assert_int_eq(ck_obj_read(&o, bytes.data, bytes.len, err, sizeof err), 0);
    o.lines.data[o.lines.len - 1] = 0x55;
    ck_buf_free(&bytes);
    ck_obj_write(&o, &bytes);
    ck_obj_free(&o);
    ck_assert_int_eq(ck_obj_read(&o, bytes.data, bytes.len, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "LINES: "));
    ck_buf_free(&bytes);
    ck_buf_free(&text);
    ck_buf_free(&again);
}
END_TEST

/* The linker keeps the rows of the functions it keeps, under their image indices, with the files
 * of every object merged; the image lists them as .loc and reassembles byte for byte. */
START_TEST(link_lines)
{
    static const char *lib =
        ".global twice\n"
        ".func dropped, args=0, rets=0, regs=1\n"
        "        .loc    \"lib.c\", 3\n"
        "        ret\n"
        ".endfunc\n"
        ".func twice, args=1, rets=1, regs=1\n"
        "        .loc    \"lib.c\", 7\n"
        "        add     r0, r0, r0\n"
        "        .loc    \"m.c\", 99\n"
        "        ret\n"
        ".endfunc\n";
    static const char *app =
        ".func main, args=0, rets=1, regs=2\n"
        "        lih     r1, 4\n"
        "        .loc    \"m.c\", 5\n"
        "        call    twice, r1\n"
        "        mov     r0, r1\n"
        "        ret\n"
        ".endfunc\n"
        ".global main\n";
    ck_obj o[2];
    ck_assert_msg(to_obj(lib, &o[0]) == 0, "%s", diag.data);
    ck_assert_msg(to_obj(app, &o[1]) == 0, "%s", diag.data);
    ck_link_input in[2] = {{"lib.cko", &o[0], 0}, {"app.cko", &o[1], 0}};
    ck_link_opts opts = {"main", 0, 1};
    ck_image im = {0};
    capture();
    int rc = ck_link(in, 2, &opts, &im);
    ck_diag_capture(NULL);
    ck_assert_msg(rc == 0, "%s", diag.data);
    ck_assert_uint_eq(im.nfuncs, 2);                            /* main, twice */
    ck_lines l;
    char err[256];
    uint32_t sizes[2] = {im.funcs[0].code_size, im.funcs[1].code_size};
    ck_assert_int_eq(ck_lines_decode(&l, im.lines.data, im.lines.len, sizes, 2, err, sizeof err), 0);
    ck_assert_uint_eq(l.nfiles, 2);                             /* lib.c's "dropped" is gone, m.c once */
    ck_assert_uint_eq(l.nrows, 3);
    const char *f;
    uint32_t line;
    ck_assert_int_eq(ck_lines_find(&l, 0, 0, &f, &line), 0);    /* main's lih has none */
    ck_assert_int_eq(ck_lines_find(&l, 0, 3, &f, &line), 0);
    ck_assert_int_eq(ck_lines_find(&l, 0, 4, &f, &line), 1);    /* the call */
    ck_assert_str_eq(f, "m.c");
    ck_assert_uint_eq(line, 5);
    ck_assert_int_eq(ck_lines_find(&l, 1, 0, &f, &line), 1);
    ck_assert_str_eq(f, "lib.c");
    ck_assert_uint_eq(line, 7);
    ck_assert_int_eq(ck_lines_find(&l, 1, 4, &f, &line), 1);
    ck_assert_str_eq(f, "m.c");
    ck_assert_uint_eq(line, 99);
    ck_lines_free(&l);
    ck_buf bytes = {0}, text = {0}, again = {0};
    ck_image_write(&im, &bytes);
    ck_assert_int_eq(ck_disasm(bytes.data, bytes.len, &text, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr((char *)text.data, "        .loc    \"m.c\", 5\n        call    twice, r1\n"));
    ck_assert_ptr_null(strstr((char *)text.data, ".lines"));
    ck_assert_msg(assemble((char *)text.data, &again) == 0, "%s", diag.data);
    ck_assert_uint_eq(again.len, bytes.len);
    ck_assert_mem_eq(again.data, bytes.data, bytes.len);
    ck_image_free(&im);
    ck_obj_free(&o[0]);
    ck_obj_free(&o[1]);
    ck_buf_free(&bytes);
    ck_buf_free(&text);
    ck_buf_free(&again);
}
END_TEST

/* A table that does not decode (or is not at instruction starts) is listed as .lines bytes. */
START_TEST(image_fallback)
{
    static const char *listing =
        ".image\n"
        ".func main, args=0, rets=1, regs=1\n"
        "        lih r0, 0\n"
        "        ret\n"
        ".endfunc\n"
        ".lines\n"
        "        .byte 1, 0x61, 0, 0, 0x02, 0x01, 0x05, 0\n";     /* a row at pc 1, inside lih */
    ck_buf out = {0}, text = {0}, again = {0};
    char err[256];
    ck_assert_msg(assemble(listing, &out) == 0, "%s", diag.data);
    ck_assert_int_eq(ck_disasm(out.data, out.len, &text, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr((char *)text.data, "\n.lines                  ; 8 bytes\n"));
    ck_assert_ptr_null(strstr((char *)text.data, ".loc"));
    ck_assert_int_eq(assemble((char *)text.data, &again), 0);
    ck_assert_uint_eq(again.len, out.len);
    ck_assert_mem_eq(again.data, out.data, out.len);
    /* the same row at pc 0 decodes: .loc instead */
    ck_buf_free(&out);
    ck_buf_free(&text);
    ck_buf_free(&again);
    static const char *listing2 =
        ".image\n"
        ".func main, args=0, rets=1, regs=1\n"
        "        lih r0, 0\n"
        "        ret\n"
        ".endfunc\n"
        ".lines\n"
        "        .byte 1, 0x61, 0, 0, 0x02, 0x00, 0x0a, 0\n";
    ck_assert_msg(assemble(listing2, &out) == 0, "%s", diag.data);
    ck_assert_int_eq(ck_disasm(out.data, out.len, &text, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr((char *)text.data, ".func   main, args=0, rets=1, regs=1, frame=0"));
    ck_assert_ptr_nonnull(strstr((char *)text.data, "        .loc    \"a\", 10\n        lih     r0, 0\n"));
    ck_assert_int_eq(assemble((char *)text.data, &again), 0);
    ck_assert_uint_eq(again.len, out.len);
    ck_assert_mem_eq(again.data, out.data, out.len);
    ck_buf_free(&out);
    ck_buf_free(&text);
    ck_buf_free(&again);
}
END_TEST

static const struct { const char *src, *msg; } loc_errors[] = {
    {".loc \"a.c\", 1\n", "t.cks:1:1: error: '.loc' outside a function"},
    {".func f, regs=1\n.loc 5, 1\nret\n.endfunc\n", "t.cks:2:6: error: expected a file name, found '5'"},
    {".func f, regs=1\n.loc \"\", 1\nret\n.endfunc\n", "t.cks:2:6: error: a file name must not be empty"},
    {".func f, regs=1\n.loc \"a.c\"\nret\n.endfunc\n", "t.cks:2:11: error: expected ','"},
    {".func f, regs=1\n.loc \"a.c\", -1\nret\n.endfunc\n", "t.cks:2:13: error: -1 is out of range for a line number"},
    {".func f, regs=1\n.loc \"a.c\", 4294967296\nret\n.endfunc\n", "out of range for a line number"},
    {".func f, regs=1\n.loc \"a.c\", 1, 2\nret\n.endfunc\n", "t.cks:2:14: error: unexpected ','"},
    {".func f, regs=1\nret\n.loc \"a.c\", 1\n.endfunc\n",
     "t.cks:3:1: error: '.loc' at the end of function 'f': no instruction follows it"},
    {".image\n.func main, regs=1\n.loc \"a.c\", 1\nret\n.endfunc\n.lines\n.byte 0\n",
     "t.cks:3:1: error: an image listing gives its line table as .loc directives or as .lines bytes"},
};

START_TEST(assembler_errors)
{
    ck_buf out = {0};
    ck_assert_int_eq(assemble(loc_errors[_i].src, &out), -1);
    ck_assert_msg(strstr((char *)diag.data, loc_errors[_i].msg) != NULL, "diagnostics:\n%s\nlack: %s", diag.data,
                  loc_errors[_i].msg);
    ck_buf_free(&out);
}
END_TEST

/* --- the host VM's fault message -------------------------------------------------------------------- */
static int run_image(const ck_buf *img, char **errtext)
{
    char *outbuf = NULL, *errbuf = NULL;
    size_t on = 0, en = 0;
    FILE *out = open_memstream(&outbuf, &on), *err = open_memstream(&errbuf, &en);
    ck_host_opts ho = {0, 0, out, err};
    int st = ck_host_run(img->data, img->len, "t.cbc", &ho);
    fclose(out);
    fclose(err);
    free(outbuf);
    *errtext = errbuf;
    return st;
}

START_TEST(host_fault_line)
{
    ck_buf img = {0};
    char *msg;
    static const char *src =
        ".image\n"
        ".func main, args=0, rets=1, regs=2\n"
        "        .loc    \"m.c\", 10\n"
        "        lih     r0, 5\n"
        "        lih     r1, 0\n"
        "        .loc    \"dir/m.h\", 12\n"
        "        divs    r0, r0, r1\n"
        "        .loc    \"m.c\", 0\n"
        "        ret\n"
        ".endfunc\n";
    ck_assert_msg(assemble(src, &img) == 0, "%s", diag.data);
    ck_assert_int_eq(run_image(&img, &msg), 134);
    ck_assert_msg(strstr(msg, "t.cbc: fault: division by zero in function main (index 0) at pc 0x8 (dir/m.h:12)\n") != NULL,
                  "%s", msg);
    free(msg);
    /* garbage in LINES (the VM does not check it): no position, no crash */
    ck_image im;
    char err[256];
    ck_assert_int_eq(ck_image_read(&im, img.data, img.len, err, sizeof err), 0);
    for (int k = 0; k < 400; k++) {
        ck_image m = im;
        ck_buf lines = {0}, bytes = {0};
        ck_buf_put(&lines, im.lines.data, im.lines.len);
        if (k % 4 == 3) lines.len = rnd((uint32_t)lines.len);
        else lines.data[rnd((uint32_t)lines.len)] = (uint8_t)rnd(256);
        m.lines = lines;
        ck_image_write(&m, &bytes);
        ck_assert_int_eq(run_image(&bytes, &msg), 134);
        ck_assert_ptr_nonnull(strstr(msg, "division by zero"));
        free(msg);
        ck_buf_free(&lines);
        ck_buf_free(&bytes);
    }
    ck_image_free(&im);
    ck_buf_free(&img);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lines");
    TCase *t = tcase_create("lines");
    tcase_add_test(t, encoding_bytes);
    tcase_add_test(t, encoding_canonical);
    tcase_add_loop_test(t, decode_refusals, 0, (int)(sizeof bad_tables / sizeof bad_tables[0]));
    tcase_add_test(t, random_tables);
    tcase_add_test(t, object_lines);
    tcase_add_test(t, link_lines);
    tcase_add_test(t, image_fallback);
    tcase_add_loop_test(t, assembler_errors, 0, (int)(sizeof loc_errors / sizeof loc_errors[0]));
    tcase_add_test(t, host_fault_line);
    tcase_set_timeout(t, 120);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    ck_buf_free(&diag);
    return failed ? 1 : 0;
}

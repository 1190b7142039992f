/* Unit tests of the assembler and disassembler (assembler/): the encoding of every operand kind,
 * every opcode of CK_OPS through asm and disasm, byte-identical round trips of objects and images
 * (with and without NAMES), each assembler error with its line, column and message, each
 * disassembler refusal, and random mutations of valid files and sources (no crash; under ASan and
 * UBSan in a build configured with --enable-sanitizers). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "cktools.h"
#include "ckasm.h"

static ck_buf diag;                     /* captured diagnostics of the last call */

static int assemble(const char *src, ck_buf *out)
{
    ck_buf_free(&diag);
    ck_buf_reserve(&diag, 0);
    diag.data[0] = 0;
    ck_diag_capture(&diag);
    int rc = ck_asm_assemble("t.cks", src, strlen(src), out);
    ck_diag_capture(NULL);
    return rc;
}

static int to_obj(const char *src, ck_obj *o)
{
    ck_buf_free(&diag);
    ck_buf_reserve(&diag, 0);
    diag.data[0] = 0;
    ck_diag_capture(&diag);
    int rc = ck_asm_to_obj("t.cks", src, strlen(src), o);
    ck_diag_capture(NULL);
    return rc;
}

/* disasm -> asm must give the same bytes; returns the listing (caller frees). */
static char *round_trip(const ck_buf *in)
{
    ck_buf text = {0}, again = {0};
    char err[512];
    int rc = ck_disasm(in->data, in->len, &text, err, sizeof err);
    ck_assert_msg(rc == 0, "disasm failed: %s", err);
    rc = assemble((const char *)text.data, &again);
    ck_assert_msg(rc == 0, "reassembly failed:\n%s\n--- listing:\n%s", diag.data, text.data);
    ck_assert_msg(again.len == in->len && !memcmp(again.data, in->data, in->len),
                  "round trip changed the bytes (%zu -> %zu); listing:\n%s", in->len, again.len, text.data);
    ck_buf_free(&again);
    return (char *)text.data;
}

static void src_round_trip(const char *src)
{
    ck_buf out = {0};
    ck_assert_msg(assemble(src, &out) == 0, "assembly failed:\n%s", diag.data);
    free(round_trip(&out));
    ck_buf_free(&out);
}

/* --- operand encodings ------------------------------------------------------------------------------ */
START_TEST(operand_encodings)
{
    static const char *src =
        ".import io.x, 1, 2, 1\n"
        ".func f, args=0, rets=0, regs=10\n"
        "top:    li      r1, 0x12345678\n"          /* 0  r, w */
        "        li      r2, -1\n"                  /* 6 */
        "        lih     r3, -32768\n"              /* 12 h */
        "        addi    r3, r3, 32767\n"           /* 16 */
        "        li64    r4, 0x1122334455667788\n"  /* 21 R, d */
        "        li64    r4, -2\n"                  /* 31 */
        "        mov64   r8, r6\n"                  /* 41 R R */
        "        jmp     top\n"                     /* 44 j backward */
        "        brz     r1, fwd\n"                 /* 47 j forward */
        "        call    g, r5\n"                   /* 51 f, c */
        "        calln   io.x, r9\n"                /* 55 n */
        "        calli   r1, r10\n"                 /* 59 c may be regs */
        "        li      r1, d+4\n"                 /* 62 ADDR32 + addend */
        "        li      r1, @g\n"                  /* 68 FPTR32 */
        "        li      r1, d-2\n"                 /* 74 */
        "        jtab    r1, [top, fwd], fwd\n"     /* 80 T */
        "fwd:    ret\n"                             /* 90 */
        ".endfunc\n"
        ".func g, regs=1\n        ret\n.endfunc\n"
        ".data\nd: .word 0\n";
    ck_obj o;
    ck_assert_msg(to_obj(src, &o) == 0, "%s", diag.data);
    static const uint8_t want[] = {
        CK_OP_LI, 1, 0x78, 0x56, 0x34, 0x12,
        CK_OP_LI, 2, 0xff, 0xff, 0xff, 0xff,
        CK_OP_LIH, 3, 0x00, 0x80,
        CK_OP_ADDI, 3, 3, 0xff, 0x7f,
        CK_OP_LI64, 4, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11,
        CK_OP_LI64, 4, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        CK_OP_MOV64, 8, 6,
        CK_OP_JMP, 0xd4, 0xff,                       /* 0 - 44 = -44 */
        CK_OP_BRZ, 1, 43, 0,                         /* 90 - 47 */
        CK_OP_CALL, 0, 0, 5,
        CK_OP_CALLN, 0, 0, 9,
        CK_OP_CALLI, 1, 10,
        CK_OP_LI, 1, 0, 0, 0, 0,
        CK_OP_LI, 1, 0, 0, 0, 0,
        CK_OP_LI, 1, 0, 0, 0, 0,
        CK_OP_JTAB, 1, 2, 0, 0xb0, 0xff, 10, 0, 10, 0,   /* 0 - 80 = -80, 90 - 80 = 10 */
        CK_OP_RET,
        CK_OP_RET,
    };
    ck_assert_uint_eq(o.code.len, sizeof want);
    ck_assert_mem_eq(o.code.data, want, sizeof want);
    ck_assert_uint_eq(o.nfuncs, 2);
    ck_assert_uint_eq(o.funcs[0].code_size, 91);
    ck_assert_uint_eq(o.funcs[0].nregs, 10);
    ck_assert_uint_eq(o.funcs[1].code_off, 91);
    /* symbols in order of first mention: f, g (referenced by call), d */
    ck_assert_uint_eq(o.nsyms, 3);
    ck_assert_str_eq(o.syms[0].name, "f");
    ck_assert_str_eq(o.syms[1].name, "g");
    ck_assert_str_eq(o.syms[2].name, "d");
    ck_assert_uint_eq(o.syms[0].size, 91);
    ck_assert_uint_eq(o.syms[2].kind, CK_SYM_DATA);
    ck_assert_uint_eq(o.syms[2].size, 4);
    ck_assert_uint_eq(o.nrelocs, 5);
    const ck_obj_reloc want_rel[] = {
        {CK_SECT_CODE, CK_REL_FUNC16, 52, 1, 0},
        {CK_SECT_CODE, CK_REL_NATIVE16, 56, 0, 0},
        {CK_SECT_CODE, CK_REL_ADDR32, 64, 2, 4},
        {CK_SECT_CODE, CK_REL_FPTR32, 70, 1, 0},
        {CK_SECT_CODE, CK_REL_ADDR32, 76, 2, -2},
    };
    for (int i = 0; i < 5; i++) {
        ck_assert_uint_eq(o.relocs[i].section, want_rel[i].section);
        ck_assert_uint_eq(o.relocs[i].kind, want_rel[i].kind);
        ck_assert_uint_eq(o.relocs[i].offset, want_rel[i].offset);
        ck_assert_uint_eq(o.relocs[i].sym, want_rel[i].sym);
        ck_assert_int_eq(o.relocs[i].addend, want_rel[i].addend);
    }
    ck_obj_free(&o);
    src_round_trip(src);
}
END_TEST

START_TEST(data_directives)
{
    static const char *src =
        ".rodata\n"
        "a:  .byte 1, -1, 255, 'A', '\\n'\n"
        "b:  .half -2, 65535\n"
        "    .align 8\n"
        "c:  .quad -1, 0x0102030405060708\n"
        "s:  .ascii \"hi\\t\\\"\\x41\", \"!\"\n"
        "z:  .asciz \"\"\n"
        ".data\n"
        "w:  .word 7, c+3, @fn, -2147483648, 4294967295\n"
        ".bss\n"
        "    .space 3\n"
        "    .align 4\n"
        "x:  .space 10\n"
        ".func fn, regs=1\n ret\n.endfunc\n"
        ".size a, 2\n"
        ".stack 8192\n";
    ck_obj o;
    ck_assert_msg(to_obj(src, &o) == 0, "%s", diag.data);
    static const uint8_t ro[] = {1, 0xff, 0xff, 'A', '\n', 0xfe, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0,
                                 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 8, 7, 6, 5, 4, 3, 2, 1,
                                 'h', 'i', '\t', '"', 'A', '!', 0};
    ck_assert_uint_eq(o.rodata.len, sizeof ro);
    ck_assert_mem_eq(o.rodata.data, ro, sizeof ro);
    static const uint8_t da[] = {7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0xff, 0xff, 0xff, 0xff};
    ck_assert_uint_eq(o.data.len, sizeof da);
    ck_assert_mem_eq(o.data.data, da, sizeof da);
    ck_assert_uint_eq(o.bss_size, 14);
    ck_assert_uint_eq(o.stack_size, 8192);
    /* a c s z w x fn: sizes to the next symbol (a has .size 2) */
    const char *names[] = {"a", "b", "c", "s", "z", "w", "fn", "x"};
    const uint32_t values[] = {0, 5, 16, 32, 38, 0, 0, 4}, sizes[] = {2, 11, 16, 6, 1, 20, 1, 10};
    ck_assert_uint_eq(o.nsyms, 8);
    for (int i = 0; i < 8; i++) {
        ck_assert_str_eq(o.syms[i].name, names[i]);
        ck_assert_uint_eq(o.syms[i].value, values[i]);
        ck_assert_uint_eq(o.syms[i].size, sizes[i]);
    }
    ck_assert_uint_eq(o.nrelocs, 2);
    ck_assert_uint_eq(o.relocs[0].section, CK_SECT_DATA);
    ck_assert_uint_eq(o.relocs[0].offset, 4);
    ck_assert_int_eq(o.relocs[0].addend, 3);
    ck_assert_uint_eq(o.relocs[1].kind, CK_REL_FPTR32);
    ck_obj_free(&o);
    src_round_trip(src);
}
END_TEST

/* --- every opcode ------------------------------------------------------------------------------------- */
/* The operands the generated line gives each letter, as the disassembler prints them. */
static void gen_operand(ck_buf *b, char kind)
{
    switch (kind) {
    case 'r': ck_buf_printf(b, "r1"); break;
    case 'R': ck_buf_printf(b, "r2"); break;
    case 'c': ck_buf_printf(b, "r5"); break;
    case 'b': ck_buf_printf(b, "200"); break;
    case 'h': ck_buf_printf(b, "-3"); break;
    case 'w': ck_buf_printf(b, "305419896"); break;   /* printed in hex: see below */
    case 'd': ck_buf_printf(b, "-7"); break;
    case 'j': ck_buf_printf(b, "L0"); break;
    case 'f': ck_buf_printf(b, "g"); break;
    case 'n': ck_buf_printf(b, "io.x"); break;
    case 'T': ck_buf_printf(b, "[L0, L0], L0"); break;
    case 'p': ck_buf_printf(b, "r1, r2"); break;
    case 'q': ck_buf_printf(b, "r3, 13"); break;
    case 'k': ck_buf_printf(b, "Lk"); break;          /* a branch to itself: see below */
    case 'u': ck_buf_printf(b, "65000"); break;
    case 'Q': ck_buf_printf(b, "r4, 9"); break;
    case 's': ck_buf_printf(b, "-100"); break;
    case 'N': ck_buf_printf(b, "io.x"); break;
    default: ck_abort_msg("operand letter '%c' has no generator in this test", kind);
    }
}

START_TEST(every_opcode)
{
    ck_buf src = {0}, want = {0};
    ck_buf_printf(&src, ".import io.x, 1, 1, 1\n.global f\n.func f, args=0, rets=0, regs=8\nL0:\n");
    uint32_t at = 0;
    for (unsigned op = 0; op < CK_OP_COUNT; op++) {
        const char *ops = ck_op_operands(op);
        ck_buf line = {0};
        uint32_t size = 1;
        for (const char *p = ops; *p; p++) size += *p == 'T' ? 2 + 2 * 3 : CK_OPERAND_SIZE(*p);
        if (strchr(ops, 'k')) {     /* an 8-bit offset cannot reach L0: a label of its own, L<pc> in listings */
            ck_buf_printf(&src, "Lk%u:\n", op);
            ck_buf_printf(&want, "L%u:\n", at);
        }
        at += size;
        ck_buf_printf(&line, "        %-7s ", ck_op_name(op));
        for (const char *p = ops; *p; p++) {
            if (p != ops) ck_buf_printf(&line, ", ");
            gen_operand(&line, *p);
        }
        while (line.len && line.data[line.len - 1] == ' ') line.len--;
        ck_buf_printf(&line, "\n");
        char *k = strstr((char *)line.data, "Lk");
        if (k) {
            ck_buf_put(&src, line.data, (size_t)(k - (char *)line.data));
            ck_buf_printf(&src, "Lk%u%s", op, k + 2);
            ck_buf_put(&want, line.data, (size_t)(k - (char *)line.data));
            ck_buf_printf(&want, "L%u%s", at - size, k + 2);
            ck_buf_free(&line);
            continue;
        }
        ck_buf_put(&src, line.data, line.len);
        /* the disassembler prints 0x12345678 for a w operand */
        char *w = strstr((char *)line.data, "305419896");
        if (w) {
            ck_buf_put(&want, line.data, (size_t)(w - (char *)line.data));
            ck_buf_printf(&want, "0x12345678%s", w + 9);
        } else {
            ck_buf_put(&want, line.data, line.len);
        }
        ck_buf_free(&line);
    }
    ck_buf_printf(&src, ".endfunc\n.func g, args=0, rets=0, regs=1\n        ret\n.endfunc\n");
    ck_buf_u8(&want, 0);
    ck_buf_u8(&src, 0);

    ck_buf out = {0};
    ck_assert_msg(assemble((char *)src.data, &out) == 0, "%s", diag.data);
    ck_obj o;
    char err[512];
    ck_assert_int_eq(ck_obj_read(&o, out.data, out.len, err, sizeof err), 0);
    /* decode: one instruction per opcode, in order, with the size the operand letters give */
    uint32_t pc = 0;
    for (unsigned op = 0; op < CK_OP_COUNT; op++) {
        ck_insn in;
        ck_assert_int_eq(ck_insn_decode(o.code.data + pc, o.funcs[0].code_size - pc, &in, NULL), 0);
        ck_assert_uint_eq(in.op, op);
        uint32_t size = 1;
        for (const char *p = ck_op_operands(op); *p; p++) size += *p == 'T' ? 2 + 2 * 3 : CK_OPERAND_SIZE(*p);
        ck_assert_uint_eq(in.size, size);
        pc += in.size;
    }
    ck_assert_uint_eq(pc, o.funcs[0].code_size);
    ck_obj_free(&o);
    /* disassembly gives back the same lines */
    char *text = round_trip(&out);
    const char *body = strstr(text, "\nL0:\n");
    ck_assert_ptr_nonnull(body);
    body += 5;
    ck_assert_msg(!strncmp(body, (char *)want.data, want.len - 1), "listing differs:\n%s\nwanted:\n%s", body,
                  (char *)want.data);
    ck_assert_msg(!strncmp(body + want.len - 1, ".endfunc", 8), "extra lines after the last opcode:\n%s", body);
    free(text);
    ck_buf_free(&out);
    ck_buf_free(&src);
    ck_buf_free(&want);
}
END_TEST

/* --- round trips ---------------------------------------------------------------------------------------- */
static const char *const round_trip_sources[] = {
    /* the spec's example */
    ".import io.write, 1, 2, 1\n.import io.print_i32, 1, 1, 0\n.global main\n"
    ".func main, args=0, rets=1, regs=4, frame=0\n li r1, msg\n lih r2, 6\n mov r0, r1\n mov r1, r2\n"
    " calln io.write, r0\n lih r0, 0\nloop: addi r0, r0, 1\n bltsi r0, 10, loop\n ret\n.endfunc\n"
    ".rodata\nmsg: .asciz \"hello\\n\"\n.data\n.align 4\ntable: .word msg+2, @main, 7\n.bss\nbuf: .space 64\n",
    /* externs, undefined globals, declaration order, quoted and register-like names, sizes */
    ".extern later\n.global \"odd name\", r1x\n.local \"r7\"\n"
    ".func \"odd name\", args=1, rets=1, regs=3, frame=24\n call ext_f, r1\n li r2, later-8\n li r2, @ext_f\n"
    " li r2, \"r7\"\n ret\n.endfunc\n.size \"odd name\", 3\n"
    ".data\n\"r7\": .word later, @\"odd name\"\nr1x: .byte 1\nalias: .size alias, 0\n.global undefined_global\n",
    /* aliases, zero-size symbols at a section end, a bss without symbols */
    ".rodata\nx1:\nx2: .byte 1, 2\nx3:\n.data\n.bss\n .space 5\n",
    /* labels at the end of a function, all branch kinds, a big function */
    ".func f, regs=3\nL: beq r0, r1, E\n bnei r2, -5, L\n jtab r0, [E, L, E], L\n trap\nE:\n.endfunc\n",
    /* stack only */
    ".stack 100\n",
    /* an empty source */
    "",
};

START_TEST(source_round_trips)
{
    src_round_trip(round_trip_sources[_i]);
}
END_TEST

/* An object built by hand with a symbol order and sizes an assembler would not pick by itself. */
START_TEST(object_round_trip)
{
    static const uint8_t m[] = {CK_OP_CALL, 0, 0, 1, CK_OP_LI, 2, 0, 0, 0, 0, CK_OP_CALLN, 0, 0, 2,
                                CK_OP_LIH, 0, 0, 0, CK_OP_RET};
    ck_obj o;
    memset(&o, 0, sizeof o);
    o.nfuncs = 2;
    o.funcs = ck_xmalloc(sizeof *o.funcs * 2);
    o.funcs[0] = (ck_obj_func){0, sizeof m, 0, 0, 1, 4, CK_FUNC_GLOBAL};
    o.funcs[1] = (ck_obj_func){sizeof m, 1, 8, 0, 0, 1, 0};
    ck_buf_put(&o.code, m, sizeof m);
    ck_buf_u8(&o.code, CK_OP_RET);
    ck_buf_zero(&o.data, 12);
    o.bss_size = 9;
    o.nsyms = 5;
    o.syms = ck_xmalloc(sizeof *o.syms * 5);
    o.syms[0] = (ck_obj_sym){ck_xstrdup("dat"), CK_SYM_DATA, 0, 4, 2};
    o.syms[1] = (ck_obj_sym){ck_xstrdup("nosuch"), CK_SYM_UNDEF, CK_SYM_GLOBAL, 0, 0};
    o.syms[2] = (ck_obj_sym){ck_xstrdup("helper"), CK_SYM_FUNC, 0, 1, 0};
    o.syms[3] = (ck_obj_sym){ck_xstrdup("main"), CK_SYM_FUNC, CK_SYM_GLOBAL, 0, 0};
    o.syms[4] = (ck_obj_sym){ck_xstrdup("b"), CK_SYM_BSS, CK_SYM_GLOBAL, 9, 0};
    o.nimports = 1;
    o.imports = ck_xmalloc(sizeof *o.imports);
    o.imports[0] = (ck_obj_import){ck_xstrdup("io.putchar"), 1, 1, 1};
    o.nrelocs = 4;
    o.relocs = ck_xmalloc(sizeof *o.relocs * 4);
    o.relocs[0] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_FUNC16, 1, 1, 0};
    o.relocs[1] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_ADDR32, 6, 0, -100};
    o.relocs[2] = (ck_obj_reloc){CK_SECT_CODE, CK_REL_NATIVE16, 11, 0, 0};
    o.relocs[3] = (ck_obj_reloc){CK_SECT_DATA, CK_REL_FPTR32, 8, 2, 0};
    ck_buf b = {0};
    ck_obj_write(&o, &b);
    ck_obj_free(&o);
    char *text = round_trip(&b);
    ck_assert_ptr_nonnull(strstr(text, ".local  dat\n.global nosuch\n.local  helper\n.global main\n.global b\n"));
    ck_assert_ptr_nonnull(strstr(text, "        call    nosuch, r1\n        li      r2, dat-100\n"));
    ck_assert_ptr_nonnull(strstr(text, ".size   main, 0\n"));
    ck_assert_ptr_nonnull(strstr(text, "dat:\n        .size   dat, 2\n"));
    ck_assert_ptr_nonnull(strstr(text, "        .word   @helper\n"));
    ck_assert_ptr_nonnull(strstr(text, ".bss                    ; 9 bytes\n        .space  9\nb:\n"));
    free(text);
    ck_buf_free(&b);
}
END_TEST

static void base_image(ck_image *im)
{
    static const uint8_t mainc[] = {CK_OP_LI, 1, 0x00, 0x01, 0, 0, CK_OP_CALL, 2, 0, 1, CK_OP_CALLN, 1, 0, 1,
                                    CK_OP_BRZ, 0, 8, 0, CK_OP_LIH, 0, 0, 0, CK_OP_RET};
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

static ck_buf image_bytes(const ck_image *im)
{
    ck_buf b = {0};
    ck_image_write(im, &b);
    return b;
}

enum { V_PLAIN, V_NONAMES, V_DUPS, V_GAPS, V_EMPTY, V_COUNT };

static void image_variant(ck_image *im, int v)
{
    base_image(im);
    switch (v) {
    case V_NONAMES:
        im->has_names = 0;
        im->entry = 0;
        break;
    case V_DUPS:                        /* repeated and empty names, repeated imports, entry by index */
        free(im->funcs[1].name);
        im->funcs[1].name = ck_xstrdup("two");
        free(im->funcs[0].name);
        im->funcs[0].name = ck_xstrdup("");
        free(im->imports[0].name);
        im->imports[0].name = ck_xstrdup("io.write");
        im->funcs[2].flags = 0xa5;
        break;
    case V_GAPS: {                      /* bytes before, between and after the functions; LINES */
        ck_buf code = {0};
        ck_buf_put(&code, "\xff\xfe", 2);
        for (int i = 0; i < 3; i++) {
            uint32_t off = (uint32_t)code.len;
            ck_buf_put(&code, im->code.data + im->funcs[i].code_off, im->funcs[i].code_size);
            im->funcs[i].code_off = off;
            ck_buf_u8(&code, (uint8_t)(0x90 + i));
        }
        ck_buf_free(&im->code);
        im->code = code;
        ck_buf_put(&im->lines, "\x01\x02\x03\x04", 4);
        im->stack_size = 123;
        im->entry = 2;
        break;
    }
    case V_EMPTY:                       /* no imports, data or BSS */
        for (size_t i = 0; i < im->nimports; i++) free(im->imports[i].name);
        im->nimports = 0;
        ck_buf_free(&im->rodata);
        ck_buf_free(&im->data);
        im->bss_size = 0;
        im->code.data[11] = 0;          /* calln now needs no import: make it call id */
        im->code.data[10] = CK_OP_CALL;
        break;
    default:
        break;
    }
}

START_TEST(image_round_trips)
{
    ck_image im;
    image_variant(&im, _i);
    ck_buf b = image_bytes(&im);
    ck_image_free(&im);
    char *text = round_trip(&b);
    switch (_i) {
    case V_PLAIN:
        ck_assert_ptr_nonnull(strstr(text, "\n.image\n.entry  main\n.stack  4096\n.bss    16"));
        ck_assert_ptr_nonnull(strstr(text, ".import io.putchar, 1, 1, 1"));
        ck_assert_ptr_nonnull(strstr(text, ".func   main, args=0, rets=1, regs=4, frame=16"));
        ck_assert_ptr_nonnull(strstr(text, "        li      r1, 256                 ; rodata+0x0\n"
                                           "        call    two, r1\n"
                                           "        calln   io.write, r1\n"
                                           "        brz     r0, L22\n"
                                           "        lih     r0, 0\n"
                                           "L22:\n"
                                           "        ret\n"
                                           ".endfunc\n"));
        ck_assert_ptr_nonnull(strstr(text, ".rodata                 ; 3 bytes at 0x00000100\n"
                                           "        .byte   0x68, 0x69, 0x00"));
        ck_assert_ptr_nonnull(strstr(text, ".data                   ; 8 bytes at 0x00000108\n"));
        ck_assert_ptr_null(strstr(text, ".names"));
        break;
    case V_NONAMES:
        ck_assert_ptr_nonnull(strstr(text, ".names  off"));
        ck_assert_ptr_nonnull(strstr(text, ".func   f2, args=2"));
        ck_assert_ptr_nonnull(strstr(text, "call    f2, r1"));
        break;
    case V_DUPS:
        ck_assert_ptr_nonnull(strstr(text, ".entry  0\n"));
        ck_assert_ptr_nonnull(strstr(text, ".func   \"\", args=0"));
        ck_assert_ptr_nonnull(strstr(text, "call    2, r1"));
        ck_assert_ptr_nonnull(strstr(text, "calln   1, r1"));
        ck_assert_ptr_nonnull(strstr(text, "flags=165"));
        break;
    case V_GAPS:
        ck_assert_ptr_nonnull(strstr(text, ".entry  two\n.stack  123\n"));
        ck_assert_ptr_nonnull(strstr(text, ".text                   ; 2 bytes of CODE outside any function\n"
                                           "        .byte   0xff, 0xfe"));
        ck_assert_ptr_nonnull(strstr(text, ".lines                  ; 4 bytes\n"));
        break;
    default:
        break;
    }
    free(text);
    ck_buf_free(&b);
}
END_TEST

/* A hand-written listing: labels for addresses, @func, .entry by default. */
START_TEST(image_listing_by_hand)
{
    static const char *src =
        "; comment first\n"
        ".image\n"
        ".func helper, args=1, rets=1, regs=2\n ret\n.endfunc\n"
        ".func main, regs=3\n li r1, msg+1\n li r2, @helper\n li r0, tab\n call helper, r1\n call 0, r1\n ret\n.endfunc\n"
        ".rodata\nmsg: .asciz \"abc\"\n.data\ntab: .word msg, @main\n";
    ck_buf out = {0};
    ck_assert_msg(assemble(src, &out) == 0, "%s", diag.data);
    ck_image im;
    char err[512];
    ck_assert_int_eq(ck_image_read(&im, out.data, out.len, err, sizeof err), 0);
    ck_assert_uint_eq(im.entry, 1);
    ck_assert_uint_eq(im.stack_size, CK_DEFAULT_STACK);
    const uint8_t *c = im.code.data + im.funcs[1].code_off;
    ck_assert_uint_eq(c[2] | c[3] << 8, CK_MEM_BASE + 1);
    ck_assert_uint_eq(c[8], 1);                               /* @helper = index 0 + 1 */
    ck_assert_uint_eq(c[14] | c[15] << 8, CK_MEM_BASE + 8);   /* tab: DATA after 4 bytes of RODATA */
    const uint8_t wantd[] = {0x00, 0x01, 0, 0, 2, 0, 0, 0};
    ck_assert_mem_eq(im.data.data, wantd, 8);
    ck_image_free(&im);
    free(round_trip(&out));
    ck_buf_free(&out);
}
END_TEST

/* --- assembler errors ------------------------------------------------------------------------------------ */
typedef struct err_case { const char *src; const char *want; } err_case;

#define F ".func f, args=0, rets=0, regs=4\n"
static const err_case errors[] = {
    {F "        foo r1\n.endfunc\n", "t.cks:2:9: error: unknown instruction 'foo'"},
    {F "  add r0, r1\n.endfunc\n", "t.cks:2:3: error: 'add' takes 3 operands (register, register, register), found 2"},
    {F "  ret r0\n.endfunc\n", "t.cks:2:3: error: 'ret' takes no operands, found 1"},
    {F "  jtab r0, [a]\n.endfunc\n", "t.cks:2:3: error: 'jtab' takes 3 operands (register, [case labels], default label), found 2"},
    {F "  mov r0, 5\n.endfunc\n", "t.cks:2:11: error: expected a register (r0..r254), found '5'"},
    {F "  mov r255, r0\n.endfunc\n", "t.cks:2:7: error: register r255 is out of range (r0..r254)"},
    {F "  mov r4, r0\n.endfunc\n", "t.cks:2:7: error: register r4 is outside the function's 4 registers (regs=4)"},
    {F "  mov64 r3, r0\n.endfunc\n", "t.cks:2:9: error: register pair r3:r4 is outside the function's 4 registers (regs=4)"},
    {".func f, regs=255\n  mov64 r254, r0\n.endfunc\n", "t.cks:2:9: error: r254 cannot start a register pair (its second register would be r255)"},
    {F "  call f, r5\n.endfunc\n", "t.cks:2:11: error: register r5 is outside the function's 4 registers (regs=4)"},
    {F "  lih r0, 32768\n.endfunc\n", "t.cks:2:11: error: 32768 is out of range for a 16-bit signed immediate (-32768..32767)"},
    {F "  lih r0, -32769\n.endfunc\n", "t.cks:2:11: error: -32769 is out of range for a 16-bit signed immediate"},
    {F "  li r0, 0x100000000\n.endfunc\n", "t.cks:2:10: error: 0x100000000 is out of range for a 32-bit value (-2147483648..4294967295)"},
    {F "  li64 r0, 0x10000000000000000\n.endfunc\n", "t.cks:2:12: error: 0x10000000000000000 is out of range for a 64-bit immediate"},
    {F "  li r0, r1\n.endfunc\n", "t.cks:2:10: error: expected a 32-bit value, found register r1 (a symbol of that name is written \"r1\")"},
    {F "  li r0, x+0x80000000\n.endfunc\n", "t.cks:2:11: error: offset +0x80000000 does not fit in 32 bits"},
    {F "  li r0, x+\n.endfunc\n", "t.cks:2:11: error: expected a number after '+', found end of line"},
    {F "  jmp nowhere\n.endfunc\n", "t.cks:2:7: error: undefined label 'nowhere' in function 'f'"},
    {F "a: nop\na: ret\n.endfunc\n", "t.cks:3:1: error: duplicate label 'a'"},
    {F "  ret\n.endfunc\n.func f, regs=1\n  ret\n.endfunc\n", "t.cks:4:7: error: 'f' is already defined"},
    {".data\nx: .byte 1\nx: .byte 2\n", "t.cks:3:1: error: 'x' is already defined"},
    {F "  ret\n.endfunc\n.foo\n", "t.cks:4:1: error: unknown directive '.foo'"},
    {F "  lih r0, 'ab'\n.endfunc\n", "t.cks:2:11: error: a character constant holds one character"},
    {F "  lih r0, 'a\n.endfunc\n", "t.cks:2:11: error: unterminated character constant"},
    {".rodata\n .ascii \"abc\n", "t.cks:2:9: error: unterminated string"},
    {".rodata\n .ascii \"a\\qb\"\n", "t.cks:2:11: error: unknown escape sequence '\\q'"},
    {".rodata\n .byte 1 2\n", "t.cks:2:10: error: expected ',', found '2'"},
    {".rodata\n .byte 256\n", "t.cks:2:8: error: 256 is out of range for a byte (-128..255)"},
    {".rodata\n .half -32769\n", "t.cks:2:8: error: -32769 is out of range for a 16-bit value"},
    {".rodata\n .align 3\n", "t.cks:2:2: error: .align 3 is not a power of two"},
    {".rodata\n .ascii 5\n", "t.cks:2:9: error: expected a string, found '5'"},
    {".bss\n .word 1\n", "t.cks:2:2: error: '.word' is not allowed in .bss (only .space and .align)"},
    {" .byte 1\n", "t.cks:1:2: error: '.byte' needs a section first (.rodata, .data or .bss)"},
    {"x: .byte 1\n", "t.cks:1:1: error: label 'x' outside a function needs a data section (.rodata, .data or .bss)"},
    {" nop\n", "t.cks:1:2: error: instruction 'nop' outside a function (put code between .func and .endfunc)"},
    {".endfunc\n", "t.cks:1:1: error: '.endfunc' without '.func'"},
    {F "  ret\n", "t.cks:1:7: error: function 'f' has no '.endfunc'"},
    {F ".endfunc\n", "t.cks:1:7: error: function 'f' has no instructions"},
    {F "  ret\n.rodata\n.endfunc\n", "t.cks:3:1: error: '.rodata' is not allowed inside function 'f' (missing .endfunc?)"},
    {F "  ret\n.func g, regs=1\n ret\n.endfunc\n", "t.cks:3:1: error: '.func' inside function 'f' (missing .endfunc)"},
    {".func f, args=2, regs=1\n ret\n.endfunc\n", "t.cks:1:1: error: function 'f': args=2 and rets=0 must not exceed regs=1"},
    {".func f, args=1\n ret\n.endfunc\n", "t.cks:1:1: error: '.func f' needs regs= (its register window size)"},
    {".func f, regs=256\n ret\n.endfunc\n", "t.cks:1:15: error: 256 is out of range for regs= (0..255)"},
    {".func f, regs=1, color=2\n ret\n.endfunc\n", "t.cks:1:18: error: unknown .func attribute 'color' (expected args=, rets=, regs=, frame=)"},
    {".func f, regs=1, flags=2\n ret\n.endfunc\n", "t.cks:1:18: error: unknown .func attribute 'flags'"},
    {".func f, regs=1, regs=2\n ret\n.endfunc\n", "t.cks:1:18: error: 'regs=' given twice"},
    {".func f, regs=1, frame=32761\n ret\n.endfunc\n", "t.cks:1:24: error: 32761 is out of range for frame= (0..32760)"},
    {F "  calln io.nope, r0\n  ret\n.endfunc\n", "t.cks:2:9: error: undefined native 'io.nope' (declare it with .import NAME, VERSION, NARGS, NRETS)"},
    {F "  li r0, f\n  ret\n.endfunc\n", "t.cks:2:10: error: 'f' is a function: write @f for a function pointer"},
    {F "  call d, r0\n  ret\n.endfunc\n.data\nd: .byte 0\n", "t.cks:2:8: error: 'd' is data, not a function"},
    {F "  call 3, r0\n.endfunc\n", "t.cks:2:8: error: expected a function name (indices are only for image listings)"},
    {".import io.a, 1, 1, 0\n.import io.a, 2, 1, 0\n", "t.cks:2:9: error: conflicting .import of 'io.a' (2, 1, 0 here; 1, 1, 0 before)"},
    {".import io.a, 70000, 1, 0\n", "t.cks:1:15: error: 70000 is out of range for an interface version (0..65535)"},
    {".local x\n", "t.cks:1:8: error: 'x' is declared .local but never defined"},
    {".global x\n.local x\n", "t.cks:2:8: error: 'x' is declared both .global and .local"},
    {".data\nx: .byte 1\n.size x, 2\n", "t.cks:3:7: error: '.size x, 2' runs past the end of its section"},
    {".func f, regs=1\n ret\n.endfunc\n.size f, 2\n", "t.cks:4:7: error: '.size f, 2' is larger than its 1 bytes of code"},
    {".size y, 2\n", "t.cks:1:7: error: '.size' of 'y', which is not defined here"},
    {".entry main\n", "t.cks:1:1: error: '.entry' is only allowed in an image listing"},
    {".image\n.global x\n", "t.cks:2:1: error: '.global' is not allowed in an image listing"},
    {".data\n.image\n", "t.cks:2:1: error: '.image' must be the first statement of an image listing"},
    {".image\n.bss\n", "t.cks:2:1: error: in an image listing '.bss' takes the BSS size: .bss N"},
    {".image\n.func f, regs=1\n call g, r0\n ret\n.endfunc\n", "t.cks:3:7: error: undefined function 'g'"},
    {".image\n.func f, regs=1\n call 1, r0\n ret\n.endfunc\n", "t.cks:3:7: error: function index 1 is out of range (1 functions)"},
    {".image\n.func f, regs=1\n ret\n.endfunc\n.func f, regs=1\n call f, r0\n ret\n.endfunc\n.entry 0\n",
     "t.cks:6:7: error: function name 'f' is ambiguous (several have it): refer to it by index"},
    {".image\n.func f, regs=1\n li r0, nolabel\n ret\n.endfunc\n", "t.cks:3:9: error: undefined label 'nolabel' (an image listing has no external symbols)"},
    {".image\n.func f, regs=1\n ret\n.endfunc\n", "t.cks: error: no '.entry' and no single function 'main' to start at"},
    {".image\n.names on\n", "t.cks:2:8: error: expected '.names off' (the image has no NAMES section)"},
    {"\x01\n", "t.cks:1:1: error: unexpected byte 0x01"},
    {" 0x\n", "t.cks:1:2: error: number prefix without digits"},
    {" 12ab\n", "t.cks:1:4: error: invalid digit 'a' in a number"},
    {" , x\n", "t.cks:1:2: error: expected a label, directive or instruction, found ','"},
    {".rodata\n .space 0x1000001\n", "t.cks:2:2: error: .rodata grows past 16777216 bytes"},
    {F "  jtab r0, [], l\nl: ret\n.endfunc\n.rodata\n .byte 1,\n", "t.cks:6:10: error: expected a byte, found end of line"},
};
#undef F

START_TEST(assembler_errors)
{
    const err_case *e = &errors[_i];
    ck_buf out = {0};
    ck_assert_msg(assemble(e->src, &out) == -1, "case %d assembled:\n%s", _i, e->src);
    ck_assert_uint_eq(out.len, 0);
    const char *nl = strchr((char *)diag.data, '\n');
    size_t n = nl ? (size_t)(nl - (char *)diag.data) : strlen((char *)diag.data);
    ck_assert_msg(n >= strlen(e->want) && !strncmp((char *)diag.data, e->want, strlen(e->want)),
                  "case %d: got\n%s\nwanted\n%s", _i, diag.data, e->want);
}
END_TEST

START_TEST(errors_keep_going)
{
    ck_buf out = {0};
    const char *src = ".func f, regs=2\n  mov r0, r9\n  bogus\n  jmp nowhere\n  ret\n.endfunc\n.data\n .byte 999\n";
    ck_assert_int_eq(assemble(src, &out), -1);
    const char *d = (char *)diag.data;
    ck_assert_ptr_nonnull(strstr(d, "t.cks:2:11: error: register r9 is outside"));
    ck_assert_ptr_nonnull(strstr(d, "t.cks:3:3: error: unknown instruction 'bogus'"));
    ck_assert_ptr_nonnull(strstr(d, "t.cks:4:7: error: undefined label 'nowhere'"));
    ck_assert_ptr_nonnull(strstr(d, "t.cks:8:8: error: 999 is out of range for a byte"));
    /* the source line and a caret under the column */
    ck_assert_ptr_nonnull(strstr(d, "error: register r9 is outside the function's 2 registers (regs=2)\n"
                                    "  mov r0, r9\n"
                                    "          ^\n"));
    /* a function that can run off its end assembles, with a warning */
    ck_assert_int_eq(assemble(".func f, regs=2\n add r0, r0, r1\n.endfunc\n", &out), 0);
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "t.cks:1:7: warning: function 'f' can run off its end after 'add'"));
    ck_buf_free(&out);
    /* an object is not produced from a listing and vice versa */
    ck_obj o;
    ck_assert_int_eq(to_obj(".image\n", &o), -1);
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "this is an image listing"));
    /* 100 errors at most */
    ck_buf many = {0};
    for (int i = 0; i < 300; i++) ck_buf_printf(&many, "bad%d\n", i);
    ck_assert_int_eq(assemble((char *)many.data, &out), -1);
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "too many errors; stopping"));
    ck_assert_ptr_null(strstr((char *)diag.data, "bad150"));
    ck_buf_free(&many);
}
END_TEST

/* A branch that does not fit in 16 bits, and a function over the size limit. */
START_TEST(limits)
{
    ck_buf src = {0}, out = {0};
    ck_buf_printf(&src, ".func f, regs=4\nstart:\n");
    for (int i = 0; i < 3300; i++) ck_buf_printf(&src, " li64 r0, 0\n");
    ck_buf_printf(&src, " jmp start\n.endfunc\n");
    ck_assert_int_eq(assemble((char *)src.data, &out), -1);
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "t.cks:3303:6: error: branch to 'start' is out of range (offset -33000"));
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "t.cks:1:7: error: function 'f' has 33003 bytes of code (at most 32767)"));
    ck_buf_free(&src);
    ck_buf_printf(&src, ".func f, regs=4\n jtab r0, [");
    for (unsigned i = 0; i <= CK_MAX_JTAB; i++) ck_buf_printf(&src, "%sx", i ? ", " : "");
    ck_buf_printf(&src, "], x\nx: ret\n.endfunc\n");
    ck_assert_int_eq(assemble((char *)src.data, &out), -1);
    ck_assert_ptr_nonnull(strstr((char *)diag.data, "t.cks:2:11: error: jump table has 4097 cases (at most 4096)"));
    ck_buf_free(&src);
}
END_TEST

/* --- disassembler refusals ------------------------------------------------------------------------------ */
typedef struct dis_case { uint8_t code[16]; size_t n; const char *want; } dis_case;
static const dis_case dis_cases[] = {
    {{CK_OP_COUNT, CK_OP_RET}, 2, "main+0: unknown opcode"},
    {{0xff}, 1, "main+0: unknown opcode 0xff"},
    {{CK_OP_RET, CK_OP_LIH, 0, 0}, 4, "main+1: the instruction 'lih' runs past the end of the function"},
    {{CK_OP_JMP, 4, 0, CK_OP_LIH, 0, 0, 0, CK_OP_RET}, 8, "main: a branch targets main+4, inside an instruction"},
    {{CK_OP_JMP, 100, 0}, 3, "main+0: branch target 100 lies outside the function (3 bytes)"},
    {{CK_OP_RET, CK_OP_JMP, 0xfd, 0xff}, 4, "main+1: branch target -2 lies outside the function"},
    {{CK_OP_JTAB, 0, 1, 0, 9, 0, 100, 0, CK_OP_RET}, 9, "main+0: jump table branch target 100 lies outside"},
    {{CK_OP_JTAB, 0, 0x01, 0x10, 0, 0, CK_OP_RET}, 7, "main+0: the instruction 'jtab' runs past the end"},
    {{CK_OP_MOV, 4, 0, CK_OP_RET}, 4, "main+0: register  r4 is outside the function's 4 registers"},
    {{CK_OP_MOV, 255, 0, CK_OP_RET}, 4, "main+0: register r255 is out of range"},
    {{CK_OP_MOV64, 3, 0, CK_OP_RET}, 4, "main+0: register pair at r3 is outside the function's 4 registers"},
    {{CK_OP_CALL, 3, 0, 1, CK_OP_RET}, 5, "main+0: 'call' names function index 3, but there are 3"},
    {{CK_OP_CALLN, 2, 0, 1, CK_OP_RET}, 5, "main+0: 'calln' names import 2, but there are 2"},
    {{CK_OP_CALLI, 0, 5, CK_OP_RET}, 4, "main+0: register  r5 is outside"},
};

START_TEST(disasm_refusals)
{
    const dis_case *c = &dis_cases[_i];
    ck_image im;
    base_image(&im);
    ck_buf code = {0};
    ck_buf_put(&code, c->code, c->n);
    for (int i = 1; i < 3; i++) {
        im.funcs[i].code_off = (uint32_t)code.len;
        ck_buf_put(&code, im.code.data + (i == 1 ? 23 : 24), im.funcs[i].code_size);
    }
    im.funcs[0].code_size = (uint32_t)c->n;
    ck_buf_free(&im.code);
    im.code = code;
    ck_buf b = image_bytes(&im);
    ck_image_free(&im);
    ck_buf text = {0};
    char err[512] = "";
    ck_assert_int_eq(ck_disasm(b.data, b.len, &text, err, sizeof err), -1);
    ck_assert_msg(strstr(err, c->want) != NULL, "case %d: '%s' lacks '%s'", _i, err, c->want);
    ck_assert_uint_eq(text.len, 0);
    ck_buf_free(&text);
    ck_buf_free(&b);
}
END_TEST

START_TEST(disasm_refusals_structure)
{
    ck_image im;
    ck_buf b, text = {0};
    char err[512];
    /* functions out of code order */
    base_image(&im);
    uint32_t t = im.funcs[1].code_off;
    im.funcs[1].code_off = im.funcs[2].code_off;
    im.funcs[2].code_off = t;
    uint32_t s = im.funcs[1].code_size;
    im.funcs[1].code_size = im.funcs[2].code_size;
    im.funcs[2].code_size = s;
    b = image_bytes(&im);
    ck_image_free(&im);
    ck_assert_int_eq(ck_disasm(b.data, b.len, &text, err, sizeof err), -1);
    ck_assert_str_eq(err, "function 2's code (CODE+23) starts before the end of function 1's (CODE+29): a listing "
                          "needs the functions in code order");
    ck_buf_free(&b);
    /* not a Cockpit file at all */
    ck_assert_int_eq(ck_disasm((const uint8_t *)"hello world, this is text not an image", 38, &text, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "bad magic"));
    /* objects: a call without its relocation, a relocation on the wrong operand, a symbol inside a word */
    static const char *src = ".func f, regs=2\n call f, r0\n li r1, d\n ret\n.endfunc\n.data\nd: .word d\n";
    ck_obj o;
    ck_assert_int_eq(to_obj(src, &o), 0);
    ck_obj_reloc keep = o.relocs[0];
    o.relocs[0] = o.relocs[--o.nrelocs];           /* drop the FUNC16 */
    b = (ck_buf){0};
    ck_obj_write(&o, &b);
    ck_assert_int_eq(ck_disasm(b.data, b.len, &text, err, sizeof err), -1);
    ck_assert_str_eq(err, "f+0: the function operand of 'call' has no FUNC16 relocation");
    ck_buf_free(&b);
    o.relocs[o.nrelocs++] = keep;
    o.relocs[1].offset = 3;                       /* the ADDR32 moves onto call's window byte... */
    o.code.data[3] = 0;
    o.code.data[4] = 0;
    o.code.data[5] = 0;
    o.code.data[6] = 0;                           /* ...which then overlaps li's opcode and register */
    ck_obj_write(&o, &b);
    ck_assert_int_eq(ck_disasm(b.data, b.len, &text, err, sizeof err), -1);
    ck_assert_str_eq(err, "f+0: a relocation at CODE+3 does not match the c operand of 'call'");
    ck_buf_free(&b);
    ck_obj_free(&o);
    ck_assert_int_eq(to_obj(".data\n .byte 1, 2\nin: .byte 3, 4\n.data\n", &o), 0);
    o.relocs = ck_xrealloc(o.relocs, sizeof *o.relocs);
    o.relocs[0] = (ck_obj_reloc){CK_SECT_DATA, CK_REL_ADDR32, 0, 0, 0};
    o.nrelocs = 1;
    memset(o.data.data, 0, 4);
    ck_obj_write(&o, &b);
    ck_assert_int_eq(ck_disasm(b.data, b.len, &text, err, sizeof err), -1);
    ck_assert_str_eq(err, "symbol 'in' lies inside the relocated word at data+0");
    ck_buf_free(&b);
    ck_obj_free(&o);
    ck_assert_uint_eq(text.len, 0);
    ck_buf_free(&text);
}
END_TEST

/* --- mutations ---------------------------------------------------------------------------------------------- */
static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static void reseal(ck_buf *b)
{
    if (b->len < CK_HDR_SIZE) return;
    uint32_t n = (uint32_t)b->len, c = ck_crc32(b->data + 16, b->len - 16);
    for (int i = 0; i < 4; i++) b->data[8 + i] = (uint8_t)(n >> (8 * i)), b->data[12 + i] = (uint8_t)(c >> (8 * i));
}

static void mutate(ck_buf *b)
{
    unsigned times = 1 + rnd() % 3;
    for (unsigned t = 0; t < times && b->len; t++) {
        switch (rnd() % 5) {
        case 0: b->data[rnd() % b->len] ^= (uint8_t)(1u << (rnd() % 8)); break;
        case 1: b->data[rnd() % b->len] = (uint8_t)rnd(); break;
        case 2: b->data[rnd() % b->len] = (uint8_t)(rnd() % CK_OP_COUNT); break;
        case 3: if (rnd() % 4 == 0) b->len = rnd() % (b->len + 1); break;
        default: if (b->len > 64) b->data[64 + rnd() % (b->len - 64)] = (uint8_t)(rnd() % 8); break;
        }
    }
    if (rnd() % 8) reseal(b);
}

/* Whatever the disassembler accepts, the assembler turns back into the canonical bytes. */
START_TEST(disasm_mutations)
{
    ck_buf seeds[8];
    size_t nseeds = 0;
    for (int v = 0; v < V_COUNT; v++) {
        ck_image im;
        image_variant(&im, v);
        seeds[nseeds++] = image_bytes(&im);
        ck_image_free(&im);
    }
    for (size_t i = 0; i < 3; i++) {
        seeds[nseeds] = (ck_buf){0};
        ck_assert_int_eq(assemble(round_trip_sources[i], &seeds[nseeds]), 0);
        nseeds++;
    }
    unsigned accepted = 0;
    for (int iter = 0; iter < 6000; iter++) {
        const ck_buf *seed = &seeds[rnd() % nseeds];
        ck_buf b = {0};
        ck_buf_put(&b, seed->data, seed->len);
        mutate(&b);
        uint8_t *p = ck_xmalloc(b.len ? b.len : 1);      /* exact size, for ASan */
        memcpy(p, b.data, b.len);
        ck_buf text = {0}, canon = {0}, again = {0};
        char err[512];
        if (!ck_disasm(p, b.len, &text, err, sizeof err)) {
            accepted++;
            int image = !memcmp(p, "CKBC", 4);
            if (image) {
                ck_image im;
                ck_assert_int_eq(ck_image_read(&im, p, b.len, err, sizeof err), 0);
                ck_image_write(&im, &canon);
                ck_image_free(&im);
            } else {
                ck_obj o;
                ck_assert_int_eq(ck_obj_read(&o, p, b.len, err, sizeof err), 0);
                ck_obj_write(&o, &canon);
                ck_obj_free(&o);
            }
            ck_assert_msg(assemble((char *)text.data, &again) == 0, "listing of a mutant fails:\n%s\n%s",
                          diag.data, text.data);
            ck_assert_msg(again.len == canon.len && !memcmp(again.data, canon.data, canon.len),
                          "mutant does not round trip:\n%s", text.data);
        } else {
            ck_assert_uint_eq(text.len, 0);
            ck_assert_uint_gt(strlen(err), 10);
        }
        ck_buf_free(&text);
        ck_buf_free(&canon);
        ck_buf_free(&again);
        free(p);
        ck_buf_free(&b);
    }
    ck_assert_uint_gt(accepted, 200);
    for (size_t i = 0; i < nseeds; i++) ck_buf_free(&seeds[i]);
}
END_TEST

/* Random edits of sources: the assembler reports or succeeds, and what it produces round-trips. */
START_TEST(source_mutations)
{
    static const char pieces[] = ",:[]+-@=\"'\\;#.xr0123456789 \n\tfunc";
    unsigned ok = 0;
    for (int iter = 0; iter < 3000; iter++) {
        const char *seed = round_trip_sources[rnd() % 4];
        ck_buf s = {0};
        ck_buf_put(&s, seed, strlen(seed));
        unsigned edits = 1 + rnd() % 4;
        for (unsigned e = 0; e < edits && s.len; e++) {
            size_t at = rnd() % s.len;
            switch (rnd() % 4) {
            case 0: memmove(s.data + at, s.data + at + 1, s.len - at - 1); s.len--; break;
            case 1: s.data[at] = (uint8_t)pieces[rnd() % (sizeof pieces - 1)]; break;
            case 2: s.data[at] = (uint8_t)rnd(); break;
            default: {
                size_t from = rnd() % s.len, n = rnd() % 40;
                if (n > s.len - from) n = s.len - from;
                ck_buf_reserve(&s, n);
                memmove(s.data + at + n, s.data + at, s.len - at);
                memmove(s.data + at, s.data + (from >= at ? from + n : from), n);
                s.len += n;
                break;
            }
            }
        }
        char *text = ck_xmalloc(s.len + 1);                /* not NUL-terminated for the assembler */
        memcpy(text, s.data, s.len);
        ck_buf out = {0};
        ck_buf_free(&diag);
        ck_diag_capture(&diag);
        int rc = ck_asm_assemble("m.cks", text, s.len, &out);
        ck_diag_capture(NULL);
        if (!rc) {
            ok++;
            free(round_trip(&out));
        } else {
            ck_assert_ptr_nonnull(strstr((char *)diag.data, "m.cks"));
        }
        free(text);
        ck_buf_free(&out);
        ck_buf_free(&s);
    }
    ck_assert_uint_gt(ok, 50);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("asm");
    TCase *t = tcase_create("asm");
    tcase_add_test(t, operand_encodings);
    tcase_add_test(t, data_directives);
    tcase_add_test(t, every_opcode);
    tcase_add_loop_test(t, source_round_trips, 0, (int)(sizeof round_trip_sources / sizeof round_trip_sources[0]));
    tcase_add_test(t, object_round_trip);
    tcase_add_loop_test(t, image_round_trips, 0, V_COUNT);
    tcase_add_test(t, image_listing_by_hand);
    tcase_add_loop_test(t, assembler_errors, 0, (int)(sizeof errors / sizeof errors[0]));
    tcase_add_test(t, errors_keep_going);
    tcase_add_test(t, limits);
    tcase_add_loop_test(t, disasm_refusals, 0, (int)(sizeof dis_cases / sizeof dis_cases[0]));
    tcase_add_test(t, disasm_refusals_structure);
    tcase_add_test(t, disasm_mutations);
    tcase_add_test(t, source_mutations);
    tcase_set_timeout(t, 300);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    ck_buf_free(&diag);
    return failed ? 1 : 0;
}

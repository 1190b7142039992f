/* Unit tests of the VM core (vm/core) and the host port (vm/host).
 *
 * Images are built in memory by a small builder below (functions with labels, imports, data,
 * names), then loaded and run through the public API. Covered: every verification rule (each
 * rejection and its message), the semantics of every instruction (every opcode is executed at
 * least once: checked by the last test), windows, frames, calls, natives, every fault kind with
 * its function, pc and address, the budget, the host's messages and status, and two fuzz runs
 * (mutated images, random programs) showing that no image, however broken, harms the host or
 * outlives its budget (run it under ASan/UBSan; CK_VM_FUZZ_ITERS/CK_VM_FUZZ_SEED for longer).
 * The same file is built twice: computed-goto dispatch (test_vm) and -DCK_VM_SWITCH; a build
 * configured with CPPFLAGS=-DCK_VM_PROFILE also checks the opcode and pair counts.
 */
#define _POSIX_C_SOURCE 200809L                       /* alarm */
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ckhost.h"
#include "ckvm.h"
#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"

/* The loader once more, built as the firmware builds it: its messages are numbers and arguments
 * ("#C A1 ..."), which ck_vm_error_text (of the full build, in libckvm) must word exactly as the
 * full build does. Every rejection below is checked both ways (terse_same). */
#undef fail                                         /* check.h's: the loader has its own */
#define CK_VM_TERSE_ERRORS
#define ck_vm_load terse_vm_load
#define ck_vm_func_name terse_vm_func_name
#define ck_vm_crc32 terse_vm_crc32
#define ck_vm_fault_name terse_vm_fault_name
#define ck_vm_ptr terse_vm_ptr
#define get32 terse_get32
#include "load.c"
#undef get32
#undef ck_vm_crc32
#undef ck_vm_fault_name
#undef ck_vm_ptr
#undef ck_vm_func_name
#undef ck_vm_load
#undef fail
#undef CK_VM_TERSE_ERRORS

#include "vm_builder.h"

static uint32_t get32(const uint8_t *p) { return p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

static ck_vm vm;
static char err[256];
static void *arena;
static uint32_t arena_size;
static uint32_t mem_size = 65536;

static void drop_arena(void)
{
    free(arena);
    arena = NULL;
    arena_size = 0;
}

/* Loads img; 0 or -1 with err. */
static int load(void)
{
    /* room for any image in img, and 64 KiB of stacks; exactly sized, so that ASan sees overruns */
    uint32_t asize = mem_size + (uint32_t)sizeof img + 65536;
    if (asize != arena_size) {
        drop_arena();
        arena = malloc(asize);
        ck_assert_ptr_nonnull(arena);
        arena_size = asize;
    }
    memset(err, 'x', sizeof err);
    nout = 0;
    return ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, arena, asize, mem_size, err, sizeof err);
}

static void mark_used(void)
{
    for (int i = 0; i < T.nf; i++) {
        const uint8_t *c = T.f[i].code;
        for (uint32_t pc = 0; pc < T.f[i].n;) {
            int o = c[pc];
            uint32_t len = 1;
            if (o >= CK_OP_COUNT) break;
            used[o] = 1;
            if (o == CK_OP_JTAB) len = 4 + 2 * ((c[pc + 2] | c[pc + 3] << 8) + 1);
            else for (const char *s = opnds[o]; *s; s++) len += CK_OPERAND_SIZE(*s);
            pc += len;
        }
    }
}

/* Builds, loads (must succeed) and runs T. */
static int run(uint64_t budget)
{
    build();
    ck_assert_msg(load() == 0, "load failed: %s", err);
    mark_used();
    return ck_vm_run(&vm, budget);
}

/* The terse loader refuses the same load too, and its message, worded by ck_vm_error_text (with
 * the image for names), is full: the full loader's message. */
static void terse_same(const uint8_t *image, uint32_t len, void *ar, uint32_t asize, uint32_t mem, const char *full)
{
    static ck_vm tvm;
    char terse[CK_VERR_TERSE_SIZE], text[sizeof err];
    memset(terse, 'x', sizeof terse);
    ck_assert_int_ne(terse_vm_load(&tvm, image, len, natives, NNAT, ar, asize, mem, terse, sizeof terse), 0);
    ck_assert_msg(terse[0] == '#' && strlen(terse) < sizeof terse, "terse message '%.*s'", (int)sizeof terse, terse);
    ck_assert_msg(ck_vm_error_text(terse, image, len, text, sizeof text) == 1, "'%s' does not decode ('%s')", terse, full);
    ck_assert_msg(!strcmp(text, full), "'%s' decodes to '%s', not '%s'", terse, text, full);
}

/* Builds and loads T, expecting a rejection whose message contains want. */
static void reject_built(const char *want)
{
    ck_assert_msg(load() != 0, "image accepted, expected '%s'", want);
    ck_assert_msg(strstr(err, want) != NULL, "message '%s' lacks '%s'", err, want);
    terse_same(img, (uint32_t)imglen, arena, arena_size, mem_size, err);
}

static void reject(const char *want)
{
    build();
    reject_built(want);
}

/* --- evaluating single instructions -------------------------------------------------------------
 * Sources go to r2(/r3), r4(/r5), r6(/r7) ('h' and 'b' operands become immediates), the result comes from
 * r0(/r1) through t.out/t.out2. Imports: t.out = 0, t.out2 = 1. */
static uint64_t eval(int opc, uint64_t v0, uint64_t v1, uint64_t v2)
{
    uint64_t v[3] = {v0, v1, v2};
    const char *s = opnds[opc];
    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    tfunc *f = func("main", 0, 0, 10, 0);
    int src = 0;
    for (const char *p = s + 1; *p; p++, src++) {
        if (*p == 'r') op(f, CK_OP_LI, 2 + 2 * src, (uint32_t)v[src]);
        else if (*p == 'R') op(f, CK_OP_LI64, 2 + 2 * src, v[src]);
    }
    b8(f, (uint32_t)opc);
    b8(f, 0);
    src = 0;
    for (const char *p = s + 1; *p; p++, src++) {
        if (*p == 'h') b16(f, (uint32_t)v[src] & 0xffff);
        else if (*p == 'b') b8(f, (uint32_t)v[src] & 0xff);
        else b8(f, (uint32_t)(2 + 2 * src));
    }
    if (s[0] == 'R') op(f, CK_OP_CALLN, 1, 0);
    else op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, s[0] == 'R' ? 2 : 1);
    return s[0] == 'R' ? (uint64_t)outv[1] << 32 | outv[0] : outv[0];
}

#define E(o, a, b) eval(CK_OP_##o, (uint64_t)(a), (uint64_t)(b), 0)
#define E3(o, a, b, c) eval(CK_OP_##o, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c))
#define I64(x) ((uint64_t)(int64_t)(x))

static uint32_t fb(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t db(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static float bf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static double bd(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }

/* --- loading, layout, exit ---------------------------------------------------------------------- */

#include "vm_cases.h"

START_TEST(test_arena)
{
    reset();
    tfunc *f = func("main", 0, 0, 200, 0);
    op(f, CK_OP_RET);
    build();
    static uint64_t small[(65536 + 8192) / 8];
    /* misaligned arena: still works */
    ck_assert_int_eq(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, (char *)small + 3, sizeof small - 3,
                                65536, err, sizeof err), 0);
    ck_assert_int_eq(ck_vm_run(&vm, 0), CK_EXIT);
    ck_assert_uint_le(vm.max_depth, CK_MAX_CALL_DEPTH);
    ck_assert_uint_ge(vm.max_depth, 1);
    /* no room for the stacks, or for memory */
    ck_assert_int_ne(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, small, 65536 + 64, 65536, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(err, "stacks"));
    terse_same(img, (uint32_t)imglen, small, 65536 + 64, 65536, err);
    ck_assert_int_ne(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, small, 1000, 65536, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(err, "arena"));
    terse_same(img, (uint32_t)imglen, small, 1000, 65536, err);
    ck_assert_int_ne(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, NULL, 1000, 65536, err, sizeof err), 0);
    terse_same(img, (uint32_t)imglen, NULL, 1000, 65536, err);
    ck_assert_int_ne(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, small, sizeof small, 32, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(err, "minimum"));
    terse_same(img, (uint32_t)imglen, small, sizeof small, 32, err);
    /* a short error buffer is truncated, NUL-terminated; a NULL one is fine */
    char tiny[8];
    memset(tiny, 'x', sizeof tiny);
    ck_assert_int_ne(ck_vm_load(&vm, img, 10, natives, NNAT, small, sizeof small, 65536, tiny, sizeof tiny), 0);
    ck_assert_str_eq(tiny, "truncat");
    ck_assert_int_ne(ck_vm_load(&vm, img, 10, natives, NNAT, small, sizeof small, 65536, NULL, 0), 0);
    ck_assert_int_ne(ck_vm_load(&vm, NULL, 0, natives, NNAT, small, sizeof small, 65536, err, sizeof err), 0);
    /* an arena over the image would let the load overwrite verified code: refused */
    memcpy(small, img, imglen);
    ck_assert_int_ne(ck_vm_load(&vm, (uint8_t *)small, (uint32_t)imglen, natives, NNAT, small, sizeof small, 65536,
                                err, sizeof err), 0);
    ck_assert_str_eq(err, "the VM's arena overlaps the image");
    terse_same((uint8_t *)small, (uint32_t)imglen, small, sizeof small, 65536, err);
    memmove((uint8_t *)small + 8, small, imglen);
    ck_assert_int_ne(ck_vm_load(&vm, (uint8_t *)small + 8, (uint32_t)imglen, natives, NNAT, small, 65536 + 4096, 65536,
                                err, sizeof err), 0);
    ck_assert_str_eq(err, "the VM's arena overlaps the image");
    memcpy(small, img, imglen);
    ck_assert_int_ne(ck_vm_load(&vm, (uint8_t *)small, (uint32_t)imglen, natives, NNAT, (uint8_t *)small + imglen - 1,
                                sizeof small - imglen + 1, 8192, err, sizeof err), 0);
    ck_assert_str_eq(err, "the VM's arena overlaps the image");
    ck_assert_int_eq(ck_vm_load(&vm, (uint8_t *)small, (uint32_t)imglen, natives, NNAT, (uint8_t *)small + imglen,
                                sizeof small - imglen, 8192, err, sizeof err), 0);   /* just after it: fine */
    ck_assert_int_eq(ck_vm_run(&vm, 0), CK_EXIT);
    /* registers start at 0 whatever the arena held before (here: a pattern) */
    reset();
    f = func("main", 0, 1, 200, 0);
    op(f, CK_OP_ADD, 0, 100, 199);
    op(f, CK_OP_OR, 0, 0, 1);
    op(f, CK_OP_RET);
    build();
    memset(small, 0xa5, sizeof small);
    ck_assert_int_eq(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, small, sizeof small, 65536, err, sizeof err), 0);
    ck_assert_int_eq(ck_vm_run(&vm, 0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 0);
    /* user survives load */
    vm.user = &vm;
    ck_assert_int_eq(ck_vm_load(&vm, img, (uint32_t)imglen, natives, NNAT, small, sizeof small, 65536, err, sizeof err), 0);
    ck_assert_ptr_eq(vm.user, &vm);
}
END_TEST

/* --- verification ------------------------------------------------------------------------------- */
/* A small valid base: main (0 -> 1, 4 regs, frame 16), id (1 -> 1, 2 regs), two (2 -> 1, 3 regs),
 * import t.peek (1 -> 1). */
static void base(void)
{
    reset();
    import("t.peek", 1, 1, 1);
    tfunc *f = func("main", 0, 1, 4, 16);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_RET);
    f = func("id", 1, 1, 2, 0);
    op(f, CK_OP_RET);
    f = func("two", 2, 1, 3, 0);
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_RET);
    memcpy(T.ro, "hi", 3);
    T.nro = 3;
    T.ndata = 8;
    T.bss = 16;
}

static void main_code(const uint8_t *c, size_t n)
{
    base();
    memcpy(T.f[0].code, c, n);
    T.f[0].n = (uint32_t)n;
}

/* Directory entry offset of a section kind in img. */
static uint32_t ent(uint32_t kind)
{
    for (uint32_t i = 0; i < (uint32_t)(img[28] | img[29] << 8); i++)
        if (get32(img + 32 + 12 * i) == kind) return 32 + 12 * i;
    ck_abort_msg("no section %u", kind);
    return 0;
}

START_TEST(test_verify_header)
{
    base();
    build();
    ck_assert_int_eq(load(), 0);
    size_t good = imglen;

    imglen = 0;
    reject_built("truncated image: 0 bytes, shorter than the 32-byte header");
    imglen = 31;
    reject_built("truncated");

    build();
    img[3] = 'X';
    reject_built("bad magic: not a Cockpit image");
    build();
    put32(img, CK_OBJECT_MAGIC);
    reject_built("this is a Cockpit object (.cko), not an image");
    build();
    put16(img + 4, 7);
    reseal();
    reject_built("unsupported format version 7 (this VM supports 1)");
    build();
    put32(img + 8, (uint32_t)good + 4);
    reject_built("size field says");
    build();
    imglen -= 1;
    reject_built("but the image is");
    build();
    img[good - 1] ^= 1;
    reject_built("CRC mismatch");
    build();
    put16(img + 6, 1);
    reseal();
    reject_built("flags");
    build();
    put16(img + 30, 1);
    reseal();
    reject_built("reserved");
    build();
    put16(img + 28, CK_MAX_SECTIONS + 1);
    reseal();
    reject_built("too many sections: 33, at most 32");
    build();
    imglen = 32 + 12 + 4;
    reseal();
    reject_built("section directory truncated");
}
END_TEST

START_TEST(test_verify_sections)
{
    base();
    build();
    uint32_t e = ent(CK_SECT_DATA);

    put32(img + ent(CK_SECT_RODATA), 42);
    reseal();
    reject_built("unknown section kind 42");
    build();
    put32(img + ent(CK_SECT_RODATA), 0);
    reseal();
    reject_built("unknown section kind 0");
    build();
    put32(img + ent(CK_SECT_RODATA), CK_SECT_SYMS);
    reseal();
    reject_built("SYMS section belongs in an object");
    build();
    put32(img + ent(CK_SECT_RODATA), CK_SECT_RELOCS);
    reseal();
    reject_built("RELOCS section belongs in an object");
    build();
    put32(img + ent(CK_SECT_RODATA), CK_SECT_DATA);
    reseal();
    reject_built("DATA appears twice");
    build();
    put32(img + e + 4, (uint32_t)imglen - 4);
    reseal();
    reject_built("lies outside the image");
    build();
    put32(img + e + 4, 0xfffffff8u);
    put32(img + e + 8, 0x10);
    reseal();
    reject_built("lies outside the image");
    build();
    put32(img + e + 8, 0xfffffff0u);
    reseal();
    reject_built("lies outside the image");
    build();
    imglen -= 3;
    reseal();
    reject_built("lies outside the image");
    build();
    put32(img + e + 4, get32(img + ent(CK_SECT_RODATA) + 4));
    reseal();
    reject_built("(DATA) overlaps section");
    build();
    put32(img + ent(CK_SECT_RODATA) + 4, 8);
    reseal();
    reject_built("overlaps the header and section directory");
    build();                                    /* an empty section may sit anywhere */
    put32(img + ent(CK_SECT_DATA) + 4, 0);
    put32(img + ent(CK_SECT_DATA) + 8, 0);
    reseal();
    ck_assert_int_eq(load(), 0);
    build();                                    /* LINES is reserved and ignored */
    put32(img + e, CK_SECT_LINES);
    reseal();
    ck_assert_int_eq(load(), 0);
    build();
    put32(img + ent(CK_SECT_FUNCS) + 8, 16 * 3 - 4);
    reseal();
    reject_built("FUNCS section is 44 bytes, not a multiple of its 16-byte records");
    build();
    put32(img + ent(CK_SECT_IMPORTS) + 8, 7);
    reseal();
    reject_built("IMPORTS section is 7 bytes, not a multiple");
    build();
    put32(img + ent(CK_SECT_NAMES) + 8, 6);
    reseal();
    reject_built("NAMES section is 6 bytes");
    build();
    put32(img + ent(CK_SECT_NAMES) + 8, 8);
    reseal();
    reject_built("NAMES section has 2 entries for 3 functions");
    build();
    put32(img + ent(CK_SECT_CODE), 42);          /* turn CODE into an unknown kind, then drop */
    put32(img + ent(42), CK_SECT_LINES);
    reseal();
    reject_built("no CODE section");
    build();
    put32(img + ent(CK_SECT_FUNCS), CK_SECT_LINES);
    reseal();
    reject_built("no FUNCS section");
}
END_TEST

START_TEST(test_verify_strings_funcs)
{
    base();
    build();
    uint32_t funcs = get32(img + ent(CK_SECT_FUNCS) + 4);

    put32(img + get32(img + ent(CK_SECT_IMPORTS) + 4), 0x1000);
    reseal();
    reject_built("import 0: name offset 0x1000 is outside the string table");
    build();
    img[get32(img + ent(CK_SECT_STRTAB) + 4) + get32(img + ent(CK_SECT_STRTAB) + 8) - 1] = 'x';
    reseal();
    reject_built("string table is unterminated");
    build();
    put32(img + get32(img + ent(CK_SECT_NAMES) + 4) + 4, 0xffffff00u);
    reseal();
    reject_built("function 1: name offset 0xffffff00 is outside the string table");

    build();
    put32(img + funcs + 16 + 4, get32(img + ent(CK_SECT_CODE) + 8));
    reseal();
    reject_built("function 1 (id): code at offset");
    build();
    put32(img + funcs + 16, 0xffffffffu);
    put32(img + funcs + 16 + 4, 2);
    reseal();
    reject_built("lies outside the CODE section");
    build();
    put32(img + funcs + 16 + 4, 0);
    reseal();
    reject_built("function 1 (id): code is empty");
    build();
    img[funcs + 16 + 14] = 1;
    img[funcs + 16 + 12] = 2;
    reseal();
    reject_built("function 1 (id): 2 argument registers but a window of only 1 registers");
    build();
    img[funcs + 32 + 13] = 4;
    reseal();
    reject_built("function 2 (two): 4 result registers but a window of only 3 registers");
    build();
    put32(img + funcs + 8, CK_MAX_FRAME + 8);
    reseal();
    reject_built("function 0 (main): frame of 32768 bytes exceeds the maximum 32760");
    build();
    put32(img + funcs + 8, CK_MAX_FRAME);
    reseal();
    ck_assert_int_eq(load(), 0);
    build();
    put32(img + 16, 3);
    reseal();
    reject_built("entry function 3 does not exist (the image has 3 functions)");
    build();
    put32(img + 16, 1);
    reseal();
    reject_built("entry function 1 (id) takes 1 argument registers; the entry function must take no argument");

    /* a name longer than CK_MAX_NAME */
    base();
    static char longname[300];
    memset(longname, 'a', sizeof longname - 1);
    T.imp[0].name = longname;
    reject("import 0: name of 299 bytes is longer than the maximum 255");

    /* a code size over CK_MAX_FUNC_CODE */
    reset();
    tfunc *f = func("main", 0, 0, 1, 0);
    for (int i = 0; i < 1000; i++) op(f, CK_OP_NOP);
    op(f, CK_OP_RET);
    build();
    put32(img + get32(img + ent(CK_SECT_FUNCS) + 4) + 4, CK_MAX_FUNC_CODE + 1);
    reseal();
    reject_built("lies outside");        /* the CODE section is only 1001 bytes */
}
END_TEST

START_TEST(test_verify_imports)
{
    base();
    T.imp[0].name = "io.nosuch";
    reject("import 'io.nosuch' v1: not provided by this device");
    base();
    T.imp[0].ver = 7;
    reject("import 't.peek' v7: this device provides only version 1");
    base();
    T.imp[0].na = 2;
    reject("import 't.peek' v1: signature 2 -> 1 does not match the device's 1 -> 1");
    base();
    T.imp[0].nr = 0;
    reject("signature 1 -> 0");
    base();
    T.imp[0].name = "t.null";                  /* a native without a function is not provided */
    T.imp[0].nr = 0;
    reject("not provided");
    base();
    T.imp[0].ver = 0;                          /* an older version is satisfied */
    build();
    ck_assert_int_eq(load(), 0);

    base();
    T.bss = 0xfffffff0u;
    reject("bytes of guest memory");
    base();
    T.stack = 0xffffff00u;
    reject("bytes of guest memory");
    base();
    T.bss = 65536;
    reject("needs 69648 bytes of guest memory (RODATA 3, DATA 8, BSS 65536, stack 4096), device has 65536");
}
END_TEST

#define MAIN(...) do { static const uint8_t c_[] = {__VA_ARGS__}; main_code(c_, sizeof c_); } while (0)
#define OP(o) CK_OP_##o
#define W16(v) (uint8_t)((v) & 0xff), (uint8_t)(((v) >> 8) & 0xff)

START_TEST(test_verify_code)
{
    MAIN(CK_OP_COUNT, OP(RET));
    reject("function 0 (main): unknown opcode 0x");
    MAIN(0xff, OP(RET));
    reject("unknown opcode 0xff at pc 0");
    MAIN(OP(RET), OP(LIH), 0, 0);
    reject("function 0 (main): instruction at pc 1 (opcode 0x4) runs past the end of the function");
    MAIN(OP(RET), OP(LI64), 0, 0, 0, 0, 0);
    reject("instruction at pc 1");
    MAIN(OP(RET), OP(JTAB), 0, 1);
    reject("instruction at pc 1");
    MAIN(OP(MOV), 4, 0, OP(RET));
    reject("function 0 (main): register r4 out of range (nregs 4) at pc 0");
    MAIN(OP(ADD), 0, 1, 200, OP(RET));
    reject("register r200 out of range (nregs 4) at pc 0");
    MAIN(OP(SELECT), 0, 1, 2, 4, OP(RET));
    reject("register r4 out of range");
    MAIN(OP(LD32), 0, 5, W16(0), OP(RET));
    reject("register r5 out of range");
    MAIN(OP(FRAME), 4, W16(0), OP(RET));
    reject("register r4");
    MAIN(OP(MOV64), 3, 0, OP(RET));
    reject("function 0 (main): register pair r3,r4 out of range (nregs 4) at pc 0");
    MAIN(OP(ADD64), 0, 0, 3, OP(RET));
    reject("register pair r3,r4");
    MAIN(OP(LTD), 0, 3, 0, OP(RET));
    reject("register pair r3,r4");
    MAIN(OP(LTD), 3, 0, 2, OP(RET));           /* the 32-bit result may be the last register */
    build();
    ck_assert_int_eq(load(), 0);
    MAIN(OP(LIH), 0, W16(0));
    reject("function 0 (main): the last instruction (opcode 0x4) can fall through the end of the function");
    MAIN(OP(LIH), 0, W16(0), OP(BRZ), 0, W16(-4));
    reject("can fall through");
    MAIN(OP(JMP), W16(100));
    reject("function 0 (main): branch at pc 0 targets 100, outside the function (3 bytes)");
    MAIN(OP(BRZ), 0, W16(5), OP(RET));
    reject("branch at pc 0 targets 5, outside the function (5 bytes)");
    MAIN(OP(RET), OP(JMP), W16(-2));
    reject("branch at pc 1 targets -1, outside the function");
    MAIN(OP(JMP), W16(4), OP(LIH), 0, W16(0), OP(RET));
    reject("function 0 (main): branch at pc 0 targets 4, not an instruction boundary");
    MAIN(OP(JTAB), 0, W16(2), W16(10), W16(100), W16(10), OP(RET));
    reject("branch at pc 0 targets 100, outside");
    MAIN(OP(JTAB), 0, W16(1), W16(8), W16(9), OP(LIH), 0, W16(0), OP(RET));
    reject("branch at pc 0 targets 9, not an instruction boundary");
    MAIN(OP(JTAB), 0, W16(60000), W16(0), OP(RET));
    reject("function 0 (main): jump table at pc 0 has 60000 entries, at most 4096");
    MAIN(OP(JTAB), 0, W16(0), W16(6), OP(RET), OP(TRAP));   /* a table with only a default */
    build();
    ck_assert_int_eq(load(), 0);
    MAIN(OP(CALL), W16(3), 1, OP(RET));
    reject("function 0 (main): call at pc 0 to function index 3, but the image has 3 functions");
    MAIN(OP(CALL), W16(1), 9, OP(RET));
    reject("register r9 out of range");
    MAIN(OP(CALL), W16(2), 3, OP(RET));
    reject("function 0 (main): call window r3 at pc 0 has no room for the callee's 2 argument/result registers (nregs 4)");
    MAIN(OP(CALL), W16(2), 2, OP(RET));
    build();
    ck_assert_int_eq(load(), 0);
    MAIN(OP(CALLN), W16(1), 1, OP(RET));
    reject("function 0 (main): calln at pc 0 of import 1, but the image has 1 imports");
    MAIN(OP(CALLN), W16(0), 4, OP(RET));
    reject("function 0 (main): call window r4 at pc 0 has no room for the callee's 1 argument/result registers (nregs 4)");
    MAIN(OP(CALLN), W16(0), 5, OP(RET));
    reject("function 0 (main): register r5 out of range (nregs 4) at pc 0");
    MAIN(OP(CALLN), W16(0), 3, OP(RET));       /* 1 -> 1 at r3 of 4: fits */
    build();
    ck_assert_int_eq(load(), 0);
    MAIN(OP(CALLI), 7, 1, OP(RET));
    reject("register r7 out of range");
    MAIN(OP(CALLI), 1, 8, OP(RET));
    reject("register r8 out of range");
    MAIN(OP(CALLI), 1, 5, OP(RET));
    reject("register r5 out of range (nregs 4)");
    /* a window right after the caller's (c = nregs, as the assembler allows) for a callee with no
     * argument or result: call, calln and calli (whose callee's span is checked at run time) */
    MAIN(OP(CALL), W16(1), 4, OP(RET));
    T.f[1].nargs = 0, T.f[1].nrets = 0;
    build();
    ck_assert_msg(load() == 0, "%s", err);
    MAIN(OP(CALLN), W16(0), 4, OP(RET));
    T.imp[0].name = "t.fail";
    T.imp[0].na = 0, T.imp[0].nr = 0;
    build();
    ck_assert_msg(load() == 0, "%s", err);
    MAIN(OP(CALLI), 1, 4, OP(RET));
    build();
    ck_assert_msg(load() == 0, "%s", err);

    /* a callee returning more results than the window holds */
    MAIN(OP(CALL), W16(1), 3, OP(RET));
    T.f[1].nargs = 0, T.f[1].nrets = 2;
    reject("call window r3 at pc 0 has no room");
    /* a native with two arguments at r3 of 4 */
    MAIN(OP(CALLN), W16(0), 3, OP(RET));
    T.imp[0].name = "t.two";
    T.imp[0].na = 1, T.imp[0].nr = 2;
    reject("function 0 (main): call window r3 at pc 0 has no room for the callee's 2 argument/result registers (nregs 4)");
    /* the indexed memory, add-immediate-and-branch and rotate instructions: every register, the
     * pairs of ld64x/st64x, the branch target, whole instructions */
    MAIN(OP(LD32X), 0, 1, 4, OP(RET));
    reject("function 0 (main): register r4 out of range (nregs 4) at pc 0");
    MAIN(OP(LD8UX), 0, 9, 1, OP(RET));
    reject("register r9 out of range");
    MAIN(OP(ST16X), 4, 0, 1, OP(RET));
    reject("register r4 out of range");
    MAIN(OP(LD64X), 3, 0, 1, OP(RET));
    reject("function 0 (main): register pair r3,r4 out of range (nregs 4) at pc 0");
    MAIN(OP(ST64X), 3, 0, 1, OP(RET));
    reject("register pair r3,r4");
    MAIN(OP(ST64X), 2, 0, 3, OP(RET));               /* pair r2,r3 of 4, index r3: fine */
    build();
    ck_assert_msg(load() == 0, "%s", err);
    MAIN(OP(ADDIBNE), 4, W16(1), 0, W16(0), OP(RET));
    reject("register r4 out of range");
    MAIN(OP(ADDIBLTS), 0, W16(1), 200, W16(0), OP(RET));
    reject("function 0 (main): register r200 out of range (nregs 4) at pc 0");
    MAIN(OP(ADDIBLTU), 0, W16(1), 1, W16(3), OP(RET));
    reject("function 0 (main): branch at pc 0 targets 3, not an instruction boundary");
    MAIN(OP(ADDIBNE), 0, W16(1), 1, W16(8), OP(RET));
    reject("branch at pc 0 targets 8, outside the function (8 bytes)");
    MAIN(OP(ADDIBNE), 0, W16(-1), 1, W16(0), OP(RET));   /* a loop onto itself */
    build();
    ck_assert_msg(load() == 0, "%s", err);
    MAIN(OP(RET), OP(ADDIBNE), 0, W16(1), 1, 0);
    reject("function 0 (main): instruction at pc 1 (opcode 0x");
    MAIN(OP(ADDIBNE), 0, W16(1), 1, W16(0));
    reject("can fall through");
    MAIN(OP(ROTLI), 0, 4, 3, OP(RET));
    reject("register r4 out of range");
    MAIN(OP(ROTRI), 5, 0, 3, OP(RET));
    reject("register r5 out of range");
    MAIN(OP(RET), OP(ROTRI), 0, 0);
    reject("instruction at pc 1");
    MAIN(OP(ROTLI), 0, 3, 255, OP(RET));              /* any amount (taken mod 32) */
    build();
    ck_assert_msg(load() == 0, "%s", err);
    /* without NAMES, messages name functions by index only */
    MAIN(OP(TRAP), OP(JMP), W16(1));
    T.names = 0;
    reject("function 0: branch at pc 1 targets 2, not an instruction boundary");
}
END_TEST

/* Device builds (-DCK_VM_TERSE_ERRORS) refuse with "#C A1 ..." (vm/core/verrors.h); the host words
 * it as the full build does. Every rejection of the tests above and of the fuzz runs is checked
 * that way (terse_same); here: the wire form, names without the image, and what does not decode. */
static const char *terse_of(void)
{
    static ck_vm tvm;
    static char terse[CK_VERR_TERSE_SIZE];
    ck_assert_int_ne(terse_vm_load(&tvm, img, (uint32_t)imglen, natives, NNAT, arena, arena_size, mem_size,
                                   terse, sizeof terse), 0);
    return terse;
}

START_TEST(test_terse_errors)
{
    char want[64], text[256];
    /* the wire form: number and arguments in hex */
    base();
    build();
    put16(img + 4, 0x2a);
    ck_assert_int_ne(load(), 0);
    ck_assert_str_eq(err, "unsupported format version 42 (this VM supports 1)");
    snprintf(want, sizeof want, "#%x 2a %x", (unsigned)CK_VERR_VERSION, (unsigned)CK_IMAGE_VERSION);
    ck_assert_str_eq(terse_of(), want);
    ck_assert_int_eq(ck_vm_error_text(want, img, (uint32_t)imglen, text, sizeof text), 1);
    ck_assert_str_eq(text, err);
    /* a 64-bit argument with its high word set */
    base();
    T.bss = 0xfffffff0u;
    reject("needs 4294971392 bytes of guest memory");
    snprintf(want, sizeof want, "#%x 1 1000 3 8 fffffff0 1000 10000", (unsigned)CK_VERR_MEM_NEEDS);
    ck_assert_str_eq(terse_of(), want);

    /* function and import names come from the image; without it, their indices */
    MAIN(OP(MOV), 4, 0, OP(RET));
    reject("function 0 (main): register r4 out of range (nregs 4) at pc 0");
    ck_assert_int_eq(ck_vm_error_text(terse_of(), NULL, 0, text, sizeof text), 1);
    ck_assert_str_eq(text, "function 0: register r4 out of range (nregs 4) at pc 0");
    base();
    T.names = 0;
    T.f[2].nargs = 5;
    reject("function 2: 5 argument registers but a window of only 3 registers");
    base();
    import("no.such", 3, 1, 0);
    reject("import 'no.such' v3: not provided by this device");
    ck_assert_int_eq(ck_vm_error_text(terse_of(), NULL, 0, text, sizeof text), 1);
    ck_assert_str_eq(text, "import 1 v3: not provided by this device");
    /* a damaged image gives no names, but no harm either */
    base();
    import("t.out", 2, 1, 0);
    reject("import 't.out' v2: this device provides only version 1");
    strcpy(want, terse_of());
    for (size_t i = 32; i < imglen; i++) img[i] ^= 0xff;
    ck_assert_int_eq(ck_vm_error_text(want, img, (uint32_t)imglen, text, sizeof text), 1);
    ck_assert_str_eq(text, "import 1 v2: this device provides only version 1");
    ck_assert_int_eq(ck_vm_error_text(want, img, 40, text, sizeof text), 1);
    ck_assert_str_eq(text, "import 1 v2: this device provides only version 1");

    /* truncated like ck_vm_load's own messages */
    snprintf(want, sizeof want, "#%x 7 1", (unsigned)CK_VERR_VERSION);
    memset(text, 'x', sizeof text);
    ck_assert_int_eq(ck_vm_error_text(want, NULL, 0, text, 12), 1);
    ck_assert_str_eq(text, "unsupported");

    /* what is not a terse message: left alone */
    static const char *const not_terse[] = {
        "image larger than the slot", "", "#", "# 3", "#3 ", "#3  7 1", "#3 7", "#3 7 1 1", "#3 7 1x", "#3 A 1",
        "#3 -7 1", "#03 7 123456789", "#fffffff 7 1", "#123456789 7 1", "x#3 7 1",
    };
    for (size_t i = 0; i < sizeof not_terse / sizeof not_terse[0]; i++) {
        strcpy(text, "untouched");
        ck_assert_msg(ck_vm_error_text(not_terse[i], img, (uint32_t)imglen, text, sizeof text) == 0, "'%s'", not_terse[i]);
        ck_assert_str_eq(text, "untouched");
    }
    ck_assert_int_eq(ck_vm_error_text(NULL, NULL, 0, text, sizeof text), 0);
    snprintf(want, sizeof want, "#%x", (unsigned)CK_VERR_COUNT);
    ck_assert_int_eq(ck_vm_error_text(want, NULL, 0, text, sizeof text), 0);

    /* every message of the table takes one number of arguments (at most CK_VERR_MAX_ARGS), and
     * words them all */
    for (unsigned c = 0; c < CK_VERR_COUNT; c++) {
        int decoded = 0;
        for (unsigned k = 0; k <= CK_VERR_MAX_ARGS + 1; k++) {
            int at = snprintf(want, sizeof want, "#%x", c);
            for (unsigned j = 0; j < k; j++) at += snprintf(want + at, sizeof want - (size_t)at, " %x", j + 1);
            if (!ck_vm_error_text(want, NULL, 0, text, sizeof text)) continue;
            decoded++;
            ck_assert_msg(!strchr(text, '%') && !strchr(text, '?'), "message %u: '%s'", c, text);
        }
        ck_assert_msg(decoded == 1, "message %u decodes with %d argument counts", c, decoded);
    }
}
END_TEST

/* --- instruction semantics ---------------------------------------------------------------------- */

START_TEST(test_alu32)
{
    ck_assert_uint_eq(E(ADD, 0xffffffff, 2), 1);
    ck_assert_uint_eq(E(SUB, 1, 2), 0xffffffff);
    ck_assert_uint_eq(E(MUL, 0x10001, 0x10001), 0x20001);
    ck_assert_uint_eq(E(MUL, 0xffffffff, 0xffffffff), 1);
    ck_assert_uint_eq(E(DIVS, -7, 2), (uint32_t)-3);
    ck_assert_uint_eq(E(DIVS, 7, -2), (uint32_t)-3);
    ck_assert_uint_eq(E(DIVS, 0x80000000u, -1), 0x80000000u);
    ck_assert_uint_eq(E(DIVU, 0xfffffffe, 2), 0x7fffffff);
    ck_assert_uint_eq(E(REMS, -7, 2), (uint32_t)-1);
    ck_assert_uint_eq(E(REMS, 7, -2), 1);
    ck_assert_uint_eq(E(REMS, 0x80000000u, -1), 0);
    ck_assert_uint_eq(E(REMU, 0xffffffff, 10), 5);
    ck_assert_uint_eq(E(AND, 0xff00ff00, 0x0ff00ff0), 0x0f000f00);
    ck_assert_uint_eq(E(OR, 0xff00ff00, 0x0ff00ff0), 0xfff0fff0);
    ck_assert_uint_eq(E(XOR, 0xff00ff00, 0x0ff00ff0), 0xf0f0f0f0);
    ck_assert_uint_eq(E(SHL, 1, 31), 0x80000000u);
    ck_assert_uint_eq(E(SHL, 1, 33), 2);                 /* amounts modulo 32 */
    ck_assert_uint_eq(E(SHRS, 0x80000000u, 4), 0xf8000000u);
    ck_assert_uint_eq(E(SHRS, 0x80000000u, 32), 0x80000000u);
    ck_assert_uint_eq(E(SHRU, 0x80000000u, 4), 0x08000000u);
    ck_assert_uint_eq(E(SHRU, 0x80000000u, 63), 1);
    ck_assert_uint_eq(E(MINS, -1, 1), (uint32_t)-1);
    ck_assert_uint_eq(E(MINU, -1, 1), 1);
    ck_assert_uint_eq(E(MAXS, -1, 1), 1);
    ck_assert_uint_eq(E(MAXU, -1, 1), 0xffffffff);
    ck_assert_uint_eq(E(ADDI, 10, -20), (uint32_t)-10);
    ck_assert_uint_eq(E(MULI, 1000, -3), (uint32_t)-3000);
    ck_assert_uint_eq(E(ANDI, 0x12345678, -16), 0x12345670);       /* sign-extended mask */
    ck_assert_uint_eq(E(ORI, 0x10000, 0x7fff), 0x17fff);
    ck_assert_uint_eq(E(XORI, 0, -1), 0xffffffff);
    ck_assert_uint_eq(E(SHLI, 3, 36), 48);
    ck_assert_uint_eq(E(SHRSI, -256, 4), (uint32_t)-16);
    ck_assert_uint_eq(E(SHRUI, -256, 28), 15);
    ck_assert_uint_eq(E(NEG, 5, 0), (uint32_t)-5);
    ck_assert_uint_eq(E(NEG, 0x80000000u, 0), 0x80000000u);
    ck_assert_uint_eq(E(NOT, 0x0f0f0f0f, 0), 0xf0f0f0f0);
    ck_assert_uint_eq(E(SEXT8, 0x1280, 0), 0xffffff80);
    ck_assert_uint_eq(E(SEXT8, 0x127f, 0), 0x7f);
    ck_assert_uint_eq(E(SEXT16, 0x18000, 0), 0xffff8000);
    ck_assert_uint_eq(E(ZEXT8, 0xffffff80, 0), 0x80);
    ck_assert_uint_eq(E(ZEXT16, 0xffff8000, 0), 0x8000);
    ck_assert_uint_eq(E(CLZ, 0, 0), 32);
    ck_assert_uint_eq(E(CLZ, 1, 0), 31);
    ck_assert_uint_eq(E(CLZ, 0x80000000u, 0), 0);
    ck_assert_uint_eq(E(CTZ, 0, 0), 32);
    ck_assert_uint_eq(E(CTZ, 0x80000000u, 0), 31);
    ck_assert_uint_eq(E(CTZ, 12, 0), 2);
    ck_assert_uint_eq(E(POPCNT, 0, 0), 0);
    ck_assert_uint_eq(E(POPCNT, 0xffffffff, 0), 32);
    ck_assert_uint_eq(E(POPCNT, 0x80000001u, 0), 2);
    ck_assert_uint_eq(E(BSWAP, 0x11223344, 0), 0x44332211);
    ck_assert_uint_eq(E(ROTLI, 0x80000001u, 1), 3);
    ck_assert_uint_eq(E(ROTLI, 0x12345678u, 8), 0x34567812u);
    ck_assert_uint_eq(E(ROTLI, 0x12345678u, 0), 0x12345678u);
    ck_assert_uint_eq(E(ROTLI, 0x12345678u, 32), 0x12345678u);   /* amount mod 32 */
    ck_assert_uint_eq(E(ROTLI, 0x12345678u, 36), 0x23456781u);
    ck_assert_uint_eq(E(ROTLI, 0x80000001u, 255), 0xc0000000u);  /* 31: a right rotate by 1 */
    ck_assert_uint_eq(E(ROTRI, 0x80000001u, 1), 0xc0000000u);
    ck_assert_uint_eq(E(ROTRI, 0x12345678u, 8), 0x78123456u);
    ck_assert_uint_eq(E(ROTRI, 0x12345678u, 0), 0x12345678u);
    ck_assert_uint_eq(E(ROTRI, 0x12345678u, 64), 0x12345678u);
    ck_assert_uint_eq(E(ROTRI, 0x12345678u, 31), 0x2468acf0u);
    ck_assert_uint_eq(E(ROTRI, 0xdeadbeefu, 16), 0xbeefdeadu);
}
END_TEST


START_TEST(test_alu64)
{
    ck_assert_uint_eq(E(ADD64, 0xffffffffull, 1), 0x100000000ull);
    ck_assert_uint_eq(E(ADD64, ~0ull, 2), 1);
    ck_assert_uint_eq(E(SUB64, 0x100000000ull, 1), 0xffffffffull);
    ck_assert_uint_eq(E(MUL64, 0x100000001ull, 0x100000001ull), 0x200000001ull);
    ck_assert_uint_eq(E(MUL64, I64(-3), 7), I64(-21));
    ck_assert_uint_eq(E(DIVS64, I64(-700000000000ll), 7), I64(-100000000000ll));
    ck_assert_uint_eq(E(DIVS64, 0x8000000000000000ull, ~0ull), 0x8000000000000000ull);
    ck_assert_uint_eq(E(DIVU64, ~0ull, 3), 0x5555555555555555ull);
    ck_assert_uint_eq(E(REMS64, I64(-7), 2), I64(-1));
    ck_assert_uint_eq(E(REMS64, 0x8000000000000000ull, ~0ull), 0);
    ck_assert_uint_eq(E(REMU64, ~0ull, 10), 5);
    ck_assert_uint_eq(E(AND64, 0xff00ff00ff00ff00ull, 0x0ff00ff00ff00ff0ull), 0x0f000f000f000f00ull);
    ck_assert_uint_eq(E(OR64, 0xff00000000000000ull, 0xffull), 0xff000000000000ffull);
    ck_assert_uint_eq(E(XOR64, ~0ull, 0xf0ull), ~0xf0ull);
    ck_assert_uint_eq(E(SHL64, 1, 40), 1ull << 40);
    ck_assert_uint_eq(E(SHL64, 1, 65), 2);                /* modulo 64 */
    ck_assert_uint_eq(E(SHL64, 0x80000001ull, 1), 0x100000002ull);
    ck_assert_uint_eq(E(SHRS64, 0x8000000000000000ull, 63), ~0ull);
    ck_assert_uint_eq(E(SHRS64, 0x8000000000000000ull, 4), 0xf800000000000000ull);
    ck_assert_uint_eq(E(SHRU64, 0x8000000000000000ull, 63), 1);
    ck_assert_uint_eq(E(SHRU64, 0x100000000ull, 1), 0x80000000ull);
    ck_assert_uint_eq(E(NEG64, 1, 0), ~0ull);
    ck_assert_uint_eq(E(NEG64, 0x8000000000000000ull, 0), 0x8000000000000000ull);
    ck_assert_uint_eq(E(EQ64, 0x100000000ull, 0x100000000ull), 1);
    ck_assert_uint_eq(E(EQ64, 0x100000000ull, 0), 0);      /* high words differ */
    ck_assert_uint_eq(E(NE64, 0x100000000ull, 0), 1);
    ck_assert_uint_eq(E(NE64, 7, 7), 0);
    ck_assert_uint_eq(E(LTS64, I64(-1), 0), 1);
    ck_assert_uint_eq(E(LTS64, 0, I64(-1)), 0);
    ck_assert_uint_eq(E(LTU64, I64(-1), 0), 0);
    ck_assert_uint_eq(E(LTU64, 0xffffffffull, 0x100000000ull), 1);
    ck_assert_uint_eq(E(LES64, 5, 5), 1);
    ck_assert_uint_eq(E(LES64, 0x100000000ull, 5), 0);
    ck_assert_uint_eq(E(LEU64, 5, I64(-1)), 1);
    ck_assert_uint_eq(E(LEU64, I64(-1), 5), 0);
    ck_assert_uint_eq(E(SEXT64, 0x80000000u, 0), 0xffffffff80000000ull);
    ck_assert_uint_eq(E(SEXT64, 0x7fffffff, 0), 0x7fffffffull);
    ck_assert_uint_eq(E(ZEXT64, 0x80000000u, 0), 0x80000000ull);
    ck_assert_uint_eq(E3(SELECT64, 1, 0x1111111122222222ull, 0x3333333344444444ull), 0x1111111122222222ull);
    ck_assert_uint_eq(E3(SELECT64, 0, 0x1111111122222222ull, 0x3333333344444444ull), 0x3333333344444444ull);
}
END_TEST

START_TEST(test_float)
{
    uint32_t nan = 0x7fc00000u, inf = 0x7f800000u;
    ck_assert_uint_eq(E(ADDF, fb(1.5f), fb(2.25f)), fb(3.75f));
    ck_assert_uint_eq(E(SUBF, fb(1.5f), fb(2.25f)), fb(-0.75f));
    ck_assert_uint_eq(E(MULF, fb(1.5f), fb(-4.0f)), fb(-6.0f));
    ck_assert_uint_eq(E(DIVF, fb(1.0f), fb(3.0f)), fb(1.0f / 3.0f));
    ck_assert_uint_eq(E(DIVF, fb(1.0f), fb(0.0f)), inf);
    ck_assert(isnan(bf((uint32_t)E(DIVF, fb(0.0f), fb(0.0f)))));
    ck_assert_uint_eq(E(ADDF, fb(16777216.0f), fb(1.0f)), fb(16777216.0f));   /* round to even */
    ck_assert_uint_eq(E(NEGF, fb(2.0f), 0), fb(-2.0f));
    ck_assert_uint_eq(E(NEGF, 0, 0), 0x80000000u);
    ck_assert_uint_eq(E(NEGF, nan, 0), 0xffc00000u);
    ck_assert_uint_eq(E(ABSF, fb(-2.0f), 0), fb(2.0f));
    ck_assert_uint_eq(E(ABSF, 0xffc00000u, 0), nan);
    ck_assert_uint_eq(E(SQRTF, fb(2.0f), 0), fb(sqrtf(2.0f)));
    ck_assert_uint_eq(E(SQRTF, fb(16.0f), 0), fb(4.0f));
    ck_assert_uint_eq(E(SQRTF, 0x80000000u, 0), 0x80000000u);
    ck_assert(isnan(bf((uint32_t)E(SQRTF, fb(-1.0f), 0))));
    ck_assert_uint_eq(E(EQF, fb(1.0f), fb(1.0f)), 1);
    ck_assert_uint_eq(E(EQF, 0, 0x80000000u), 1);          /* +0 == -0 */
    ck_assert_uint_eq(E(EQF, nan, nan), 0);
    ck_assert_uint_eq(E(NEF, nan, nan), 1);
    ck_assert_uint_eq(E(NEF, fb(1.0f), fb(1.0f)), 0);
    ck_assert_uint_eq(E(LTF, fb(1.0f), fb(2.0f)), 1);
    ck_assert_uint_eq(E(LTF, fb(2.0f), fb(1.0f)), 0);
    ck_assert_uint_eq(E(LTF, nan, fb(1.0f)), 0);
    ck_assert_uint_eq(E(LEF, fb(2.0f), fb(2.0f)), 1);
    ck_assert_uint_eq(E(LEF, fb(1.0f), nan), 0);
    ck_assert_uint_eq(E(UNOF, fb(1.0f), nan), 1);
    ck_assert_uint_eq(E(UNOF, nan, fb(1.0f)), 1);
    ck_assert_uint_eq(E(UNOF, fb(1.0f), inf), 0);

    uint64_t dnan = 0x7ff8000000000000ull, dinf = 0x7ff0000000000000ull;
    ck_assert_uint_eq(E(ADDD, db(0.1), db(0.2)), db(0.1 + 0.2));
    ck_assert_uint_eq(E(SUBD, db(1.0), db(0.25)), db(0.75));
    ck_assert_uint_eq(E(MULD, db(1e300), db(1e10)), dinf);
    ck_assert_uint_eq(E(DIVD, db(1.0), db(3.0)), db(1.0 / 3.0));
    ck_assert_uint_eq(E(NEGD, db(1.0), 0), db(-1.0));
    ck_assert_uint_eq(E(ABSD, db(-3.5), 0), db(3.5));
    ck_assert_uint_eq(E(SQRTD, db(2.0), 0), db(sqrt(2.0)));
    ck_assert_uint_eq(E(SQRTD, db(1e-310), 0), db(sqrt(1e-310)));  /* subnormal argument */
    ck_assert_uint_eq(E(SQRTD, dinf, 0), dinf);
    ck_assert_uint_eq(E(SQRTD, 0x8000000000000000ull, 0), 0x8000000000000000ull);
    ck_assert(isnan(bd(E(SQRTD, db(-4.0), 0))));
    ck_assert(isnan(bd(E(SQRTD, dnan, 0))));
    ck_assert_uint_eq(E(EQD, db(2.0), db(2.0)), 1);
    ck_assert_uint_eq(E(EQD, dnan, dnan), 0);
    ck_assert_uint_eq(E(NED, dnan, db(1.0)), 1);
    ck_assert_uint_eq(E(NED, db(1.0), db(1.0)), 0);
    ck_assert_uint_eq(E(LTD, db(-1.0), db(1.0)), 1);
    ck_assert_uint_eq(E(LTD, db(1.0), dnan), 0);
    ck_assert_uint_eq(E(LED, db(1.0), db(1.0)), 1);
    ck_assert_uint_eq(E(LED, dnan, db(1.0)), 0);
    ck_assert_uint_eq(E(UNOD, dnan, db(1.0)), 1);
    ck_assert_uint_eq(E(UNOD, db(1.0), dinf), 0);
    ck_assert_uint_eq(E(UNOD, 0xfff0000000000001ull, db(1.0)), 1);   /* a NaN with the sign set */
}
END_TEST

START_TEST(test_conversions)
{
    ck_assert_uint_eq(E(I2F, -3, 0), fb(-3.0f));
    ck_assert_uint_eq(E(I2F, 16777217, 0), fb(16777216.0f));
    ck_assert_uint_eq(E(U2F, 0xffffffff, 0), fb(4294967296.0f));
    ck_assert_uint_eq(E(I2D, 0x80000000u, 0), db(-2147483648.0));
    ck_assert_uint_eq(E(U2D, 0x80000000u, 0), db(2147483648.0));
    ck_assert_uint_eq(E(L2F, I64(-1), 0), fb(-1.0f));
    ck_assert_uint_eq(E(UL2F, ~0ull, 0), fb(18446744073709551616.0f));
    ck_assert_uint_eq(E(UL2F, 0x8000008000000001ull, 0), fb(9223373136366403584.0f));   /* rounds up, not to even */
    ck_assert_uint_eq(E(L2D, I64(-5), 0), db(-5.0));
    ck_assert_uint_eq(E(UL2D, ~0ull, 0), db(18446744073709551616.0));
    ck_assert_uint_eq(E(F2D, fb(0.1f), 0), db((double)0.1f));
    ck_assert_uint_eq(E(D2F, db(0.1), 0), fb(0.1f));
    ck_assert_uint_eq(E(D2F, db(1e300), 0), 0x7f800000u);

    /* float -> int: truncation, saturation, NaN -> 0 */
    uint32_t fnan = 0x7fc00000u;
    uint64_t dnan = 0xfff8000000000000ull;
    ck_assert_uint_eq(E(F2I, fb(-2.9f), 0), (uint32_t)-2);
    ck_assert_uint_eq(E(F2I, fb(2.9f), 0), 2);
    ck_assert_uint_eq(E(F2I, fb(3e9f), 0), 0x7fffffff);
    ck_assert_uint_eq(E(F2I, fb(-3e9f), 0), 0x80000000u);
    ck_assert_uint_eq(E(F2I, fb(-2147483648.0f), 0), 0x80000000u);
    ck_assert_uint_eq(E(F2I, fb(2147483648.0f), 0), 0x7fffffff);
    ck_assert_uint_eq(E(F2I, fnan, 0), 0);
    ck_assert_uint_eq(E(F2I, 0xff800000u, 0), 0x80000000u);
    ck_assert_uint_eq(E(F2U, fb(-0.9f), 0), 0);
    ck_assert_uint_eq(E(F2U, fb(-5.0f), 0), 0);
    ck_assert_uint_eq(E(F2U, fb(4294967040.0f), 0), 4294967040u);
    ck_assert_uint_eq(E(F2U, fb(5e9f), 0), 0xffffffff);
    ck_assert_uint_eq(E(F2U, fnan, 0), 0);
    /* the f32 bounds (compared as f32 by the interpreter): the neighbours of -2^31, 2^31 and 2^32 */
    ck_assert_uint_eq(E(F2I, fb(-2147483904.0f), 0), 0x80000000u);
    ck_assert_uint_eq(E(F2I, fb(2147483520.0f), 0), 2147483520u);
    ck_assert_uint_eq(E(F2I, 0x7f800000u, 0), 0x7fffffff);
    ck_assert_uint_eq(E(F2I, fb(-0.0f), 0), 0);
    ck_assert_uint_eq(E(F2I, 0xffc00001u, 0), 0);
    ck_assert_uint_eq(E(F2U, fb(4294967296.0f), 0), 0xffffffff);
    ck_assert_uint_eq(E(F2U, 0x7f800000u, 0), 0xffffffff);
    ck_assert_uint_eq(E(F2U, 0xff800000u, 0), 0);
    ck_assert_uint_eq(E(F2U, fb(-1.0f), 0), 0);
    ck_assert_uint_eq(E(F2U, fb(2147483648.0f), 0), 0x80000000u);
    ck_assert_uint_eq(E(D2I, db(-2147483648.9), 0), 0x80000000u);
    ck_assert_uint_eq(E(D2I, db(-2147483649.0), 0), 0x80000000u);
    ck_assert_uint_eq(E(D2I, db(2147483647.9), 0), 0x7fffffff);
    ck_assert_uint_eq(E(D2I, db(1e300), 0), 0x7fffffff);
    ck_assert_uint_eq(E(D2I, dnan, 0), 0);
    ck_assert_uint_eq(E(D2U, db(4294967295.9), 0), 0xffffffff);
    ck_assert_uint_eq(E(D2U, db(4294967296.0), 0), 0xffffffff);
    ck_assert_uint_eq(E(D2U, db(-0.5), 0), 0);
    ck_assert_uint_eq(E(D2U, dnan, 0), 0);
    ck_assert_uint_eq(E(F2L, fb(-1e19f), 0), 0x8000000000000000ull);
    ck_assert_uint_eq(E(F2L, fb(1e19f), 0), 0x7fffffffffffffffull);
    ck_assert_uint_eq(E(F2L, fb(-3.5f), 0), I64(-3));
    ck_assert_uint_eq(E(F2L, fnan, 0), 0);
    ck_assert_uint_eq(E(F2UL, fb(1e20f), 0), ~0ull);
    ck_assert_uint_eq(E(F2UL, fb(-1e20f), 0), 0);
    ck_assert_uint_eq(E(F2UL, fb(1e19f), 0), 9999999980506447872ull);
    ck_assert_uint_eq(E(D2L, db(-9223372036854775808.0), 0), 0x8000000000000000ull);
    ck_assert_uint_eq(E(D2L, db(9223372036854775808.0), 0), 0x7fffffffffffffffull);
    ck_assert_uint_eq(E(D2L, db(-1e300), 0), 0x8000000000000000ull);
    ck_assert_uint_eq(E(D2L, db(123456789012.7), 0), 123456789012ull);
    ck_assert_uint_eq(E(D2L, dnan, 0), 0);
    ck_assert_uint_eq(E(D2UL, db(18446744073709549568.0), 0), 18446744073709549568ull);
    ck_assert_uint_eq(E(D2UL, db(18446744073709551616.0), 0), ~0ull);
    ck_assert_uint_eq(E(D2UL, db(-1.0), 0), 0);
    ck_assert_uint_eq(E(D2UL, dnan, 0), 0);
}
END_TEST

/* sqrtd over many values, against the host's correctly rounded sqrt (exercises the software
 * square root when the VM is built without a hardware one). */
START_TEST(test_sqrt_many)
{
    enum { N = 480 };
    reset();
    import("t.out2", 1, 2, 0);
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < N; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint64_t v = i < N / 2 ? x & 0x7fffffffffffffffull : db((double)(x >> 11) * 0x1p-40);
        if (i == 0) v = 1;                         /* the smallest subnormal */
        if (i == 1) v = 0x7fefffffffffffffull;     /* the largest finite */
        if (i == 2) v = db(4.0);
        memcpy(T.ro + 8 * i, &v, 8);
    }
    T.nro = 8 * N;
    tfunc *f = func("main", 0, 0, 8, 0);
    op(f, CK_OP_LI, 4, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 5, (uint32_t)(CK_MEM_BASE + 8 * N));
    label(f, 0);
    op(f, CK_OP_LD64, 2, 4, 0);
    op(f, CK_OP_SQRTD, 0, 2);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_ADDI, 4, 4, 8);
    op(f, CK_OP_BLTU, 4, 5, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 2 * N);
    for (int i = 0; i < N; i++) {
        uint64_t v, got = (uint64_t)outv[2 * i + 1] << 32 | outv[2 * i];
        memcpy(&v, T.ro + 8 * i, 8);
        if (isnan(bd(v))) ck_assert(isnan(bd(got)));
        else ck_assert_msg(got == db(sqrt(bd(v))), "sqrt(%a) = %a, expected %a", bd(v), bd(got), sqrt(bd(v)));
    }
}
END_TEST


START_TEST(test_branches)
{
    /* each conditional branch, taken and not: t.out(1) when taken, t.out(0) when not */
    static const struct { int op; uint32_t a, b; int taken; } cases[] = {
        {CK_OP_BRZ, 0, 0, 1}, {CK_OP_BRZ, 5, 0, 0}, {CK_OP_BRNZ, 5, 0, 1}, {CK_OP_BRNZ, 0, 0, 0},
        {CK_OP_BEQ, 3, 3, 1}, {CK_OP_BEQ, 3, 4, 0}, {CK_OP_BNE, 3, 4, 1}, {CK_OP_BNE, 3, 3, 0},
        {CK_OP_BLTS, (uint32_t)-1, 0, 1}, {CK_OP_BLTS, 0, (uint32_t)-1, 0},
        {CK_OP_BLTU, 0, (uint32_t)-1, 1}, {CK_OP_BLTU, (uint32_t)-1, 0, 0},
        {CK_OP_BLES, 2, 2, 1}, {CK_OP_BLES, 3, 2, 0}, {CK_OP_BLEU, 2, (uint32_t)-2, 1}, {CK_OP_BLEU, (uint32_t)-2, 2, 0},
        {CK_OP_BEQI, (uint32_t)-7, (uint32_t)-7, 1}, {CK_OP_BEQI, 7, (uint32_t)-7, 0},
        {CK_OP_BNEI, 7, (uint32_t)-7, 1}, {CK_OP_BNEI, (uint32_t)-7, (uint32_t)-7, 0},
        {CK_OP_BLTSI, (uint32_t)-8, (uint32_t)-7, 1}, {CK_OP_BLTSI, (uint32_t)-7, (uint32_t)-7, 0},
        {CK_OP_BLTUI, 100, (uint32_t)-1, 1}, {CK_OP_BLTUI, (uint32_t)-1, (uint32_t)-1, 0},
        {CK_OP_BGTSI, 0, (uint32_t)-1, 1}, {CK_OP_BGTSI, (uint32_t)-1, (uint32_t)-1, 0},
        {CK_OP_BGTUI, (uint32_t)-1, 5, 1}, {CK_OP_BGTUI, 5, 5, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        reset();
        import("t.out", 1, 1, 0);
        tfunc *f = func("main", 0, 0, 4, 0);
        op(f, CK_OP_LI, 0, cases[i].a);
        op(f, CK_OP_LI, 1, cases[i].b);
        op(f, CK_OP_LIH, 3, 1);
        const char *s = opnds[cases[i].op];
        if (!strcmp(s, "rj")) op(f, cases[i].op, 0, 1);
        else if (!strcmp(s, "rrj")) op(f, cases[i].op, 0, 1, 1);
        else op(f, cases[i].op, 0, (int)(int16_t)cases[i].b, 1);
        op(f, CK_OP_LIH, 3, 0);
        label(f, 1);
        op(f, CK_OP_CALLN, 0, 3);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_int_eq(nout, 1);
        ck_assert_msg(outv[0] == (uint32_t)cases[i].taken, "case %zu (opcode %d)", i, cases[i].op);
    }

    /* a backward loop: sum 0..99; jmp forward over a trap */
    reset();
    import("t.out", 1, 1, 0);
    tfunc *f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LIH, 1, 0);
    op(f, CK_OP_LIH, 2, 0);
    label(f, 0);
    op(f, CK_OP_ADD, 2, 2, 1);
    op(f, CK_OP_ADDI, 1, 1, 1);
    op(f, CK_OP_BLTSI, 1, 100, 0);
    op(f, CK_OP_JMP, 1);
    op(f, CK_OP_TRAP);
    label(f, 1);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(outv[0], 4950);

    /* jtab: cases 0..2 and the default for 3 and for huge values */
    uint32_t in[] = {0, 1, 2, 3, 0xffffffff};
    uint32_t want[] = {10, 11, 12, 99, 99};
    for (int i = 0; i < 5; i++) {
        reset();
        import("t.out", 1, 1, 0);
        f = func("main", 0, 0, 2, 0);
        op(f, CK_OP_LI, 0, in[i]);
        op(f, CK_OP_JTAB, 0, 3, 0, 1, 2, 3);
        label(f, 0); op(f, CK_OP_LIH, 1, 10); op(f, CK_OP_JMP, 4);
        label(f, 1); op(f, CK_OP_LIH, 1, 11); op(f, CK_OP_JMP, 4);
        label(f, 2); op(f, CK_OP_LIH, 1, 12); op(f, CK_OP_JMP, 4);
        label(f, 3); op(f, CK_OP_LIH, 1, 99);
        label(f, 4); op(f, CK_OP_CALLN, 0, 1);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_uint_eq(outv[0], want[i]);
    }
}
END_TEST


/* --- faults ------------------------------------------------------------------------------------- */
/* A run of an access at the edge of guest memory: an exit when it is inside, else the
 * out-of-bounds fault at pc of main with the address. */
static void expect_exit_or_oob(int rc, int inside, uint32_t pc, uint32_t addr)
{
    if (inside) {
        ck_assert_int_eq(rc, CK_EXIT);
        return;
    }
    expect_fault(rc, CK_FAULT_OOB, 0, pc);
    ck_assert_uint_eq(vm.fault.addr, addr);
}

/* main calls f1 (a 2-register function whose body the test gives) after a lih. */
/* Every load and store width at every offset around the top of guest memory, with the offset in
 * the base register and in the immediate: the interpreter confines most accesses with one compare
 * against (size - 8) and only the last 8 bytes take the exact test, so each byte position counts. */
/* Destination registers that overlap the sources, for the operations the interpreter computes out
 * of line on a 32-bit target (64-bit division, f64, 64-bit conversions) and a few inline ones. */
START_TEST(test_in_place)
{
    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    tfunc *f = func("main", 0, 0, 8, 0);
    op(f, CK_OP_LI64, 2, (uint64_t)1000000000007ull);
    op(f, CK_OP_LI64, 4, (uint64_t)10ull);
    op(f, CK_OP_DIVU64, 2, 2, 4);                     /* 100000000000 */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LI64, 2, (uint64_t)(int64_t)-7);
    op(f, CK_OP_REMS64, 4, 2, 4);                     /* r4 = -7 % 10 = -7 */
    op(f, CK_OP_CALLN, 1, 4);
    op(f, CK_OP_LI64, 2, db(1.5));
    op(f, CK_OP_ADDD, 2, 2, 2);                       /* 3.0 */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LTD, 2, 2, 2);                        /* 3.0 < 3.0: 0 (r3 keeps 3.0's high word) */
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_LI, 3, (uint32_t)-5);
    op(f, CK_OP_I2D, 2, 3);                           /* source is the pair's high half */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_D2L, 2, 2);                           /* -5 */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_I2D, 2, 2);                           /* source is the pair's low half */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LI64, 2, db(-2.5));
    op(f, CK_OP_D2I, 3, 2);                           /* into the pair's high half: -2 */
    op(f, CK_OP_CALLN, 0, 3);
    op(f, CK_OP_LI, 2, fb(-1e19f));
    op(f, CK_OP_F2L, 2, 2);
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LI64, 2, (uint64_t)0x0000000100000003ull);
    op(f, CK_OP_MUL64, 2, 2, 2);                      /* (2^32 + 3)^2 mod 2^64 = 6 * 2^32 + 9 */
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint64_t want[] = {100000000000ull, (uint64_t)(int64_t)-7, db(3.0), 0, db(-5.0), (uint64_t)(int64_t)-5,
                       db(-5.0), (uint32_t)-2, 0x8000000000000000ull, 0x0000000600000009ull};
    int at = 0;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int pair = i != 3 && i != 7;
        uint64_t got = pair ? (uint64_t)outv[at + 1] << 32 | outv[at] : outv[at];
        ck_assert_msg(got == want[i], "value %zu: %016" PRIx64 ", expected %016" PRIx64, i, got, want[i]);
        at += pair ? 2 : 1;
    }
    ck_assert_int_eq(nout, at);
}
END_TEST

/* Indexed loads and stores: the index register is scaled by the access size, the address wraps
 * modulo 2^32, sign/zero extension as the base+offset forms. */
START_TEST(test_indexed_memory)
{
    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    T.bss = 64;
    tfunc *f = func("main", 0, 0, 10, 0);
    op(f, CK_OP_LI, 8, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LIH, 9, 3);
    op(f, CK_OP_LI, 1, (uint32_t)0x81828384u);
    op(f, CK_OP_ST32X, 1, 8, 9);                     /* at +12 */
    op(f, CK_OP_LD32, 0, 8, 12);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x81828384 */
    op(f, CK_OP_LIH, 9, 12);
    op(f, CK_OP_LD8SX, 0, 8, 9);                     /* +12 */
    op(f, CK_OP_CALLN, 0, 0);                        /* 0xffffff84 */
    op(f, CK_OP_LIH, 9, 13);
    op(f, CK_OP_LD8UX, 0, 8, 9);                     /* +13 */
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x83 */
    op(f, CK_OP_LIH, 9, 7);
    op(f, CK_OP_LD16SX, 0, 8, 9);                    /* +14 */
    op(f, CK_OP_CALLN, 0, 0);                        /* 0xffff8182 */
    op(f, CK_OP_LD16UX, 0, 8, 9);
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x8182 */
    op(f, CK_OP_LIH, 9, 6);
    op(f, CK_OP_LD16UX, 0, 8, 9);                    /* +12 */
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x8384 */
    op(f, CK_OP_LIH, 1, 0x5a);
    op(f, CK_OP_LIH, 9, 16);
    op(f, CK_OP_ST8X, 1, 8, 9);                      /* +16 */
    op(f, CK_OP_LIH, 1, 0x1234);
    op(f, CK_OP_LIH, 9, 9);
    op(f, CK_OP_ST16X, 1, 8, 9);                     /* +18 */
    op(f, CK_OP_LIH, 9, 4);
    op(f, CK_OP_LD32X, 0, 8, 9);                     /* +16 */
    op(f, CK_OP_CALLN, 0, 0);                        /* 0x1234005a */
    op(f, CK_OP_LI64, 2, (uint64_t)0x1122334455667788ull);
    op(f, CK_OP_LIH, 9, 3);
    op(f, CK_OP_ST64X, 2, 8, 9);                     /* +24 */
    op(f, CK_OP_LD64X, 0, 8, 9);
    op(f, CK_OP_CALLN, 1, 0);
    op(f, CK_OP_LD32, 0, 8, 28);
    op(f, CK_OP_CALLN, 0, 0);                        /* little endian: 0x11223344 */
    /* a negative index, and an index whose scaled bits leave the 32-bit word (mod 2^32) */
    op(f, CK_OP_ADDI, 7, 8, 40);
    op(f, CK_OP_LIH, 9, -4);
    op(f, CK_OP_LD64X, 0, 7, 9);                     /* 40 - 32 = +8: 0, then +12 */
    op(f, CK_OP_CALLN, 1, 0);
    op(f, CK_OP_LIH, 9, -2);
    op(f, CK_OP_LD64X, 0, 7, 9);                     /* 40 - 16 = +24 */
    op(f, CK_OP_CALLN, 1, 0);
    op(f, CK_OP_ADDI, 7, 8, 12);
    op(f, CK_OP_LI, 9, 0x40000000u);                 /* << 2 = 2^32 = 0 */
    op(f, CK_OP_LD32X, 0, 7, 9);                     /* +12 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 9, 0x80000007u);                 /* << 1 = 14 */
    op(f, CK_OP_LD16UX, 0, 8, 9);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 9, 0x20000003u);                 /* << 3 = 24 */
    op(f, CK_OP_LD64X, 0, 8, 9);
    op(f, CK_OP_CALLN, 1, 0);
    /* destination = base or index register */
    op(f, CK_OP_LIH, 9, 3);
    op(f, CK_OP_LD32X, 9, 8, 9);                     /* +12 */
    op(f, CK_OP_CALLN, 0, 9);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = {0x81828384, 0xffffff84, 0x83, 0xffff8182, 0x8182, 0x8384, 0x1234005a,
                       0x55667788, 0x11223344, 0x11223344, 0, 0x81828384, 0x55667788, 0x11223344,
                       0x81828384, 0x8182, 0x55667788, 0x11223344, 0x81828384};
    ck_assert_int_eq(nout, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < nout; i++) ck_assert_msg(outv[i] == want[i], "value %d: %08x, expected %08x", i, outv[i], want[i]);
}
END_TEST

/* Every indexed width at every byte position around the top of guest memory (index 0, index 5
 * and an index that wraps), and just below CK_MEM_BASE: same bounds as the base+offset forms. */
START_TEST(test_indexed_memory_edges)
{
    static const struct { int st, ld, w, sh; uint64_t want; } acc[] = {
        {CK_OP_ST8X,  CK_OP_LD8UX,  1, 0, 0xf1}, {CK_OP_ST8X,  CK_OP_LD8SX,  1, 0, 0xfffffff1},
        {CK_OP_ST16X, CK_OP_LD16UX, 2, 1, 0xf2f1}, {CK_OP_ST16X, CK_OP_LD16SX, 2, 1, 0xfffff2f1},
        {CK_OP_ST32X, CK_OP_LD32X,  4, 2, 0xf4f3f2f1}, {CK_OP_ST64X, CK_OP_LD64X, 8, 3, 0x88776655f4f3f2f1ull},
    };
    for (size_t k = 0; k < sizeof acc / sizeof acc[0]; k++) {
        for (uint32_t o = 65536 - 12; o <= 65536 + 1; o++) {
            for (int v = 0; v < 3; v++) {
                uint32_t idx = v == 0 ? 0u : v == 1 ? 5u : (uint32_t)-7;
                reset();
                import("t.out", 1, 1, 0);
                import("t.out2", 1, 2, 0);
                tfunc *f = func("main", 0, 0, 6, 0);
                op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + o - (idx << acc[k].sh)));
                op(f, CK_OP_LI, 1, idx);
                op(f, CK_OP_LI64, 2, (uint64_t)0x88776655f4f3f2f1ull);
                op(f, acc[k].st, 2, 0, 1);                   /* pc 22 */
                op(f, acc[k].ld, 4, 0, 1);
                op(f, CK_OP_CALLN, acc[k].w == 8 ? 1 : 0, 4);
                op(f, CK_OP_RET);
                int rc = run(0);
                if (o + (uint32_t)acc[k].w <= 65536) {
                    ck_assert_msg(rc == CK_EXIT, "width %d at size-%u: fault %d", acc[k].w, 65536 - o, rc);
                    uint64_t got = acc[k].w == 8 ? (uint64_t)outv[1] << 32 | outv[0] : outv[0];
                    ck_assert_msg(got == acc[k].want, "width %d at size-%u: %016" PRIx64, acc[k].w, 65536 - o, got);
                    ck_assert_uint_eq(vm.mem[o], 0xf1);
                } else {
                    expect_fault(rc, CK_FAULT_OOB, 0, 22);
                    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + o);
                    if (o < 65536) ck_assert_uint_eq(vm.mem[o], 0);   /* nothing written */
                }
            }
        }
        /* the bottom: CK_MEM_BASE is fine, one byte below faults (load and store), a null base too */
        for (int below = 0; below < 2; below++) {
            for (int store = 0; store < 2; store++) {
                reset();
                tfunc *f = func("main", 0, 0, 6, 0);
                op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE - (uint32_t)below - (2u << acc[k].sh)));
                op(f, CK_OP_LIH, 1, 2);
                op(f, CK_OP_LIH, 2, 0);
                op(f, store ? acc[k].st : acc[k].ld, 2, 0, 1);   /* pc 14 */
                op(f, CK_OP_RET);
                int rc = run(0);
                if (!below) {
                    ck_assert_int_eq(rc, CK_EXIT);
                } else {
                    expect_fault(rc, CK_FAULT_OOB, 0, 14);
                    ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE - 1);
                }
            }
        }
        reset();
        tfunc *f = func("main", 0, 0, 6, 0);
        op(f, CK_OP_LIH, 0, 0);
        op(f, CK_OP_LIH, 1, 1);
        op(f, acc[k].ld, 2, 0, 1);                           /* pc 8 */
        op(f, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_OOB, 0, 8);
        ck_assert_uint_eq(vm.fault.addr, (uint32_t)acc[k].w);
    }
}
END_TEST

/* addibne/addiblts/addibltu: rd += h, then compare the new rd with rb; taken branches are
 * charged to the budget. */
START_TEST(test_addib)
{
    static const struct { int op; uint32_t a; int h; uint32_t b; int taken; } cases[] = {
        {CK_OP_ADDIBNE, 4, 1, 5, 0}, {CK_OP_ADDIBNE, 4, 1, 6, 1}, {CK_OP_ADDIBNE, 0, -1, 0xffffffff, 0},
        {CK_OP_ADDIBNE, 0xffffffff, 1, 0, 0}, {CK_OP_ADDIBNE, 7, 0, 7, 0}, {CK_OP_ADDIBNE, 7, -32768, 7, 1},
        {CK_OP_ADDIBLTS, (uint32_t)-3, 1, 0, 1}, {CK_OP_ADDIBLTS, (uint32_t)-1, 1, 0, 0},
        {CK_OP_ADDIBLTS, 0x7fffffff, 1, 0, 1}, {CK_OP_ADDIBLTS, 10, -20, (uint32_t)-10, 0},
        {CK_OP_ADDIBLTS, 10, -21, (uint32_t)-10, 1}, {CK_OP_ADDIBLTS, 5, 32767, 32773, 1},
        {CK_OP_ADDIBLTU, 0xffffffff, 1, 5, 1}, {CK_OP_ADDIBLTU, 4, 1, 5, 0}, {CK_OP_ADDIBLTU, 10, -1, 10, 1},
        {CK_OP_ADDIBLTU, 0, -1, 5, 0}, {CK_OP_ADDIBLTU, 3, 4, 0x80000000u, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        reset();
        import("t.out", 1, 1, 0);
        tfunc *f = func("main", 0, 0, 4, 0);
        op(f, CK_OP_LI, 0, cases[i].a);
        op(f, CK_OP_LI, 1, cases[i].b);
        op(f, CK_OP_LIH, 3, 1);
        op(f, cases[i].op, 0, cases[i].h, 1, 1);
        op(f, CK_OP_LIH, 3, 0);
        label(f, 1);
        op(f, CK_OP_CALLN, 0, 3);
        op(f, CK_OP_CALLN, 0, 0);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_int_eq(nout, 2);
        ck_assert_msg(outv[0] == (uint32_t)cases[i].taken, "case %zu (opcode %d)", i, cases[i].op);
        ck_assert_msg(outv[1] == cases[i].a + (uint32_t)cases[i].h, "case %zu: rd %08x", i, outv[1]);
    }
    /* rb == rd: the new value compared with itself (ne: never, lt: never) */
    static const int ops[] = {CK_OP_ADDIBNE, CK_OP_ADDIBLTS, CK_OP_ADDIBLTU};
    for (int k = 0; k < 3; k++) {
        reset();
        tfunc *f = func("main", 0, 1, 2, 0);
        op(f, CK_OP_LIH, 0, 5);
        label(f, 0);
        op(f, ops[k], 0, 1, 0, 0);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(100), CK_EXIT);
        ck_assert_uint_eq(vm.exit_status, 6);
    }
    /* loops: sum 0..99 with addibne (99 taken branches), sum of -10..-1 counting up with addiblts,
     * a countdown by 3 with addibltu */
    reset();
    tfunc *f = func("main", 0, 1, 4, 0);
    op(f, CK_OP_LIH, 1, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_LIH, 2, 100);
    label(f, 0);
    op(f, CK_OP_ADD, 0, 0, 1);                        /* pc 12 */
    op(f, CK_OP_ADDIBNE, 1, 1, 2, 0);                 /* pc 16 */
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(99), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 4950);
    expect_fault(run(98), CK_FAULT_BUDGET, 0, 16);
    reset();
    f = func("main", 0, 1, 4, 0);
    op(f, CK_OP_LIH, 1, -10);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_LIH, 2, 0);
    label(f, 0);
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_ADDIBLTS, 1, 1, 2, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, (uint32_t)-55);
    reset();
    f = func("main", 0, 1, 4, 0);
    op(f, CK_OP_LIH, 1, 30);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_LIH, 2, 30);
    label(f, 0);
    op(f, CK_OP_ADDI, 0, 0, 1);
    op(f, CK_OP_ADDIBLTU, 1, -3, 2, 0);               /* 27, 24, ..., 0, then 0xfffffffd */
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 11);
}
END_TEST

START_TEST(test_fault_arith_trap_native)
{
    static const int divs[] = {CK_OP_DIVS, CK_OP_DIVU, CK_OP_REMS, CK_OP_REMU};
    for (int i = 0; i < 4; i++) {
        tfunc *f = fault_in_callee(3, 0);
        op(f, CK_OP_LIH, 0, 5);
        op(f, CK_OP_LIH, 1, 0);
        op(f, divs[i], 2, 0, 1);
        op(f, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_DIV0, 1, 9);
        ck_assert_uint_eq(vm.fault.addr, 0);
    }
    static const int divs64[] = {CK_OP_DIVS64, CK_OP_DIVU64, CK_OP_REMS64, CK_OP_REMU64};
    for (int i = 0; i < 4; i++) {
        tfunc *f = fault_in_callee(6, 0);
        op(f, CK_OP_LI64, 0, (uint64_t)5);
        op(f, CK_OP_LI64, 2, (uint64_t)0);
        op(f, divs64[i], 4, 0, 2);
        op(f, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_DIV0, 1, 21);
    }
    tfunc *f = fault_in_callee(1, 0);
    op(f, CK_OP_TRAP);
    expect_fault(run(0), CK_FAULT_TRAP, 1, 1);

    reset();
    import("t.fail", 1, 0, 0);
    import("t.bogus", 1, 0, 0);
    f = func("main", 0, 0, 1, 0);
    op(f, CK_OP_NOP);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_NATIVE, 0, 1);
    T.f[0].code[2] = 1;                               /* t.bogus: an unknown code is a native fault */
    expect_fault(run(0), CK_FAULT_NATIVE, 0, 1);

    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_OOB), "out of bounds");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_DIV0), "division by zero");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_STACK), "stack overflow");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_CALLI), "bad indirect call");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_TRAP), "trap");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_BUDGET), "budget exhausted");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_NATIVE), "native fault");
    ck_assert_str_eq(ck_vm_fault_name(-3), "unknown fault");
    ck_assert_str_eq(ck_vm_fault_name(CK_FAULT_COUNT), "unknown fault");
}
END_TEST

START_TEST(test_fault_calli)
{
    uint32_t bad[] = {0, 3, 0xffffffff};
    for (int i = 0; i < 3; i++) {
        tfunc *f = fault_in_callee(4, 0);
        op(f, CK_OP_LI, 0, bad[i]);
        op(f, CK_OP_CALLI, 0, 1);
        op(f, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_CALLI, 1, 7);
    }
    /* a valid pointer whose callee (2 args) does not fit the window r2 of 3 registers */
    reset();
    tfunc *f = func("main", 0, 0, 3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 0, 2);
    op(f, CK_OP_RET);
    f = func("add2", 2, 1, 2, 0);
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_CALLI, 0, 6);
    T.f[0].code[8] = 1;                               /* window r1: fits */
    ck_assert_int_eq(run(0), CK_EXIT);
    /* a callee with 0 args but 2 results at the last register */
    reset();
    f = func("main", 0, 0, 3, 0);
    op(f, CK_OP_LI, 0, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 0, 2);
    op(f, CK_OP_RET);
    f = func("pair", 0, 2, 2, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_CALLI, 0, 6);
    /* windows at r<nregs>, just after the caller's: call and calln with nothing to pass run; the
     * callee's registers lie above the caller's, which keep their values; calli checks the span */
    reset();
    import("t.out", 1, 1, 0);
    import("t.fail", 1, 0, 0);
    f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_LIH, 0, 7);
    op(f, CK_OP_LIH, 1, 8);
    op(f, CK_OP_CALL, 1, 2);
    op(f, CK_OP_CALLN, 0, 1);                         /* 8: untouched by the callee */
    op(f, CK_OP_LI, 1, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 1, 2);                         /* pc 22: a span-0 callee, fine */
    op(f, CK_OP_LI, 1, (uint32_t)(2 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 1, 2);                         /* pc 31: a span-1 callee does not fit */
    op(f, CK_OP_RET);
    f = func("noargs", 0, 0, 3, 0);
    op(f, CK_OP_LIH, 0, -1);
    op(f, CK_OP_LIH, 1, -1);
    op(f, CK_OP_LIH, 2, -1);
    op(f, CK_OP_RET);
    f = func("one", 1, 1, 1, 0);
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_CALLI, 0, 31);
    ck_assert_int_eq(nout, 1);
    ck_assert_uint_eq(outv[0], 8);
    reset();
    import("t.fail", 1, 0, 0);
    f = func("main", 0, 0, 2, 0);
    op(f, CK_OP_CALLN, 0, 2);                         /* the native gets r + 2 and reads nothing */
    op(f, CK_OP_RET);
    expect_fault(run(0), CK_FAULT_NATIVE, 0, 0);
}
END_TEST

/* The call checks at their exact limits: call depth, register stack and guest stack each allow
 * what fits and fault one step further, at the call, in the calling function; calli checks the
 * window of the function running at the time, and a fault after a return is the caller's. */
START_TEST(test_budget)
{
    /* 10 iterations: 9 taken backward branches, one call, one jmp: 11 charges */
    reset();
    tfunc *f = func("main", 0, 1, 3, 0);
    op(f, CK_OP_LIH, 1, 0);
    label(f, 0);
    op(f, CK_OP_ADDI, 1, 1, 1);
    op(f, CK_OP_BLTSI, 1, 10, 0);                    /* pc 9 */
    op(f, CK_OP_CALL, 1, 2);                          /* pc 15 */
    op(f, CK_OP_JMP, 1);                              /* pc 19 */
    label(f, 1);
    op(f, CK_OP_MOV, 0, 1);
    op(f, CK_OP_RET);
    f = func("leaf", 0, 0, 1, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(11), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 10);
    ck_assert_int_eq(run(0), CK_EXIT);
    expect_fault(run(10), CK_FAULT_BUDGET, 0, 19);
    expect_fault(run(9), CK_FAULT_BUDGET, 0, 15);
    expect_fault(run(1), CK_FAULT_BUDGET, 0, 9);
    /* an endless loop and an endless stream of calls stop */
    reset();
    f = func("main", 0, 0, 2, 0);
    label(f, 0);
    op(f, CK_OP_ADDI, 1, 1, 1);
    op(f, CK_OP_JMP, 0);
    expect_fault(run(100000), CK_FAULT_BUDGET, 0, 5);
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 0, 2, 0);
    label(f, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_JTAB, 0, 0, 0);
    expect_fault(run(7), CK_FAULT_BUDGET, 0, 4);       /* calln, jtab, calln, ... */
    ck_assert_int_eq(nout, 4);
    /* a budget above 2^32 (the fuel refill path) */
    reset();
    f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_LI, 1, 1000u);
    label(f, 0);
    op(f, CK_OP_ADDI, 1, 1, -1);
    op(f, CK_OP_BRNZ, 1, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run((1ull << 32) + 5), CK_EXIT);
    ck_assert_int_eq(run(0x7fffffffu), CK_EXIT);      /* the fuel counter holds up to 2^31 - 1 */
    ck_assert_int_eq(run(0x80000000u), CK_EXIT);
    ck_assert_int_eq(run(~0ull), CK_EXIT);
    ck_assert_int_eq(run(999), CK_EXIT);
    expect_fault(run(998), CK_FAULT_BUDGET, 0, 11);
    /* bulk operations cost a unit per full CK_BUDGET_BULK bytes (so that the budget bounds time):
     * 255 bytes are free, 1024 cost 4; the fault comes before any byte is written */
    ck_assert_uint_eq(CK_BUDGET_BULK, 256);
    reset();
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_JMP, 0);                              /* 1 unit (and fuel for the fast path) */
    label(f, 0);
    op(f, CK_OP_LIH, 3, 0x5a);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LIH, 1, 255);
    op(f, CK_OP_MEMSET, 0, 3, 1);                     /* pc 17: free */
    op(f, CK_OP_LIH, 1, 1024);
    op(f, CK_OP_MEMSET, 0, 3, 1);                     /* pc 25: 4 */
    op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE + 2048);
    op(f, CK_OP_MEMCPY, 2, 0, 1);                     /* pc 35: 4 */
    op(f, CK_OP_MEMMOVE, 0, 0, 1);                    /* pc 39: 4 */
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(13), CK_EXIT);
    ck_assert_uint_eq(vm.mem[2048 + 1023], 0x5a);
    ck_assert_int_eq(run((1ull << 32) + 13), CK_EXIT);
    expect_fault(run(12), CK_FAULT_BUDGET, 0, 39);
    expect_fault(run(9), CK_FAULT_BUDGET, 0, 39);
    expect_fault(run(8), CK_FAULT_BUDGET, 0, 35);
    expect_fault(run(6), CK_FAULT_BUDGET, 0, 35);
    expect_fault(run(4), CK_FAULT_BUDGET, 0, 25);
    ck_assert_uint_eq(vm.mem[254], 0x5a);
    ck_assert_uint_eq(vm.mem[255], 0);
    T.f[0].code[0] = CK_OP_NOP, T.f[0].code[1] = CK_OP_NOP, T.f[0].code[2] = CK_OP_NOP;
    ck_assert_int_eq(run(12), CK_EXIT);               /* without the jmp: all from the reserve */
    expect_fault(run(11), CK_FAULT_BUDGET, 0, 39);
    expect_fault(run(3), CK_FAULT_BUDGET, 0, 25);
    /* the whole of guest memory in one memset: 65536 / 256 units */
    reset();
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 1, 65536u);
    op(f, CK_OP_MEMSET, 0, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(256), CK_EXIT);
    expect_fault(run(255), CK_FAULT_BUDGET, 0, 12);
}
END_TEST

/* --- the host port ------------------------------------------------------------------------------ */
static char hout[8192], herr[1024];

static int host_run(uint32_t mem, uint64_t budget)
{
    FILE *o = tmpfile(), *e = tmpfile();
    ck_assert_ptr_nonnull(o);
    ck_assert_ptr_nonnull(e);
    ck_host_opts opts = {mem, budget, o, e};
    int st = ck_host_run(img, imglen, "t.cbc", &opts);
    rewind(o), rewind(e);
    size_t n = fread(hout, 1, sizeof hout - 1, o);
    hout[n] = 0;
    n = fread(herr, 1, sizeof herr - 1, e);
    herr[n] = 0;
    fclose(o), fclose(e);
    return st;
}

START_TEST(test_host)
{
    reset();
    int pi32 = import("io.print_i32", 1, 1, 0), pu32 = import("io.print_u32", 1, 1, 0);
    int pi64 = import("io.print_i64", 1, 2, 0), pu64 = import("io.print_u64", 1, 2, 0);
    int px32 = import("io.print_x32", 1, 1, 0), px64 = import("io.print_x64", 1, 2, 0);
    int pc = import("io.putchar", 1, 1, 1), wr = import("io.write", 1, 2, 1);
    memcpy(T.ro, "xyz", 3);
    T.nro = 3;
    tfunc *f = func("main", 0, 1, 8, 0);
    op(f, CK_OP_LI, 4, 0x80000000u);
    op(f, CK_OP_CALLN, pi32, 4);
    op(f, CK_OP_LIH, 4, ' ');
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_LIH, 4, -1);
    op(f, CK_OP_CALLN, pu32, 4);
    op(f, CK_OP_LIH, 4, ' ');
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_LI64, 4, (uint64_t)0x8000000000000000ull);
    op(f, CK_OP_CALLN, pi64, 4);
    op(f, CK_OP_LIH, 4, ' ');
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_LI64, 4, ~(uint64_t)0);
    op(f, CK_OP_CALLN, pu64, 4);
    op(f, CK_OP_LIH, 4, ' ');
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_LI, 4, 0xdeadbeefu);
    op(f, CK_OP_CALLN, px32, 4);
    op(f, CK_OP_LIH, 4, ' ');
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_LI64, 4, (uint64_t)0xa);
    op(f, CK_OP_CALLN, px64, 4);
    op(f, CK_OP_LI, 4, 0x141u);                       /* putchar returns the byte: 'A' */
    op(f, CK_OP_CALLN, pc, 4);
    op(f, CK_OP_CALLN, pi32, 4);
    op(f, CK_OP_LI, 4, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LIH, 5, 3);
    op(f, CK_OP_CALLN, wr, 4);
    op(f, CK_OP_CALLN, pi32, 4);
    op(f, CK_OP_LI, 0, 0x1234u);
    op(f, CK_OP_RET);
    build();
    mark_used();
    ck_assert_int_eq(host_run(0, 0), 0x34);
    ck_assert_str_eq(hout, "-2147483648 4294967295 -9223372036854775808 18446744073709551615 deadbeef "
                           "000000000000000aA65xyz3");
    ck_assert_str_eq(herr, "");

    /* a lot of output goes through the buffer intact */
    reset();
    pc = import("io.putchar", 1, 1, 1);
    import("sys.exit", 1, 1, 0);
    f = func("main", 0, 0, 3, 0);
    op(f, CK_OP_LIH, 0, 0);
    label(f, 0);
    op(f, CK_OP_ANDI, 1, 0, 63);
    op(f, CK_OP_ADDI, 1, 1, '0');
    op(f, CK_OP_CALLN, pc, 1);
    op(f, CK_OP_ADDI, 0, 0, 1);
    op(f, CK_OP_BLTSI, 0, 8000, 0);
    op(f, CK_OP_LIH, 0, 300);
    op(f, CK_OP_CALLN, 1, 0);                          /* sys.exit(300): status 300 & 0xff */
    op(f, CK_OP_TRAP);
    build();
    FILE *o = tmpfile();
    ck_host_opts opts = {0, 0, o, NULL};
    ck_assert_int_eq(ck_host_run(img, imglen, "big", &opts), 300 & 0xff);
    ck_assert_int_eq((int)ftell(o), 8000);
    rewind(o);
    for (int i = 0; i < 8000; i++) ck_assert_int_eq(fgetc(o), '0' + (i & 63));
    fclose(o);

    /* a fault after output: the output is flushed, then the message */
    reset();
    pc = import("io.putchar", 1, 1, 1);
    wr = import("io.write", 1, 2, 1);
    f = func("main", 0, 1, 3, 0);
    op(f, CK_OP_CALL, 1, 0);
    op(f, CK_OP_RET);
    f = func("writer", 0, 1, 3, 0);
    op(f, CK_OP_LIH, 0, 'w');
    op(f, CK_OP_CALLN, pc, 0);
    op(f, CK_OP_LIH, 1, 16);
    op(f, CK_OP_LIH, 2, 4);
    op(f, CK_OP_CALLN, wr, 1);
    op(f, CK_OP_RET);
    build();
    ck_assert_int_eq(host_run(0, 0), 134);
    ck_assert_str_eq(hout, "w");
    ck_assert_str_eq(herr, "t.cbc: fault: out of bounds in function writer (index 1) at pc 0x10, address 0x10\n");
    T.names = 0;
    build();
    ck_assert_int_eq(host_run(0, 0), 134);
    ck_assert_str_eq(herr, "t.cbc: fault: out of bounds in function index 1 at pc 0x10, address 0x10\n");

    /* budget, memory size and rejection through the host */
    reset();
    f = func("main", 0, 0, 1, 0);
    label(f, 0);
    op(f, CK_OP_JMP, 0);
    build();
    ck_assert_int_eq(host_run(0, 1000), 134);
    ck_assert_str_eq(herr, "t.cbc: fault: budget exhausted in function main (index 0) at pc 0x0\n");
    T.bss = 70000;
    build();
    ck_assert_int_eq(host_run(65536, 0), 1);
    ck_assert_str_eq(herr, "t.cbc: error: needs 74096 bytes of guest memory (RODATA 0, DATA 0, BSS 70000, stack 4096), "
                           "device has 65536\n");
    ck_assert_int_eq(host_run(0, 1000), 134);        /* the default 1 MiB is enough */
    img[0] = 'X';
    ck_assert_int_eq(host_run(0, 0), 1);
    ck_assert_str_eq(herr, "t.cbc: error: bad magic: not a Cockpit image\n");
    ck_assert_int_eq(host_run(0xffffffffu, 0), 1);   /* too large for the host */
    ck_assert_ptr_nonnull(strstr(herr, "error:"));

    /* the host's native table: names, versions, signatures from natives.h */
    int found = 0;
    for (uint32_t i = 0; i < ck_host_nnatives; i++) {
        ck_assert_ptr_nonnull(ck_host_natives[i].fn);
        if (!strcmp(ck_host_natives[i].name, "sys.heap")) {
            ck_assert_int_eq(ck_host_natives[i].nargs, 0);
            ck_assert_int_eq(ck_host_natives[i].nrets, 2);
            found = 1;
        }
    }
    ck_assert(found);
    ck_assert_uint_eq(ck_host_nnatives, 10);
}
END_TEST

/* --- robustness: mutated images never crash the loader or the interpreter -------------------------- */
/* The image the fuzz test used as its base until its jump table sent r1 = 3 to a default that
 * did not move it on: a valid guest that loops forever, which hung the suite when run with no
 * budget. With a budget it stops: 11 charges for the first two turns, then 5 per turn (calln,
 * calln, call, jtab, bltsi), so the charge after the 5000th is the bltsi at pc 71. */
static const uint8_t endless_jtab_image[] = {
    0x43, 0x4b, 0x42, 0x43, 0x01, 0x00, 0x00, 0x00, 0x47, 0x01, 0x00, 0x00, 0x2e, 0x7f, 0x43, 0xfc,
    0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x74, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
    0x94, 0x00, 0x00, 0x00, 0x76, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x0a, 0x01, 0x00, 0x00,
    0x10, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x1a, 0x01, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00,
    0x05, 0x00, 0x00, 0x00, 0x22, 0x01, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00,
    0x2a, 0x01, 0x00, 0x00, 0x15, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x3f, 0x01, 0x00, 0x00,
    0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x5a, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x08, 0x00, 0x5a, 0x00, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00,
    0x01, 0x01, 0x03, 0x00, 0x04, 0x01, 0x00, 0x00, 0x03, 0x02, 0x00, 0x01, 0x00, 0x00, 0x07, 0x02,
    0x02, 0x01, 0x79, 0x03, 0x02, 0x00, 0x00, 0x97, 0x00, 0x00, 0x03, 0x97, 0x01, 0x00, 0x02, 0x06,
    0x04, 0x08, 0x00, 0x80, 0x01, 0x04, 0x00, 0x00, 0x01, 0x05, 0x01, 0x95, 0x01, 0x00, 0x05, 0x1a,
    0x06, 0x01, 0x03, 0x00, 0x94, 0x06, 0x02, 0x00, 0x0a, 0x00, 0x12, 0x00, 0x17, 0x00, 0x18, 0x01,
    0x01, 0x01, 0x00, 0x85, 0x08, 0x00, 0x18, 0x01, 0x01, 0x02, 0x00, 0x90, 0x01, 0x08, 0x00, 0xbd,
    0xff, 0x03, 0x07, 0x02, 0x00, 0x00, 0x00, 0x96, 0x07, 0x05, 0x01, 0x00, 0x05, 0x98, 0x09, 0x00,
    0x00, 0x00, 0x18, 0x01, 0x00, 0x01, 0x00, 0x0b, 0x01, 0x00, 0x01, 0x06, 0x02, 0x00, 0x00, 0x81,
    0x00, 0x02, 0x00, 0x00, 0x7d, 0x00, 0x02, 0x00, 0x00, 0x98, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x0e, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x01, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66,
    0x67, 0x68, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x73,
    0x71, 0x00, 0x74, 0x2e, 0x6f, 0x75, 0x74, 0x00, 0x74, 0x2e, 0x70, 0x65, 0x65, 0x6b, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00,
};

START_TEST(test_budget_endless_loop)
{
    memcpy(img, endless_jtab_image, sizeof endless_jtab_image);
    imglen = sizeof endless_jtab_image;
    ck_assert_msg(load() == 0, "%s", err);
    expect_fault(ck_vm_run(&vm, 5000), CK_FAULT_BUDGET, 0, 71);
    ck_assert_uint_eq(vm.regs[1], 3);                 /* stuck at r1 = 3 */
    ck_assert_int_eq(nout, 2 + (5000 - 11) / 5 + 1);  /* one t.out per turn begun */
    ck_assert_msg(load() == 0, "%s", err);
    expect_fault(ck_vm_run(&vm, 3000000), CK_FAULT_BUDGET, 0, 71);
}
END_TEST

/* Mutates the n-byte image good iters times (1..4 byte, bit or word changes or a truncation,
 * usually resealed so that the CRC passes): every rejection has a message, every accepted image
 * runs to an exit or a fault within its budget, with a fault location inside the image. Returns
 * how many mutants loaded. */
static int fuzz(const uint8_t *good, size_t n, int iters, uint32_t x)
{
    int loaded = 0;
    for (int iter = 0; iter < iters; iter++) {
        memcpy(img, good, n);
        imglen = n;
        int k = 1 + (int)(x % 4);
        for (int j = 0; j < k; j++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            size_t at = x % n;
            switch (x >> 28) {
            case 0: img[at] = (uint8_t)(x >> 8); break;
            case 1: img[at] ^= (uint8_t)(1u << (x >> 8 & 7)); break;
            case 2: put32(img + (at & ~(size_t)3) % (n - 3), x >> 4); break;
            case 3: imglen = at + 1; break;
            default: img[at] = (uint8_t)(x >> 16); break;
            }
        }
        if (x & 1) reseal();                          /* usually get past the CRC */
        if (load() == 0) {
            loaded++;
            int rc = ck_vm_run(&vm, 5000);
            ck_assert(rc >= CK_EXIT && rc < CK_FAULT_COUNT);
            if (rc != CK_EXIT) {
                ck_assert_uint_lt(vm.fault.func, vm.nfuncs);
                ck_assert_uint_lt(vm.fault.pc, get32(img + get32(img + 32 + 4) + 16 * vm.fault.func + 4));
            }
        } else {
            ck_assert_msg(err[0] && strlen(err) < sizeof err, "empty or unterminated message");
            terse_same(img, (uint32_t)imglen, arena, arena_size, mem_size, err);
        }
    }
    return loaded;
}

START_TEST(test_fuzz)
{
    static uint8_t good[2][1 << 12];
    size_t n[2];
    /* a base with some of everything: loops, calls, memory, natives, jump tables */
    reset();
    import("t.out", 1, 1, 0);
    import("t.peek", 1, 1, 1);
    memcpy(T.ro, "abcdefgh", 8);
    T.nro = 8;
    T.ndata = 8;
    T.bss = 32;
    tfunc *f = func("main", 0, 1, 8, 16);
    op(f, CK_OP_LIH, 1, 0);
    label(f, 0);
    op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_ADD, 2, 2, 1);
    op(f, CK_OP_LD8U, 3, 2, 0);
    op(f, CK_OP_CALLN, 0, 3);
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_FRAME, 4, 8);
    op(f, CK_OP_ST32, 1, 4, 0);
    op(f, CK_OP_MOV, 5, 1);
    op(f, CK_OP_CALL, 1, 5);
    op(f, CK_OP_ANDI, 6, 1, 3);
    /* r1 & 3: 0 -> +1, 1 -> +2, default -> +3 (every path moves r1 on: 0, 1, 3, 6, 9) */
    op(f, CK_OP_JTAB, 6, 2, 1, 2, 4);
    label(f, 1); op(f, CK_OP_ADDI, 1, 1, 1); op(f, CK_OP_JMP, 3);
    label(f, 4); op(f, CK_OP_ADDI, 1, 1, 3); op(f, CK_OP_JMP, 3);
    label(f, 2); op(f, CK_OP_ADDI, 1, 1, 2);
    label(f, 3);
    op(f, CK_OP_BLTSI, 1, 8, 0);
    op(f, CK_OP_LI, 7, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 7, 5);
    op(f, CK_OP_MOV, 0, 5);
    op(f, CK_OP_RET);
    f = func("sq", 1, 1, 3, 8);
    op(f, CK_OP_MUL, 0, 0, 0);
    op(f, CK_OP_ADDI, 1, 0, 1);
    op(f, CK_OP_DIVU, 1, 0, 1);
    op(f, CK_OP_FRAME, 2, 0);
    op(f, CK_OP_ST64, 0, 2, 0);
    op(f, CK_OP_LD64, 0, 2, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 36 * 36);       /* r1 = 0, 1, 3, 6, 9; calli sq(sq(6)) */
    build();
    n[0] = imglen;
    memcpy(good[0], img, imglen);

    /* a second base: 64-bit, float and bulk-memory instructions, select, calli, compare branches */
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 1, 16, 32);
    op(f, CK_OP_LIH, 1, 0);
    label(f, 0);
    op(f, CK_OP_LI64, 2, (uint64_t)0x123456789ull);
    op(f, CK_OP_SEXT64, 4, 1);
    op(f, CK_OP_ADD64, 2, 2, 4);
    op(f, CK_OP_MUL64, 4, 2, 2);
    op(f, CK_OP_DIVU64, 6, 4, 2);
    op(f, CK_OP_SHL64, 4, 4, 1);
    op(f, CK_OP_I2D, 8, 1);
    op(f, CK_OP_SQRTD, 8, 8);
    op(f, CK_OP_D2I, 10, 8);
    op(f, CK_OP_I2F, 11, 1);
    op(f, CK_OP_MULF, 11, 11, 11);
    op(f, CK_OP_F2I, 12, 11);
    op(f, CK_OP_FRAME, 13, 0);
    op(f, CK_OP_ST64, 6, 13, 8);
    op(f, CK_OP_FRAME, 14, 8);
    op(f, CK_OP_LIH, 15, 8);
    op(f, CK_OP_MEMCPY, 13, 14, 15);
    op(f, CK_OP_MEMSET, 14, 1, 15);
    op(f, CK_OP_LD64, 4, 13, 0);
    op(f, CK_OP_SELECT, 12, 1, 10, 12);
    op(f, CK_OP_LI, 10, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_MOV, 14, 12);
    op(f, CK_OP_MOV, 15, 4);
    op(f, CK_OP_CALLI, 10, 14);
    op(f, CK_OP_CALLN, 0, 14);
    op(f, CK_OP_ADDI, 1, 1, 1);
    op(f, CK_OP_BNE, 1, 15, 1);
    label(f, 1);
    op(f, CK_OP_BLTSI, 1, 6, 0);
    op(f, CK_OP_MOV, 0, 14);
    op(f, CK_OP_RET);
    f = func("mix", 2, 1, 4, 0);
    op(f, CK_OP_XOR, 2, 0, 1);
    op(f, CK_OP_ORI, 3, 1, 1);
    op(f, CK_OP_REMS, 0, 2, 3);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 6);
    build();
    n[1] = imglen;
    memcpy(good[1], img, imglen);

    /* CK_VM_FUZZ_ITERS=N CK_VM_FUZZ_SEED=S run a longer campaign (the watchdog is off then) */
    const char *iters = getenv("CK_VM_FUZZ_ITERS"), *seed = getenv("CK_VM_FUZZ_SEED");
    int it = iters ? atoi(iters) : 60000;
    uint32_t sd = seed ? (uint32_t)strtoul(seed, NULL, 0) | 1u : 1u;
    int loaded0 = fuzz(good[0], n[0], it, 12345u * sd);
    int loaded1 = fuzz(good[1], n[1], it, 987654321u * sd);
    ck_assert_int_gt(loaded0, it / 200);
    ck_assert_int_gt(loaded1, it / 200);
}
END_TEST

/* Random programs: 3 functions of random instructions whose operands are mostly valid (registers
 * inside the window, branch targets on instruction starts, addresses inside memory, existing
 * functions and imports) and sometimes not. Each is loaded; an accepted one runs within its
 * budget to an exit or a fault located inside it. */
static uint32_t rnd_x;
static uint32_t rnd(uint32_t n)
{
    rnd_x ^= rnd_x << 13, rnd_x ^= rnd_x >> 17, rnd_x ^= rnd_x << 5;
    return n ? rnd_x % n : rnd_x;
}

static void random_func(tfunc *f, int nfuncs, int nimports)
{
    uint32_t start[64], fix[64][8], kfix[64][2];
    int ni = 2 + (int)rnd(40), nfix[64] = {0}, nkfix[64] = {0};
    uint32_t nregs = f->nregs;
    for (int i = 0; i < ni; i++) {
        int o = i == ni - 1 ? (rnd(4) ? CK_OP_RET : CK_OP_JMP) : (int)rnd(CK_OP_COUNT);
        start[i] = f->n;
        b8(f, (uint32_t)o);
        for (const char *p = opnds[o]; *p; p++) {
            uint32_t bad = rnd(50) == 0;
            switch (*p) {
            case 'r': b8(f, bad ? rnd(256) : rnd(nregs)); break;
            case 'R': b8(f, bad ? rnd(256) : rnd(nregs - 1)); break;
            case 'c': b8(f, bad ? rnd(256) : rnd(nregs + 1)); break;
            case 'b': b8(f, rnd(256)); break;
            case 'h': case 'u': b16(f, rnd(3) ? rnd(64) - 32 : rnd(0x10000)); break;
            case 'w': b32(f, rnd(2) ? CK_MEM_BASE + rnd(mem_size + 64) : rnd(3) ? rnd(8) : rnd(0)); break;
            case 'd': b64(f, (uint64_t)rnd(0) << 32 | rnd(0)); break;
            case 'f': b16(f, bad ? rnd(0x10000) : rnd((uint32_t)nfuncs)); break;
            case 'n': b16(f, bad ? rnd(0x10000) : rnd((uint32_t)nimports)); break;
            case 'j': fix[i][nfix[i]++] = f->n; b16(f, bad ? rnd(0x10000) : 0); break;
            case 'p': b8(f, bad ? rnd(256) : rnd(nregs < 16 ? nregs : 16) | rnd(nregs < 16 ? nregs : 16) << 4); break;
            case 'q': b8(f, bad ? rnd(256) : rnd(nregs < 16 ? nregs : 16) | rnd(16) << 4); break;
            case 'Q': b8(f, bad ? rnd(256) : rnd(nregs < 16 ? nregs - 1 : 15) | rnd(16) << 4); break;
            case 's': b8(f, rnd(256)); break;
            case 'N': b8(f, bad ? rnd(256) : rnd((uint32_t)nimports)); break;
            case 'k': kfix[i][nkfix[i]++] = f->n; b8(f, bad ? rnd(256) : 0); break;
            case 'T': {
                uint32_t cnt = rnd(4);
                b16(f, cnt);
                for (uint32_t k = 0; k <= cnt; k++) {
                    if (nfix[i] < 8) fix[i][nfix[i]++] = f->n;
                    b16(f, 0);
                }
                break;
            }
            }
        }
    }
    /* branch offsets: mostly to an instruction start, sometimes anywhere near */
    for (int i = 0; i < ni; i++)
        for (int k = 0; k < nfix[i]; k++) {
            int32_t t = rnd(30) ? (int32_t)start[rnd((uint32_t)ni)] : (int32_t)rnd(f->n + 4) - 2;
            put16(f->code + fix[i][k], (uint32_t)(t - (int32_t)start[i]));
        }
    /* 8-bit offsets: mostly to a nearby instruction start, sometimes anywhere near */
    for (int i = 0; i < ni; i++)
        for (int k = 0; k < nkfix[i]; k++) {
            int j = i + (int)rnd(9) - 4;
            j = j < 0 ? 0 : j >= ni ? ni - 1 : j;
            int32_t t = rnd(30) ? (int32_t)start[j] : (int32_t)rnd(f->n + 4) - 2;
            f->code[kfix[i][k]] = (uint8_t)(t - (int32_t)start[i]);
        }
}

START_TEST(test_fuzz_random_code)
{
    const char *iters = getenv("CK_VM_FUZZ_ITERS"), *seed = getenv("CK_VM_FUZZ_SEED");
    int it = iters ? atoi(iters) / 2 : 30000, loaded = 0, ran_long = 0;
    rnd_x = 0x2545f491u * (seed ? (uint32_t)strtoul(seed, NULL, 0) | 1u : 1u);
    for (int iter = 0; iter < it; iter++) {
        reset();
        import("t.out", 1, 1, 0);
        import("t.peek", 1, 1, 1);
        import("t.two", 1, 1, 2);
        import("sys.heap", 1, 0, 2);
        import("t.fail", 1, 0, 0);
        T.nro = 16;
        T.bss = 64;
        int nf = 3;
        for (int i = 0; i < nf; i++) {
            tfunc *f = func(i ? "g" : "main", i ? (int)rnd(3) : 0, (int)rnd(3), 3 + (int)rnd(12),
                            rnd(3) ? rnd(64) : 0);
            random_func(f, nf, 5);
        }
        build();
        if (load() == 0) {
            loaded++;
            int rc = ck_vm_run(&vm, 2000);
            ck_assert(rc >= CK_EXIT && rc < CK_FAULT_COUNT);
            if (rc != CK_EXIT) {
                ck_assert_uint_lt(vm.fault.func, (uint32_t)nf);
                ck_assert_uint_lt(vm.fault.pc, T.f[vm.fault.func].n);
            }
            ran_long += rc == CK_FAULT_BUDGET;
        } else {
            ck_assert_msg(err[0] && strlen(err) < sizeof err, "empty or unterminated message");
        }
    }
    ck_assert_int_gt(loaded, it / 30);
    ck_assert_int_gt(ran_long, it / 3000);
}
END_TEST

/* --- last: every opcode was executed by some test above ---------------------------------------- */
#ifdef CK_VM_PROFILE
/* A -DCK_VM_PROFILE build counts every dispatched opcode and pair: a 3-iteration loop. */
START_TEST(test_profile)
{
    static ck_vm_profile prof;
    reset();
    tfunc *f = func("main", 0, 0, 2, 0);
    op(f, CK_OP_LIH, 1, 3);
    label(f, 0);
    op(f, CK_OP_ADDI, 1, 1, -1);
    op(f, CK_OP_BRNZ, 1, 0);
    op(f, CK_OP_RET);
    build();
    ck_assert_msg(load() == 0, "load failed: %s", err);
    mark_used();
    memset(&prof, 0, sizeof prof);
    vm.profile = &prof;
    ck_assert_int_eq(ck_vm_run(&vm, 0), CK_EXIT);
    ck_assert_uint_eq(prof.count[CK_OP_LIH], 1);
    ck_assert_uint_eq(prof.count[CK_OP_ADDI], 3);
    ck_assert_uint_eq(prof.count[CK_OP_BRNZ], 3);
    ck_assert_uint_eq(prof.count[CK_OP_RET], 1);
    ck_assert_uint_eq(prof.pair[CK_OP_LIH][CK_OP_ADDI], 1);
    ck_assert_uint_eq(prof.pair[CK_OP_BRNZ][CK_OP_ADDI], 2);
    ck_assert_uint_eq(prof.pair[CK_OP_ADDI][CK_OP_BRNZ], 3);
    ck_assert_uint_eq(prof.pair[CK_OP_BRNZ][CK_OP_RET], 1);
    uint64_t total = 0;
    for (int i = 0; i < 256; i++) total += prof.count[i];
    ck_assert_uint_eq(total, 8);
}
END_TEST
#endif

/* Post-increment loads and stores at every byte position around the top of guest memory and
 * just below CK_MEM_BASE (the same bounds as the base+offset forms), the base register moved by
 * the access size, a load into its own base register and a store of it. */
START_TEST(test_postinc_memory)
{
    static const struct { int st, ld, w; uint32_t want; } acc[] = {
        {CK_OP_ST8PI,  CK_OP_LD8UPI,  1, 0xf1}, {CK_OP_ST8PI,  CK_OP_LD8SPI,  1, 0xfffffff1},
        {CK_OP_ST16PI, CK_OP_LD16UPI, 2, 0xf2f1}, {CK_OP_ST16PI, CK_OP_LD16SPI, 2, 0xfffff2f1},
        {CK_OP_ST32PI, CK_OP_LD32PI,  4, 0xf4f3f2f1},
    };
    for (size_t k = 0; k < sizeof acc / sizeof acc[0]; k++) {
        for (uint32_t o = 65536 - 6; o <= 65536 + 1; o++) {
            reset();
            import("t.out", 1, 1, 0);
            tfunc *f = func("main", 0, 0, 6, 0);
            op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + o));
            op(f, CK_OP_MOV, 1, 0);
            op(f, CK_OP_LI, 2, 0xf4f3f2f1u);
            op(f, acc[k].st, 2, 0);                           /* pc 15 */
            op(f, acc[k].ld, 4, 1);
            op(f, CK_OP_CALLN, 0, 4);
            op(f, CK_OP_SUB, 4, 0, 1);                        /* both moved by w: 0 */
            op(f, CK_OP_CALLN, 0, 4);
            op(f, CK_OP_CALLN, 0, 0);
            op(f, CK_OP_RET);
            int rc = run(0);
            if (o + (uint32_t)acc[k].w <= 65536) {
                ck_assert_msg(rc == CK_EXIT, "width %d at size-%u: fault %d", acc[k].w, 65536 - o, rc);
                ck_assert_int_eq(nout, 3);
                ck_assert_msg(outv[0] == acc[k].want, "width %d at size-%u: %08x", acc[k].w, 65536 - o, outv[0]);
                ck_assert_uint_eq(outv[1], 0);
                ck_assert_uint_eq(outv[2], (uint32_t)(CK_MEM_BASE + o + (uint32_t)acc[k].w));
                ck_assert_uint_eq(vm.mem[o], 0xf1);
            } else {
                expect_fault(rc, CK_FAULT_OOB, 0, 15);
                ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE + o);
                if (o < 65536) ck_assert_uint_eq(vm.mem[o], 0);   /* nothing written */
            }
        }
        for (int store = 0; store < 2; store++) {           /* one byte below guest memory */
            reset();
            tfunc *f = func("main", 0, 0, 6, 0);
            op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE - 1));
            op(f, store ? acc[k].st : acc[k].ld, 2, 0);       /* pc 6 */
            op(f, CK_OP_RET);
            expect_fault(run(0), CK_FAULT_OOB, 0, 6);
            ck_assert_uint_eq(vm.fault.addr, CK_MEM_BASE - 1);
        }
    }
    /* the strided forms: the same bounds (a word at the very end fits, one byte further faults,
     * nothing written), any stride, the base register moved after the access */
    for (uint32_t o = 65536 - 5; o <= 65536 - 3; o++) {
        for (int store = 0; store < 2; store++) {
            reset();
            import("t.out", 1, 1, 0);
            tfunc *f = func("main", 0, 0, 4, 0);
            op(f, CK_OP_LI, 0, (uint32_t)(CK_MEM_BASE + o));
            op(f, CK_OP_LI, 1, 0xa1b2c3d4u);
            op(f, store ? CK_OP_ST32PIS : CK_OP_LD32PIS, store ? 1 : 2, 0, -300);   /* pc 12 */
            op(f, CK_OP_CALLN, 0, 0);
            op(f, CK_OP_RET);
            int rc = run(0);
            if (o + 4u <= 65536) {
                ck_assert_int_eq(rc, CK_EXIT);
                ck_assert_uint_eq(outv[0], (uint32_t)(CK_MEM_BASE + o - 300u));
                if (store) ck_assert_uint_eq(vm.mem[o], 0xd4);
            } else {
                expect_fault(rc, CK_FAULT_OOB, 0, 12);
                ck_assert_uint_eq(vm.mem[o], 0);
            }
        }
    }
    /* rd == ra: the loaded value wins; rs == ra: the address before the increment is stored */
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 16;
    tfunc *f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_ST32PI, 0, 0);                                /* mem[0] = CK_MEM_BASE, r0 += 4 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LD32PI, 1, 1);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 2);
    ck_assert_uint_eq(outv[0], (uint32_t)CK_MEM_BASE + 4u);
    ck_assert_uint_eq(outv[1], (uint32_t)CK_MEM_BASE);
}
END_TEST

/* addibnz (rd += h, branch if the new rd != 0; taken branches charged) and mla. */
START_TEST(test_addibnz_mla)
{
    static const struct { uint32_t a; int h; int taken; } cases[] = {
        {1, -1, 0}, {2, -1, 1}, {0, 0, 0}, {0, 1, 1}, {0xffffffff, 1, 0}, {5, -32768, 1}, {0x8000, -32768, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        reset();
        import("t.out", 1, 1, 0);
        tfunc *f = func("main", 0, 0, 4, 0);
        op(f, CK_OP_LI, 0, cases[i].a);
        op(f, CK_OP_LIH, 3, 1);
        op(f, CK_OP_ADDIBNZ, 0, cases[i].h, 1);
        op(f, CK_OP_LIH, 3, 0);
        label(f, 1);
        op(f, CK_OP_CALLN, 0, 3);
        op(f, CK_OP_CALLN, 0, 0);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_int_eq(nout, 2);
        ck_assert_msg(outv[0] == (uint32_t)cases[i].taken, "case %zu", i);
        ck_assert_msg(outv[1] == cases[i].a + (uint32_t)cases[i].h, "case %zu: rd %08x", i, outv[1]);
    }
    /* a countdown loop: 10 iterations, 9 taken branches */
    reset();
    tfunc *f = func("main", 0, 1, 4, 0);
    op(f, CK_OP_LIH, 1, 10);
    op(f, CK_OP_LIH, 0, 0);
    label(f, 0);
    op(f, CK_OP_ADDI, 0, 0, 3);                       /* pc 8 */
    op(f, CK_OP_ADDIBNZ, 1, -1, 0);                   /* pc 13 */
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(9), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 30);
    expect_fault(run(8), CK_FAULT_BUDGET, 0, 13);
    /* mla: wrapping, and rd equal to each operand */
    static const struct { uint32_t a, b, c; } m[] = {
        {6, 7, 8}, {0xffffffff, 3, 2}, {0x10001, 0x10001, 5}, {0x80000000u, 2, 0x80000000u},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
        for (int rd = 0; rd < 4; rd++) {
            reset();
            import("t.out", 1, 1, 0);
            f = func("main", 0, 0, 5, 0);
            op(f, CK_OP_LI, 1, m[i].a);
            op(f, CK_OP_LI, 2, m[i].b);
            op(f, CK_OP_LI, 3, m[i].c);
            op(f, CK_OP_MLA, rd, 1, 2, 3);
            op(f, CK_OP_CALLN, 0, rd);
            op(f, CK_OP_RET);
            ck_assert_int_eq(run(0), CK_EXIT);
            ck_assert_msg(outv[0] == m[i].a * m[i].b + m[i].c, "mla case %zu into r%d: %08x", i, rd, outv[0]);
        }
    }
}
END_TEST

/* selltz, selltu, xorrotli and selbit, with the destination equal to each operand; the short
 * forms li8, li64h, inc, dec. */
START_TEST(test_select_xorrot)
{
    static const uint32_t vals[] = { 0, 1, 5, 0x7fffffff, 0x80000000u, 0xffffffff };
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            for (int rd = 0; rd < 5; rd++) {
                reset();
                import("t.out", 1, 1, 0);
                tfunc *f = func("main", 0, 0, 6, 0);
                op(f, CK_OP_LI, 0, vals[i]);
                op(f, CK_OP_LI, 1, vals[j]);
                op(f, CK_OP_LI, 2, 111);
                op(f, CK_OP_LI, 3, 222);
                op(f, CK_OP_SELLTZ, 4, 0, 2, 3);
                op(f, CK_OP_CALLN, 0, 4);
                op(f, CK_OP_SELLTU, rd, 0, 1, 2, 3);
                op(f, CK_OP_CALLN, 0, rd);
                op(f, CK_OP_LI, 2, 111);
                op(f, CK_OP_LI, 3, 222);
                op(f, CK_OP_LI, 0, vals[i]);
                op(f, CK_OP_LI, 1, vals[j]);
                op(f, CK_OP_XORROTLI, rd, 0, 1, 7 + rd);
                op(f, CK_OP_CALLN, 0, rd);
                op(f, CK_OP_LI, 0, vals[i]);
                op(f, CK_OP_LI, 2, 111);
                op(f, CK_OP_LI, 3, 222);
                op(f, CK_OP_SELBIT, rd, 0, 13 * j + rd, 2, 3);   /* bits 0..69: taken mod 32 */
                op(f, CK_OP_CALLN, 0, rd);
                op(f, CK_OP_RET);
                ck_assert_int_eq(run(0), CK_EXIT);
                ck_assert_int_eq(nout, 4);
                ck_assert_uint_eq(outv[3], vals[i] >> ((13u * (uint32_t)j + (uint32_t)rd) & 31u) & 1u ? 111u : 222u);
                uint32_t x = vals[i] ^ vals[j], s = (uint32_t)(7 + rd) & 31u;
                ck_assert_uint_eq(outv[0], (int32_t)vals[i] < 0 ? 111u : 222u);
                ck_assert_uint_eq(outv[1], vals[i] < vals[j] ? 111u : 222u);
                ck_assert_uint_eq(outv[2], x << s | x >> ((32u - s) & 31u));
            }
        }
    }
    reset();
    import("t.out", 1, 1, 0);
    import("t.out2", 1, 2, 0);
    tfunc *f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LI8, 0, 200);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_INC, 0, 255);
    op(f, CK_OP_CALLN, 0, 0);                     /* 455 */
    op(f, CK_OP_DEC, 0, 200);
    op(f, CK_OP_DEC, 0, 255);
    op(f, CK_OP_CALLN, 0, 0);                     /* 0 */
    op(f, CK_OP_DEC, 0, 1);
    op(f, CK_OP_CALLN, 0, 0);                     /* 0xffffffff */
    op(f, CK_OP_INC, 0, 2);
    op(f, CK_OP_CALLN, 0, 0);                     /* wraps to 1 */
    op(f, CK_OP_LI64H, 2, -32768);
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_LI64H, 2, 1234);
    op(f, CK_OP_CALLN, 1, 2);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = { 200, 455, 0, 0xffffffff, 1, 0xffff8000u, 0xffffffff, 1234, 0 };
    ck_assert_int_eq(nout, 9);
    for (int i = 0; i < 9; i++) ck_assert_msg(outv[i] == want[i], "value %d: %08x", i, outv[i]);
}
END_TEST

/* mac16pi (bounds of both pointers, the pointers moved by 2, sign extension), addbltu (taken
 * branches charged) and muladdf (rounded after the multiply: not a fused multiply-add). */
START_TEST(test_mac_addb_muladd)
{
    /* the values: 10 + (-2 * 5) + (-32768 * -32768), the pointers moved by 4 */
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 16;
    tfunc *f = func("main", 0, 0, 6, 0);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE + 8u);   /* -2, -32768 and 5, -32768 */
    op(f, CK_OP_LI, 3, 0x8000fffeu);
    op(f, CK_OP_ST32, 3, 1, 0);
    op(f, CK_OP_LI, 3, 0x80000005u);
    op(f, CK_OP_ST32, 3, 2, 0);
    op(f, CK_OP_LI8, 0, 10);
    op(f, CK_OP_MAC16PI, 0, 1, 2);
    op(f, CK_OP_MAC16PI, 0, 1, 2);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 3);
    ck_assert_uint_eq(outv[0], 10u - 10u + 0x40000000u);
    ck_assert_uint_eq(outv[1], (uint32_t)CK_MEM_BASE + 4u);
    ck_assert_uint_eq(outv[2], (uint32_t)CK_MEM_BASE + 12u);
    /* out of bounds: either pointer in the last byte of guest memory faults, nothing changes */
    for (int which = 0; which < 2; which++) {
        reset();
        tfunc *g = func("main", 0, 0, 4, 0);
        op(g, CK_OP_LI, 1, (uint32_t)(CK_MEM_BASE + (which ? 0u : 65535u)));
        op(g, CK_OP_LI, 2, (uint32_t)(CK_MEM_BASE + (which ? 65535u : 0u)));
        op(g, CK_OP_MAC16PI, 0, 1, 2);                        /* pc 12 */
        op(g, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_OOB, 0, 12);
        ck_assert_uint_eq(vm.fault.addr, (uint32_t)CK_MEM_BASE + 65535u);
    }
    /* ld32xb: base + byte offset (unscaled, wrapping), the same bounds as the other loads */
    for (uint32_t o = 65536 - 6; o <= 65536 + 1; o++) {
        reset();
        import("t.out", 1, 1, 0);
        tfunc *g = func("main", 0, 0, 4, 0);
        op(g, CK_OP_LI, 1, (uint32_t)(CK_MEM_BASE + o + 7u));
        op(g, CK_OP_LI, 2, (uint32_t)-7);
        op(g, CK_OP_LD32XB, 0, 1, 2);                  /* pc 12 */
        op(g, CK_OP_CALLN, 0, 0);
        op(g, CK_OP_RET);
        int rc = run(0);
        if (o + 4u <= 65536) ck_assert_int_eq(rc, CK_EXIT);
        else {
            expect_fault(rc, CK_FAULT_OOB, 0, 12);
            ck_assert_uint_eq(vm.fault.addr, (uint32_t)(CK_MEM_BASE + o));
        }
    }
    /* addbltu: 0 += 7 while below 30 (4 taken branches) */
    reset();
    f = func("main", 0, 1, 4, 0);
    op(f, CK_OP_LIH, 1, 0);
    op(f, CK_OP_LIH, 2, 7);
    op(f, CK_OP_LIH, 3, 30);
    op(f, CK_OP_LIH, 0, 0);
    label(f, 0);
    op(f, CK_OP_INC, 0, 1);                           /* pc 16 */
    op(f, CK_OP_ADDBLTU, 1, 2, 3, 0);                 /* pc 19 */
    op(f, CK_OP_ADD, 0, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(4), CK_EXIT);
    ck_assert_uint_eq(vm.exit_status, 5u + 35u);
    expect_fault(run(3), CK_FAULT_BUDGET, 0, 19);
    /* muladdf: (1 + 2^-12)^2 - (1 + 2^-11) is 0 with two roundings (2^-24 if fused) */
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LI, 1, 0x3f800800u);
    op(f, CK_OP_LI, 2, 0xbf801000u);
    op(f, CK_OP_MULADDF, 0, 1, 1, 2);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 1, 0x40000000u);
    op(f, CK_OP_LI, 2, 0x3f800000u);
    op(f, CK_OP_MULADDF, 2, 1, 1, 2);                 /* into rc: 2 * 2 + 1 = 5 */
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_LI, 1, 0x3f800800u);
    op(f, CK_OP_LI, 2, 0xbf801000u);
    op(f, CK_OP_MULFADDF, 1, 1, 1, 2);                /* the product first, into ra: 0 */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(outv[0], 0);
    ck_assert_uint_eq(outv[1], 0x40a00000u);
    ck_assert_uint_eq(outv[2], 0);
}
END_TEST

/* mac32pis (32-bit wrapping product, ra moved by 4 and rb by the signed stride, operands that
 * alias, the bounds of both pointers) and crcshl (the bit tested modulo 32, the sign-extended
 * immediate, no truncation of the shifted value). */
START_TEST(test_mac32_crc)
{
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 32;
    tfunc *f = func("main", 0, 0, 6, 0);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);        /* 3, 0x10000 */
    op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE + 8u);   /* -1, 7, 0x10000 */
    op(f, CK_OP_LI8, 3, 3);
    op(f, CK_OP_ST32, 3, 1, 0);
    op(f, CK_OP_LI, 3, 0x10000u);
    op(f, CK_OP_ST32, 3, 1, 4);
    op(f, CK_OP_ST32, 3, 2, 8);
    op(f, CK_OP_LI, 3, 0xffffffffu);
    op(f, CK_OP_ST32, 3, 2, 0);
    op(f, CK_OP_LI8, 3, 7);
    op(f, CK_OP_ST32, 3, 2, 4);
    op(f, CK_OP_LI8, 0, 10);
    op(f, CK_OP_MAC32PIS, 0, 1, 2, 8);                /* 10 + 3 * -1 */
    op(f, CK_OP_MAC32PIS, 0, 1, 2, -6);               /* + 0x10000 * 0x10000: wraps to 0 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_LI, 3, (uint32_t)CK_MEM_BASE + 12u);
    op(f, CK_OP_MAC32PIS, 3, 3, 3, 100);              /* rd = ra = rb: the pointer + the stride wins */
    op(f, CK_OP_CALLN, 0, 3);
    op(f, CK_OP_LI8, 4, 1);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + 12u);
    op(f, CK_OP_MAC32PIS, 4, 1, 1, -12);              /* ra = rb: 1 + 7 * 7, the pointer moved by -12 */
    op(f, CK_OP_CALLN, 0, 4);
    op(f, CK_OP_CALLN, 0, 1);
    /* crcshl */
    op(f, CK_OP_LI, 1, 0x8001u);
    op(f, CK_OP_CRCSHL, 0, 1, 15, 0x1021);            /* 0x10002 ^ 0x1021 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_CRCSHL, 0, 1, 14, 0x1021);            /* bit 14 clear */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 1, 0x80000001u);
    op(f, CK_OP_CRCSHL, 1, 1, 63, -2);                /* bit 63 & 31 = 31, into ra: 2 ^ 0xfffffffe */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CRCSHL, 1, 1, 0, 7);                  /* bit 0 clear */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = { 7, (uint32_t)CK_MEM_BASE + 8u, (uint32_t)CK_MEM_BASE + 10u, (uint32_t)CK_MEM_BASE + 112u,
                        50, (uint32_t)CK_MEM_BASE, 0x11023u, 0x10002u, 0xfffffffcu, 0xfffffff8u };
    ck_assert_int_eq(nout, 10);
    for (int i = 0; i < 10; i++) ck_assert_msg(outv[i] == want[i], "value %d: %08x", i, outv[i]);
    /* bounds: a 4-byte access at the last word of guest memory is fine, a byte further, below the
     * base or at 0 faults, whichever pointer it is; the fault reports the address */
    static const uint32_t addrs[] = { CK_MEM_BASE + 65532u, CK_MEM_BASE + 65533u, CK_MEM_BASE + 65535u,
                                      CK_MEM_BASE - 4u, 0 };
    for (int which = 0; which < 2; which++)
        for (int a = 0; a < 5; a++) {
            reset();
            tfunc *g = func("main", 0, 1, 4, 0);
            op(g, CK_OP_LI, 1, which ? (uint32_t)CK_MEM_BASE : addrs[a]);
            op(g, CK_OP_LI, 2, which ? addrs[a] : (uint32_t)CK_MEM_BASE);
            op(g, CK_OP_LI8, 0, 0);
            op(g, CK_OP_MAC32PIS, 0, 1, 2, 4);            /* pc 15 */
            op(g, CK_OP_RET);
            expect_exit_or_oob(run(0), !a, 15, addrs[a]);
        }
}
END_TEST

/* mac16pisr (the signed product shifted down arithmetically by b & 31 before it is added, both
 * pointers moved by 2, operands that alias, the bounds of both pointers) and stbclr (the word at
 * ra + (rb >> 5) * 4, bit rb & 31, unaligned arrays, the bounds). */
START_TEST(test_mac16sr_bitclr)
{
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 32;
    tfunc *f = func("main", 0, 0, 6, 0);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);        /* int16: -3, 0x8000 */
    op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE + 8u);   /* int16: 5, 0x8000 */
    op(f, CK_OP_LI, 3, 0x8000fffdu);
    op(f, CK_OP_ST32, 3, 1, 0);
    op(f, CK_OP_LI, 3, 0x80000005u);
    op(f, CK_OP_ST32, 3, 2, 0);
    op(f, CK_OP_LI8, 0, 10);
    op(f, CK_OP_MAC16PISR, 0, 1, 2, 2);               /* 10 + (-15 >> 2) = 10 - 4 */
    op(f, CK_OP_MAC16PISR, 0, 1, 2, 62);              /* + (0x40000000 >> 30) = 7 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_LI, 3, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_MAC16PISR, 3, 3, 3, 0);               /* rd = ra = rb: the pointer + 2 wins */
    op(f, CK_OP_CALLN, 0, 3);
    op(f, CK_OP_LI, 4, 0xffffffffu);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_MAC16PISR, 4, 1, 1, 0);               /* ra = rb: -1 + 9 = 8, the pointer moved by 2 */
    op(f, CK_OP_CALLN, 0, 4);
    op(f, CK_OP_CALLN, 0, 1);
    /* stbclr */
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + 16u);
    op(f, CK_OP_LI, 3, 0xffffffffu);
    op(f, CK_OP_ST32, 3, 1, 0);
    op(f, CK_OP_ST32, 3, 1, 4);
    op(f, CK_OP_LI8, 2, 63);
    op(f, CK_OP_STBCLR, 1, 2);                        /* word 1, bit 31 */
    op(f, CK_OP_LI8, 2, 4);
    op(f, CK_OP_STBCLR, 1, 2);                        /* word 0, bit 4 */
    op(f, CK_OP_LD32, 0, 1, 0);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LD32, 0, 1, 4);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + 19u);  /* unaligned: bytes 19..22 */
    op(f, CK_OP_LI8, 2, 8);
    op(f, CK_OP_STBCLR, 1, 2);                        /* bit 0 of byte 20 */
    op(f, CK_OP_LD32, 0, 1, -3);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_LD32, 0, 1, 1);
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    uint32_t want[] = { 7, (uint32_t)CK_MEM_BASE + 4u, (uint32_t)CK_MEM_BASE + 12u, (uint32_t)CK_MEM_BASE + 2u,
                        8, (uint32_t)CK_MEM_BASE + 2u, 0xffffffefu, 0x7fffffffu, 0xffffffefu, 0x7ffffffeu };
    ck_assert_int_eq(nout, 10);
    for (int i = 0; i < 10; i++) ck_assert_msg(outv[i] == want[i], "value %d: %08x", i, outv[i]);
    /* bounds: mac16pisr's 2-byte access at the last halfword is fine, a byte further, below the
     * base or at 0 faults, whichever pointer it is; stbclr's 4-byte word likewise (bit 5 of
     * the word at ra); the fault reports the address */
    static const uint32_t addrs[] = { CK_MEM_BASE + 65534u, CK_MEM_BASE + 65535u, CK_MEM_BASE + 65536u,
                                      CK_MEM_BASE - 2u, 0 };
    static const uint32_t words[] = { CK_MEM_BASE + 65532u, CK_MEM_BASE + 65533u, CK_MEM_BASE + 65536u,
                                      CK_MEM_BASE - 4u, 0 };
    for (int which = 0; which < 3; which++)
        for (int a = 0; a < 5; a++) {
            reset();
            tfunc *g = func("main", 0, 1, 4, 0);
            if (which < 2) {
                op(g, CK_OP_LI, 1, which ? (uint32_t)CK_MEM_BASE : addrs[a]);
                op(g, CK_OP_LI, 2, which ? addrs[a] : (uint32_t)CK_MEM_BASE);
                op(g, CK_OP_LI8, 0, 0);
                op(g, CK_OP_MAC16PISR, 0, 1, 2, 6);       /* pc 15 */
            } else {
                op(g, CK_OP_LI, 1, words[a]);
                op(g, CK_OP_LI, 2, 5);
                op(g, CK_OP_LI8, 0, 0);
                op(g, CK_OP_STBCLR, 1, 2);                /* pc 15 */
            }
            op(g, CK_OP_RET);
            expect_exit_or_oob(run(0), !a, 15, which < 2 ? addrs[a] : words[a]);
        }
}
END_TEST

/* ld32bne and ld32xbz: a list walk (found after one step, not found at the end of the list),
 * each branch taken and not; the same memory bounds as ld32, the fault at the instruction. */
START_TEST(test_tree_walk)
{
    static const struct { uint32_t key, status; } cases[] = { { 9, 11 }, { 8, 1000 }, { 7, 8 } };
    for (int c = 0; c < 3; c++) {
        reset();
        T.bss = 32;
        tfunc *f = func("main", 0, 1, 7, 0);
        op(f, CK_OP_LI, 5, (uint32_t)CK_MEM_BASE);
        op(f, CK_OP_LI8, 6, 7);
        op(f, CK_OP_ST32, 6, 5, 0);
        op(f, CK_OP_LI, 6, (uint32_t)CK_MEM_BASE + 16u);
        op(f, CK_OP_ST32, 6, 5, 4);
        op(f, CK_OP_LI8, 6, 9);
        op(f, CK_OP_ST32, 6, 5, 16);
        op(f, CK_OP_MOV, 1, 5);
        op(f, CK_OP_LI, 2, cases[c].key);
        op(f, CK_OP_LI8, 4, 4);
        op(f, CK_OP_LI8, 0, 0);
        label(f, 0);
        op(f, CK_OP_INC, 0, 1);
        op(f, CK_OP_LD32BNE, 3, 1, 2, 1);             /* key != wanted: to the next node */
        op(f, CK_OP_ADD, 0, 0, 3);                    /* found: steps + key */
        op(f, CK_OP_RET);
        label(f, 1);
        op(f, CK_OP_LD32XBZ, 1, 1, 4, 2);             /* next == 0: not found */
        op(f, CK_OP_JMP, 0);
        label(f, 2);
        op(f, CK_OP_LI, 0, 1000u);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_uint_eq(vm.exit_status, cases[c].status);
    }
    /* bounds: the word at the top of memory is fine, a byte further, below the base or at 0
     * faults; ld32xbz's address is rb + ro (here rb the base, ro the offset) */
    static const uint32_t words[] = { CK_MEM_BASE + 65532u, CK_MEM_BASE + 65533u, CK_MEM_BASE + 65536u,
                                      CK_MEM_BASE - 4u, 0 };
    for (int which = 0; which < 2; which++)
        for (int a = 0; a < 5; a++) {
            reset();
            tfunc *g = func("main", 0, 1, 4, 0);
            op(g, CK_OP_LI, 1, which ? (uint32_t)CK_MEM_BASE : words[a]);
            op(g, CK_OP_LI, 3, which ? words[a] - (uint32_t)CK_MEM_BASE : 0u);
            op(g, CK_OP_LI8, 0, 0);
            if (which) op(g, CK_OP_LD32XBZ, 2, 1, 3, 0);  /* pc 15 */
            else op(g, CK_OP_LD32BNE, 2, 1, 3, 0);        /* pc 15 */
            label(g, 0);
            op(g, CK_OP_RET);
            expect_exit_or_oob(run(0), !a, 15, words[a]);
        }
}
END_TEST

/* ld8upibnz, eq64bz and ltfbnz: each taken and not, the register they write, rd over an operand,
 * and ld8upibnz's bounds (the fault at the instruction, before any register is written);
 * addxorrotli with its registers apart and aliased. */
/* opc rd, a, b to label 0, then r0 = 100 + rd falling through, 50 + rd branching. */
static void compare_branch(tfunc *f, int opc, int rd, int a, int b)
{
    op(f, opc, rd, a, b, 0);
    op(f, CK_OP_LI8, 0, 100);
    op(f, CK_OP_ADD, 0, 0, rd);
    op(f, CK_OP_RET);
    label(f, 0);
    op(f, CK_OP_LI8, 0, 50);
    op(f, CK_OP_ADD, 0, 0, rd);
    op(f, CK_OP_RET);
}

START_TEST(test_fused_tests)
{
    /* strlen of "abc": the loop ends one past the nul; rd = rb: the byte wins over the address */
    for (int same = 0; same < 2; same++) {
        reset();
        T.bss = 8;
        tfunc *f = func("main", 0, 1, 4, 0);
        op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
        op(f, CK_OP_LI, 2, 0x00636261u);
        op(f, CK_OP_ST32, 2, 1, 0);
        if (same) {
            op(f, CK_OP_LI, 2, (uint32_t)CK_MEM_BASE + 1u);
            op(f, CK_OP_LD8UPIBNZ, 2, 2, 0);          /* 'b' != 0: taken, r2 = 'b' */
            op(f, CK_OP_RET);                          /* r0 = 0 */
            label(f, 0);
            op(f, CK_OP_MOV, 0, 2);
            op(f, CK_OP_RET);
        } else {
            op(f, CK_OP_LI, 2, 7u);
            label(f, 0);
            op(f, CK_OP_LD8UPIBNZ, 2, 1, 0);
            op(f, CK_OP_SHLI, 1, 1, 8);                /* (one past the nul) << 8 | last byte */
            op(f, CK_OP_OR, 0, 1, 2);
            op(f, CK_OP_RET);
        }
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_uint_eq(vm.exit_status, same ? 0x62u : (uint32_t)(CK_MEM_BASE + 4u) << 8);
    }
    static const uint32_t bytes[] = { CK_MEM_BASE + 65535u, CK_MEM_BASE + 65536u, CK_MEM_BASE - 1u, 0 };
    for (int a = 0; a < 4; a++) {
        reset();
        tfunc *g = func("main", 0, 1, 3, 0);
        op(g, CK_OP_LI, 1, bytes[a]);
        op(g, CK_OP_LI8, 2, 5);
        op(g, CK_OP_LD8UPIBNZ, 2, 1, 0);              /* pc 9; memory is zero: not taken */
        label(g, 0);
        op(g, CK_OP_ADD, 0, 1, 2);
        op(g, CK_OP_RET);
        expect_exit_or_oob(run(0), !a, 9, bytes[a]);
        if (!a) ck_assert_uint_eq(vm.exit_status, bytes[0] + 1u);
    }
    /* eq64bz: equal (falls through, rd = 1), unequal in the low or the high word (branches, rd = 0);
     * rd over Ra's low word */
    static const uint64_t other[] = { 0x123456789ull, 0x123456788ull, 0x223456789ull };
    for (int c = 0; c < 6; c++) {
        reset();
        tfunc *f = func("main", 0, 1, 6, 0);
        op(f, CK_OP_LI64, 2, (uint64_t)0x123456789ull);
        op(f, CK_OP_LI64, 4, other[c % 3]);
        op(f, CK_OP_LI8, 1, 9);
        compare_branch(f, CK_OP_EQ64BZ, c < 3 ? 1 : 2, 2, 4);
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_uint_eq(vm.exit_status, c % 3 ? 50u : 101u);
    }
    /* ltfbnz: less (branches, rd = 1), greater, equal (-0 and +0), unordered (fall through, rd = 0) */
    static const uint32_t lt_a[] = { 0x3f800000u, 0x40000000u, 0x80000000u, 0x7fc00000u },  /* 1, 2, -0, NaN */
                          lt_b[] = { 0x40000000u, 0x3f800000u, 0x00000000u, 0x3f800000u },  /* 2, 1, +0, 1 */
                          lt_st[] = { 51, 100, 100, 100 };
    for (int c = 0; c < 8; c++) {
        reset();
        tfunc *f = func("main", 0, 1, 4, 0);
        op(f, CK_OP_LI, 1, lt_a[c % 4]);
        op(f, CK_OP_LI, 2, lt_b[c % 4]);
        op(f, CK_OP_LI8, 3, 9);
        compare_branch(f, CK_OP_LTFBNZ, c < 4 ? 3 : 1, 1, 2);   /* rd over ra */
        ck_assert_int_eq(run(0), CK_EXIT);
        ck_assert_uint_eq(vm.exit_status, lt_st[c % 4]);
    }
    /* addxorrotli: ra += rb, then rd = rotl(rd ^ ra, s); in sequence, so rd = rb reads rb as it is
     * and rd = ra gives 0 */
    static const int arx_d[] = { 3, 2, 1 };
    for (int c = 0; c < 3; c++) {
        reset();
        tfunc *f = func("main", 0, 1, 4, 0);
        op(f, CK_OP_LI, 1, 0x12345678u);
        op(f, CK_OP_LI, 2, 0x01010101u);
        op(f, CK_OP_LI, 3, 0xf0f0f0f0u);
        op(f, CK_OP_ADDXORROTLI, 1, 2, arx_d[c], 36);    /* s = 36 & 31 = 4 */
        op(f, CK_OP_XOR, 0, 1, arx_d[c]);
        op(f, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
        uint32_t a = 0x12345678u + 0x01010101u, d = c == 0 ? 0xf0f0f0f0u : c == 1 ? 0x01010101u : a;
        uint32_t x = d ^ a, rot = x << 4 | x >> 28;
        ck_assert_uint_eq(vm.exit_status, c == 2 ? 0u : (a ^ rot));
    }
}
END_TEST

/* dot16, dot32s, dot16sr: a whole multiply-accumulate loop (registers after it as the loop leaves
 * them: rc = 0, the pointers past the end); a fault in the middle leaves them as they were before
 * the faulting step; the loop's n - 1 back edges are charged first, rc = 0 meaning 2^32 steps. */
static void dot_data(tfunc *f)
{
    static const int16_t a16[] = { 2, -3, 4 }, b16[] = { 5, 6, -7 };
    static const int32_t a32[] = { 3, 5, 7 }, b32[] = { 2, 4, 6 };
    op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
    for (int k = 0; k < 3; k++) {
        op(f, CK_OP_LIH, 2, a16[k]);
        op(f, CK_OP_ST16, 2, 1, 2 * k);
        op(f, CK_OP_LIH, 2, b16[k]);
        op(f, CK_OP_ST16, 2, 1, 16 + 2 * k);
        op(f, CK_OP_LIH, 2, a32[k]);
        op(f, CK_OP_ST32, 2, 1, 32 + 4 * k);
        op(f, CK_OP_LIH, 2, b32[k]);
        op(f, CK_OP_ST32, 2, 1, 64 + 8 * k);           /* every other word: dot32s's step 8 */
    }
}

START_TEST(test_dot)
{
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 96;
    tfunc *f = func("main", 0, 0, 8, 0);
    dot_data(f);
    static const struct { int op; uint32_t acc, a, b, extra; } run1[] = {
        { CK_OP_DOT16, 100, 0, 16, 0 }, { CK_OP_DOT16SR, 0, 0, 16, 1 }, { CK_OP_DOT32S, 1, 32, 64, 8 },
    };
    for (int c = 0; c < 3; c++) {
        op(f, CK_OP_LI, 3, run1[c].acc);
        op(f, CK_OP_LI, 4, (uint32_t)CK_MEM_BASE + run1[c].a);
        op(f, CK_OP_LI, 5, (uint32_t)CK_MEM_BASE + run1[c].b);
        op(f, CK_OP_LI8, 6, 3);
        if (run1[c].op == CK_OP_DOT16) op(f, CK_OP_DOT16, 3, 4, 5, 6);
        else op(f, run1[c].op, 3, 4, 5, 6, (int)run1[c].extra);
        for (int q = 3; q <= 6; q++) op(f, CK_OP_CALLN, 0, q);
    }
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    const uint32_t B = CK_MEM_BASE;
    const uint32_t want[] = { 100u + 10u - 18u - 28u, B + 6u, B + 22u, 0,     /* dot16 */
                              (uint32_t)(5 - 9 - 14), B + 6u, B + 22u, 0,   /* dot16sr 1: each product >> 1 */
                              1u + 6u + 20u + 42u, B + 44u, B + 88u, 0 };   /* dot32s, rb steps 8 */
    ck_assert_int_eq(nout, 12);
    for (int k = 0; k < 12; k++) ck_assert_msg(outv[k] == want[k], "value %d: %u, expected %u", k, outv[k], want[k]);

    /* the second step reads past the top: a fault there, the registers after the first step */
    for (int which = 0; which < 2; which++) {
        reset();
        tfunc *g = func("main", 0, 1, 8, 0);
        op(g, CK_OP_LI8, 3, 7);
        op(g, CK_OP_LI, 4, which ? (uint32_t)CK_MEM_BASE : (uint32_t)CK_MEM_BASE + 65532u);
        op(g, CK_OP_LI, 5, which ? (uint32_t)CK_MEM_BASE + 65532u : (uint32_t)CK_MEM_BASE);
        op(g, CK_OP_LI8, 6, 3);
        op(g, CK_OP_DOT32S, 3, 4, 5, 6, which ? 4 : 0);  /* pc 18 */
        op(g, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_OOB, 0, 18);
        ck_assert_uint_eq(vm.fault.addr, (uint32_t)CK_MEM_BASE + 65536u);
        ck_assert_uint_eq(vm.regs[3], 7);               /* memory is zero: nothing added */
        ck_assert_uint_eq(vm.regs[4], which ? (uint32_t)CK_MEM_BASE + 4u : (uint32_t)CK_MEM_BASE + 65536u);
        ck_assert_uint_eq(vm.regs[5], which ? (uint32_t)CK_MEM_BASE + 65536u : (uint32_t)CK_MEM_BASE);
        ck_assert_uint_eq(vm.regs[6], 2);               /* two steps left */
    }

    /* the budget: n - 1 units before the first step, or a fault at the instruction with the
     * registers untouched; rc = 0 asks for 2^32 - 1 */
    for (int c = 0; c < 3; c++) {
        reset();
        tfunc *g = func("main", 0, 1, 8, 0);
        op(g, CK_OP_LI8, 3, 0);
        op(g, CK_OP_LI, 4, (uint32_t)CK_MEM_BASE);
        op(g, CK_OP_LI, 5, (uint32_t)CK_MEM_BASE);
        op(g, CK_OP_LI8, 6, c == 2 ? 0 : 5);
        op(g, CK_OP_DOT16, 3, 4, 5, 6);                 /* pc 18 */
        op(g, CK_OP_MOV, 0, 6);
        op(g, CK_OP_RET);
        if (c == 0) {
            ck_assert_int_eq(run(4), CK_EXIT);
            ck_assert_uint_eq(vm.exit_status, 0);
            continue;
        }
        expect_fault(run(c == 1 ? 3 : 1000000), CK_FAULT_BUDGET, 0, 18);
        ck_assert_uint_eq(vm.regs[4], (uint32_t)CK_MEM_BASE);
        ck_assert_uint_eq(vm.regs[6], c == 2 ? 0u : 5u);
    }
}
END_TEST

/* skipstr rd, rb: rb moves past the next 0 byte and rd = 0, charged one unit per byte before it;
 * at the end of guest memory without a 0: rb = the end, rd = the last byte, a fault there; the
 * budget fault (n units short) changes nothing. */
START_TEST(test_skipstr)
{
    static const struct { uint32_t start, budget; int fault; uint32_t rb, rd; } cases[] = {
        { 0, 0, 0, 4, 0 },                  /* "abc\0": past the 0 */
        { 3, 0, 0, 4, 0 },                  /* at the 0 itself: one byte, no charge */
        { 0, 2, CK_FAULT_BUDGET, 0, 9 },    /* "abc" needs three units */
        { 65532, 0, CK_FAULT_OOB, 65536, 0x7a }, /* "zzzz" up to the end of memory */
        { 65536, 0, CK_FAULT_OOB, 65536, 9 },    /* already outside */
    };
    for (int c = 0; c < 5; c++) {
        reset();
        tfunc *f = func("main", 0, 1, 4, 0);
        op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE);
        op(f, CK_OP_LI, 2, 0x00636261u);
        op(f, CK_OP_ST32, 2, 1, 0);
        op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + 65532u);
        op(f, CK_OP_LI, 2, 0x7a7a7a7au);
        op(f, CK_OP_ST32, 2, 1, 0);
        op(f, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + cases[c].start);
        op(f, CK_OP_LI8, 3, 9);
        op(f, CK_OP_SKIPSTR, 3, 1);                     /* pc 43 */
        op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
        op(f, CK_OP_SUB, 0, 1, 0);
        op(f, CK_OP_SHLI, 0, 0, 8);
        op(f, CK_OP_OR, 0, 0, 3);
        op(f, CK_OP_RET);
        int rc = run(cases[c].budget);
        if (!cases[c].fault) {
            ck_assert_int_eq(rc, CK_EXIT);
            ck_assert_uint_eq(vm.exit_status, cases[c].rb << 8 | cases[c].rd);
            continue;
        }
        expect_fault(rc, cases[c].fault, 0, 43);
        ck_assert_uint_eq(vm.regs[1], (uint32_t)CK_MEM_BASE + cases[c].rb);
        ck_assert_uint_eq(vm.regs[3], cases[c].rd);
        if (cases[c].fault == CK_FAULT_OOB) ck_assert_uint_eq(vm.fault.addr, (uint32_t)CK_MEM_BASE + 65536u);
    }
}
END_TEST

/* The narrow forms compute what their wide forms do: registers packed in nibbles, byte offsets
 * and immediates, 8-bit branch offsets (taken and not), and the same memory bounds. */
START_TEST(test_narrow_forms)
{
    reset();
    import("t.out", 1, 1, 0);
    T.bss = 16;
    tfunc *f = func("main", 0, 0, 17, 0);
    op(f, CK_OP_LI, 15, 0x80000003u);
    op(f, CK_OP_MOVN, 1, 15);                     /* r1 = r15 */
    op(f, CK_OP_LIN, 2, 15);                      /* 15 */
    op(f, CK_OP_INCN, 2, 15);                     /* 30 */
    op(f, CK_OP_ADDN, 3, 1, 2);                   /* 0x80000021 */
    op(f, CK_OP_LI, 16, 0xffu);
    op(f, CK_OP_XORN, 3, 3, 16);                  /* 0x800000de: the third register is a whole byte */
    op(f, CK_OP_SHLIN, 4, 3, 36);                 /* << 4 (36 & 31): 0x00000de0 */
    op(f, CK_OP_SHRUIN, 5, 3, 31);                /* 1 */
    op(f, CK_OP_MULIN, 6, 15, 255);               /* 0x80000003 * 255 */
    op(f, CK_OP_LI, 7, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_ST32N, 3, 7, 8);
    op(f, CK_OP_LD32N, 8, 7, 8);                  /* 0x800000de */
    op(f, CK_OP_LD8UN, 9, 7, 11);                 /* 0x80 */
    op(f, CK_OP_LIU, 10, 65535);                  /* zero-extended */
    op(f, CK_OP_MOVN, 0, 10);
    op(f, CK_OP_CALLN, 0, 0);
    /* li64.n, addi.n (signed byte), xorrotli.n, mla.n, ld16u.n, zext8.n */
    op(f, CK_OP_LI, 12, 0xffffffffu);
    op(f, CK_OP_LI64N, 11, 9);                    /* r11 = 9, r12 = 0 */
    op(f, CK_OP_ADDN, 0, 11, 12);
    op(f, CK_OP_CALLN, 0, 0);                     /* 9 */
    op(f, CK_OP_ADDIN, 0, 11, -128);
    op(f, CK_OP_CALLN, 0, 0);                     /* -119 */
    op(f, CK_OP_ADDIN, 0, 0, 127);
    op(f, CK_OP_CALLN, 0, 0);                     /* 8 */
    op(f, CK_OP_LI, 13, 0x0000ff01u);
    op(f, CK_OP_XORROTLIN, 0, 13, 16, 36);        /* (0xff01 ^ 0xff) rotl 4 = 0xfffe0 */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_MLAN, 0, 13, 11, 16);             /* 0xff01 * 9 + 0xff */
    op(f, CK_OP_CALLN, 0, 0);
    op(f, CK_OP_ZEXT8N, 0, 13);                   /* 1 */
    op(f, CK_OP_CALLNN, 0, 0);                    /* calln.n: the same call */
    op(f, CK_OP_LIN, 10, 3);
    op(f, CK_OP_LIN, 11, 0);
    label(f, 0);
    op(f, CK_OP_ADDN, 11, 11, 10);                /* 3 + 2 + 1 */
    op(f, CK_OP_DEC, 10, 1);
    op(f, CK_OP_BRNZN, 10, 0);
    op(f, CK_OP_BRZN, 11, 1);                     /* not taken */
    op(f, CK_OP_BNEIN, 11, 6, 1);                 /* not taken */
    op(f, CK_OP_BNEIN, 11, 7, 2);                 /* taken */
    label(f, 1);
    op(f, CK_OP_TRAP);
    label(f, 2);
    op(f, CK_OP_BRZN, 10, 3);                     /* taken */
    op(f, CK_OP_TRAP);
    label(f, 3);
    op(f, CK_OP_JMPN, 4);
    op(f, CK_OP_TRAP);
    label(f, 4);
    for (int k = 1; k <= 11; k++) {
        op(f, CK_OP_MOVN, 0, k);
        op(f, CK_OP_CALLN, 0, 0);
    }
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 18);
    ck_assert_uint_eq(outv[0], 65535u);
    ck_assert_uint_eq(outv[1], 9u);
    ck_assert_uint_eq(outv[2], (uint32_t)-119);
    ck_assert_uint_eq(outv[3], 8u);
    ck_assert_uint_eq(outv[4], 0xfffe0u);
    ck_assert_uint_eq(outv[5], 0xff01u * 9u + 0xffu);
    ck_assert_uint_eq(outv[6], 1u);
    memmove(outv, outv + 7, 11 * sizeof outv[0]);
    ck_assert_uint_eq(outv[0], 0x80000003u);
    ck_assert_uint_eq(outv[1], 30u);
    ck_assert_uint_eq(outv[2], 0x800000deu);
    ck_assert_uint_eq(outv[3], 0x00000de0u);
    ck_assert_uint_eq(outv[4], 1u);
    ck_assert_uint_eq(outv[5], 0x80000003u * 255u);
    ck_assert_uint_eq(outv[6], (uint32_t)CK_MEM_BASE);
    ck_assert_uint_eq(outv[7], 0x800000deu);
    ck_assert_uint_eq(outv[8], 0x80u);
    ck_assert_uint_eq(outv[9], 0u);
    ck_assert_uint_eq(outv[10], 6u);
    /* out of bounds: a load or store whose last byte is past guest memory faults at its pc */
    for (int which = 0; which < 4; which++) {
        static const uint32_t last[4] = { 65533u, 65536u, 65533u, 65535u };   /* first byte of a width that is out */
        reset();
        tfunc *g = func("main", 0, 0, 4, 0);
        op(g, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + last[which] - 255u);   /* one byte out */
        if (which == 0) op(g, CK_OP_LD32N, 0, 1, 255);        /* pc 6 */
        else if (which == 1) op(g, CK_OP_LD8UN, 0, 1, 255);
        else if (which == 2) op(g, CK_OP_ST32N, 0, 1, 255);
        else op(g, CK_OP_LD16UN, 0, 1, 255);
        op(g, CK_OP_RET);
        expect_fault(run(0), CK_FAULT_OOB, 0, 6);
        reset();                                      /* one byte lower: in bounds */
        g = func("main", 0, 0, 4, 0);
        op(g, CK_OP_LI, 1, (uint32_t)CK_MEM_BASE + last[which] - 1u - 255u);
        if (which == 0) op(g, CK_OP_LD32N, 0, 1, 255);
        else if (which == 1) op(g, CK_OP_LD8UN, 0, 1, 255);
        else if (which == 2) op(g, CK_OP_ST32N, 0, 1, 255);
        else op(g, CK_OP_LD16UN, 0, 1, 255);
        op(g, CK_OP_RET);
        ck_assert_int_eq(run(0), CK_EXIT);
    }
}
END_TEST

START_TEST(test_every_opcode_ran)
{
    static const char *const names[CK_OP_COUNT] = {
#define X(e, m, f) m,
        CK_OPS(X)
#undef X
    };
    for (int i = 0; i < CK_OP_COUNT; i++) ck_assert_msg(used[i], "no test executes '%s'", names[i]);
}
END_TEST

int main(void)
{
    if (!getenv("CK_VM_FUZZ_ITERS"))
        alarm(120);                                   /* a hang fails the suite (no fork: no check timeout) */
    Suite *s = suite_create("vm");
    TCase *tc = tcase_create("vm");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_exit_status);
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_arena);
    tcase_add_test(tc, test_verify_header);
    tcase_add_test(tc, test_verify_sections);
    tcase_add_test(tc, test_verify_strings_funcs);
    tcase_add_test(tc, test_verify_imports);
    tcase_add_test(tc, test_verify_code);
    tcase_add_test(tc, test_terse_errors);
    tcase_add_test(tc, test_moves);
    tcase_add_test(tc, test_alu32);
    tcase_add_test(tc, test_cmp32);
    tcase_add_test(tc, test_alu64);
    tcase_add_test(tc, test_float);
    tcase_add_test(tc, test_conversions);
    tcase_add_test(tc, test_sqrt_many);
    tcase_add_test(tc, test_memory);
    tcase_add_test(tc, test_memory_top);
    tcase_add_test(tc, test_in_place);
    tcase_add_test(tc, test_indexed_memory);
    tcase_add_test(tc, test_indexed_memory_edges);
    tcase_add_test(tc, test_addib);
    tcase_add_test(tc, test_branches);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_fault_memory);
    tcase_add_test(tc, test_fault_arith_trap_native);
    tcase_add_test(tc, test_fault_calli);
    tcase_add_test(tc, test_fault_stack);
    tcase_add_test(tc, test_call_limits);
    tcase_add_test(tc, test_budget);
    tcase_add_test(tc, test_host);
    tcase_add_test(tc, test_budget_endless_loop);
    tcase_add_test(tc, test_fuzz);
    tcase_add_test(tc, test_fuzz_random_code);
#ifdef CK_VM_PROFILE
    tcase_add_test(tc, test_profile);
#endif
    tcase_add_test(tc, test_postinc_memory);
    tcase_add_test(tc, test_addibnz_mla);
    tcase_add_test(tc, test_select_xorrot);
    tcase_add_test(tc, test_mac_addb_muladd);
    tcase_add_test(tc, test_mac32_crc);
    tcase_add_test(tc, test_mac16sr_bitclr);
    tcase_add_test(tc, test_narrow_forms);
    tcase_add_test(tc, test_tree_walk);
    tcase_add_test(tc, test_fused_tests);
    tcase_add_test(tc, test_dot);
    tcase_add_test(tc, test_skipstr);
    tcase_add_test(tc, test_every_opcode_ran);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);          /* the opcode coverage accumulates across tests */
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    drop_arena();
    return failed ? 1 : 0;
}

/* Unit tests of the tiny VM core: vm/core/tiny.c and vm/core/load.c built with -DCK_VM_TINY.
 *
 * Images are built in memory by the builder test_vm.c uses (tests/unit/vm_builder.h), loaded and run
 * through the public API. Covered: the tiny loader refuses every opcode outside CK_OP_TINY with its
 * own message (terse too) and refuses everything else exactly as the full VM's loader does; the
 * semantics of every tiny opcode with the expectations test_vm.c asserts for the full VM (results,
 * faults with their function, pc and address, memory at both ends of guest memory, the stacks and
 * the call depth, calli, natives, jtab, the budget of branches, calls and bulk memory); and two
 * differential fuzz runs against the full VM (vm/core/interp.c, linked in as ref_vm_*:
 * tests/unit/tiny_ref.c): random tiny programs must end in the same state (result, fault record,
 * exit status, registers, guest memory, native calls) under random budgets, and mutated images
 * must load or be refused alike. CK_VM_FUZZ_ITERS / CK_VM_FUZZ_SEED run longer campaigns.
 */
#define _POSIX_C_SOURCE 200809L                       /* alarm */
#include <check.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ckvm.h"
#include "verrors.h"
#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"

#ifndef CK_VM_TINY
#error "test_vm_tiny is built with -DCK_VM_TINY (tests/Makefile.inc)"
#endif

/* the full VM (tests/unit/tiny_ref.c) */
int ref_vm_load(ck_vm *vm, const uint8_t *image, uint32_t len, const ck_native *natives, uint32_t nnatives,
                void *arena, uint32_t arena_size, uint32_t mem_size, char *err, uint32_t errlen);
int ref_vm_run(ck_vm *vm, uint64_t budget);

/* The tiny loader once more, built as the firmware builds it (-DCK_VM_TERSE_ERRORS): its messages
 * are numbers and arguments, which ck_vm_error_text must word as the tiny build's full messages. */
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

/* the tiny loader's own message (CK_VERR_TINY_OPCODE) */
#define TINY_MSG "is not in the tiny instruction set"

#include "vm_builder.h"

static ck_vm vm;
static char err[256];
static void *arena;
static uint32_t arena_size;
static uint32_t mem_size = 65536;

static void *ref_arena;
static void drop_arena(void)
{
    free(arena);
    free(ref_arena);
    arena = ref_arena = NULL;
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

/* The same with the full VM's loader (into rvm, with an arena of its own of the same size). */
static ck_vm rvm;
static char ref_err[256];
static int ref_load(void)
{
    if (!ref_arena) ref_arena = malloc(arena_size);
    else ref_arena = realloc(ref_arena, arena_size);
    ck_assert_ptr_nonnull(ref_arena);
    memset(ref_err, 'x', sizeof ref_err);
    nout = 0;
    return ref_vm_load(&rvm, img, (uint32_t)imglen, natives, NNAT, ref_arena, arena_size, mem_size, ref_err,
                       sizeof ref_err);
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

/* Builds and loads T, expecting a rejection whose message contains want; the full VM's loader
 * refuses it with the same message, unless it is the tiny loader's own (an opcode outside the set). */
static void reject_built(const char *want)
{
    ck_assert_msg(load() != 0, "image accepted, expected '%s'", want);
    ck_assert_msg(strstr(err, want) != NULL, "message '%s' lacks '%s'", err, want);
    terse_same(img, (uint32_t)imglen, arena, arena_size, mem_size, err);
    if (!strstr(err, TINY_MSG)) {
        ck_assert_msg(ref_load() != 0, "the full VM accepts what the tiny VM refuses: '%s'", err);
        ck_assert_msg(!strcmp(ref_err, err), "tiny VM: '%s', full VM: '%s'", err, ref_err);
    }
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


/* --- the tiny set and the loader ---------------------------------------------------------------- */
/* An instruction of opcode o with harmless operands in a function of 16 registers: r2 (the pair
 * r2, r3), window r8, function 0 (no arguments or results), import 0, branches to itself. */
static void one_insn(tfunc *f, int o)
{
    b8(f, (uint32_t)o);
    if (o >= CK_OP_COUNT) return;
    for (const char *s = opnds[o]; *s; s++) {
        switch (*s) {
        case 'r': case 'R': case 'Q': case 'p': case 'q': b8(f, 2); break;
        case 'c': b8(f, 8); break;
        case 'j': b16(f, 0); break;
        case 'k': b8(f, 0); break;
        case 'T': b16(f, 0); b16(f, 0); break;
        case 'f': case 'n': b16(f, 0); break;
        case 'N': b8(f, 0); break;
        default: for (uint32_t k = 0; k < CK_OPERAND_SIZE(*s); k++) b8(f, 0); break;
        }
    }
}

#include "vm_cases.h"

START_TEST(test_tiny_set)
{
    int n = 0;
#define X(e, m, f) n += CK_OP_TINY(CK_OP_##e) ? 1 : 0;
    CK_OPS(X)
#undef X
    ck_assert_int_eq(n, 89);
    ck_assert(CK_OP_TINY(CK_OP_NOP) && CK_OP_TINY(CK_OP_SELECT) && CK_OP_TINY(CK_OP_LD8S) && CK_OP_TINY(CK_OP_TRAP));
    ck_assert(!CK_OP_TINY(CK_OP_ADD64) && !CK_OP_TINY(CK_OP_D2F) && !CK_OP_TINY(CK_OP_LD8SX) && !CK_OP_TINY(255));

    /* every opcode, in main at pc 0 and in a second function at pc 1: the tiny loader runs the
     * tiny ones and refuses the others (unknown ones as the full VM does); the full VM loads them */
    char want[256];
    for (int o = 0; o < 256; o++) {
        for (int where = 0; where < 2; where++) {
            reset();
            import("t.out", 1, 1, 0);
            tfunc *f = func("main", 0, 0, 16, 0);
            tfunc *g = f;
            if (where) {
                op(f, CK_OP_RET);
                g = func("second", 0, 0, 16, 0);
                op(g, CK_OP_NOP);
            }
            one_insn(g, o);
            op(g, CK_OP_RET);
            build();
            int tiny = load() == 0;
            ck_assert_msg(tiny == (CK_OP_TINY(o) != 0), "opcode %d: loaded %d: %s", o, tiny, err);
            if (o < CK_OP_COUNT) ck_assert_msg(ref_load() == 0, "full VM refuses opcode %d: %s", o, ref_err);
            if (tiny) continue;
            if (o < CK_OP_COUNT)
                snprintf(want, sizeof want, "function %d (%s): opcode 0x%x at pc %d is not in the tiny instruction "
                         "set of this VM (build for it with --target tiny)", where, where ? "second" : "main", o, where);
            else
                snprintf(want, sizeof want, "function %d (%s): unknown opcode 0x%x at pc %d", where,
                         where ? "second" : "main", o, where);
            ck_assert_str_eq(err, want);
            terse_same(img, (uint32_t)imglen, arena, arena_size, mem_size, err);
        }
    }
}
END_TEST

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

#define MAIN(...) do { static const uint8_t c_[] = {__VA_ARGS__}; main_code(c_, sizeof c_); } while (0)
#define OP(o) CK_OP_##o
#define W16(v) (uint8_t)((v) & 0xff), (uint8_t)(((v) >> 8) & 0xff)

/* Accepted by both loaders. */
static void accept(void)
{
    build();
    ck_assert_msg(load() == 0, "%s", err);
    ck_assert_msg(ref_load() == 0, "%s", ref_err);
}

/* test_vm.c's test_verify_code for the tiny opcodes: the same messages, from both loaders */
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
    MAIN(OP(RET), OP(JTAB), 0, W16(0), 0);
    reject("instruction at pc 1 (opcode 0x94)");
    ck_assert_int_eq(CK_OP_JTAB, 0x94);
    MAIN(OP(RET), OP(JTAB), 0, W16(2), W16(0), W16(0), 0);
    reject("instruction at pc 1");
    MAIN(OP(MOV), 4, 0, OP(RET));
    reject("function 0 (main): register r4 out of range (nregs 4) at pc 0");
    MAIN(OP(ADD), 0, 1, 200, OP(RET));
    reject("register r200 out of range (nregs 4) at pc 0");
    MAIN(OP(SELECT), 0, 1, 2, 4, OP(RET));
    reject("register r4 out of range");
    MAIN(OP(LD32), 0, 5, W16(0), OP(RET));
    reject("register r5 out of range");
    MAIN(OP(ST64), 3, 0, W16(0), OP(RET));
    reject("register pair r3,r4 out of range");
    MAIN(OP(LD64), 2, 7, W16(0), OP(RET));
    reject("register r7 out of range");
    MAIN(OP(FRAME), 4, W16(0), OP(RET));
    reject("register r4");
    MAIN(OP(MOV64), 3, 0, OP(RET));
    reject("function 0 (main): register pair r3,r4 out of range (nregs 4) at pc 0");
    MAIN(OP(MOV64), 0, 3, OP(RET));
    reject("register pair r3,r4");
    MAIN(OP(LI64), 3, 0, 0, 0, 0, 0, 0, 0, 0, OP(RET));
    reject("register pair r3,r4");
    MAIN(OP(BEQ), 0, 4, W16(0), OP(RET));
    reject("register r4 out of range");
    MAIN(OP(BLTSI), 9, W16(0), W16(0), OP(RET));
    reject("register r9 out of range");
    MAIN(OP(JTAB), 4, W16(0), W16(0), OP(RET));
    reject("register r4 out of range");
    MAIN(OP(MEMSET), 0, 1, 4, OP(RET));
    reject("register r4 out of range");
    MAIN(OP(LIH), 0, W16(0));
    reject("function 0 (main): the last instruction (opcode 0x4) can fall through the end of the function");
    MAIN(OP(LIH), 0, W16(0), OP(BRZ), 0, W16(-4));
    reject("can fall through");
    MAIN(OP(RET), OP(CALL), W16(1), 0);
    reject("can fall through");
    MAIN(OP(JMP), W16(100));
    reject("function 0 (main): branch at pc 0 targets 100, outside the function (3 bytes)");
    MAIN(OP(BRZ), 0, W16(5), OP(RET));
    reject("branch at pc 0 targets 5, outside the function (5 bytes)");
    MAIN(OP(RET), OP(JMP), W16(-2));
    reject("branch at pc 1 targets -1, outside the function");
    MAIN(OP(JMP), W16(4), OP(LIH), 0, W16(0), OP(RET));
    reject("function 0 (main): branch at pc 0 targets 4, not an instruction boundary");
    MAIN(OP(BGTUI), 0, W16(3), W16(2), OP(RET));
    reject("branch at pc 0 targets 2, not an instruction boundary");
    MAIN(OP(BLEU), 0, 1, W16(-1), OP(RET));
    reject("branch at pc 0 targets -1, outside the function (6 bytes)");
    MAIN(OP(JTAB), 0, W16(2), W16(10), W16(100), W16(10), OP(RET));
    reject("branch at pc 0 targets 100, outside");
    MAIN(OP(JTAB), 0, W16(1), W16(8), W16(9), OP(LIH), 0, W16(0), OP(RET));
    reject("branch at pc 0 targets 9, not an instruction boundary");
    MAIN(OP(JTAB), 0, W16(60000), W16(0), OP(RET));
    reject("function 0 (main): jump table at pc 0 has 60000 entries, at most 4096");
    MAIN(OP(JTAB), 0, W16(4097), W16(0), OP(RET));
    reject("has 4097 entries, at most 4096");
    MAIN(OP(JTAB), 0, W16(0), W16(6), OP(RET), OP(TRAP));   /* a table with only a default */
    accept();
    /* the branch checks come after every instruction's other checks, in order */
    MAIN(OP(JMP), W16(100), OP(MOV), 9, 0, OP(RET));
    reject("register r9 out of range (nregs 4) at pc 3");
    MAIN(OP(JMP), W16(2), OP(JMP), W16(100), OP(RET));
    reject("branch at pc 0 targets 2, not an instruction boundary");
    MAIN(OP(JMP), W16(3), OP(JMP), W16(100), OP(RET));
    reject("branch at pc 3 targets 103, outside");
    MAIN(OP(CALL), W16(3), 1, OP(RET));
    reject("function 0 (main): call at pc 0 to function index 3, but the image has 3 functions");
    MAIN(OP(CALL), W16(1), 9, OP(RET));
    reject("register r9 out of range");
    MAIN(OP(CALL), W16(2), 3, OP(RET));
    reject("function 0 (main): call window r3 at pc 0 has no room for the callee's 2 argument/result registers (nregs 4)");
    MAIN(OP(CALL), W16(2), 2, OP(RET));
    accept();
    MAIN(OP(CALLN), W16(1), 1, OP(RET));
    reject("function 0 (main): calln at pc 0 of import 1, but the image has 1 imports");
    MAIN(OP(CALLN), W16(0), 4, OP(RET));
    reject("function 0 (main): call window r4 at pc 0 has no room for the callee's 1 argument/result registers (nregs 4)");
    MAIN(OP(CALLN), W16(0), 5, OP(RET));
    reject("function 0 (main): register r5 out of range (nregs 4) at pc 0");
    MAIN(OP(CALLN), W16(0), 3, OP(RET));       /* 1 -> 1 at r3 of 4: fits */
    accept();
    MAIN(OP(CALLI), 7, 1, OP(RET));
    reject("register r7 out of range");
    MAIN(OP(CALLI), 1, 8, OP(RET));
    reject("register r8 out of range");
    MAIN(OP(CALLI), 1, 5, OP(RET));
    reject("register r5 out of range (nregs 4)");
    /* a window right after the caller's for a callee with no argument or result */
    MAIN(OP(CALL), W16(1), 4, OP(RET));
    T.f[1].nargs = 0, T.f[1].nrets = 0;
    accept();
    MAIN(OP(CALLN), W16(0), 4, OP(RET));
    T.imp[0].name = "t.fail";
    T.imp[0].na = 0, T.imp[0].nr = 0;
    accept();
    MAIN(OP(CALLI), 1, 4, OP(RET));
    accept();
    /* a callee returning more results than the window holds */
    MAIN(OP(CALL), W16(1), 3, OP(RET));
    T.f[1].nargs = 0, T.f[1].nrets = 2;
    reject("call window r3 at pc 0 has no room");
    MAIN(OP(CALLN), W16(0), 3, OP(RET));
    T.imp[0].name = "t.two";
    T.imp[0].na = 1, T.imp[0].nr = 2;
    reject("function 0 (main): call window r3 at pc 0 has no room for the callee's 2 argument/result registers (nregs 4)");
    /* a non-tiny opcode after an error: the error; before one: the opcode */
    MAIN(OP(MOV), 9, 0, OP(ADD64), 0, 0, 0, OP(RET));
    reject("register r9 out of range (nregs 4) at pc 0");
    char want[128];
    MAIN(OP(ADD64), 0, 0, 0, OP(MOV), 9, 0, OP(RET));
    snprintf(want, sizeof want, "function 0 (main): opcode 0x%x at pc 0 " TINY_MSG, CK_OP_ADD64);
    reject(want);
    MAIN(OP(JMP), W16(100), OP(LD32X), 0, 0, 0, OP(RET));   /* before the branch checks too */
    snprintf(want, sizeof want, "function 0 (main): opcode 0x%x at pc 3 " TINY_MSG, CK_OP_LD32X);
    reject(want);
    /* without NAMES, messages name functions by index only */
    MAIN(OP(TRAP), OP(JMP), W16(1));
    T.names = 0;
    reject("function 0: branch at pc 1 targets 2, not an instruction boundary");
    MAIN(OP(ADDF), 0, 0, 0, OP(RET));
    T.names = 0;
    snprintf(want, sizeof want, "function 0: opcode 0x%x at pc 0 " TINY_MSG, CK_OP_ADDF);
    reject(want);
}
END_TEST

/* The rest of the loader is the full VM's: headers, sections, functions, imports, memory, arena. */
START_TEST(test_verify_image)
{
    base();
    build();
    put16(img + 4, 0x2a);
    reject_built("unsupported format version 42 (this VM supports 1)");
    base();
    T.bss = 0xfffffff0u;
    reject("needs 4294971392 bytes of guest memory");
    base();
    T.f[2].nargs = 5;
    reject("function 2 (two): 5 argument registers but a window of only 3 registers");
    base();
    import("no.such", 3, 1, 0);
    reject("import 'no.such' v3: not provided by this device");
    base();
    import("t.out", 2, 1, 0);
    reject("import 't.out' v2: this device provides only version 1");
    base();
    import("t.out", 1, 2, 0);
    reject("import 't.out' v1: signature 2 -> 0 does not match the device's 1 -> 0");
    base();
    T.f[0].frame = CK_MAX_FRAME + 1;
    reject("frame of 32761 bytes exceeds the maximum 32760");
    base();
    T.f[0].nargs = 1;
    T.f[0].nregs = 4;
    reject("entry function 0 (main) takes 1 argument registers");
    base();
    build();
    img[12] ^= 1;
    reject_built("CRC mismatch");
    base();
    build();
    put16(img + 28, 40);
    reseal();
    reject_built("too many sections: 40, at most 32");
    mem_size = 32;
    base();
    reject("guest memory of 32 bytes is below the minimum of 64");
    mem_size = 65536;
}
END_TEST

/* --- instruction semantics (test_vm.c's expectations) -------------------------------------------- */


START_TEST(test_alu32)
{
    ck_assert_uint_eq(E(ADD, 0xffffffff, 2), 1);
    ck_assert_uint_eq(E(SUB, 1, 2), 0xffffffff);
    ck_assert_uint_eq(E(MUL, 0x10001, 0x10001), 0x20001);
    ck_assert_uint_eq(E(MUL, 0xffffffff, 0xffffffff), 1);
    ck_assert_uint_eq(E(DIVS, -7, 2), (uint32_t)-3);
    ck_assert_uint_eq(E(DIVS, 7, -2), (uint32_t)-3);
    ck_assert_uint_eq(E(DIVS, 0x80000000u, -1), 0x80000000u);         /* INT_MIN / -1 */
    ck_assert_uint_eq(E(DIVS, 5, -1), (uint32_t)-5);
    ck_assert_uint_eq(E(DIVU, 0xfffffffe, 2), 0x7fffffff);
    ck_assert_uint_eq(E(DIVU, 0x80000000u, 0xffffffff), 0);
    ck_assert_uint_eq(E(REMS, -7, 2), (uint32_t)-1);
    ck_assert_uint_eq(E(REMS, 7, -2), 1);
    ck_assert_uint_eq(E(REMS, 0x80000000u, -1), 0);
    ck_assert_uint_eq(E(REMU, 0xffffffff, 10), 5);
    ck_assert_uint_eq(E(REMU, 7, 0xffffffff), 7);
    ck_assert_uint_eq(E(AND, 0xff00ff00, 0x0ff00ff0), 0x0f000f00);
    ck_assert_uint_eq(E(OR, 0xff00ff00, 0x0ff00ff0), 0xfff0fff0);
    ck_assert_uint_eq(E(XOR, 0xff00ff00, 0x0ff00ff0), 0xf0f0f0f0);
    ck_assert_uint_eq(E(SHL, 1, 31), 0x80000000u);
    ck_assert_uint_eq(E(SHL, 1, 32), 1);                 /* amounts modulo 32 */
    ck_assert_uint_eq(E(SHL, 1, 33), 2);
    ck_assert_uint_eq(E(SHL, 1, 0xffffffff), 0x80000000u);
    ck_assert_uint_eq(E(SHRS, 0x80000000u, 4), 0xf8000000u);
    ck_assert_uint_eq(E(SHRS, 0x80000000u, 32), 0x80000000u);
    ck_assert_uint_eq(E(SHRS, 0x80000000u, 63), 0xffffffffu);
    ck_assert_uint_eq(E(SHRU, 0x80000000u, 4), 0x08000000u);
    ck_assert_uint_eq(E(SHRU, 0x80000000u, 63), 1);
    ck_assert_uint_eq(E(SHRU, 0x80000000u, 64), 0x80000000u);
    ck_assert_uint_eq(E(MINS, -1, 1), (uint32_t)-1);
    ck_assert_uint_eq(E(MINU, -1, 1), 1);
    ck_assert_uint_eq(E(MAXS, -1, 1), 1);
    ck_assert_uint_eq(E(MAXU, -1, 1), 0xffffffff);
    ck_assert_uint_eq(E(ADDI, 10, -20), (uint32_t)-10);
    ck_assert_uint_eq(E(MULI, 1000, -3), (uint32_t)-3000);
    ck_assert_uint_eq(E(ANDI, 0x12345678, -16), 0x12345670);       /* sign-extended mask */
    ck_assert_uint_eq(E(ANDI, 0x12345678, 0x7fff), 0x5678);
    ck_assert_uint_eq(E(ORI, 0x10000, 0x7fff), 0x17fff);
    ck_assert_uint_eq(E(XORI, 0, -1), 0xffffffff);
    ck_assert_uint_eq(E(SHLI, 3, 36), 48);
    ck_assert_uint_eq(E(SHLI, 3, 32), 3);
    ck_assert_uint_eq(E(SHLI, 3, -1), 0x80000000u);      /* h & 31 = 31 */
    ck_assert_uint_eq(E(SHRSI, -256, 4), (uint32_t)-16);
    ck_assert_uint_eq(E(SHRSI, 0x80000000u, 63), 0xffffffffu);
    ck_assert_uint_eq(E(SHRSI, 0x80000000u, -32), 0x80000000u);
    ck_assert_uint_eq(E(SHRUI, -256, 28), 15);
    ck_assert_uint_eq(E(SHRUI, 0x80000000u, 0x7fff), 1);
    ck_assert_uint_eq(E(SHRUI, 0x80000000u, 32), 0x80000000u);
    ck_assert_uint_eq(E(NEG, 5, 0), (uint32_t)-5);
    ck_assert_uint_eq(E(NEG, 0x80000000u, 0), 0x80000000u);
    ck_assert_uint_eq(E(NOT, 0x0f0f0f0f, 0), 0xf0f0f0f0);
    ck_assert_uint_eq(E(SEXT8, 0x1280, 0), 0xffffff80);
    ck_assert_uint_eq(E(SEXT8, 0x127f, 0), 0x7f);
    ck_assert_uint_eq(E(SEXT16, 0x18000, 0), 0xffff8000);
    ck_assert_uint_eq(E(SEXT16, 0xffff7fff, 0), 0x7fff);
    ck_assert_uint_eq(E(ZEXT8, 0xffffff80, 0), 0x80);
    ck_assert_uint_eq(E(ZEXT16, 0xffff8000, 0), 0x8000);
    ck_assert_uint_eq(E(CLZ, 0, 0), 32);
    ck_assert_uint_eq(E(CLZ, 1, 0), 31);
    ck_assert_uint_eq(E(CLZ, 0x80000000u, 0), 0);
    ck_assert_uint_eq(E(CLZ, 0x0000ffffu, 0), 16);
    ck_assert_uint_eq(E(CLZ, 0xffffffffu, 0), 0);
    ck_assert_uint_eq(E(CTZ, 0, 0), 32);
    ck_assert_uint_eq(E(CTZ, 0x80000000u, 0), 31);
    ck_assert_uint_eq(E(CTZ, 12, 0), 2);
    ck_assert_uint_eq(E(CTZ, 1, 0), 0);
    ck_assert_uint_eq(E(CTZ, 0xffff0000u, 0), 16);
    ck_assert_uint_eq(E(POPCNT, 0, 0), 0);
    ck_assert_uint_eq(E(POPCNT, 0xffffffff, 0), 32);
    ck_assert_uint_eq(E(POPCNT, 0x80000001u, 0), 2);
    ck_assert_uint_eq(E(POPCNT, 0x12345678u, 0), 13);
    ck_assert_uint_eq(E(BSWAP, 0x11223344, 0), 0x44332211);
    ck_assert_uint_eq(E(BSWAP, 0x80000001u, 0), 0x01000080u);
    ck_assert_uint_eq(E(BSWAP, 0, 0), 0);
}
END_TEST


/* Destination registers that are also sources. */
START_TEST(test_in_place)
{
    reset();
    import("t.out", 1, 1, 0);
    tfunc *f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LIH, 1, 7);
    op(f, CK_OP_LIH, 2, 3);
    op(f, CK_OP_SUB, 1, 2, 1);                        /* 3 - 7 */
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_SHL, 2, 2, 2);                        /* 3 << 3 */
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_LIH, 3, 0);
    op(f, CK_OP_SELECT, 3, 3, 2, 3);                  /* rc = rd = 0: rb */
    op(f, CK_OP_CALLN, 0, 3);
    op(f, CK_OP_DIVS, 2, 2, 2);
    op(f, CK_OP_CALLN, 0, 2);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_int_eq(nout, 4);
    ck_assert_uint_eq(outv[0], (uint32_t)-4);
    ck_assert_uint_eq(outv[1], 24);
    ck_assert_uint_eq(outv[2], 0);
    ck_assert_uint_eq(outv[3], 1);
}
END_TEST


/* --- faults ------------------------------------------------------------------------------------- */
/* main calls f1 (a 2-register function whose body the test gives) after a lih. */
/* Every load and store width at every offset around the top of guest memory, with the offset in
 * the base register and in the immediate (test_vm.c's test_memory_top): 64-bit accesses
 * straddling the end fault, nothing is written. */
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

    ck_assert_str_eq(ck_vm_fault_name(CK_EXIT), "exit");
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

/* natives: windows, results, a native's own fault kinds, sys.exit */
static int t_budget(ck_vm *vm_, uint32_t *r) { (void)vm_; (void)r; return CK_FAULT_BUDGET; }
static int t_oob(ck_vm *vm_, uint32_t *r) { vm_->fault.addr = r[0]; return CK_FAULT_OOB; }
static int t_addr(ck_vm *vm_, uint32_t *r) { vm_->fault.addr = 0x1234; (void)r; return CK_FAULT_TRAP; }

START_TEST(test_natives)
{
    static const ck_native more[] = {
        {"t.out", 1, 1, 0, t_out}, {"t.two", 2, 1, 2, t_two}, {"sys.exit", 1, 1, 0, t_exit},
        {"t.budget", 1, 0, 0, t_budget}, {"t.oob", 1, 1, 0, t_oob}, {"t.addr", 1, 0, 0, t_addr},
    };
    /* the fourth calln (pc 20) calls t.out, or one of the natives that fail */
    for (int k = 0; k < 4; k++) {
        reset();
        import("t.out", 1, 1, 0);
        import("t.two", 1, 1, 2);
        import("t.budget", 1, 0, 0);
        import("t.oob", 1, 1, 0);
        import("t.addr", 1, 0, 0);
        import("sys.exit", 1, 1, 0);
        tfunc *f = func("main", 0, 1, 8, 0);
        op(f, CK_OP_LIH, 5, 41);
        op(f, CK_OP_LIH, 4, 7);
        op(f, CK_OP_CALLN, 1, 5);                     /* r5 = 42, r6 = 99 */
        op(f, CK_OP_CALLN, 0, 4);
        op(f, CK_OP_CALLN, 0, 5);
        op(f, CK_OP_CALLN, k ? k + 1 : 0, 6);         /* pc 20 */
        op(f, CK_OP_LIH, 0, 9);
        op(f, CK_OP_CALLN, 5, 0);                     /* pc 28: sys.exit(9) */
        op(f, CK_OP_TRAP);
        build();
        load();                                       /* (the arena) */
        nout = 0;
        ck_assert_int_eq(ck_vm_load(&vm, img, (uint32_t)imglen, more, 6, arena, arena_size, 65536, err, sizeof err), 0);
        mark_used();
        int rc = ck_vm_run(&vm, 0);
        if (k == 0) {
            ck_assert_int_eq(rc, CK_EXIT);
            ck_assert_uint_eq(vm.exit_status, 9);
            ck_assert_int_eq(vm.fault.kind, CK_EXIT);
            ck_assert_int_eq(nout, 3);
            ck_assert_uint_eq(outv[0], 7);
            ck_assert_uint_eq(outv[1], 42);
            ck_assert_uint_eq(outv[2], 99);
        } else if (k == 1) {
            expect_fault(rc, CK_FAULT_BUDGET, 0, 20);     /* a native's own fault kind */
        } else if (k == 2) {
            expect_fault(rc, CK_FAULT_OOB, 0, 20);        /* t.oob(r6 = 99) */
            ck_assert_uint_eq(vm.fault.addr, 99);
        } else {
            expect_fault(rc, CK_FAULT_TRAP, 0, 20);       /* the address only for out of bounds */
        }
        if (k) ck_assert_int_eq(nout, 2);
    }
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
    /* windows at r<nregs>, just after the caller's */
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
    /* a bad pointer is found before the budget is charged */
    f = fault_in_callee(4, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_CALLI, 0, 1);                         /* pc 5 */
    op(f, CK_OP_RET);
    expect_fault(run(1), CK_FAULT_CALLI, 1, 5);       /* the unit went to main's call */
}
END_TEST

/* test_vm.c's test_call_limits: each limit allows what fits and faults one step further */
START_TEST(test_branches)
{
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
        for (int backward = 0; backward < 2; backward++) {
            reset();
            import("t.out", 1, 1, 0);
            tfunc *f = func("main", 0, 0, 4, 0);
            op(f, CK_OP_LI, 0, cases[i].a);
            op(f, CK_OP_LI, 1, cases[i].b);
            op(f, CK_OP_LIH, 3, 1);
            if (backward) {                           /* the branch after its target */
                op(f, CK_OP_JMP, 2);
                label(f, 1);
                op(f, CK_OP_JMP, 3);
                label(f, 2);
            }
            const char *s = opnds[cases[i].op];
            if (!strcmp(s, "rj")) op(f, cases[i].op, 0, 1);
            else if (!strcmp(s, "rrj")) op(f, cases[i].op, 0, 1, 1);
            else op(f, cases[i].op, 0, (int)(int16_t)cases[i].b, 1);
            op(f, CK_OP_LIH, 3, 0);
            if (!backward) label(f, 1);
            label(f, 3);
            op(f, CK_OP_CALLN, 0, 3);
            op(f, CK_OP_RET);
            ck_assert_int_eq(run(0), CK_EXIT);
            ck_assert_int_eq(nout, 1);
            ck_assert_msg(outv[0] == (uint32_t)cases[i].taken, "case %zu (opcode %d)", i, cases[i].op);
            /* a unit for the calln, one for a taken branch, and the backward layout's jmps */
            int units = 1 + cases[i].taken + backward * (1 + cases[i].taken);
            ck_assert_int_eq(run((uint64_t)units), CK_EXIT);
            if (units > 1) ck_assert_int_eq(run((uint64_t)units - 1u), CK_FAULT_BUDGET);
        }
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

    /* jtab: cases 0..2 and the default for 3 and for huge values; a table with only a default */
    uint32_t in[] = {0, 1, 2, 3, 0xffffffff, 0x80000000u};
    uint32_t want[] = {10, 11, 12, 99, 99, 99};
    for (int i = 0; i < 6; i++) {
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
        /* a unit for jtab, one for the case's jmp (the default has none), one for calln */
        expect_fault(run(1), CK_FAULT_BUDGET, 0, in[i] < 3 ? 22 + 7 * in[i] : 43);
        if (in[i] < 3) expect_fault(run(2), CK_FAULT_BUDGET, 0, 43);
        ck_assert_int_eq(run(in[i] < 3 ? 3 : 2), CK_EXIT);
    }
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 0, 2, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_JTAB, 0, 0, 0);
    op(f, CK_OP_TRAP);
    label(f, 0);
    op(f, CK_OP_LIH, 1, 5);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    ck_assert_uint_eq(outv[0], 5);
    expect_fault(run(1), CK_FAULT_BUDGET, 0, 15);
    ck_assert_int_eq(run(2), CK_EXIT);
}
END_TEST


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
    ck_assert_uint_eq(vm.regs[1], 100001);
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 0, 2, 0);
    label(f, 0);
    op(f, CK_OP_CALLN, 0, 1);
    op(f, CK_OP_JTAB, 0, 0, 0);
    expect_fault(run(7), CK_FAULT_BUDGET, 0, 4);       /* calln, jtab, calln, ... */
    ck_assert_int_eq(nout, 4);
    /* budgets above 2^32 */
    reset();
    f = func("main", 0, 1, 2, 0);
    op(f, CK_OP_LI, 1, 1000u);
    label(f, 0);
    op(f, CK_OP_ADDI, 1, 1, -1);
    op(f, CK_OP_BRNZ, 1, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run((1ull << 32) + 5), CK_EXIT);
    ck_assert_int_eq(run(0x7fffffffu), CK_EXIT);
    ck_assert_int_eq(run(0x80000000u), CK_EXIT);
    ck_assert_int_eq(run(~0ull), CK_EXIT);
    ck_assert_int_eq(run(999), CK_EXIT);
    expect_fault(run(998), CK_FAULT_BUDGET, 0, 11);
    /* bulk operations cost a unit per full CK_BUDGET_BULK bytes, before any byte is written */
    ck_assert_uint_eq(CK_BUDGET_BULK, 256);
    reset();
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_JMP, 0);                              /* 1 unit */
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
    ck_assert_uint_eq(vm.mem[2048], 0);               /* nothing copied */
    expect_fault(run(6), CK_FAULT_BUDGET, 0, 35);
    expect_fault(run(4), CK_FAULT_BUDGET, 0, 25);
    ck_assert_uint_eq(vm.mem[254], 0x5a);
    ck_assert_uint_eq(vm.mem[255], 0);
    T.f[0].code[0] = CK_OP_NOP, T.f[0].code[1] = CK_OP_NOP, T.f[0].code[2] = CK_OP_NOP;
    ck_assert_int_eq(run(12), CK_EXIT);
    expect_fault(run(11), CK_FAULT_BUDGET, 0, 39);
    expect_fault(run(3), CK_FAULT_BUDGET, 0, 25);
    /* the budget is charged before the bounds are checked: an out-of-bounds memset of 512 bytes
     * with 1 unit left is a budget fault */
    reset();
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LIH, 0, 0);
    op(f, CK_OP_LI, 1, 512u);
    op(f, CK_OP_MEMSET, 0, 0, 1);                     /* pc 10 */
    op(f, CK_OP_RET);
    expect_fault(run(1), CK_FAULT_BUDGET, 0, 10);
    expect_fault(run(2), CK_FAULT_OOB, 0, 10);
    ck_assert_uint_eq(vm.fault.addr, 0);
    /* the whole of guest memory in one memset: 65536 / 256 units */
    reset();
    f = func("main", 0, 0, 4, 0);
    op(f, CK_OP_LI, 0, (uint32_t)CK_MEM_BASE);
    op(f, CK_OP_LI, 1, 65536u);
    op(f, CK_OP_MEMSET, 0, 0, 1);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(256), CK_EXIT);
    expect_fault(run(255), CK_FAULT_BUDGET, 0, 12);
    /* calln and calli: charged like call */
    reset();
    import("t.out", 1, 1, 0);
    f = func("main", 0, 0, 3, 0);
    op(f, CK_OP_CALLN, 0, 0);                         /* pc 0 */
    op(f, CK_OP_LI, 1, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 1, 2);                         /* pc 10 */
    op(f, CK_OP_RET);
    f = func("leaf", 0, 0, 1, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(2), CK_EXIT);
    expect_fault(run(1), CK_FAULT_BUDGET, 0, 10);
    ck_assert_int_eq(nout, 1);
}
END_TEST

/* --- differential fuzzing against the full VM ----------------------------------------------------- */
static uint32_t rnd_x;
static uint32_t rnd(uint32_t n)
{
    rnd_x ^= rnd_x << 13, rnd_x ^= rnd_x >> 17, rnd_x ^= rnd_x << 5;
    return n ? rnd_x % n : rnd_x;
}

static int tiny_ops[CK_OP_COUNT], ntiny;

/* test_vm.c's random_func with tiny opcodes (and, when foreign, sometimes another one): operands
 * mostly valid (registers inside the window, branch targets on instruction starts, addresses in
 * and around memory, existing functions and imports), sometimes not. */
static void random_func(tfunc *f, int nfuncs, int nimports, int foreign)
{
    uint32_t start[64], fix[64][8];
    int ni = 2 + (int)rnd(40), nfix[64] = {0};
    uint32_t nregs = f->nregs;
    for (int i = 0; i < ni; i++) {
        int o = i == ni - 1 ? (rnd(4) ? CK_OP_RET : CK_OP_JMP) :
                foreign && !rnd(40) ? (int)rnd(CK_OP_COUNT) : tiny_ops[rnd((uint32_t)ntiny)];
        start[i] = f->n;
        b8(f, (uint32_t)o);
        for (const char *p = opnds[o]; *p; p++) {
            uint32_t bad = rnd(400) == 0;
            switch (*p) {
            case 'r': b8(f, bad ? rnd(256) : rnd(nregs)); break;
            case 'R': b8(f, bad ? rnd(256) : rnd(nregs - 1)); break;
            case 'c': b8(f, bad ? rnd(256) : rnd(nregs + 1)); break;
            case 'h': b16(f, rnd(3) ? rnd(64) - 32 : rnd(0x10000)); break;
            case 'w': b32(f, rnd(2) ? CK_MEM_BASE + mem_size - 16 + rnd(32) : rnd(3) ? CK_MEM_BASE + rnd(256) :
                             rnd(2) ? rnd(8) : rnd(0)); break;
            case 'd': b64(f, (uint64_t)rnd(0) << 32 | rnd(0)); break;
            case 'f': b16(f, bad ? rnd(0x10000) : rnd((uint32_t)nfuncs)); break;
            case 'n': b16(f, bad ? rnd(0x10000) : rnd((uint32_t)nimports)); break;
            case 'j': fix[i][nfix[i]++] = f->n; b16(f, bad ? rnd(0x10000) : 0); break;
            case 'T': {
                uint32_t cnt = rnd(4);
                b16(f, cnt);
                for (uint32_t k = 0; k <= cnt; k++) {
                    if (nfix[i] < 8) fix[i][nfix[i]++] = f->n;
                    b16(f, 0);
                }
                break;
            }
            default:                                  /* the operands of a foreign opcode */
                for (uint32_t k = 0; k < CK_OPERAND_SIZE(*p); k++) b8(f, rnd(4));
                break;
            }
        }
    }
    for (int i = 0; i < ni; i++)
        for (int k = 0; k < nfix[i]; k++) {
            int32_t t = rnd(30) ? (int32_t)start[rnd((uint32_t)ni)] : (int32_t)rnd(f->n + 4) - 2;
            put16(f->code + fix[i][k], (uint32_t)(t - (int32_t)start[i]));
        }
}

static uint32_t ref_out[4096];
static int ref_nout;

/* Loads img into both VMs: both accept it (1), or both refuse it with the same message, or the
 * tiny VM refuses an opcode outside its set that lies before anything the full VM refuses (0). */
static int load_both(void)
{
    int t = load(), r = ref_load();
    if (t && strstr(err, TINY_MSG)) return 0;
    ck_assert_msg(t == r, "tiny VM %s ('%s'), full VM %s ('%s')", t ? "refuses" : "loads", err,
                  r ? "refuses" : "loads", ref_err);
    if (t) {
        ck_assert_msg(!strcmp(err, ref_err), "tiny VM: '%s', full VM: '%s'", err, ref_err);
        terse_same(img, (uint32_t)imglen, arena, arena_size, mem_size, err);
        return 0;
    }
    return 1;
}

/* Runs the loaded image in both VMs with the budget: the same outcome, fault record, exit status,
 * native calls, registers and guest memory. Returns the outcome. */
static int run_both(uint64_t budget)
{
    nout = 0;
    int r = ref_vm_run(&rvm, budget);
    ref_nout = nout;
    memcpy(ref_out, outv, sizeof outv);
    nout = 0;
    int t = ck_vm_run(&vm, budget);
    ck_assert_msg(t == r, "tiny VM: %d (%s), full VM: %d (%s) at function %u pc %u", t, ck_vm_fault_name(t), r,
                  ck_vm_fault_name(r), rvm.fault.func, rvm.fault.pc);
    ck_assert_int_eq(vm.fault.kind, rvm.fault.kind);
    ck_assert_uint_eq(vm.fault.func, rvm.fault.func);
    ck_assert_uint_eq(vm.fault.pc, rvm.fault.pc);
    ck_assert_uint_eq(vm.fault.addr, rvm.fault.addr);
    if (r == CK_EXIT) ck_assert_uint_eq(vm.exit_status, rvm.exit_status);
    ck_assert_int_eq(nout, ref_nout);
    ck_assert(!memcmp(outv, ref_out, (size_t)nout * sizeof outv[0]));
    ck_assert_uint_eq(vm.nregs_total, rvm.nregs_total);
    ck_assert_uint_eq(vm.mem_size, rvm.mem_size);
    ck_assert_msg(!memcmp(vm.regs, rvm.regs, vm.nregs_total * 4u), "registers differ");
    ck_assert_msg(!memcmp(vm.mem, rvm.mem, vm.mem_size), "guest memory differs");
    return t;
}

START_TEST(test_random_programs)
{
    const char *iters = getenv("CK_VM_FUZZ_ITERS"), *seed = getenv("CK_VM_FUZZ_SEED");
    int it = iters ? atoi(iters) : 20000, loaded = 0, faults[CK_FAULT_COUNT] = {0};
    rnd_x = 0x2545f491u * (seed ? (uint32_t)strtoul(seed, NULL, 0) | 1u : 1u);
    ntiny = 0;
    for (int o = 0; o < CK_OP_COUNT; o++)
        if (CK_OP_TINY(o)) tiny_ops[ntiny++] = o;
    mem_size = 4096;
    for (int iter = 0; iter < it; iter++) {
        reset();
        import("t.out", 1, 1, 0);
        import("t.peek", 1, 1, 1);
        import("t.two", 1, 1, 2);
        import("sys.heap", 1, 0, 2);
        import("t.fail", 1, 0, 0);
        import("sys.exit", 1, 1, 0);
        T.nro = 16;
        T.bss = 64;
        T.stack = rnd(2) ? 1024 : 256;
        int nf = 2 + (int)rnd(3);
        for (int i = 0; i < nf; i++) {
            tfunc *f = func(i ? "g" : "main", i ? (int)rnd(3) : 0, (int)rnd(3), 3 + (int)rnd(12),
                            rnd(3) ? rnd(64) : rnd(2) ? 0 : rnd(1200));
            random_func(f, nf, 6, iter & 1);
        }
        build();
        if (!load_both()) continue;
        loaded++;
        mark_used();
        faults[run_both(rnd(4) ? 1 + rnd(3000) : 100000)]++;
        ck_assert_int_eq(load_both(), 1);             /* again, with a small budget */
        faults[run_both(1 + rnd(30))]++;
    }
    mem_size = 65536;
    ck_assert_int_gt(loaded, it / 30);
    for (int k = 0; k < CK_FAULT_COUNT; k++)
        ck_assert_msg(faults[k] > 0 || it < 20000, "no run ended with %s", ck_vm_fault_name(k));
}
END_TEST

/* Mutates the n-byte image good iters times (test_vm.c's fuzz): both loaders agree (load_both);
 * what both load runs alike. */
static int mutate(const uint8_t *good, size_t n, int iters, uint32_t x)
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
        if (x & 1) reseal();
        if (load_both()) {
            loaded++;
            run_both(3000);
        }
    }
    return loaded;
}

START_TEST(test_mutated_images)
{
    static uint8_t good[1 << 12];
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
    op(f, CK_OP_JTAB, 6, 2, 1, 2, 4);
    label(f, 1); op(f, CK_OP_ADDI, 1, 1, 1); op(f, CK_OP_JMP, 3);
    label(f, 4); op(f, CK_OP_ADDI, 1, 1, 3); op(f, CK_OP_JMP, 3);
    label(f, 2); op(f, CK_OP_ADDI, 1, 1, 2);
    label(f, 3);
    op(f, CK_OP_BLTSI, 1, 8, 0);
    op(f, CK_OP_LI, 7, (uint32_t)(1 + CK_FPTR_BIAS));
    op(f, CK_OP_CALLI, 7, 5);
    op(f, CK_OP_FRAME, 6, 0);
    op(f, CK_OP_LIH, 7, 8);
    op(f, CK_OP_MEMCPY, 6, 4, 7);
    op(f, CK_OP_MEMSET, 4, 1, 7);
    op(f, CK_OP_SELECT, 5, 1, 5, 6);
    op(f, CK_OP_MOV, 0, 5);
    op(f, CK_OP_RET);
    f = func("sq", 1, 1, 3, 8);
    op(f, CK_OP_MUL, 0, 0, 0);
    op(f, CK_OP_ADDI, 1, 0, 1);
    op(f, CK_OP_DIVU, 1, 0, 1);
    op(f, CK_OP_FRAME, 2, 0);
    op(f, CK_OP_ST64, 0, 2, 0);
    op(f, CK_OP_LD64, 0, 2, 0);
    op(f, CK_OP_BNE, 0, 1, 0);
    label(f, 0);
    op(f, CK_OP_RET);
    ck_assert_int_eq(run(0), CK_EXIT);
    build();
    memcpy(good, img, imglen);
    size_t n = imglen;
    const char *iters = getenv("CK_VM_FUZZ_ITERS"), *seed = getenv("CK_VM_FUZZ_SEED");
    int it = iters ? atoi(iters) : 20000;
    uint32_t sd = seed ? (uint32_t)strtoul(seed, NULL, 0) | 1u : 1u;
    ck_assert_int_gt(mutate(good, n, it, 12345u * sd), it / 200);
}
END_TEST

/* --- last: every tiny opcode was executed by some test above ------------------------------------- */
START_TEST(test_every_tiny_opcode_ran)
{
    static const char *const names[CK_OP_COUNT] = {
#define X(e, m, f) m,
        CK_OPS(X)
#undef X
    };
    for (int i = 0; i < CK_OP_COUNT; i++)
        if (CK_OP_TINY(i)) ck_assert_msg(used[i], "no test executes '%s'", names[i]);
}
END_TEST

int main(void)
{
    if (!getenv("CK_VM_FUZZ_ITERS"))
        alarm(300);                                   /* a hang fails the suite (no fork: no check timeout) */
    Suite *s = suite_create("vm_tiny");
    TCase *tc = tcase_create("vm_tiny");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_tiny_set);
    tcase_add_test(tc, test_verify_code);
    tcase_add_test(tc, test_verify_image);
    tcase_add_test(tc, test_exit_status);
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_moves);
    tcase_add_test(tc, test_alu32);
    tcase_add_test(tc, test_cmp32);
    tcase_add_test(tc, test_in_place);
    tcase_add_test(tc, test_memory);
    tcase_add_test(tc, test_memory_top);
    tcase_add_test(tc, test_fault_memory);
    tcase_add_test(tc, test_fault_arith_trap_native);
    tcase_add_test(tc, test_natives);
    tcase_add_test(tc, test_fault_calli);
    tcase_add_test(tc, test_fault_stack);
    tcase_add_test(tc, test_call_limits);
    tcase_add_test(tc, test_branches);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_budget);
    tcase_add_test(tc, test_random_programs);
    tcase_add_test(tc, test_mutated_images);
    tcase_add_test(tc, test_every_tiny_opcode_ran);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);          /* the opcode coverage accumulates across tests */
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    drop_arena();
    return failed ? 1 : 0;
}

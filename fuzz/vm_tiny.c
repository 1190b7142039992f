/* Fuzz harness: the tiny VM core (vm/core/load.c and tiny.c built with -DCK_VM_TINY, as a board
 * with the tiny VM builds them: terse messages) against the full one, on arbitrary images.
 *
 * Input: an image (.cbc); its size and CRC fields are made right first (fuzz.h). Each input is
 *  1. loaded by the full loader and by the tiny one: when the tiny loader refuses an opcode
 *     outside the tiny set (CK_VERR_TINY_OPCODE), that opcode must be at the function and pc its
 *     message names, outside CK_OP_TINY; otherwise both accept, or both refuse and
 *     ck_vm_error_text words the tiny loader's terse refusal exactly as the full loader words it;
 *  2. when both accept, run by both interpreters with a budget of 10000 (and, on a second load,
 *     a small one taken from the image's CRC) and 64 KiB of guest memory, with the same natives
 *     (CK_NATIVES, logging their calls instead of printing): the outcome, the fault record, the
 *     exit status, the natives' calls, the registers and guest memory must be the same.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ckvm.h"
#include "fuzz.h"
#include "cockpit/isa.h"
#include "cockpit/natives.h"

/* The tiny core, renamed (the full one is linked in under its own names). */
#define CK_VM_TINY
#define CK_VM_TERSE_ERRORS
#define ck_vm_load tiny_vm_load
#define ck_vm_func_name tiny_vm_func_name
#define ck_vm_crc32 tiny_vm_crc32
#define ck_vm_run tiny_vm_run
#define ck_vm_fault_name tiny_vm_fault_name
#define ck_vm_ptr tiny_vm_ptr
#include "load.c"
#include "tiny.c"
#undef ck_vm_ptr
#undef ck_vm_fault_name
#undef ck_vm_run
#undef ck_vm_crc32
#undef ck_vm_func_name
#undef ck_vm_load
#undef CK_VM_TERSE_ERRORS
#undef CK_VM_TINY
int ck_vm_load(ck_vm *vm, const uint8_t *image, uint32_t len, const ck_native *natives, uint32_t nnatives,
               void *arena, uint32_t arena_size, uint32_t mem_size, char *err, uint32_t errlen);
int ck_vm_run(ck_vm *vm, uint64_t budget);
void *ck_vm_ptr(ck_vm *vm, uint32_t addr, uint32_t len);
int ck_vm_error_text(const char *msg, const uint8_t *image, uint32_t len, char *buf, uint32_t buflen);

#define MAX_IMAGE (256u * 1024u)
#define MEM       (64u * 1024u)
#define LOG_MAX   4096u

/* --- the natives: the device's names and signatures; each call is logged (native, arguments) ---- */
static uint32_t nlog[LOG_MAX];
static uint32_t nlogged;
static void *(*ptr_fn)(ck_vm *, uint32_t, uint32_t);     /* the ck_vm_ptr of the VM running */

static int native(ck_vm *vm, uint32_t *r, uint32_t id, uint32_t nargs)
{
    if (nlogged + 1 + nargs <= LOG_MAX) {
        nlog[nlogged++] = id;
        for (uint32_t i = 0; i < nargs; i++) nlog[nlogged++] = r[i];
    }
    switch (id) {
    case 0: vm->exit_status = r[0]; return CK_NATIVE_EXIT;             /* sys.exit */
    case 1: r[0] = vm->heap_start; r[1] = vm->stack_limit; return 0;   /* sys.heap */
    case 2: r[0] &= 0xffu; return 0;                                   /* io.putchar */
    case 3:                                                            /* io.write */
        if (!ptr_fn(vm, r[0], r[1])) return CK_FAULT_OOB;
        r[0] = r[1];
        return 0;
    default: return 0;
    }
}

enum {
#define X(id, name, ver, na, nr) N_##id,
    CK_NATIVES(X)
#undef X
};
#define X(id, name, ver, na, nr) static int n_##id(ck_vm *vm, uint32_t *r) { return native(vm, r, N_##id, na); }
CK_NATIVES(X)
#undef X
static const ck_native natives[] = {
#define X(id, name, ver, na, nr) { name, ver, na, nr, n_##id },
    CK_NATIVES(X)
#undef X
};
#define NNAT (uint32_t)(sizeof natives / sizeof natives[0])
typedef char ck_native_ids[N_SYS_EXIT == 0 && N_SYS_HEAP == 1 && N_IO_PUTCHAR == 2 && N_IO_WRITE == 3 ? 1 : -1];

/* --- loading -------------------------------------------------------------------------------------- */
static ck_vm fvm, tvm;
static void *farena, *tarena;
static uint32_t arena_size;

/* The opcode at pc of function fi, or 256 if the image has no such place (the loader has read its
 * header, directory and function table already: they are sound). */
static uint32_t opcode_at(const uint8_t *img, uint32_t n, uint32_t fi, uint32_t pc)
{
    const uint8_t *funcs = 0, *code = 0;
    uint32_t nsect = img[28] | img[29] << 8, nfuncs = 0, code_size = 0;
    for (uint32_t i = 0; i < nsect; i++) {
        const uint8_t *e = img + CK_HDR_SIZE + i * CK_SECT_ENTRY_SIZE;
        if (get32(e) == CK_SECT_FUNCS) funcs = img + get32(e + 4), nfuncs = get32(e + 8) / CK_FUNC_SIZE;
        if (get32(e) == CK_SECT_CODE) code = img + get32(e + 4), code_size = get32(e + 8);
    }
    if (!funcs || !code || fi >= nfuncs) return 256;
    uint32_t off = get32(funcs + fi * CK_FUNC_SIZE), size = get32(funcs + fi * CK_FUNC_SIZE + 4);
    if (off > code_size || size > code_size - off || pc >= size) return 256;
    (void)n;
    return code[off + pc];
}

/* Loads img with both loaders; 1 when both accept it. */
static int load_both(const uint8_t *img, uint32_t n)
{
    char full[256], terse[CK_VERR_TERSE_SIZE], text[256];
    int rf = ck_vm_load(&fvm, img, n, natives, NNAT, farena, arena_size, MEM, full, sizeof full);
    int rt = tiny_vm_load(&tvm, img, n, natives, NNAT, tarena, arena_size, MEM, terse, sizeof terse);
    unsigned code = 0, fi = 0, op = 0, pc = 0;
    if (rt && sscanf(terse, "#%x %x %x %x", &code, &fi, &op, &pc) >= 1 && code == CK_VERR_TINY_OPCODE) {
        FUZZ_CHECK(op < CK_OP_COUNT && !CK_OP_TINY(op) && opcode_at(img, n, fi, pc) == op,
                   "the tiny loader refuses opcode 0x%x at pc %u of function %u ('%s'), which is not there", op, pc, fi,
                   terse);
        return 0;
    }
    FUZZ_CHECK(rf == rt, "full loader %s, tiny loader %s ('%s' / '%s')", rf ? "refuses" : "accepts",
               rt ? "refuses" : "accepts", rf ? full : "", rt ? terse : "");
    if (rf) {
        FUZZ_CHECK(ck_vm_error_text(terse, img, n, text, sizeof text) == 1, "terse message '%s' (for '%s') does not decode",
                   terse, full);
        FUZZ_CHECK(!strcmp(text, full), "tiny '%s' decodes to '%s', the full loader says '%s'", terse, text, full);
        return 0;
    }
    FUZZ_CHECK(fvm.nfuncs == tvm.nfuncs && fvm.entry == tvm.entry && fvm.mem_size == tvm.mem_size &&
               fvm.nregs_total == tvm.nregs_total && fvm.max_depth == tvm.max_depth,
               "the loaders lay the image out differently");
    return 1;
}

/* Runs both VMs: the same end. */
static void run_both(uint64_t budget)
{
    static uint32_t flog[LOG_MAX];
    ptr_fn = ck_vm_ptr;
    nlogged = 0;
    int rf = ck_vm_run(&fvm, budget);
    uint32_t fn = nlogged;
    memcpy(flog, nlog, fn * sizeof nlog[0]);
    ptr_fn = tiny_vm_ptr;
    nlogged = 0;
    int rt = tiny_vm_run(&tvm, budget);
    FUZZ_CHECK(rf == rt, "full VM %d, tiny VM %d (function %u pc %u / function %u pc %u)", rf, rt, fvm.fault.func,
               fvm.fault.pc, tvm.fault.func, tvm.fault.pc);
    FUZZ_CHECK(!memcmp(&fvm.fault, &tvm.fault, sizeof fvm.fault), "fault records differ: %s in %u at %u, 0x%x / %u at %u, 0x%x",
               tiny_vm_fault_name(rf), fvm.fault.func, fvm.fault.pc, fvm.fault.addr, tvm.fault.func, tvm.fault.pc,
               tvm.fault.addr);
    FUZZ_CHECK(rf != CK_EXIT || fvm.exit_status == tvm.exit_status, "exit status %u / %u", fvm.exit_status, tvm.exit_status);
    FUZZ_CHECK(fn == nlogged && !memcmp(flog, nlog, fn * sizeof nlog[0]), "the natives' calls differ");
    FUZZ_CHECK(!memcmp(fvm.regs, tvm.regs, fvm.nregs_total * 4u), "the registers differ");
    FUZZ_CHECK(!memcmp(fvm.mem, tvm.mem, fvm.mem_size), "guest memory differs");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_IMAGE || size < CK_HDR_SIZE) return 0;
    quiet();                                    /* (nothing prints; FUZZ_CHECK's report does) */
    uint8_t *img = fuzz_fixed_copy(data, size);
    uint32_t n = (uint32_t)size;
    arena_size = MEM + n + 64u * 1024u;
    farena = malloc(arena_size);
    tarena = malloc(arena_size);
    if (!farena || !tarena) abort();
    if (load_both(img, n)) {
        run_both(10000);
        if (load_both(img, n)) run_both(1 + get32(img + 12) % 64u);
    }
    free(farena);
    free(tarena);
    free(img);
    loud();
    return 0;
}

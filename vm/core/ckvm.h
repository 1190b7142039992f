/* The Cockpit VM core: load (parse + verify) an image, then run it.
 *
 * Freestanding C99: no allocation, no I/O, only memcpy/memmove/memset from the C library. Every
 * byte of state lives in memory the port hands in: the ck_vm struct (which a port may allocate
 * statically) and one arena carved into the function table, the native table, guest memory, the
 * call-frame stack and the register stack. The image itself is read in place (on a board it is
 * flash) and must stay valid and unchanged while the VM uses it.
 *
 * Semantics, verification rules and native conventions: docs/bytecode.md. Limits: config.h.
 */
#ifndef COCKPIT_CKVM_H
#define COCKPIT_CKVM_H

#include <stddef.h>
#include <stdint.h>

#include "cockpit/config.h"

/* --- results and faults -------------------------------------------------------------------------- */
/* ck_vm_run returns CK_EXIT when the guest finished (status in vm->exit_status), else a fault kind. */
enum ck_fault_kind {
    CK_EXIT = 0,
    CK_FAULT_OOB,       /* load/store/bulk/native access outside guest memory (fault.addr says where) */
    CK_FAULT_DIV0,      /* integer division or remainder by zero */
    CK_FAULT_STACK,     /* guest stack, register stack or call depth exhausted */
    CK_FAULT_CALLI,     /* calli: not a function pointer, or its window does not fit */
    CK_FAULT_TRAP,      /* the trap instruction */
    CK_FAULT_BUDGET,    /* the run's budget (taken branches, calls, bulk bytes: ck_vm_run) is spent */
    CK_FAULT_NATIVE,    /* a native reported a failure of its own */
    CK_FAULT_COUNT
};

/* A native returns 0 to continue, CK_NATIVE_EXIT after setting vm->exit_status to stop the guest,
 * or a fault kind (CK_FAULT_OOB after ck_vm_ptr failed, CK_FAULT_NATIVE, ...). */
#define CK_NATIVE_EXIT (-1)

typedef struct ck_fault {
    int kind;           /* enum ck_fault_kind */
    uint32_t func;      /* index of the function that faulted */
    uint32_t pc;        /* byte offset of the faulting instruction in that function's code */
    uint32_t addr;      /* CK_FAULT_OOB: the first guest address found outside memory */
} ck_fault;

/* --- natives ------------------------------------------------------------------------------------- */
struct ck_vm;
/* r points at the caller's r[c]: the native reads its nargs registers there and writes its nrets. */
typedef int (*ck_native_fn)(struct ck_vm *vm, uint32_t *r);
typedef struct ck_native {
    const char *name;   /* "io.putchar" */
    uint16_t version;   /* satisfies imports asking for this version or older */
    uint8_t nargs, nrets;
    ck_native_fn fn;
} ck_native;

/* --- the machine --------------------------------------------------------------------------------- */
/* A function as the interpreter sees it (decoded from the image's record at load). */
typedef struct ck_func {
    const uint8_t *entry;   /* its first instruction (in the image's CODE section) */
    uint16_t frame;     /* guest stack bytes, rounded up to CK_STACK_ALIGN */
    uint8_t nregs;      /* window size */
    uint8_t span;       /* max(nargs, nrets): what a calli window must leave room for */
} ck_func;

/* One activation: slot 1 of vm->frames is the entry function's, slot 1 + k the k-th nested call's
 * (slot 0 is where the entry's ret leaves the interpreter). call fills the next slot and ret goes
 * back to the previous one. The caller's window is not saved: ret finds it from the c operand of
 * the call, the byte just before the return address. */
typedef struct ck_frame {
    const uint8_t *ret; /* where the caller resumes (the entry's: code in interp.c that ends the run) */
    const ck_func *fn;  /* the function running in this activation */
    uint32_t room;      /* its stack pointer (= frame base) - vm->stack_limit */
    uintptr_t lim;      /* set by the loader: a call from here must end its callee's window at or
                         * below this address, the register stack's end, or 0 in the deepest slot
                         * (the call depth is spent): one compare checks both */
} ck_frame;

/* The part of a run's state that ck_vm_run keeps in memory rather than in registers (call, return,
 * frame and budget refills are rare next to the arithmetic, loads and branches). */
typedef struct ck_run {
    ck_frame *fp;       /* the running function's activation */
    uint64_t reserve;   /* budget units not yet moved into the interpreter's fuel counter */
} ck_run;

#ifdef CK_VM_PROFILE
/* A build with -DCK_VM_PROFILE (all of it: the struct below changes ck_vm) makes ck_vm_run count
 * every instruction it dispatches by opcode, and every pair of consecutive instructions, into the
 * table vm->profile points at (set it after ck_vm_load; NULL counts nothing). For choosing
 * superinstructions and measuring instruction mixes; off by default, it slows the loop down. */
typedef struct ck_vm_profile {
    uint64_t count[256];        /* by opcode */
    uint64_t pair[256][256];    /* [previous opcode][opcode] */
} ck_vm_profile;
#endif

typedef struct ck_vm {
    /* the image, read in place */
    const uint8_t *code;            /* CODE section */
    const ck_func *funcs;  uint32_t nfuncs;
    const ck_native_fn *natives; uint32_t nimports;   /* import i resolved to natives[i] */
    uint32_t entry, entry_nrets;
    const uint8_t *names;           /* NAMES section (verified) or NULL */
    const uint8_t *strtab;          /* STRTAB section (verified) or NULL */
    /* guest memory: host bytes mem[0..mem_size) are guest addresses CK_MEM_BASE.. */
    uint8_t *mem;       uint32_t mem_size;
    uint32_t heap_start;            /* first guest address after BSS (8-aligned) */
    uint32_t stack_limit;           /* lowest address the guest stack may reach */
    uint32_t stack_top;             /* CK_MEM_BASE + mem_size: the stack starts here */
    /* stacks carved from the arena */
    uint32_t *regs;     uint32_t nregs_total;
    ck_frame *frames;   uint32_t max_depth;     /* max_depth + 2 activation slots (ck_frame) */
    ck_run run;                     /* ck_vm_run's own */
    /* results of ck_vm_run */
    uint32_t exit_status;
    ck_fault fault;
    void *user;                     /* for the port's natives; the core never touches it */
#ifdef CK_VM_PROFILE
    ck_vm_profile *profile;         /* counts of dispatched opcodes and pairs, or NULL */
#endif
} ck_vm;

/* --- loading (vm/core/load.c) -------------------------------------------------------------------- */
/* Parses and completely verifies an image (docs/bytecode.md "Verification"), resolves its imports
 * against natives[0..nnatives), and lays out guest memory (mem_size bytes, rounded down to a
 * multiple of 8) and the stacks in the arena (any alignment). The function and native tables
 * take less than len bytes, so an arena of mem_size + len + S bytes leaves S bytes for the stacks:
 * a quarter of them (at most CK_MAX_CALL_DEPTH nested calls) for call frames, the rest for registers.
 * Guest memory (but for RODATA and DATA) and the registers start zeroed. The arena must not
 * overlap the image (refused). Returns 0, or -1 with a specific message in err (NUL-terminated,
 * truncated to errlen; a build with -DCK_VM_TERSE_ERRORS writes only the message's number and
 * arguments there, vm/core/verrors.h). vm->user is preserved. */
int ck_vm_load(ck_vm *vm, const uint8_t *image, uint32_t len,
               const ck_native *natives, uint32_t nnatives,
               void *arena, uint32_t arena_size, uint32_t mem_size,
               char *err, uint32_t errlen);

/* CRC-32 (IEEE 802.3, reflected) of p[0..n) continuing from crc (0 to start), as the image
 * header's: the one the loader checks, also for the firmware's frames (one copy in the flash). */
uint32_t ck_vm_crc32(uint32_t crc, const uint8_t *p, uint32_t n);

/* The function's name from the NAMES section, or NULL when the image has none. */
const char *ck_vm_func_name(const ck_vm *vm, uint32_t func);

/* Full builds only: the text of a terse load error ("#C A1 A2 ...", from a build with
 * -DCK_VM_TERSE_ERRORS: vm/core/verrors.h), worded exactly as a full build's ck_vm_load words it.
 * image, len: the image that was refused, for function and import names (NULL: "function N",
 * "import N"; it is not trusted). Returns 1 with the text in buf (NUL-terminated, truncated to
 * buflen), or 0 when msg is not a terse message. */
int ck_vm_error_text(const char *msg, const uint8_t *image, uint32_t len, char *buf, uint32_t buflen);

/* --- running (vm/core/interp.c; vm/core/tiny.c in a build with -DCK_VM_TINY) --------------------- */
/* Calls the entry function once. budget: units allowed before CK_FAULT_BUDGET (0 = unlimited):
 * one per taken branch, jump table and call (call, calli, calln), and one per full CK_BUDGET_BULK
 * bytes of a memcpy/memmove/memset, so that the budget bounds the time of a run. Returns CK_EXIT
 * (status in vm->exit_status: the entry's r0, 0 if it returns nothing, or sys.exit's argument) or
 * a fault kind, with vm->fault filled in. Run a loaded VM once: a second run needs a new
 * ck_vm_load. */
int ck_vm_run(ck_vm *vm, uint64_t budget);

/* (these two in vm/core/load.c, for either interpreter)
 * "out of bounds", "division by zero", "stack overflow", ... ("unknown fault" if out of range). */
const char *ck_vm_fault_name(int kind);

/* For natives: host pointer to guest bytes [addr, addr + len), or NULL after recording the fault
 * address in vm->fault.addr (return CK_FAULT_OOB then). len 0 is always valid. */
void *ck_vm_ptr(ck_vm *vm, uint32_t addr, uint32_t len);

#endif

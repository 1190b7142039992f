/* The LLVM pipeline and the Cockpit back end (libckcc.a): LLVM IR -> optimised IR -> Cockpit
 * assembly text (docs/bytecode.md "Assembly"), which ck_asm_to_obj turns into an object.
 * How the lowering works, its conventions and its limits: docs/backend.md.
 *
 *   ck_cc_load_ir    .ll text or .bc bitcode -> module (in the caller's context)
 *   ck_cc_optimize   Cockpit data layout and triple, LLVM's default<O0|O1|O2|Os> pipeline, verify
 *   ck_cc_emit_asm   instruction selection, out of SSA, register allocation, assembly text
 *
 * Every function returns 0, or -1 with a malloc'd message in *err (the caller frees it with free()).
 */
#ifndef COCKPIT_CKCC_H
#define COCKPIT_CKCC_H

#include <llvm-c/Types.h>

#include "cktools.h"

typedef struct ck_cc_opts {
    char opt;      /* '0', '1', '2' or 's' */
    int debug;     /* -g: .loc directives from the IR's debug locations (the LINES table) */
    int large_data;   /* --large-data: static data addresses as 32-bit constants (li), not 16-bit
                         (liu, the default: every static address below 64 KiB) */
    int tiny;      /* --target tiny: only the tiny instruction set (CK_OP_TINY, include/cockpit/isa.h);
                      64-bit arithmetic and floating point become calls to the guest runtime
                      (__ck_<mnemonic>, stdlib/rt/), no superinstructions or narrow forms */
} ck_cc_opts;

/* Reads an IR file: LLVM bitcode (by its magic) or textual IR. "-" is standard input. */
int ck_cc_load_ir(const char *path, LLVMContextRef ctx, LLVMModuleRef *out, char **err);

/* Parses textual IR held in memory (len bytes; need not be NUL-terminated); name is for messages. */
int ck_cc_parse_ir(const char *name, const char *text, size_t len, LLVMContextRef ctx,
                   LLVMModuleRef *out, char **err);

/* Checks that the module's data layout is compatible (32-bit little-endian pointers, i64 and f64
 * 8-aligned: what clang --target=armv7m-none-eabi produces; no layout is fine), sets Cockpit's,
 * drops clang's -O0 `optnone`/`noinline` pair when optimising, runs default<Ox> without
 * vectorisation, and verifies the result. */
int ck_cc_optimize(LLVMModuleRef m, const ck_cc_opts *o, char **err);

/* Lowers the whole module to Cockpit assembly appended to *asm_out (NUL-terminated). srcname
 * names the input in the header comment. Unsupported IR gives an error naming the function and
 * the construct; no partial text is appended then. */
int ck_cc_emit_asm(LLVMModuleRef m, const char *srcname, const ck_cc_opts *o, ck_buf *asm_out, char **err);

/* IR-level expansions done first by ck_cc_emit_asm (expand.c): llvm.is.fpclass into integer tests. */
int ck_cc_expand(LLVMModuleRef m, char **err);

/* The data layout string the back end assumes (the ARM EABI one, so struct layouts agree). */
extern const char ck_cc_datalayout[];

#endif

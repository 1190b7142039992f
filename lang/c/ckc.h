/* Cockpit C front end: compiles one C source file (the Cockpit C subset, docs/language.md) to an
 * LLVM module for the Cockpit target (32-bit little endian, ILP32, unsigned plain char, AAPCS
 * layout: data layout "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64", triple
 * "armv7m-none-eabi"). Diagnostics go to stderr through ck_diag (common/cktools.h). */
#ifndef COCKPIT_CKC_H
#define COCKPIT_CKC_H

#include <stddef.h>
#include <stdio.h>
#include <llvm-c/Core.h>

typedef struct ck_c_opts {
    const char **include_dirs; size_t ninclude;   /* -I, searched in order */
    const char **defines; size_t ndefines;        /* -D: "NAME" or "NAME=VALUE" */
    const char **undefs; size_t nundefs;          /* -U */
    int werror;                                   /* warnings count as errors */
    int wall;                                     /* extra warnings (unused variables, ...) */
    int debug;                                    /* attach source line information */
    const char *stdlib_include;                   /* the guest headers (stdlib/include), or NULL */
    int variadic_defs;                            /* allow defining variadic functions (the stdlib
                                                     is built with it: -fvariadic-definitions) */
    char opt;                                     /* optimisation level '0' '1' '2' 's' (0: not
                                                     optimising): predefines __OPTIMIZE__ and
                                                     __OPTIMIZE_SIZE__ as gcc does */
} ck_c_opts;

/* Compiles path into a new module in ctx. Returns 0 and sets *out, or -1 after printing every
 * diagnostic (no module is returned then). o may be NULL for defaults. */
int ck_c_compile(const char *path, const ck_c_opts *o, LLVMContextRef ctx, LLVMModuleRef *out);

/* Preprocesses path and writes the result as text (for `cockpit build -E`); 0 or -1. */
int ck_c_preprocess(const char *path, const ck_c_opts *o, FILE *out);

#define CK_C_DATALAYOUT "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
#define CK_C_TRIPLE "armv7m-none-eabi"

#endif

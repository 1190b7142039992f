/* The linker: Cockpit objects (.cko, already read and checked by ck_obj_read) -> one image.
 * Resolves symbols, merges native imports, keeps what the entry point reaches (functions, and data
 * at symbol granularity), lays out the segments and applies the relocations. See docs/bytecode.md,
 * "Linking". */
#ifndef COCKPIT_CKLINK_H
#define COCKPIT_CKLINK_H
#include <stddef.h>
#include "cktools.h"

typedef struct ck_link_input {
    const char *name;        /* for diagnostics: the object's file name */
    const ck_obj *obj;
    int lazy;                /* library member: linked only if it defines a symbol still undefined */
} ck_link_input;

typedef struct ck_link_opts {
    const char *entry;       /* entry function, default "main" */
    int keep_all;            /* keep unreferenced functions and data (no garbage collection) */
    int names;               /* write the NAMES section (function names for faults and disasm) */
} ck_link_opts;

/* Links in[0..n) into *out (which must be zeroed; free it with ck_image_free). Returns 0, or -1
 * after reporting every problem with ck_diag_error (file = the object concerned). */
int ck_link(const ck_link_input *in, size_t n, const ck_link_opts *opts, ck_image *out);

#endif

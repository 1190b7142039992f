/* Fuzz harness: the Cockpit C front end (lang/c: preprocessor, re2c lexer, Lemon parser, semantic
 * checks, LLVM IR generation) on arbitrary text, as `cockpit build x.c` runs it (ck_c_compile with
 * the guest headers of stdlib/include, -Wall).
 *
 * Input: the source of one file. The front end reads files through ck_read_file; this harness is
 * linked with -Wl,--wrap=ck_read_file so that the main file comes from the input and an #include
 * reaches only the guest headers (stdlib/include: the FUZZ_STDINC directory, or $CK_FUZZ_STDINC):
 * no other file of the machine, no /dev/zero, no stdin ("-"). Checked besides "no crash, no
 * leak": a module the front end returns passes LLVMVerifyModule (the front end never hands the
 * back end broken IR).
 */
#define _DEFAULT_SOURCE                                  /* realpath */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>

#include "ckc.h"
#include "fuzz.h"

#ifndef FUZZ_STDINC
#define FUZZ_STDINC "stdlib/include"
#endif

/* A directory that does not exist: quoted includes relative to the main file find nothing. */
#define MAIN_PATH "/nonexistent-cockpit-fuzz/input.c"

static const uint8_t *input;
static size_t input_len;
static char stdinc[PATH_MAX];

int __real_ck_read_file(const char *path, ck_buf *out, char *err, size_t errlen);

int __wrap_ck_read_file(const char *path, ck_buf *out, char *err, size_t errlen)
{
    if (!strcmp(path, MAIN_PATH)) {
        ck_buf b = {0};
        ck_buf_reserve(&b, input_len + 1);
        if (input_len) memcpy(b.data, input, input_len);
        b.len = input_len;
        b.data[b.len] = 0;
        *out = b;
        return 0;
    }
    char rp[PATH_MAX];
    size_t k = strlen(stdinc);
    if (*stdinc && realpath(path, rp) && !strncmp(rp, stdinc, k) && rp[k] == '/')
        return __real_ck_read_file(rp, out, err, errlen);
    snprintf(err, errlen, "cannot open '%s': %s", path, strerror(EACCES));
    return -1;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *d = getenv("CK_FUZZ_STDINC");
    if (!realpath(d && *d ? d : FUZZ_STDINC, stdinc)) {
        fprintf(stderr, "fuzz/cc: no guest headers at '%s' (set CK_FUZZ_STDINC): #include <...> will fail\n",
                d && *d ? d : FUZZ_STDINC);
        stdinc[0] = 0;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64u * 1024u) return 0;
    input = data;
    input_len = size;
    ck_c_opts o;
    memset(&o, 0, sizeof o);
    o.wall = 1;
    o.opt = '2';
    o.stdlib_include = *stdinc ? stdinc : NULL;

    ck_buf diags = {0};
    quiet();
    ck_diag_capture(&diags);
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef m = NULL;
    if (ck_c_compile(MAIN_PATH, &o, ctx, &m) == 0) {
        char *msg = NULL;
        int bad = LLVMVerifyModule(m, LLVMReturnStatusAction, &msg);
        FUZZ_CHECK(!bad, "the front end made invalid IR: %s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        LLVMDisposeModule(m);
    }
    LLVMContextDispose(ctx);
    ck_diag_capture(NULL);
    ck_diag_reset();
    loud();
    fuzz_show(&diags);
    ck_buf_free(&diags);
    return 0;
}

/* ckcc_try: a test-only driver for the back end, before and beside `cockpit`.
 *   ckcc_try [-O0|-O1|-O2|-Os] [-g] [-S] [-q] FILE.ll|FILE.bc|FILE.c [-- CLANG-ARGS...]
 * compiles (a .c file first goes through clang-19 --target=armv7m-none-eabi -ffreestanding
 * -emit-llvm), prints the assembly with -S, else assembles, links and runs it on the host VM and
 * exits with the guest's status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Core.h>

#include "cktools.h"
#include "ckasm.h"
#include "cklink.h"
#include "ckhost.h"
#include "backend/ckcc.h"

int main(int argc, char **argv)
{
    ck_cc_opts o = { '2', 0 };
    int asm_only = 0, quiet = 0, i;
    const char *in = NULL;
    char extra[2048] = "";
    for (i = 1; i < argc; i++) {
        if (!strncmp(argv[i], "-O", 2) && argv[i][2]) o.opt = argv[i][2];
        else if (!strcmp(argv[i], "-g")) o.debug = 1;
        else if (!strcmp(argv[i], "-S")) asm_only = 1;
        else if (!strcmp(argv[i], "-q")) quiet = 1;
        else if (!strcmp(argv[i], "--")) { i++; break; }
        else in = argv[i];
    }
    for (; i < argc; i++) {
        strncat(extra, " ", sizeof extra - strlen(extra) - 1);
        strncat(extra, argv[i], sizeof extra - strlen(extra) - 1);
    }
    if (!in) { fprintf(stderr, "usage: ckcc_try [-O0|1|2|s] [-g] [-S] FILE.ll|.bc|.c [-- clang args]\n"); return 2; }
    char tmp[64] = "";
    size_t n = strlen(in);
    if (n > 2 && !strcmp(in + n - 2, ".c")) {
        snprintf(tmp, sizeof tmp, "/tmp/ckcc_try_%d.ll", (int)getpid());
        char cmd[4096];
        snprintf(cmd, sizeof cmd, "clang-19 --target=armv7m-none-eabi -ffreestanding -emit-llvm -S %s%s -o %s '%s'",
                 o.debug ? "-g " : "", extra, tmp, in);
        if (system(cmd)) { fprintf(stderr, "ckcc_try: clang failed\n"); return 2; }
        in = tmp;
    }
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef m = NULL;
    char *err = NULL;
    ck_buf text = { 0 };
    int rc = ck_cc_load_ir(in, ctx, &m, &err);
    if (!rc) rc = ck_cc_optimize(m, &o, &err);
    if (!rc && getenv("CKCC_IR")) { char *s = LLVMPrintModuleToString(m); fputs(s, stderr); LLVMDisposeMessage(s); }
    if (!rc) rc = ck_cc_emit_asm(m, in, &o, &text, &err);
    if (tmp[0]) unlink(tmp);
    if (m) LLVMDisposeModule(m);
    LLVMContextDispose(ctx);
    if (rc) { fprintf(stderr, "ckcc_try: error: %s\n", err ? err : "?"); free(err); return 2; }
    if (asm_only) { fwrite(text.data, 1, text.len, stdout); ck_buf_free(&text); return 0; }
    ck_obj obj;
    if (ck_asm_to_obj("<asm>", (const char *)text.data, text.len, &obj)) {
        if (!quiet) fwrite(text.data, 1, text.len, stderr);
        ck_buf_free(&text);
        return 3;
    }
    ck_buf_free(&text);
    ck_link_input lin = { in, &obj };
    ck_link_opts lo = { "main", 0, 1 };
    ck_image im;
    memset(&im, 0, sizeof im);
    if (ck_link(&lin, 1, &lo, &im)) {
        ck_obj_free(&obj);
        return 4;
    }
    ck_obj_free(&obj);
    ck_buf img = { 0 };
    ck_image_write(&im, &img);
    ck_image_free(&im);
    ck_host_opts ho;
    memset(&ho, 0, sizeof ho);
    ho.budget = 4000000000ull;
    rc = ck_host_run(img.data, img.len, "<image>", &ho);
    ck_buf_free(&img);
    return rc;
}

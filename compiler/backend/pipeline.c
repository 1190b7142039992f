/* The LLVM side of the pipeline: reading IR (text or bitcode), checking and setting the data
 * layout, and LLVM's own optimisation pipeline (new pass manager) before the back end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/Core.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "be.h"

/* armv7m-none-eabi's layout: struct layouts, sizes and alignments agree with clang's ARM output. */
const char ck_cc_datalayout[] = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64";
static const char ck_cc_triple[] = "cockpit-unknown-none";

static int fail(char **err, const char *prefix, const char *msg)
{
    ck_buf b = { 0 };
    ck_buf_printf(&b, "%s%s", prefix, msg ? msg : "");
    /* LLVM's messages may end in a newline */
    while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' ')) b.data[--b.len] = 0;
    if (err) *err = (char *)b.data;
    else ck_buf_free(&b);
    return -1;
}

static int parse_buffer(LLVMMemoryBufferRef mb, LLVMContextRef ctx, LLVMModuleRef *out, char **err)
{
    const char *p = LLVMGetBufferStart(mb);
    size_t n = LLVMGetBufferSize(mb);
    char *msg = NULL;
    *out = NULL;
    int bitcode = n >= 4 && ((p[0] == 'B' && p[1] == 'C' && (unsigned char)p[2] == 0xC0 && (unsigned char)p[3] == 0xDE) ||
                             ((unsigned char)p[0] == 0xDE && (unsigned char)p[1] == 0xC0 && p[2] == 0x17 && p[3] == 0x0B));
    if (bitcode) {
        LLVMBool bad = LLVMParseBitcodeInContext2(ctx, mb, out);
        LLVMDisposeMemoryBuffer(mb);
        if (bad) { *out = NULL; return fail(err, "invalid LLVM bitcode", ""); }
        return 0;
    }
    /* LLVMParseIRInContext takes ownership of the buffer */
    if (LLVMParseIRInContext(ctx, mb, out, &msg)) {
        int rc = fail(err, "", msg);
        LLVMDisposeMessage(msg);
        *out = NULL;
        return rc;
    }
    return 0;
}

int ck_cc_load_ir(const char *path, LLVMContextRef ctx, LLVMModuleRef *out, char **err)
{
    ck_buf in = { 0 };
    char e[512];
    if (ck_read_file(path, &in, e, sizeof e)) return fail(err, "", e);
    int rc = ck_cc_parse_ir(path, (const char *)in.data, in.len, ctx, out, err);
    ck_buf_free(&in);
    return rc;
}

int ck_cc_parse_ir(const char *name, const char *text, size_t len, LLVMContextRef ctx, LLVMModuleRef *out, char **err)
{
    LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRangeCopy(text ? text : "", len, name ? name : "<ir>");
    return parse_buffer(mb, ctx, out, err);
}

/* The module's layout must agree with Cockpit's where it matters to the IR already produced. */
static int check_layout(LLVMModuleRef m, char **err)
{
    const char *dl = LLVMGetDataLayoutStr(m);
    if (!dl || !*dl) return 0;
    LLVMTargetDataRef td = LLVMCreateTargetData(dl);
    LLVMContextRef ctx = LLVMGetModuleContext(m);
    int ok = LLVMByteOrder(td) == LLVMLittleEndian && LLVMPointerSize(td) == 4 &&
             LLVMABIAlignmentOfType(td, LLVMInt64TypeInContext(ctx)) == 8 &&
             LLVMABIAlignmentOfType(td, LLVMDoubleTypeInContext(ctx)) == 8;
    LLVMDisposeTargetData(td);
    if (ok) return 0;
    ck_buf b = { 0 };
    ck_buf_printf(&b, "the IR was produced for an incompatible target (data layout \"%s\"); Cockpit needs 32-bit "
                      "little-endian pointers and 8-byte aligned i64/double: compile with clang --target=armv7m-none-eabi", dl);
    *err = (char *)b.data;
    return -1;
}

/* clang -O0 marks every function optnone + noinline; optimising such IR means dropping both. */
static void drop_optnone(LLVMModuleRef m)
{
    unsigned optnone = LLVMGetEnumAttributeKindForName("optnone", 7);
    unsigned noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
    for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn)) {
        if (!LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, optnone)) continue;
        LLVMRemoveEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, optnone);
        LLVMRemoveEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, noinline);
    }
}

int ck_cc_optimize(LLVMModuleRef m, const ck_cc_opts *o, char **err)
{
    char *msg = NULL;
    char opt = o && o->opt ? o->opt : '2';
    if (opt != '0' && opt != '1' && opt != '2' && opt != 's' && opt != '3' && opt != 'z')
        return fail(err, "unknown optimisation level -O", (char[]){ opt, 0 });
    if (check_layout(m, err)) return -1;
    LLVMSetDataLayout(m, ck_cc_datalayout);
    LLVMSetTarget(m, ck_cc_triple);
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        int rc = fail(err, "invalid IR: ", msg);
        LLVMDisposeMessage(msg);
        return rc;
    }
    LLVMDisposeMessage(msg);
    msg = NULL;
    if (opt != '0') drop_optnone(m);
    /* LLVM 19's pass builder options do not keep the SLP vectorizer out; its own switch does */
    static int cl_done;
    if (!cl_done) {
        const char *av[] = { "cockpit", "-vectorize-slp=false", "-vectorize-loops=false" };
        LLVMParseCommandLineOptions(3, av, NULL);
        cl_done = 1;
    }
    /* At -O2/-O3, loop strength reduction (a code generator pass in LLVM's own back ends, so not in
     * the default pipeline) turns a[i] in loops into pointers that step, and early CSE merges what
     * it leaves duplicated: 3-4 % fewer instructions executed for 0.5 % more code, so not at -Os. */
    char pipeline[128];
    if (opt == '2' || opt == '3') snprintf(pipeline, sizeof pipeline, "default<O%c>,function(loop-mssa(loop-reduce),early-cse)", opt);
    else snprintf(pipeline, sizeof pipeline, "default<O%c>", opt);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMPassBuilderOptionsSetLoopVectorization(po, 0);     /* the VM is scalar */
    LLVMPassBuilderOptionsSetSLPVectorization(po, 0);
    LLVMPassBuilderOptionsSetLoopUnrolling(po, opt == '2' || opt == '3');
    /* -Os: inline only what costs nothing (and static functions with one caller). A call in the
     * VM is 3-4 bytes with no registers to save (register windows), so copying a body into a
     * second caller rarely pays; LLVM's -Os threshold (50) assumes native calls. Measured on
     * bench/: 7065 -> 6754 bytes of code (docs/PERFORMANCE.md). */
    if (opt == 's') LLVMPassBuilderOptionsSetInlinerThreshold(po, 0);
    LLVMErrorRef e = LLVMRunPasses(m, pipeline, NULL, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *em = LLVMGetErrorMessage(e);
        int rc = fail(err, "LLVM pass pipeline failed: ", em);
        LLVMDisposeErrorMessage(em);
        return rc;
    }
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        int rc = fail(err, "internal error: the optimised IR does not verify: ", msg);
        LLVMDisposeMessage(msg);
        return rc;
    }
    LLVMDisposeMessage(msg);
    return 0;
}

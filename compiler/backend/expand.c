/* IR-level expansions run before instruction selection, for intrinsics that are simplest to
 * express as ordinary LLVM IR which the rest of the back end already handles.
 *
 * llvm.is.fpclass(x, mask): LLVM 19's optimiser makes it out of ordinary C (`x != x`,
 * `x > 0 && x < INFINITY`, `isinf`, `signbit(v) && v == 0`...). It becomes integer tests on the
 * bits of x: with `a` = the bits without the sign, for IEEE binary32/64,
 *   NaN       a >  exp          (exp = all exponent bits set, mantissa 0)
 *   quiet NaN a >= exp | quiet  (quiet = the mantissa's top bit)
 *   infinity  a == exp
 *   normal    a - min_normal <u exp - min_normal
 *   subnormal a - 1 <u min_normal - 1
 *   zero      a == 0
 * each class split by the sign bit as the mask asks (bit 0 signalling NaN, 1 quiet NaN, 2 -inf,
 * 3 -normal, 4 -subnormal, 5 -0, 6 +0, 7 +subnormal, 8 +normal, 9 +inf). */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>

#include "ckcc.h"

static LLVMValueRef expand_fpclass(LLVMBuilderRef b, LLVMValueRef call)
{
    LLVMValueRef x = LLVMGetOperand(call, 0);
    LLVMValueRef maskv = LLVMGetOperand(call, 1);
    LLVMTypeRef ft = LLVMTypeOf(x);
    LLVMTypeKind k = LLVMGetTypeKind(ft);
    if ((k != LLVMFloatTypeKind && k != LLVMDoubleTypeKind) || !LLVMIsAConstantInt(maskv)) return NULL;
    unsigned mask = (unsigned)LLVMConstIntGetZExtValue(maskv);
    LLVMContextRef ctx = LLVMGetTypeContext(ft);
    int dbl = k == LLVMDoubleTypeKind;
    LLVMTypeRef it = dbl ? LLVMInt64TypeInContext(ctx) : LLVMInt32TypeInContext(ctx);
    unsigned long long sign = dbl ? 0x8000000000000000ull : 0x80000000ull;
    unsigned long long exp = dbl ? 0x7ff0000000000000ull : 0x7f800000ull;
    unsigned long long quiet = dbl ? 0x0008000000000000ull : 0x00400000ull;
    unsigned long long minn = dbl ? 0x0010000000000000ull : 0x00800000ull;
#define C(v) LLVMConstInt(it, (v), 0)
    LLVMValueRef bits = LLVMBuildBitCast(b, x, it, "fpc.bits");
    LLVMValueRef a = LLVMBuildAnd(b, bits, C(~sign & (dbl ? ~0ull : 0xffffffffull)), "fpc.abs");
    LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, bits, C(0), "fpc.neg");
    LLVMValueRef pos = LLVMBuildNot(b, neg, "fpc.pos");
    LLVMValueRef nan = LLVMBuildICmp(b, LLVMIntUGT, a, C(exp), "fpc.nan");
    LLVMValueRef qnan = LLVMBuildICmp(b, LLVMIntUGE, a, C(exp | quiet), "fpc.qnan");
    LLVMValueRef snan = LLVMBuildAnd(b, nan, LLVMBuildNot(b, qnan, ""), "fpc.snan");
    LLVMValueRef inf = LLVMBuildICmp(b, LLVMIntEQ, a, C(exp), "fpc.inf");
    LLVMValueRef norm = LLVMBuildICmp(b, LLVMIntULT, LLVMBuildSub(b, a, C(minn), ""), C(exp - minn), "fpc.norm");
    LLVMValueRef sub = LLVMBuildICmp(b, LLVMIntULT, LLVMBuildSub(b, a, C(1), ""), C(minn - 1), "fpc.sub");
    LLVMValueRef zero = LLVMBuildICmp(b, LLVMIntEQ, a, C(0), "fpc.zero");
#undef C
    LLVMValueRef terms[10] = {
        snan, qnan,
        LLVMBuildAnd(b, inf, neg, ""), LLVMBuildAnd(b, norm, neg, ""), LLVMBuildAnd(b, sub, neg, ""),
        LLVMBuildAnd(b, zero, neg, ""), LLVMBuildAnd(b, zero, pos, ""), LLVMBuildAnd(b, sub, pos, ""),
        LLVMBuildAnd(b, norm, pos, ""), LLVMBuildAnd(b, inf, pos, ""),
    };
    LLVMTypeRef i1 = LLVMInt1TypeInContext(ctx);
    LLVMValueRef r = LLVMConstInt(i1, 0, 0);
    for (int i = 0; i < 10; i++)
        if (mask & (1u << i)) r = LLVMBuildOr(b, r, terms[i], "");
    return r;
}

int ck_cc_expand(LLVMModuleRef m, char **err)
{
    (void)err;
    LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(m));
    for (LLVMValueRef f = LLVMGetFirstFunction(m), next; f; f = next) {
        next = LLVMGetNextFunction(f);
        size_t len;
        const char *name = LLVMGetValueName2(f, &len);
        if (len < 15 || strncmp(name, "llvm.is.fpclass", 15)) continue;
        /* collect the calls first: replacing them changes the use list */
        size_t n = 0, cap = 0;
        LLVMValueRef *calls = NULL;
        for (LLVMUseRef u = LLVMGetFirstUse(f); u; u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != f) continue;
            if (n == cap) calls = ck_xrealloc(calls, sizeof *calls * (cap = cap ? 2 * cap : 8));
            calls[n++] = user;
        }
        for (size_t i = 0; i < n; i++) {
            LLVMPositionBuilderBefore(b, calls[i]);
            LLVMValueRef r = expand_fpclass(b, calls[i]);
            if (!r) continue;                 /* left for instruction selection to report */
            LLVMReplaceAllUsesWith(calls[i], r);
            LLVMInstructionEraseFromParent(calls[i]);
        }
        free(calls);
        if (!LLVMGetFirstUse(f)) LLVMDeleteFunction(f);
    }
    LLVMDisposeBuilder(b);
    return 0;
}

/* Global variables as assembly data: constants in .rodata, zero-initialised variables in .bss,
 * the rest in .data; initialisers flattened with the data layout's padding, strings as .ascii,
 * addresses as `.word sym+off` and function pointers as `.word @f`. */
#include <string.h>

#include "be.h"

typedef struct dw {
    cc_mod *M;
    ck_buf *out;
    const char *gname;
    int bytes_open;          /* a .byte line is being filled */
    int nbytes;
} dw;

static void flush_bytes(dw *d)
{
    if (d->bytes_open) ck_buf_printf(d->out, "\n");
    d->bytes_open = 0;
    d->nbytes = 0;
}

static void put_byte(dw *d, unsigned v)
{
    if (d->bytes_open && d->nbytes >= 16) flush_bytes(d);
    if (!d->bytes_open) { ck_buf_printf(d->out, "        .byte   %u", v & 0xffu); d->bytes_open = 1; }
    else ck_buf_printf(d->out, ", %u", v & 0xffu);
    d->nbytes++;
}

static void put_line(dw *d, const char *fmt, unsigned long long v)
{
    flush_bytes(d);
    ck_buf_printf(d->out, fmt, v);
}

static void put_space(dw *d, uint64_t n)
{
    if (!n) return;
    flush_bytes(d);
    ck_buf_printf(d->out, "        .space  %llu\n", (unsigned long long)n);
}

static int derr(dw *d, const char *what)
{
    return cc_error(d->M, "global %s: unsupported initialiser: %s", d->gname, what);
}

/* A pointer-sized constant: symbol + offset, function pointer, or a plain number. */
static int cval(dw *d, LLVMValueRef c, const char **sym, int64_t *off, int *fptr)
{
    cc_mod *M = d->M;
    *sym = NULL, *off = 0, *fptr = 0;
    if (LLVMIsAGlobalVariable(c)) { *sym = cc_name(M, c); return 0; }
    if (LLVMIsAFunction(c)) {
        if (LLVMIsDeclaration(c) && cc_fn_native(c) >= 0) return derr(d, "address of a native function");
        *sym = cc_name(M, c);
        *fptr = 1;
        return 0;
    }
    if (LLVMIsAConstantInt(c)) { *off = LLVMConstIntGetSExtValue(c); return 0; }
    if (LLVMIsAConstantPointerNull(c) || LLVMIsUndef(c) || LLVMIsPoison(c)) return 0;
    if (LLVMIsAGlobalAlias(c)) return derr(d, "global alias");
    if (LLVMIsAGlobalIFunc(c)) return derr(d, "ifunc");
    if (!LLVMIsAConstantExpr(c)) return derr(d, "constant of this kind");
    LLVMOpcode op = LLVMGetConstOpcode(c);
    switch (op) {
    case LLVMGetElementPtr: {
        if (cval(d, LLVMGetOperand(c, 0), sym, off, fptr)) return -1;
        LLVMTypeRef t = LLVMGetGEPSourceElementType(c);
        unsigned n = (unsigned)LLVMGetNumOperands(c);
        for (unsigned i = 1; i < n; i++) {
            LLVMValueRef ix = LLVMGetOperand(c, i);
            if (!LLVMIsAConstantInt(ix)) return derr(d, "non-constant index");
            int64_t k = LLVMConstIntGetSExtValue(ix);
            if (i == 1) *off += k * (int64_t)cc_size(M, t);
            else if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
                *off += (int64_t)LLVMOffsetOfElement(M->td, t, (unsigned)k);
                t = LLVMStructGetTypeAtIndex(t, (unsigned)k);
            } else {
                t = LLVMGetElementType(t);
                *off += k * (int64_t)cc_size(M, t);
            }
        }
        if (*fptr && *off) return derr(d, "offset from a function pointer");
        return 0;
    }
    case LLVMBitCast: case LLVMAddrSpaceCast: case LLVMPtrToInt: case LLVMIntToPtr: case LLVMTrunc: case LLVMZExt: case LLVMSExt:
        return cval(d, LLVMGetOperand(c, 0), sym, off, fptr);
    case LLVMAdd: case LLVMSub: {
        const char *s2;
        int64_t o2;
        int f2;
        if (cval(d, LLVMGetOperand(c, 0), sym, off, fptr) || cval(d, LLVMGetOperand(c, 1), &s2, &o2, &f2)) return -1;
        if (s2) return derr(d, "difference or sum of two addresses");
        *off = op == LLVMAdd ? *off + o2 : *off - o2;
        return 0;
    }
    default:
        return derr(d, "constant expression");
    }
}

static void put_word_sym(dw *d, const char *sym, int64_t off, int fptr)
{
    flush_bytes(d);
    int32_t o = (int32_t)(uint32_t)off;
    if (!sym) ck_buf_printf(d->out, "        .word   %lld\n", (long long)o);
    else if (fptr) ck_buf_printf(d->out, "        .word   @%s\n", sym);
    else if (o > 0) ck_buf_printf(d->out, "        .word   %s+%d\n", sym, o);
    else if (o < 0) ck_buf_printf(d->out, "        .word   %s-%lld\n", sym, -(long long)o);
    else ck_buf_printf(d->out, "        .word   %s\n", sym);
}

static void put_string(dw *d, const char *s, size_t n)
{
    flush_bytes(d);
    size_t i = 0;
    while (i < n) {
        ck_buf_printf(d->out, "        .ascii  \"");
        size_t start = i;
        for (; i < n && i - start < 64; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '"' || c == '\\') ck_buf_printf(d->out, "\\%c", c);
            else if (c == '\n') ck_buf_printf(d->out, "\\n");
            else if (c == '\t') ck_buf_printf(d->out, "\\t");
            else if (c < 0x20 || c >= 0x7f) ck_buf_printf(d->out, "\\x%02x", c);
            else ck_buf_u8(d->out, c);
        }
        ck_buf_printf(d->out, "\"\n");
    }
}

static int put_const(dw *d, LLVMValueRef c)
{
    cc_mod *M = d->M;
    LLVMTypeRef t = LLVMTypeOf(c);
    uint64_t size = cc_size(M, t);
    LLVMTypeKind tk = LLVMGetTypeKind(t);
    if (LLVMIsNull(c) || LLVMIsUndef(c) || LLVMIsPoison(c) || LLVMIsAConstantAggregateZero(c)) {
        if (size <= 8 && (tk == LLVMIntegerTypeKind || tk == LLVMPointerTypeKind)) {
            for (uint64_t k = 0; k < size; k++) put_byte(d, 0);
            return 0;
        }
        put_space(d, size);
        return 0;
    }
    switch (tk) {
    case LLVMIntegerTypeKind: {
        unsigned w = LLVMGetIntTypeWidth(t);
        if (!LLVMIsAConstantInt(c)) {
            const char *sym;
            int64_t off;
            int fp;
            if (w != 32) return derr(d, "address in a non-32-bit integer");
            if (cval(d, c, &sym, &off, &fp)) return -1;
            put_word_sym(d, sym, off, fp);
            return 0;
        }
        uint64_t v = LLVMConstIntGetZExtValue(c);
        if (w <= 8) put_byte(d, (unsigned)v);
        else if (w == 16) put_line(d, "        .half   %llu\n", v & 0xffff);
        else if (w == 32) put_line(d, "        .word   %llu\n", v & 0xffffffffu);
        else if (w == 64) put_line(d, "        .quad   0x%llx\n", v);
        else return derr(d, "integer of this width");
        return 0;
    }
    case LLVMFloatTypeKind: case LLVMDoubleTypeKind: {
        LLVMBool loses;
        double x = LLVMConstRealGetDouble(c, &loses);
        if (tk == LLVMFloatTypeKind) {
            float fx = (float)x;
            uint32_t u;
            memcpy(&u, &fx, 4);
            put_line(d, "        .word   0x%llx\n", u);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_line(d, "        .quad   0x%llx\n", (unsigned long long)u);
        }
        return 0;
    }
    case LLVMPointerTypeKind: {
        const char *sym;
        int64_t off;
        int fp;
        if (cval(d, c, &sym, &off, &fp)) return -1;
        put_word_sym(d, sym, off, fp);
        return 0;
    }
    case LLVMArrayTypeKind: case LLVMVectorTypeKind: {
        if (LLVMIsAConstantDataSequential(c)) {
            LLVMTypeRef et = LLVMGetElementType(t);
            if (LLVMGetTypeKind(et) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(et) == 8) {
                size_t n;
                const char *s = LLVMGetAsString(c, &n);
                put_string(d, s, n);
                return 0;
            }
            unsigned n = tk == LLVMArrayTypeKind ? (unsigned)LLVMGetArrayLength2(t) : LLVMGetVectorSize(t);
            for (unsigned i = 0; i < n; i++)
                if (put_const(d, LLVMGetAggregateElement(c, i))) return -1;
            return 0;
        }
        unsigned n = (unsigned)LLVMGetNumOperands(c);
        for (unsigned i = 0; i < n; i++)
            if (put_const(d, LLVMGetOperand(c, i))) return -1;
        return 0;
    }
    case LLVMStructTypeKind: {
        unsigned n = LLVMCountStructElementTypes(t);
        uint64_t at = 0;
        for (unsigned i = 0; i < n; i++) {
            uint64_t off = LLVMOffsetOfElement(M->td, t, i);
            if (off > at) put_space(d, off - at);
            LLVMValueRef e = LLVMGetOperand(c, i);
            if (put_const(d, e)) return -1;
            at = off + cc_size(M, LLVMTypeOf(e));
        }
        if (size > at) put_space(d, size - at);
        return 0;
    }
    default:
        return derr(d, "value of this type");
    }
}

int data_emit(cc_mod *M, ck_buf *out)
{
    dw D = { M, out, NULL, 0, 0 };
    int sect = -1;
    static const char *const sname[] = { ".rodata", ".data", ".bss" };
    for (LLVMValueRef g = LLVMGetFirstGlobal(M->m); g; g = LLVMGetNextGlobal(g)) {
        size_t len;
        const char *ln = LLVMGetValueName2(g, &len);
        D.gname = ln;
        if (!strncmp(ln, "llvm.", 5)) {
            LLVMValueRef init = LLVMGetInitializer(g);
            if ((!strcmp(ln, "llvm.global_ctors") || !strcmp(ln, "llvm.global_dtors")) && init && !LLVMIsNull(init))
                return cc_error(M, "unsupported IR: %s (constructors and destructors)", ln);
            continue;
        }
        if (LLVMIsDeclaration(g) || LLVMGetLinkage(g) == LLVMAvailableExternallyLinkage) continue;
        LLVMValueRef init = LLVMGetInitializer(g);
        LLVMTypeRef t = LLVMGlobalGetValueType(g);
        uint64_t size = cc_size(M, t);
        int zero = LLVMIsNull(init) || LLVMIsUndef(init) || LLVMIsPoison(init);
        int s = LLVMIsGlobalConstant(g) ? 0 : zero ? 2 : 1;
        unsigned align = LLVMGetAlignment(g);
        if (align < cc_align(M, t)) align = cc_align(M, t);
        if (align > 8) align = 8;
        if (s != sect) { ck_buf_printf(out, "%s\n", sname[s]); sect = s; }
        const char *name = cc_name(M, g);
        LLVMLinkage lk = LLVMGetLinkage(g);
        if (lk != LLVMInternalLinkage && lk != LLVMPrivateLinkage) ck_buf_printf(out, ".global %s\n", name);
        if (align > 1) ck_buf_printf(out, ".align %u\n", align);
        ck_buf_printf(out, "%s:\n", name);
        if (s == 2 || (zero && s == 0)) {
            ck_buf_printf(out, "        .space  %llu\n", (unsigned long long)(size ? size : 1));
        } else {
            if (put_const(&D, init)) return -1;
            flush_bytes(&D);
        }
    }
    return 0;
}

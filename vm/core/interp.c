/* The interpreter: one function, one case per opcode of include/cockpit/isa.h.
 *
 * Dispatch is direct threading through a label table (GCC/Clang computed goto) or a portable
 * switch (other compilers, or -DCK_VM_SWITCH); the cases are the same text either way. pc points
 * at the current instruction's opcode byte while it executes (operands are read at pc + k, then
 * pc advances), so a fault always reports the faulting instruction. The loader has verified
 * every register, branch target, index and call window, so the only checks here are the ones
 * that need run-time values: memory bounds, division by zero, the stacks, calli targets, and the
 * budget (charged on taken branches, jtab and calls, and by the size of a bulk memory operation,
 * so that it bounds the time of a run and not only its control flow).
 *
 * Speed (docs/PERFORMANCE.md, "VM speed work"): only pc, the register window, the dispatch table,
 * guest memory, its limit and the fuel counter live in locals, so that a 32-bit target keeps them
 * in registers; everything else a run needs is in vm->run (memory), and operations that are
 * library calls on a 32-bit target (f64, 64-bit division, 64-bit conversions) are out of line.
 * -DCK_VM_PROFILE counts opcodes and opcode pairs (ckvm.h).
 */
#include <string.h>

#include "ckvm.h"
/* Soft float (vm/core/softfp.c) instead of the C operators: -DCK_VM_SOFTFP for every float
 * operation (no FPU), -DCK_VM_SOFT_F64 for f64 and the 64-bit integer conversions only (an FPU
 * with single precision only), -DCK_VM_SOFT_CONV64 for the conversions between 64-bit integers and
 * floats only (an FPU with both precisions), -DCK_VM_SOFT_DIV64 for 64-bit division (no libgcc
 * division). */
#if defined(CK_VM_SOFTFP) && !defined(CK_VM_SOFT_F64)
#define CK_VM_SOFT_F64 1
#endif
#include "softfp.h"
#include "cockpit/isa.h"

#if defined(__GNUC__)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define INLINE static inline __attribute__((always_inline))
#define NOINLINE static __attribute__((noinline))
/* x's value unknown to the compiler from here on: it keeps x in a register rather than what x
 * was computed from */
#define OPAQUE(x) __asm__("" : "+r"(x))
/* -ffreestanding turns off the builtins: keep small copies inline (one load or store) */
#define memcpy __builtin_memcpy
#else
#define UNLIKELY(x) (x)
#define INLINE static inline
#define NOINLINE static
#define OPAQUE(x) ((void)0)
#endif

#if defined(__GNUC__) && !defined(CK_VM_SWITCH)
#define CK_THREADED 1
#endif
/* -DCK_VM_SHORT_DISPATCH (GCC; with CK_VM_SWITCH): the switch's single dispatch point, but through
 * a table of 16-bit offsets from the first case (label differences) instead of the switch's table
 * of 32-bit addresses: half the table, for a board short of flash. The offsets must fit 16 bits,
 * i.e. ck_vm_run's code 32 KB: the firmware's is under 14 KB; an AddressSanitizer build's is ten times
 * larger, so it gets 32-bit offsets (same code path). */
#if defined(__GNUC__) && defined(CK_VM_SWITCH) && defined(CK_VM_SHORT_DISPATCH)
#define CK_SHORT 1
#if defined(__SANITIZE_ADDRESS__)
typedef int32_t ck_doff;
#else
typedef int16_t ck_doff;
#endif
#endif

/* Out of line on a 32-bit target, where these are library calls whose register needs would push
 * the loop's hot locals onto the stack; inline on a 64-bit host, where they are instructions. */
#if defined(UINTPTR_MAX) && UINTPTR_MAX > 0xffffffffu
#define LIBCALL INLINE
#else
#define LIBCALL NOINLINE
#endif

#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define CK_BIG_ENDIAN 1
#endif

/* --- little-endian reads and writes of code and guest memory (unaligned, via memcpy) ------------- */
#ifdef CK_BIG_ENDIAN
INLINE uint16_t le16(uint16_t v) { return (uint16_t)(v >> 8 | v << 8); }
INLINE uint32_t le32(uint32_t v) { return v >> 24 | (v >> 8 & 0xff00u) | (v << 8 & 0xff0000u) | v << 24; }
INLINE uint64_t le64(uint64_t v) { return (uint64_t)le32((uint32_t)v) << 32 | le32((uint32_t)(v >> 32)); }
#else
#define le16(v) (v)
#define le32(v) (v)
#define le64(v) (v)
#endif

/* One load each where the target allows unaligned access (x86, Cortex-M3/M4/M7), else the
 * compiler's byte loads, which -DCK_VM_ACCESS_CALLS keeps out of line (smaller, slower: for a
 * board short of flash). */
#ifdef CK_VM_ACCESS_CALLS
#define ACCESS NOINLINE
#else
#define ACCESS INLINE
#endif
ACCESS uint32_t ld16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return le16(v); }
ACCESS uint32_t ld32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return le32(v); }
ACCESS uint64_t ld64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return le64(v); }
ACCESS void st16(uint8_t *p, uint32_t x) { uint16_t v = le16((uint16_t)x); memcpy(p, &v, 2); }
ACCESS void st32(uint8_t *p, uint32_t x) { uint32_t v = le32(x); memcpy(p, &v, 4); }
ACCESS void st64(uint8_t *p, uint64_t x) { uint64_t v = le64(x); memcpy(p, &v, 8); }
/* A sign-extended 16-bit immediate or branch offset. */
INLINE int32_t imm16(const uint8_t *p) { return (int16_t)ld16(p); }

/* --- register pairs and float bits ---------------------------------------------------------------- */
INLINE uint64_t get64(const uint32_t *r) { return (uint64_t)r[1] << 32 | r[0]; }
INLINE void put64(uint32_t *r, uint64_t v) { r[0] = (uint32_t)v; r[1] = (uint32_t)(v >> 32); }
INLINE float f32(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
INLINE uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
INLINE double f64(const uint32_t *r) { uint64_t u = get64(r); double d; memcpy(&d, &u, 8); return d; }
INLINE uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

/* --- bit counting --------------------------------------------------------------------------------- */
/* The builtin where the CPU has the instruction; elsewhere (RV32IMAC, Cortex-M0) GCC would call
 * libgcc's __clzsi2, which carries a 256-byte table on RISC-V: a short search instead
 * (-DCK_VM_PORTABLE_BITS forces it, to test it on a host). */
#if !defined(CK_VM_PORTABLE_BITS) && defined(__GNUC__) && (defined(__ARM_FEATURE_CLZ) || defined(__x86_64__) || defined(__i386__) || \
                          defined(__aarch64__) || defined(__riscv_zbb))
#define HW_CLZ 1
#endif
static uint32_t clz32(uint32_t v)
{
#ifdef HW_CLZ
    return v ? (uint32_t)__builtin_clz(v) : 32u;
#else
    uint32_t n = 0;
    if (!v) return 32;
    if (!(v >> 16)) v <<= 16, n += 16;
    if (!(v >> 24)) v <<= 8, n += 8;
    if (!(v >> 28)) v <<= 4, n += 4;
    if (!(v >> 30)) v <<= 2, n += 2;
    return n + (v >> 31 ? 0u : 1u);
#endif
}

static uint32_t ctz32(uint32_t v)
{
#ifdef HW_CLZ
    return v ? (uint32_t)__builtin_ctz(v) : 32u;
#else
    return v ? 31u - clz32(v & (0u - v)) : 32u;   /* the lowest set bit alone */
#endif
}

static uint32_t popcnt32(uint32_t v)
{
    v = v - (v >> 1 & 0x55555555u);
    v = (v & 0x33333333u) + (v >> 2 & 0x33333333u);
    return ((v + (v >> 4)) & 0x0f0f0f0fu) * 0x01010101u >> 24;
}

static uint32_t bswap32(uint32_t v)
{
    return v >> 24 | (v >> 8 & 0xff00u) | (v << 8 & 0xff0000u) | v << 24;
}

/* --- float -> integer: truncate, saturate at the type's range, NaN -> 0 (no C UB) ----------------- */
/* f32 sources are compared as f32 (exactly the same results as through f64: every bound is a power
 * of two), so that a single-precision FPU needs no double-precision library call. */
#ifndef CK_VM_SOFTFP
static uint32_t f2i(float x)
{
    if (x != x) return 0;
    if (x < -2147483648.0f) return 0x80000000u;
    if (x >= 2147483648.0f) return 0x7fffffffu;
    return (uint32_t)(int32_t)x;
}

static uint32_t f2u(float x)
{
    if (!(x > -1.0f)) return 0;                     /* NaN too */
    if (x >= 4294967296.0f) return 0xffffffffu;
    return (uint32_t)x;
}
#endif

#ifndef CK_VM_SOFT_F64
static uint32_t d2i(double x)
{
    if (x != x) return 0;
    if (x <= -2147483649.0) return 0x80000000u;
    if (x >= 2147483648.0) return 0x7fffffffu;
    return (uint32_t)(int32_t)x;
}

static uint32_t d2u(double x)
{
    if (!(x > -1.0)) return 0;                      /* NaN too */
    if (x >= 4294967296.0) return 0xffffffffu;
    return (uint32_t)x;
}

#ifndef CK_VM_SOFT_CONV64
static uint64_t d2l(double x)
{
    if (x != x) return 0;
    if (x < -9223372036854775808.0) return (uint64_t)1 << 63;
    if (x >= 9223372036854775808.0) return ~((uint64_t)1 << 63);
    return (uint64_t)(int64_t)x;
}

static uint64_t d2ul(double x)
{
    if (!(x > -1.0)) return 0;
    if (x >= 18446744073709551616.0) return ~(uint64_t)0;
    return (uint64_t)x;
}
#endif
#endif

/* --- square roots: the hardware's where the compiler has one, else softfp.c's (correctly rounded) -- */
/* -DCK_VM_SOFT_SQRT forces the software square root (to test it on a host with a hardware one) */
#if !defined(CK_VM_SOFT_SQRT) && !defined(CK_VM_SOFT_F64) && defined(__GNUC__) && \
    (defined(__x86_64__) || defined(__aarch64__) || defined(__SSE2_MATH__) || (defined(__ARM_FP) && (__ARM_FP & 8)))
#define HW_SQRT 1
#endif
#if !defined(CK_VM_SOFT_SQRT) && !defined(CK_VM_SOFTFP) && defined(__GNUC__) && \
    (defined(__x86_64__) || defined(__aarch64__) || defined(__SSE2_MATH__) || (defined(__ARM_FP) && (__ARM_FP & 4)))
#define HW_SQRTF 1
#endif
#ifndef CK_VM_SOFT_F64
static double sqrt64(double d)
{
#ifdef HW_SQRT
    return __builtin_sqrt(d);
#else
    uint64_t u = ck_sf_sqrt64(dbits(d));
    memcpy(&d, &u, 8);
    return d;
#endif
}
#endif

static uint32_t sqrt32(uint32_t f)
{
#ifdef HW_SQRTF
    return fbits(__builtin_sqrtf(f32(f)));
#else
    return ck_sf_sqrt32(f);
#endif
}

/* --- dot products ------------------------------------------------------------------------------------- */
/* A dot product's element: a 32-bit word, or a sign-extended 16-bit one (w = 2). */
INLINE uint32_t element(const uint8_t *p, uint32_t w)
{
    return w == 4u ? ld32(p) : (uint32_t)(int32_t)(int16_t)ld16(p);
}

/* dot16, dot32s, dot16sr rd, ra, rb, rc (pc at the opcode, r the register window): the loop of
 * mac16pi / mac32pis / mac16pisr that counts rc down to 0 (n = rc steps; 0: 2^32); and with
 * -DCK_VM_SHARED_MAC those three themselves (one step, no rc). The registers are read once and
 * written at the end in the order rd, ra, rb, rc, as the mac instructions write them. Returns 0,
 * or the offset of the first access outside guest memory (never 0), the registers then as the
 * loop had them before that step. Out of line: its own registers, one copy for all of them. */
#define IS_DOT(op)      ((uint32_t)(op) - CK_OP_DOT16 < 3u)     /* dot16, dot32s, dot16sr */
typedef char ck_dot_ops_in_a_row[CK_OP_DOT32S == CK_OP_DOT16 + 1 && CK_OP_DOT16SR == CK_OP_DOT16 + 2 ? 1 : -1];
NOINLINE uint32_t dot_run(const uint8_t *mem, uint32_t lim, uint32_t *r, const uint8_t *pc)
{
    uint32_t op = *pc, dot = IS_DOT(op), n = dot ? r[pc[4]] : 1u;
    const uint8_t *imm = pc + 4 + dot;
    uint32_t acc = r[pc[1]], i = r[pc[2]] - CK_MEM_BASE, k = r[pc[3]] - CK_MEM_BASE, bad = 0;
    uint32_t w = op == CK_OP_DOT32S || op == CK_OP_MAC32PIS ? 4u : 2u, kstep = w == 4u ? (uint32_t)imm16(imm) : 2u;
    uint32_t s = op == CK_OP_DOT16SR || op == CK_OP_MAC16PISR ? *imm & 31u : 0u;
    do {
        if (UNLIKELY((i > lim) | (k > lim)) && ((bad = i) > lim + 8u - w || (bad = k) > lim + 8u - w)) break;
        acc += (uint32_t)((int32_t)(element(mem + i, w) * element(mem + k, w)) >> s);
        i += w, k += kstep, bad = 0;
    } while (--n);
    r[pc[1]] = acc;
    r[pc[2]] = i + CK_MEM_BASE;
    r[pc[3]] = k + CK_MEM_BASE;
    if (dot) r[pc[4]] = n;
    return bad;
}

/* skipstr: the number of bytes before the first 0 of the n bytes at p (n if there is none). */
NOINLINE uint32_t nonzero_run(const uint8_t *p, uint32_t n)
{
    uint32_t k = 0;
    while (k < n && p[k]) k++;
    return k;
}

/* --- operations that are library calls on a 32-bit target (LIBCALL) ------------------------------ */
/* 64-bit division and remainder; the caller has checked that the divisor is not 0. */
LIBCALL void div64(int op, uint32_t *d, const uint32_t *pa, const uint32_t *pb)
{
    uint64_t a = get64(pa), b = get64(pb), v;
#ifdef CK_VM_SOFT_DIV64
    uint64_t rem, ua = a, ub = b;
    int sa = 0, sb = 0;
    if (op == CK_OP_DIVS64 || op == CK_OP_REMS64) {
        if (b == ~(uint64_t)0) { put64(d, op == CK_OP_DIVS64 ? 0u - a : 0u); return; }
        sa = (int)(a >> 63), sb = (int)(b >> 63);
        if (sa) ua = 0u - a;
        if (sb) ub = 0u - b;
    }
    v = ck_sf_udivmod64(ua, ub, &rem);
    if (op == CK_OP_DIVS64 || op == CK_OP_DIVU64) v = sa != sb ? 0u - v : v;
    else v = sa ? 0u - rem : rem;
#else
    switch (op) {
    case CK_OP_DIVS64: v = b == ~(uint64_t)0 ? 0u - a : (uint64_t)((int64_t)a / (int64_t)b); break;
    case CK_OP_DIVU64: v = a / b; break;
    case CK_OP_REMS64: v = b == ~(uint64_t)0 ? 0u : (uint64_t)((int64_t)a % (int64_t)b); break;
    default:           v = a % b; break;
    }
#endif
    put64(d, v);
}

#ifdef CK_VM_SOFT_F64
/* f64 arithmetic (d = a op b) and comparisons (d[0] = 0 or 1), in software. */
LIBCALL void arith_d(int op, uint32_t *d, const uint32_t *pa, const uint32_t *pb)
{
    uint64_t a = get64(pa), b = get64(pb);
    int c;
    switch (op) {
    case CK_OP_ADDD: put64(d, ck_sf_add64(a, b)); return;
    case CK_OP_SUBD: put64(d, ck_sf_add64(a, b ^ (uint64_t)1 << 63)); return;
    case CK_OP_MULD: put64(d, ck_sf_mul64(a, b)); return;
    case CK_OP_DIVD: put64(d, ck_sf_div64(a, b)); return;
    default: break;
    }
    c = ck_sf_cmp64(a, b);
    switch (op) {
    case CK_OP_EQD:  d[0] = c == 0; break;
    case CK_OP_NED:  d[0] = c != 0; break;
    case CK_OP_LTD:  d[0] = c == -1; break;
    case CK_OP_LED:  d[0] = c == -1 || c == 0; break;
    default:         d[0] = c == 2; break;          /* UNOD */
    }
}

/* Conversions with an f64 or a 64-bit integer on either side, and sqrtd, in software. */
LIBCALL void conv64(int op, uint32_t *d, const uint32_t *s)
{
    uint32_t a = s[0];
    uint64_t v = get64(s);
    switch (op) {
    case CK_OP_I2D:  put64(d, ck_sf_i64to64((uint64_t)(int64_t)(int32_t)a, 1)); break;
    case CK_OP_U2D:  put64(d, ck_sf_i64to64(a, 0)); break;
    case CK_OP_D2I:  d[0] = (uint32_t)ck_sf_f64toi(v, 32, 1); break;
    case CK_OP_D2U:  d[0] = (uint32_t)ck_sf_f64toi(v, 32, 0); break;
    case CK_OP_L2F:  d[0] = ck_sf_i64to32(v, 1); break;
    case CK_OP_UL2F: d[0] = ck_sf_i64to32(v, 0); break;
    case CK_OP_F2L:  put64(d, ck_sf_f64toi(ck_sf_f32to64(a), 64, 1)); break;
    case CK_OP_F2UL: put64(d, ck_sf_f64toi(ck_sf_f32to64(a), 64, 0)); break;
    case CK_OP_L2D:  put64(d, ck_sf_i64to64(v, 1)); break;
    case CK_OP_UL2D: put64(d, ck_sf_i64to64(v, 0)); break;
    case CK_OP_D2L:  put64(d, ck_sf_f64toi(v, 64, 1)); break;
    case CK_OP_D2UL: put64(d, ck_sf_f64toi(v, 64, 0)); break;
    case CK_OP_F2D:  put64(d, ck_sf_f32to64(a)); break;
    case CK_OP_D2F:  d[0] = ck_sf_f64to32(v); break;
    default:         put64(d, ck_sf_sqrt64(v)); break;  /* SQRTD */
    }
}
#else
/* f64 arithmetic (d = a op b) and comparisons (d[0] = 0 or 1). */
LIBCALL void arith_d(int op, uint32_t *d, const uint32_t *pa, const uint32_t *pb)
{
    double a = f64(pa), b = f64(pb);
    switch (op) {
    case CK_OP_ADDD: put64(d, dbits(a + b)); break;
    case CK_OP_SUBD: put64(d, dbits(a - b)); break;
    case CK_OP_MULD: put64(d, dbits(a * b)); break;
    case CK_OP_DIVD: put64(d, dbits(a / b)); break;
    case CK_OP_EQD:  d[0] = a == b; break;
    case CK_OP_NED:  d[0] = !(a == b); break;
    case CK_OP_LTD:  d[0] = a < b; break;
    case CK_OP_LED:  d[0] = a <= b; break;
    default:         d[0] = a != a || b != b; break;        /* UNOD */
    }
}

/* Conversions with an f64 or a 64-bit integer on either side, and sqrtd: d gets one register or a
 * pair as the opcode says. */
LIBCALL void conv64(int op, uint32_t *d, const uint32_t *s)
{
    uint32_t a = s[0];
    switch (op) {
    case CK_OP_I2D:  put64(d, dbits((double)(int32_t)a)); break;
    case CK_OP_U2D:  put64(d, dbits((double)a)); break;
    case CK_OP_D2I:  d[0] = d2i(f64(s)); break;
    case CK_OP_D2U:  d[0] = d2u(f64(s)); break;
#ifdef CK_VM_SOFT_CONV64
    /* a 32-bit target whose FPU has no 64-bit integer conversions: softfp.c's, not libgcc's
     * (which bring its whole soft float) */
    case CK_OP_L2F:  d[0] = ck_sf_i64to32(get64(s), 1); break;
    case CK_OP_UL2F: d[0] = ck_sf_i64to32(get64(s), 0); break;
    case CK_OP_F2L:  put64(d, ck_sf_f64toi(ck_sf_f32to64(a), 64, 1)); break;
    case CK_OP_F2UL: put64(d, ck_sf_f64toi(ck_sf_f32to64(a), 64, 0)); break;
    case CK_OP_L2D:  put64(d, ck_sf_i64to64(get64(s), 1)); break;
    case CK_OP_UL2D: put64(d, ck_sf_i64to64(get64(s), 0)); break;
    case CK_OP_D2L:  put64(d, ck_sf_f64toi(get64(s), 64, 1)); break;
    case CK_OP_D2UL: put64(d, ck_sf_f64toi(get64(s), 64, 0)); break;
#else
    case CK_OP_L2F:  d[0] = fbits((float)(int64_t)get64(s)); break;
    case CK_OP_UL2F: d[0] = fbits((float)get64(s)); break;
    case CK_OP_F2L:  put64(d, d2l(f32(a))); break;
    case CK_OP_F2UL: put64(d, d2ul(f32(a))); break;
    case CK_OP_L2D:  put64(d, dbits((double)(int64_t)get64(s))); break;
    case CK_OP_UL2D: put64(d, dbits((double)get64(s))); break;
    case CK_OP_D2L:  put64(d, d2l(f64(s))); break;
    case CK_OP_D2UL: put64(d, d2ul(f64(s))); break;
#endif
    case CK_OP_F2D:  put64(d, dbits((double)f32(a))); break;
    case CK_OP_D2F:  d[0] = fbits((float)f64(s)); break;
    default:         put64(d, dbits(sqrt64(f64(s)))); break;  /* SQRTD */
    }
}
#endif


/* Records a fault at pc in the running function. Out of line so that GCC does not keep values the
 * calls load (vm->funcs, the running function) for it, on the stack. */
NOINLINE int fault_at(ck_vm *vm, int kind, const uint8_t *pc, uint32_t addr)
{
    const ck_func *fn = vm->run.fp->fn;
    vm->fault.kind = kind;
    vm->fault.func = (uint32_t)(fn - vm->funcs);
    vm->fault.pc = (uint32_t)(pc - fn->entry);
    vm->fault.addr = kind == CK_FAULT_OOB ? addr : 0u;
    return kind;
}

/* --- the budget ------------------------------------------------------------------------------------ */
#define FUEL_MAX 0x7fffffffu
/* Moves up to FUEL_MAX units from the reserve into the fuel counter and takes one of them: the
 * counter's new value, or -1 when the budget is spent. */
NOINLINE int32_t refuel(ck_run *s)
{
    uint32_t take = s->reserve > FUEL_MAX ? FUEL_MAX : (uint32_t)s->reserve;
    if (!take) return -1;
    s->reserve -= take;
    return (int32_t)(take - 1u);
}

/* k units when the fuel counter holds fewer: the rest from the reserve. The counter's new value
 * (0), or -1 when the budget cannot pay (nothing is taken then). */
NOINLINE int32_t charge_more(ck_run *s, int32_t fuel, uint32_t k)
{
    uint32_t more = k - (uint32_t)fuel;
    if (s->reserve < more) return -1;
    s->reserve -= more;
    return 0;
}

/* Where the entry function returns to: a window offset of 0 (ret reads it as a call's c operand)
 * and a trap that ends the run, so that ret itself needs no test for the last return. */
static const uint8_t exit_code[2] = {0, CK_OP_TRAP};

/* --- the loop ----------------------------------------------------------------------------------- */
#ifdef CK_VM_PROFILE
#define PROFILE(op)     do { if (prof) { prof->count[op]++; prof->pair[prev][op]++; prev = (op); } } while (0)
#else
#define PROFILE(op)     ((void)0)
#endif
#define CK_STR_(x)      #x
#define CK_STR(x)       CK_STR_(x)
#if defined(CK_THREADED) && defined(CK_VM_THUMB_DISPATCH) && defined(__thumb2__) && !defined(__clang__)
/* -DCK_VM_THUMB_DISPATCH (GCC, Thumb-2): a dispatch is one "ldr pc" from a table of Thumb addresses
 * instead of GCC's ldr, orr #1, bx (two instructions fewer per VM instruction on a Cortex-M).
 * The C goto after it is never executed: it gives GCC the control flow (a computed goto may reach
 * every label whose address is taken, whatever its operand, so the operand is pc, already in a
 * register: orr, bx, 4 bytes less per dispatch than loading dt[op]). That is correct only if GCC
 * puts nothing between the two (the asm is a scheduling barrier, and it reads the state the
 * labels need): the firmware build checks the generated code (firmware/thumb-dispatch.awk). */
#define LABEL(e)        ((const char *)&&L_##e + 1)
#define DISPATCH_C()    do { PROFILE(*pc); goto *dt[*pc]; } while (0)
/* Each dispatch's asm differs (a comment numbered by __COUNTER__), so that GCC's cross-jumping,
 * which the firmware allows more edges (FWCROSSJUMP), never merges two handlers' dispatches into
 * one shared jump: only their cold fault exits. */
#define DISPATCH()      do { uint32_t op_ = *pc; PROFILE(op_); \
                             __asm__ volatile("ldr pc, [%0, %1, lsl #2] @ " CK_STR(__COUNTER__) \
                                              : : "r"(dt), "r"(op_), "r"(pc), "r"(r), "r"(fuel) : "memory"); \
                             goto *(const void *)pc; } while (0)
#elif defined(CK_THREADED)
#define LABEL(e)        &&L_##e
#define DISPATCH()      do { PROFILE(*pc); goto *dt[*pc]; } while (0)
#define DISPATCH_C()    DISPATCH()
#endif
/* The switch builds' handlers end in the same jump: an empty asm numbered by __COUNTER__ before
 * it keeps GCC's cross-jumping (allowed 1000 edges in the firmware) from making one handler jump
 * into the identical tail of another, one more branch per instruction. */
#if defined(__GNUC__) && !defined(CK_THREADED)
#define APART()         __asm__ volatile("/* " CK_STR(__COUNTER__) " */")
#else
#define APART()         ((void)0)
#endif
#ifdef CK_THREADED
/* the first dispatch (once per run) in C: GCC may still be setting up registers there */
#define vmdispatch(op)  DISPATCH_C();
#define vmcase(e)       L_##e:
#elif defined(CK_SHORT)
#define vmdispatch(op)  dispatch: PROFILE(op); goto *(const void *)((const char *)&&L_NOP + doff[op]);
#define vmcase(e)       L_##e:
#define DISPATCH()      do { APART(); goto dispatch; } while (0)
#define DISPATCH_C()    goto dispatch
#else
#define vmdispatch(op)  dispatch: PROFILE(op); switch (op)
#define vmcase(e)       case CK_OP_##e:
#define DISPATCH()      do { APART(); goto dispatch; } while (0)
#define DISPATCH_C()    goto dispatch
#endif
#define NEXT(n)         do { pc += (n); DISPATCH(); } while (0)

/* operands: rd/ra/rb by position, the 16-bit immediate after three register bytes */
#define D   r[pc[1]]
#define A   r[pc[2]]
#define B   r[pc[3]]
#define H   ((uint32_t)imm16(pc + 3))
#define P(k) (r + pc[k])

#define FAULT(k)        do { kind = (k); goto fault; } while (0)
#define OOB(i)          do { fault_addr = (i) + CK_MEM_BASE; FAULT(CK_FAULT_OOB); } while (0)
/* The budget: a signed fuel counter in a register (a charge is one decrement and one branch on
 * the sign), refilled from the 64-bit reserve in vm->run on the slow path. CHARGE() is for an
 * instruction that has changed nothing yet: on a spent counter it jumps to one shared refill,
 * which runs the instruction again (no per-site call: 14 bytes of Thumb-2 less per site). */
#define CHARGE()        do { if (UNLIKELY(--fuel < 0)) goto refill; } while (0)
/* The same in an instruction that reads a register after writing rd (addib*, addbltu, ld32bne: their
 * documented order): it cannot run again, so the site refills the counter itself. */
#define CHARGE_LATE()   do { if (UNLIKELY(--fuel < 0) && (fuel = refuel(S)) < 0) goto out_of_fuel; } while (0)
/* k units at once (k > 0), for bulk operations: what fuel lacks comes from the reserve. */
#define CHARGE_N(k)     do { uint32_t k_ = (k); if (UNLIKELY((uint32_t)fuel < k_)) { \
                             if ((fuel = charge_more(S, fuel, k_)) < 0) goto out_of_fuel; \
                         } else fuel -= (int32_t)k_; } while (0)
#define CHARGE_BULK(n)  do { if (UNLIKELY((n) >= CK_BUDGET_BULK)) CHARGE_N((n) / CK_BUDGET_BULK); } while (0)

#define BIN(e, expr)    vmcase(e) { uint32_t a = A, b = B; D = (expr); NEXT(4); }
#define BINI(e, expr)   vmcase(e) { uint32_t a = A, b = H; D = (expr); NEXT(5); }
#define UN(e, expr)     vmcase(e) { uint32_t a = A; D = (expr); NEXT(3); }
#define BIN64(e, expr)  vmcase(e) { uint64_t a = get64(P(2)), b = get64(P(3)); put64(P(1), (expr)); NEXT(4); }
#define CMP64(e, expr)  vmcase(e) { uint64_t a = get64(P(2)), b = get64(P(3)); D = (expr); NEXT(4); }
#define BINF(e, expr)   vmcase(e) { float a = f32(A), b = f32(B); D = fbits(expr); NEXT(4); }
#define CMPF(e, expr)   vmcase(e) { float a = f32(A), b = f32(B); D = (expr); NEXT(4); }
#define DIV64(e)        vmcase(e) { if (UNLIKELY(!(P(3)[0] | P(3)[1]))) FAULT(CK_FAULT_DIV0); \
                                    div64(CK_OP_##e, P(1), P(2), P(3)); NEXT(4); }
#define ARITHD(e)       vmcase(e) { arith_d(CK_OP_##e, P(1), P(2), P(3)); NEXT(4); }
#define CONV64(e)       vmcase(e) { conv64(CK_OP_##e, P(1), P(2)); NEXT(3); }
/* Memory: address = base register + h. One unsigned compare against lim confines an access of
 * any width; only the last 8 bytes of memory need the exact test. */
#define ADDR(n)         uint32_t i = A + H - CK_MEM_BASE; \
                        if (UNLIKELY(i > lim) && i > lim + 8u - (n)) OOB(i); \
                        uint8_t *m = mem + i
#define LOAD(e, n, expr)  vmcase(e) { ADDR(n); D = (expr); NEXT(5); }
#define STORE(e, n, stmt) vmcase(e) { ADDR(n); stmt; NEXT(5); }
/* Indexed memory: address = base register + (index register << log2 n), the same check. */
#define ADDRX(n, sh)    uint32_t i = A + (B << (sh)) - CK_MEM_BASE; \
                        if (UNLIKELY(i > lim) && i > lim + 8u - (n)) OOB(i); \
                        uint8_t *m = mem + i
/* Post-increment memory: the n-byte access at ra, then ra += step (n, or the stride of ld32pis/
 * st32pis); len is the instruction's size. A load's rd is written last, so it wins when rd == ra;
 * a store reads rs before ra moves, and recomputes ra from i (in C the store through m may alias
 * the registers, so ra would be read again). */
#define LOADPI(e, n, step, len, expr)  vmcase(e) { uint32_t i = A - CK_MEM_BASE, v; uint8_t *m; \
                                        if (UNLIKELY(i > lim) && i > lim + 8u - (n)) OOB(i); \
                                        m = mem + i; v = (expr); A += (step); D = v; NEXT(len); }
#define STOREPI(e, n, step, len, stmt) vmcase(e) { uint32_t i = A - CK_MEM_BASE; uint8_t *m; \
                                        if (UNLIKELY(i > lim) && i > lim + 8u - (n)) OOB(i); \
                                        m = mem + i; stmt; A = i + CK_MEM_BASE + (step); NEXT(len); }
#define LOADX(e, n, sh, expr)  vmcase(e) { ADDRX(n, sh); D = (expr); NEXT(4); }
#define STOREX(e, n, sh, stmt) vmcase(e) { ADDRX(n, sh); stmt; NEXT(4); }
/* A call: charged, then the callee's window at r[c], its activation in the next slot (the slot's
 * lim bounds the window and the call depth at once), its stack frame below the caller's. */
#define CALL_TO(callee, c, len) do { \
        const ck_func *fn_ = (callee); \
        ck_frame *fp_; \
        uint32_t *w_, room_, fr_; \
        OPAQUE(fn_); \
        CHARGE(); \
        fp_ = S->fp, w_ = r + (c), room_ = fp_->room, fr_ = fn_->frame; \
        if (UNLIKELY((uintptr_t)w_ + 4u * fn_->nregs > fp_->lim || room_ < fr_)) \
            FAULT(CK_FAULT_STACK); \
        fp_++; \
        fp_->ret = pc + (len); \
        fp_->fn = fn_; \
        fp_->room = room_ - fr_; \
        S->fp = fp_; \
        r = w_; \
        pc = fn_->entry; \
        DISPATCH(); \
    } while (0)
/* Branches: taken ones are charged, then pc moves by the j operand at offset jo. */
/* The same for an instruction that also writes registers (the stmt), written after the charge so
 * that the instruction has changed nothing when the charge finds the budget spent (CHARGE() runs
 * it again after the refill); len is its size. */
#define BR_THEN(cond, stmt, jo, len) if (cond) { CHARGE(); stmt; pc += imm16(pc + (jo)); DISPATCH(); } stmt; NEXT(len);
#define BR(e, cond, len, jo) vmcase(e) { if (cond) { CHARGE(); pc += imm16(pc + (jo)); DISPATCH(); } NEXT(len); }
/* The same with a k (8-bit) offset. */
#define BRN(e, cond, len, jo) vmcase(e) { if (cond) { CHARGE(); pc += (int8_t)pc[jo]; DISPATCH(); } NEXT(len); }
/* Narrow forms: two registers packed in the byte at pc + 1 (p: the first in the low nibble), or a
 * register and a 4-bit immediate (q); then, for pb, an unsigned byte. */
#define DN  r[pc[1] & 15u]
#define AN  r[pc[1] >> 4]
#define QN  ((uint32_t)pc[1] >> 4)
#define BINN(e, expr)   vmcase(e) { uint32_t a = AN, b = r[pc[2]]; DN = (expr); NEXT(3); }
#define BININ(e, expr)  vmcase(e) { uint32_t a = AN, b = pc[2]; DN = (expr); NEXT(3); }
#define ADDRN(n)        uint32_t i = AN + pc[2] - CK_MEM_BASE; \
                        if (UNLIKELY(i > lim) && i > lim + 8u - (n)) OOB(i); \
                        uint8_t *m = mem + i
/* Add-immediate-and-branch: rd += h, then v (the new rd) is compared with l (rb, read after the
 * update, so rb == rd compares the new value with itself). */
#define ADDIB(e, cond)  vmcase(e) { uint32_t v = D + (uint32_t)imm16(pc + 2), l; D = v; l = r[pc[4]]; \
                                    if (cond) { CHARGE_LATE(); pc += imm16(pc + 5); DISPATCH(); } NEXT(7); }

int ck_vm_run(ck_vm *vm, uint64_t budget)
{
#ifdef CK_THREADED
    static const void *const disp[] = {
#define X(e, m, f) LABEL(e),
        CK_OPS(X)
#undef X
    };
    /* every opcode has a label (else this does not compile) and no label is missing from the table */
    (void)sizeof(char[sizeof disp / sizeof disp[0] == CK_OP_COUNT ? 1 : -1]);
    /* the table's address as an opaque value: a register and one indexed load per dispatch, not
     * a constant reloaded in every case */
    const void *const *dt = disp;
    __asm__("" : "+r"(dt));
#endif
#ifdef CK_SHORT
    static const ck_doff doff[] = {
#define X(e, m, f) (ck_doff)(&&L_##e - &&L_NOP),
        CK_OPS(X)
#undef X
    };
    (void)sizeof(char[sizeof doff / sizeof doff[0] == CK_OP_COUNT ? 1 : -1]);
#endif
    ck_run *const S = &vm->run;
    uint8_t *const mem = vm->mem;
    const uint32_t lim = vm->mem_size - 8u;     /* an access of any width at an offset <= lim fits */
    const uint8_t *pc;
    uint32_t *r = vm->regs;
    int32_t fuel = 0;
    uint32_t fault_addr = 0, nat, nat_c, nat_len;
    int kind;
#ifdef CK_VM_PROFILE
    ck_vm_profile *const prof = vm->profile;
    uint32_t prev = 255;                        /* no opcode: the first instruction has no pair */
#endif

    {
        ck_frame *fp = S->fp = vm->frames + 1;
        const ck_func *fn = fp->fn = vm->funcs + vm->entry;
        uint32_t room = vm->stack_top - vm->stack_limit;
        fp->ret = exit_code + 1;
        S->reserve = budget ? budget : ~(uint64_t)0;
        pc = fn->entry;
        vm->fault.kind = CK_EXIT;
        if (fn->nregs > vm->nregs_total || room < fn->frame) FAULT(CK_FAULT_STACK);
        fp->room = room - fn->frame;
    }

    vmdispatch(*pc) {
    vmcase(NOP)     NEXT(1);
    vmcase(MOV)     { D = A; NEXT(3); }
    vmcase(MOV64)   { put64(P(1), get64(P(2))); NEXT(3); }
    vmcase(LI)      { D = ld32(pc + 2); NEXT(6); }
    vmcase(LIH)     { D = (uint32_t)imm16(pc + 2); NEXT(4); }
    vmcase(LI64)    { put64(P(1), ld64(pc + 2)); NEXT(10); }
    vmcase(FRAME)   { D = vm->stack_limit + S->fp->room + (uint32_t)imm16(pc + 2); NEXT(4); }

    BIN(ADD,  a + b)
    BIN(SUB,  a - b)
    BIN(MUL,  a * b)
    vmcase(DIVS) { uint32_t a = A, b = B; if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                   D = b == 0xffffffffu ? 0u - a : (uint32_t)((int32_t)a / (int32_t)b); NEXT(4); }
    vmcase(DIVU) { uint32_t a = A, b = B; if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0); D = a / b; NEXT(4); }
    vmcase(REMS) { uint32_t a = A, b = B; if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                   D = b == 0xffffffffu ? 0u : (uint32_t)((int32_t)a % (int32_t)b); NEXT(4); }
    vmcase(REMU) { uint32_t a = A, b = B; if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0); D = a % b; NEXT(4); }
    BIN(AND,  a & b)
    BIN(OR,   a | b)
    BIN(XOR,  a ^ b)
    BIN(SHL,  a << (b & 31u))
    BIN(SHRS, (uint32_t)((int32_t)a >> (b & 31u)))
    BIN(SHRU, a >> (b & 31u))
    BIN(MINS, (int32_t)a < (int32_t)b ? a : b)
    BIN(MINU, a < b ? a : b)
    BIN(MAXS, (int32_t)a > (int32_t)b ? a : b)
    BIN(MAXU, a > b ? a : b)
    BINI(ADDI,  a + b)
    BINI(MULI,  a * b)
    BINI(ANDI,  a & b)
    BINI(ORI,   a | b)
    BINI(XORI,  a ^ b)
    BINI(SHLI,  a << (b & 31u))
    BINI(SHRSI, (uint32_t)((int32_t)a >> (b & 31u)))
    BINI(SHRUI, a >> (b & 31u))
    UN(NEG,    0u - a)
    UN(NOT,    ~a)
    UN(SEXT8,  ((a & 0xffu) ^ 0x80u) - 0x80u)
    UN(SEXT16, ((a & 0xffffu) ^ 0x8000u) - 0x8000u)
    UN(ZEXT8,  a & 0xffu)
    UN(ZEXT16, a & 0xffffu)
    UN(CLZ,    clz32(a))
    UN(CTZ,    ctz32(a))
    UN(POPCNT, popcnt32(a))
    UN(BSWAP,  bswap32(a))

    BIN(EQ,  a == b)
    BIN(NE,  a != b)
    BIN(LTS, (int32_t)a < (int32_t)b)
    BIN(LTU, a < b)
    BIN(LES, (int32_t)a <= (int32_t)b)
    BIN(LEU, a <= b)
    BINI(EQI,  a == b)
    BINI(NEI,  a != b)
    BINI(LTSI, (int32_t)a < (int32_t)b)
    BINI(LTUI, a < b)
    BINI(GTSI, (int32_t)a > (int32_t)b)
    BINI(GTUI, a > b)
    vmcase(SELECT) { D = A ? B : r[pc[4]]; NEXT(5); }

    BIN64(ADD64, a + b)
    BIN64(SUB64, a - b)
    BIN64(MUL64, a * b)
    DIV64(DIVS64)
    DIV64(DIVU64)
    DIV64(REMS64)
    DIV64(REMU64)
    BIN64(AND64, a & b)
    BIN64(OR64,  a | b)
    BIN64(XOR64, a ^ b)
    vmcase(SHL64)  { put64(P(1), get64(P(2)) << (B & 63u)); NEXT(4); }
    vmcase(SHRS64) { put64(P(1), (uint64_t)((int64_t)get64(P(2)) >> (B & 63u))); NEXT(4); }
    vmcase(SHRU64) { put64(P(1), get64(P(2)) >> (B & 63u)); NEXT(4); }
    vmcase(NEG64)  { put64(P(1), 0u - get64(P(2))); NEXT(3); }
    CMP64(EQ64,  a == b)
    CMP64(NE64,  a != b)
    CMP64(LTS64, (int64_t)a < (int64_t)b)
    CMP64(LTU64, a < b)
    CMP64(LES64, (int64_t)a <= (int64_t)b)
    CMP64(LEU64, a <= b)
    vmcase(SEXT64) { uint32_t a = A; put64(P(1), (uint64_t)(int64_t)(int32_t)a); NEXT(3); }
    vmcase(ZEXT64) { uint32_t a = A; put64(P(1), (uint64_t)a); NEXT(3); }
    vmcase(SELECT64) { put64(P(1), get64(A ? P(3) : P(4))); NEXT(5); }

#ifdef CK_VM_SOFTFP
    BIN(ADDF, ck_sf_add32(a, b))
    BIN(SUBF, ck_sf_add32(a, b ^ 0x80000000u))
    BIN(MULF, ck_sf_mul32(a, b))
    BIN(DIVF, ck_sf_div32(a, b))
#else
    BINF(ADDF, a + b)
    BINF(SUBF, a - b)
    BINF(MULF, a * b)
    BINF(DIVF, a / b)
#endif
    UN(NEGF,  a ^ 0x80000000u)
    UN(ABSF,  a & 0x7fffffffu)
    UN(SQRTF, sqrt32(a))
#ifdef CK_VM_SOFTFP
    BIN(EQF,  ck_sf_cmp32(a, b) == 0)
    BIN(NEF,  ck_sf_cmp32(a, b) != 0)
    BIN(LTF,  ck_sf_cmp32(a, b) == -1)
    BIN(LEF,  (uint32_t)(ck_sf_cmp32(a, b) + 1) <= 1u)
    BIN(UNOF, ck_sf_cmp32(a, b) == 2)
#else
    CMPF(EQF,  a == b)
    CMPF(NEF,  !(a == b))
    CMPF(LTF,  a < b)
    CMPF(LEF,  a <= b)
    CMPF(UNOF, a != a || b != b)
#endif

    ARITHD(ADDD)
    ARITHD(SUBD)
    ARITHD(MULD)
    ARITHD(DIVD)
    vmcase(NEGD) { put64(P(1), get64(P(2)) ^ (uint64_t)1 << 63); NEXT(3); }
    vmcase(ABSD) { put64(P(1), get64(P(2)) & ~((uint64_t)1 << 63)); NEXT(3); }
    CONV64(SQRTD)
    ARITHD(EQD)
    ARITHD(NED)
    ARITHD(LTD)
    ARITHD(LED)
    ARITHD(UNOD)

#ifdef CK_VM_SOFTFP
    UN(I2F,  ck_sf_i64to32((uint64_t)(int64_t)(int32_t)a, 1))
    UN(U2F,  ck_sf_i64to32(a, 0))
    UN(F2I,  (uint32_t)ck_sf_f64toi(ck_sf_f32to64(a), 32, 1))
    UN(F2U,  (uint32_t)ck_sf_f64toi(ck_sf_f32to64(a), 32, 0))
#else
    UN(I2F,  fbits((float)(int32_t)a))
    UN(U2F,  fbits((float)a))
    UN(F2I,  f2i(f32(a)))
    UN(F2U,  f2u(f32(a)))
#endif
    CONV64(I2D)
    CONV64(U2D)
    CONV64(D2I)
    CONV64(D2U)
    CONV64(L2F)
    CONV64(UL2F)
    CONV64(F2L)
    CONV64(F2UL)
    CONV64(L2D)
    CONV64(UL2D)
    CONV64(D2L)
    CONV64(D2UL)
    CONV64(F2D)
    CONV64(D2F)

    LOAD(LD8S,  1, ((uint32_t)*m ^ 0x80u) - 0x80u)
    LOAD(LD8U,  1, *m)
    LOAD(LD16S, 2, (ld16(m) ^ 0x8000u) - 0x8000u)
    LOAD(LD16U, 2, ld16(m))
    LOAD(LD32,  4, ld32(m))
    vmcase(LD64) { ADDR(8); put64(P(1), ld64(m)); NEXT(5); }
    STORE(ST8,  1, *m = (uint8_t)D)
    STORE(ST16, 2, st16(m, D))
    STORE(ST32, 4, st32(m, D))
    STORE(ST64, 8, st64(m, get64(P(1))))
    vmcase(MEMCPY)
    vmcase(MEMMOVE) {
        uint32_t d = D - CK_MEM_BASE, s = A - CK_MEM_BASE, n = B, msz = lim + 8u;
        if (n) {
            CHARGE_BULK(n);
            if (UNLIKELY(n > msz || d > msz - n)) OOB(d);
            if (UNLIKELY(s > msz - n)) OOB(s);
            memmove(mem + d, mem + s, n);
        }
        NEXT(4);
    }
    vmcase(MEMSET) {
        uint32_t d = D - CK_MEM_BASE, n = B, msz = lim + 8u;
        if (n) {
            CHARGE_BULK(n);
            if (UNLIKELY(n > msz || d > msz - n)) OOB(d);
            memset(mem + d, (int)(A & 0xffu), n);
        }
        NEXT(4);
    }

    vmcase(JMP)  { CHARGE(); pc += imm16(pc + 1); DISPATCH(); }
    BR(BRZ,   !D, 4, 2)
    BR(BRNZ,  D, 4, 2)
    BR(BEQ,   D == A, 5, 3)
    BR(BNE,   D != A, 5, 3)
    BR(BLTS,  (int32_t)D < (int32_t)A, 5, 3)
    BR(BLTU,  D < A, 5, 3)
    BR(BLES,  (int32_t)D <= (int32_t)A, 5, 3)
    BR(BLEU,  D <= A, 5, 3)
    BR(BEQI,  D == (uint32_t)imm16(pc + 2), 6, 4)
    BR(BNEI,  D != (uint32_t)imm16(pc + 2), 6, 4)
    BR(BLTSI, (int32_t)D < imm16(pc + 2), 6, 4)
    BR(BLTUI, D < (uint32_t)imm16(pc + 2), 6, 4)
    BR(BGTSI, (int32_t)D > imm16(pc + 2), 6, 4)
    BR(BGTUI, D > (uint32_t)imm16(pc + 2), 6, 4)
    vmcase(JTAB) {
        uint32_t v = D, n = ld16(pc + 2);
        CHARGE();
        pc += imm16(pc + 4 + 2u * (v < n ? v : n));
        DISPATCH();
    }

    vmcase(CALL) {
        const ck_func *callee = vm->funcs + ld16(pc + 1);
        uint32_t c = pc[3];
        CALL_TO(callee, c, 4);
    }
    vmcase(CALLI) {
        uint32_t f = D - 1u, c = pc[2];         /* a function pointer is its index + 1 */
        const ck_func *callee = vm->funcs + f;
        if (UNLIKELY(f >= vm->nfuncs || c + callee->span > S->fp->fn->nregs)) FAULT(CK_FAULT_CALLI);
        CALL_TO(callee, c, 3);
    }
    vmcase(CALLN)  { nat = ld16(pc + 1); nat_c = pc[3]; nat_len = 4; goto call_native; }
    vmcase(CALLNN) { nat = pc[1]; nat_c = pc[2]; nat_len = 3; goto call_native; }
    call_native: {                              /* calln, calln.n: import nat, window nat_c */
        int rc;
        CHARGE();
        rc = vm->natives[nat](vm, r + nat_c);
        if (UNLIKELY(rc)) {
            if (rc == CK_NATIVE_EXIT) return CK_EXIT;
            fault_addr = vm->fault.addr;
            FAULT(rc > 0 && rc < CK_FAULT_COUNT ? rc : CK_FAULT_NATIVE);
        }
        NEXT(nat_len);
    }
    vmcase(RET) {
        ck_frame *fp = S->fp;
        pc = fp->ret;
        S->fp = fp - 1;
        r -= pc[-1];                            /* the call's c operand: call and calli end with it */
        DISPATCH();
    }
    vmcase(TRAP)
        if (pc == exit_code + 1) {              /* the entry function returned */
#ifdef CK_VM_PROFILE
            if (prof) prof->count[CK_OP_TRAP]--, prof->pair[CK_OP_RET][CK_OP_TRAP]--;   /* not the guest's */
#endif
            vm->exit_status = vm->entry_nrets ? r[0] : 0u;
            return CK_EXIT;
        }
        FAULT(CK_FAULT_TRAP);

    LOADX(LD8SX,  1, 0, ((uint32_t)*m ^ 0x80u) - 0x80u)
    LOADX(LD8UX,  1, 0, *m)
    LOADX(LD16SX, 2, 1, (ld16(m) ^ 0x8000u) - 0x8000u)
    LOADX(LD16UX, 2, 1, ld16(m))
    LOADX(LD32X,  4, 2, ld32(m))
    vmcase(LD64X) { ADDRX(8, 3); put64(P(1), ld64(m)); NEXT(4); }
    STOREX(ST8X,  1, 0, *m = (uint8_t)D)
    STOREX(ST16X, 2, 1, st16(m, D))
    STOREX(ST32X, 4, 2, st32(m, D))
    STOREX(ST64X, 8, 3, st64(m, get64(P(1))))
    ADDIB(ADDIBNE,  v != l)
    ADDIB(ADDIBLTS, (int32_t)v < (int32_t)l)
    ADDIB(ADDIBLTU, v < l)
    vmcase(ROTLI) { uint32_t a = A, s = pc[3] & 31u; D = a << s | a >> ((0u - s) & 31u); NEXT(4); }
    vmcase(ROTRI) { uint32_t a = A, s = pc[3] & 31u; D = a >> s | a << ((0u - s) & 31u); NEXT(4); }
    LOADPI(LD8SPI,  1, 1u, 3, ((uint32_t)*m ^ 0x80u) - 0x80u)
    LOADPI(LD8UPI,  1, 1u, 3, *m)
    LOADPI(LD16SPI, 2, 2u, 3, (ld16(m) ^ 0x8000u) - 0x8000u)
    LOADPI(LD16UPI, 2, 2u, 3, ld16(m))
    LOADPI(LD32PI,  4, 4u, 3, ld32(m))
    STOREPI(ST8PI,  1, 1u, 3, *m = (uint8_t)D)
    STOREPI(ST16PI, 2, 2u, 3, st16(m, D))
    STOREPI(ST32PI, 4, 4u, 3, st32(m, D))
    vmcase(MLA) { uint32_t a = A, b = B; D = a * b + r[pc[4]]; NEXT(5); }
    vmcase(SELLTZ) { D = (int32_t)A < 0 ? B : r[pc[4]]; NEXT(5); }
    vmcase(SELLTU) { D = A < B ? r[pc[4]] : r[pc[5]]; NEXT(6); }
    vmcase(SELBIT) { D = A >> (pc[3] & 31u) & 1u ? r[pc[4]] : r[pc[5]]; NEXT(6); }
    vmcase(LI8)    { D = pc[2]; NEXT(3); }
    vmcase(LI64H)  { put64(P(1), (uint64_t)(int64_t)imm16(pc + 2)); NEXT(4); }
    vmcase(INC)    { D += pc[2]; NEXT(3); }
    vmcase(DEC)    { D -= pc[2]; NEXT(3); }
#ifndef CK_VM_SHARED_MAC     /* else with the dot products */
    vmcase(MAC16PI) {
        uint32_t i = A - CK_MEM_BASE, k = B - CK_MEM_BASE;
        if (UNLIKELY(i > lim) && i > lim + 6u) OOB(i);
        if (UNLIKELY(k > lim) && k > lim + 6u) OOB(k);
        D += (uint32_t)((int32_t)(int16_t)ld16(mem + i) * (int32_t)(int16_t)ld16(mem + k));
        A = i + CK_MEM_BASE + 2u;
        B = k + CK_MEM_BASE + 2u;
        NEXT(4);
    }
#endif
    LOADPI(LD32PIS,  4, (uint32_t)imm16(pc + 3), 5, ld32(m))
    STOREPI(ST32PIS, 4, (uint32_t)imm16(pc + 3), 5, st32(m, D))
    LOADX(LD32XB, 4, 0, ld32(m))
    vmcase(LD32BNE) { uint32_t i = A - CK_MEM_BASE, v; if (UNLIKELY(i > lim) && i > lim + 4u) OOB(i);
                      v = ld32(mem + i); D = v; if (v != B) { CHARGE_LATE(); pc += imm16(pc + 4); DISPATCH(); } NEXT(6); }
    vmcase(LD32XBZ) { ADDRX(4, 0); uint32_t v = ld32(m); BR_THEN(!v, D = v, 4, 6) }
    vmcase(LD8UPIBNZ) { uint32_t i = A - CK_MEM_BASE, v; if (UNLIKELY(i > lim) && i > lim + 7u) OOB(i);
                        v = mem[i]; BR_THEN(v, (A += 1u, D = v), 3, 5) }
    vmcase(EQ64BZ)  { uint32_t v = get64(P(2)) == get64(P(3)); BR_THEN(!v, D = v, 4, 6) }
#ifdef CK_VM_SOFTFP
    vmcase(LTFBNZ)  { uint32_t v = ck_sf_cmp32(A, B) == -1;
#else
    vmcase(LTFBNZ)  { uint32_t v = f32(A) < f32(B);
#endif
                      BR_THEN(v, D = v, 4, 6) }
    vmcase(ADDBLTU) { uint32_t v = D + A, l; D = v; l = B;
                      if (v < l) { CHARGE_LATE(); pc += imm16(pc + 4); DISPATCH(); } NEXT(6); }
#ifdef CK_VM_SOFTFP
    vmcase(MULADDF)  { D = ck_sf_add32(r[pc[4]], ck_sf_mul32(A, B)); NEXT(5); }
    vmcase(MULFADDF) { D = ck_sf_add32(ck_sf_mul32(A, B), r[pc[4]]); NEXT(5); }
#else
    vmcase(MULADDF)  { float t = f32(A) * f32(B); D = fbits(f32(r[pc[4]]) + t); NEXT(5); }
    vmcase(MULFADDF) { float t = f32(A) * f32(B); D = fbits(t + f32(r[pc[4]])); NEXT(5); }
#endif
    vmcase(XORROTLI) { uint32_t a = A ^ B, s = pc[4] & 31u; D = a << s | a >> ((0u - s) & 31u); NEXT(5); }
    vmcase(ADDXORROTLI) { uint32_t a = D + A, s = pc[4] & 31u, x; D = a; x = B ^ a;
                          B = x << s | x >> ((0u - s) & 31u); NEXT(5); }
    vmcase(ADDIBNZ) { uint32_t v = D + (uint32_t)imm16(pc + 2); BR_THEN(v, D = v, 4, 6) }
    vmcase(MOVN)   { DN = AN; NEXT(2); }
    vmcase(LIN)    { DN = QN; NEXT(2); }
    vmcase(INCN)   { DN += QN; NEXT(2); }
    BINN(ADDN,     a + b)
    BINN(XORN,     a ^ b)
    BININ(SHLIN,   a << (b & 31u))
    BININ(SHRUIN,  a >> (b & 31u))
    BININ(MULIN,   a * b)
    vmcase(LD8UN)  { ADDRN(1); DN = *m; NEXT(3); }
    vmcase(LD32N)  { ADDRN(4); DN = ld32(m); NEXT(3); }
    vmcase(ST32N)  { ADDRN(4); st32(m, DN); NEXT(3); }
    vmcase(JMPN)   { CHARGE(); pc += (int8_t)pc[1]; DISPATCH(); }
    BRN(BRZN,  !D, 3, 2)
    BRN(BRNZN, D, 3, 2)
    BRN(BNEIN, D != pc[2], 4, 3)
    vmcase(LIU)    { D = ld16(pc + 2); NEXT(4); }
    vmcase(LI64N)  { uint32_t *d = r + (pc[1] & 15u); d[0] = QN; d[1] = 0; NEXT(2); }
    vmcase(ADDIN)  { DN = AN + (uint32_t)(int32_t)(int8_t)pc[2]; NEXT(3); }
    vmcase(XORROTLIN) { uint32_t a = AN ^ r[pc[2]], s = pc[3] & 31u; DN = a << s | a >> ((0u - s) & 31u); NEXT(4); }
    vmcase(MLAN)   { uint32_t a = AN, b = r[pc[2]]; DN = a * b + r[pc[3]]; NEXT(4); }
    vmcase(LD16UN) { ADDRN(2); DN = ld16(m); NEXT(3); }
    vmcase(ZEXT8N) { DN = AN & 0xffu; NEXT(2); }
#ifndef CK_VM_SHARED_MAC
    vmcase(MAC32PIS) {
        uint32_t i = A - CK_MEM_BASE, k = B - CK_MEM_BASE;
        if (UNLIKELY(i > lim) && i > lim + 4u) OOB(i);
        if (UNLIKELY(k > lim) && k > lim + 4u) OOB(k);
        D += ld32(mem + i) * ld32(mem + k);
        A = i + CK_MEM_BASE + 4u;
        B = k + CK_MEM_BASE + (uint32_t)imm16(pc + 4);
        NEXT(6);
    }
#endif
#ifdef CK_VM_SHARED_MAC
    vmcase(MAC16PI) vmcase(MAC32PIS) vmcase(MAC16PISR)
#endif
    vmcase(DOT16) vmcase(DOT32S) vmcase(DOT16SR) {
        uint32_t op = *pc, bad;
        if (IS_DOT(op)) CHARGE_N(r[pc[4]] - 1u);        /* the loop's n - 1 back edges, first */
        bad = dot_run(mem, lim, r, pc);
        if (bad) OOB(bad);
        /* mac16pi 4, mac16pisr 5, mac32pis 6; the dot forms one more (rc) */
        NEXT(4u + IS_DOT(op) + (op == CK_OP_DOT16SR || op == CK_OP_MAC16PISR ? 1u :
                                op == CK_OP_DOT32S || op == CK_OP_MAC32PIS ? 2u : 0u));
    }
    /* skipstr rd, rb: ld8upibnz rd, rb back to itself, in one go: n bytes before the 0, charged n
     * units first (the loop's taken branches); then rb = past the 0 and rd = 0, or, when guest
     * memory ends first, rb = its end, rd = the last byte, and the fault there */
    vmcase(SKIPSTR) {
        uint32_t i = A - CK_MEM_BASE, msz = lim + 8u, n = i < msz ? nonzero_run(mem + i, msz - i) : 0u;
        CHARGE_N(n);
        A += n;
        if (UNLIKELY(n >= msz - i || i >= msz)) {
            if (n) D = mem[i + n - 1u];
            OOB(i + n);
        }
        A += 1u;
        D = 0;
        NEXT(3);
    }
#ifndef CK_VM_SHARED_MAC
    vmcase(MAC16PISR) {
        uint32_t i = A - CK_MEM_BASE, k = B - CK_MEM_BASE;
        int32_t v;
        if (UNLIKELY((i > lim) | (k > lim))) {     /* one test on the fast path (flash) */
            if (i > lim + 6u) OOB(i);
            if (k > lim + 6u) OOB(k);
        }
        v = (int32_t)(int16_t)ld16(mem + i) * (int32_t)(int16_t)ld16(mem + k);
        D += (uint32_t)(v >> (pc[4] & 31u));
        A = i + CK_MEM_BASE + 2u;
        B = k + CK_MEM_BASE + 2u;
        NEXT(5);
    }
#endif
    vmcase(STBCLR) {
        uint32_t x = A, i = D + (x >> 5 << 2) - CK_MEM_BASE;
        uint8_t *m;
        if (UNLIKELY(i > lim + 4u)) OOB(i);        /* one exact test (flash) */
        m = mem + i;
        st32(m, ld32(m) & ~(1u << (x & 31u)));
        NEXT(3);
    }
    vmcase(CRCSHL) { uint32_t a = A, t = a << 1; D = a >> (pc[3] & 31u) & 1u ? t ^ (uint32_t)imm16(pc + 4) : t; NEXT(6); }
#if !defined(CK_THREADED) && !defined(CK_SHORT)
    default: break;
#endif
    }
    /* not reached: the loader admits no unknown opcode */
    kind = CK_FAULT_TRAP;
    goto fault;
refill:
    /* a CHARGE() found the counter spent: refill it and run the instruction again, whose charge
     * takes the unit refuel() kept for it */
    if ((fuel = refuel(S)) < 0) goto out_of_fuel;
    fuel++;
    DISPATCH_C();
out_of_fuel:
    kind = CK_FAULT_BUDGET;
fault:
    return fault_at(vm, kind, pc, fault_addr);
}

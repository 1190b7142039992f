/* The interpreter: one function, one case per opcode of include/cockpit/isa.h.
 *
 * Dispatch is direct threading through a label table (GCC/Clang computed goto) or a portable
 * switch (other compilers, or -DCK_VM_SWITCH); the cases are the same text either way. pc points
 * at the current instruction's opcode byte while it executes (operands are read at pc + k, then
 * pc advances), so a fault always reports the faulting instruction. The loader has verified
 * every register, branch target, index and call window, so the only checks here are the ones
 * that need run-time values: memory bounds (one unsigned compare), division by zero, the stacks,
 * calli targets, and the budget (charged on taken branches, jtab and calls, and by the size of a
 * bulk memory operation, so that it bounds the time of a run and not only its control flow).
 */
#include <string.h>

#include "ckvm.h"
#include "cockpit/isa.h"

#if defined(__GNUC__)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define INLINE static inline __attribute__((always_inline))
/* -ffreestanding turns off the builtins: keep small copies inline (one load or store) */
#define memcpy __builtin_memcpy
#else
#define UNLIKELY(x) (x)
#define INLINE static inline
#endif

#if defined(__GNUC__) && !defined(CK_VM_SWITCH)
#define CK_THREADED 1
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

INLINE uint32_t ld16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return le16(v); }
INLINE uint32_t ld32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return le32(v); }
INLINE uint64_t ld64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return le64(v); }
INLINE void st16(uint8_t *p, uint32_t x) { uint16_t v = le16((uint16_t)x); memcpy(p, &v, 2); }
INLINE void st32(uint8_t *p, uint32_t x) { uint32_t v = le32(x); memcpy(p, &v, 4); }
INLINE void st64(uint8_t *p, uint64_t x) { uint64_t v = le64(x); memcpy(p, &v, 8); }
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
static uint32_t clz32(uint32_t v)
{
#if defined(__GNUC__)
    return v ? (uint32_t)__builtin_clz(v) : 32u;
#else
    uint32_t n = 0;
    if (!v) return 32;
    while (!(v & 0x80000000u)) v <<= 1, n++;
    return n;
#endif
}

static uint32_t ctz32(uint32_t v)
{
#if defined(__GNUC__)
    return v ? (uint32_t)__builtin_ctz(v) : 32u;
#else
    uint32_t n = 0;
    if (!v) return 32;
    while (!(v & 1u)) v >>= 1, n++;
    return n;
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

/* --- square roots: the hardware's where the compiler has one, else exact integer arithmetic ------- */
/* -DCK_VM_SOFT_SQRT forces the software square root (to test it on a host with a hardware one) */
#if !defined(CK_VM_SOFT_SQRT) && defined(__GNUC__) && (defined(__x86_64__) || defined(__aarch64__) || defined(__SSE2_MATH__) || \
                          (defined(__ARM_FP) && (__ARM_FP & 8)))
#define HW_SQRT 1
#endif
#if !defined(CK_VM_SOFT_SQRT) && defined(__GNUC__) && (defined(HW_SQRT) || (defined(__ARM_FP) && (__ARM_FP & 4)))
#define HW_SQRTF 1
#endif

#ifndef HW_SQRT
/* Correctly rounded square root of an f64, digit by digit: 54 result bits, then round. */
static uint64_t soft_sqrt(uint64_t x)
{
    uint64_t m = x & 0x000fffffffffffffu, q = 0, rem = 0;
    int e = (int)(x >> 52 & 0x7ffu);
    if (x >> 63) return (x << 1) ? 0x7ff8000000000000u : x;          /* -0 stays, negatives: NaN */
    if (e == 0x7ff) return m ? x | 0x0008000000000000u : x;            /* NaN quietened, +inf */
    if (e == 0) {
        if (!m) return x;
        while (!(m & 0x0010000000000000u)) m <<= 1, e--;                /* normalise a subnormal */
        e++;
    } else {
        m |= 0x0010000000000000u;
    }
    e -= 1023;
    if (e & 1) m <<= 1, e--;                                            /* m in [2^52, 2^54) */
    /* q = floor(sqrt(m << 54)): pairs of bits, the first 27 from m, the rest zeros */
    for (int i = 53; i >= 0; i--) {
        rem = rem << 2 | (i >= 27 ? m >> (2 * i - 54) & 3u : 0u);
        uint64_t t = q << 2 | 1u;
        q <<= 1;
        if (rem >= t) rem -= t, q |= 1u;
    }
    /* q in [2^53, 2^54): drop the guard bit, rounding up (ties cannot happen for a square root) */
    return ((uint64_t)(e / 2 + 1022) << 52) + (q >> 1) + (q & 1u);
}
#endif

static double sqrt64(double d)
{
#ifdef HW_SQRT
    return __builtin_sqrt(d);
#else
    uint64_t u = soft_sqrt(dbits(d));
    memcpy(&d, &u, 8);
    return d;
#endif
}

static float sqrt32(float f)
{
#ifdef HW_SQRTF
    return __builtin_sqrtf(f);
#else
    return (float)sqrt64(f);            /* exact: rounding twice from 53 to 24 bits is innocuous */
#endif
}

/* --- faults ----------------------------------------------------------------------------------------- */
const char *ck_vm_fault_name(int kind)
{
    static const char *const names[CK_FAULT_COUNT] = {
        "exit", "out of bounds", "division by zero", "stack overflow", "bad indirect call", "trap",
        "budget exhausted", "native fault"
    };
    return kind >= 0 && kind < CK_FAULT_COUNT ? names[kind] : "unknown fault";
}

void *ck_vm_ptr(ck_vm *vm, uint32_t addr, uint32_t len)
{
    uint32_t i = addr - CK_MEM_BASE;
    if (!len) return vm->mem;
    if (len > vm->mem_size || i > vm->mem_size - len) {
        vm->fault.addr = addr;
        return 0;
    }
    return vm->mem + i;
}

/* --- the loop ----------------------------------------------------------------------------------- */
#ifdef CK_THREADED
#define vmdispatch(op)  goto *disp[op];
#define vmcase(e)       L_##e:
#define DISPATCH()      goto *disp[*pc]
#else
#define vmdispatch(op)  dispatch: switch ((enum ck_op)(op))
#define vmcase(e)       case CK_OP_##e:
#define DISPATCH()      goto dispatch
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
/* The budget is a 32-bit fuel counter refilled from a 64-bit reserve (slow path). */
#define CHARGE()        do { if (UNLIKELY(!fuel)) { if (!reserve) FAULT(CK_FAULT_BUDGET); \
                             fuel = reserve > 0xffffffffu ? 0xffffffffu : (uint32_t)reserve; \
                             reserve -= fuel; } fuel--; } while (0)
/* k units at once (k > 0), for bulk operations: what fuel lacks comes from the reserve. */
#define CHARGE_N(k)     do { uint32_t k_ = (k); if (UNLIKELY(fuel < k_)) { \
                             if (reserve < k_ - fuel) FAULT(CK_FAULT_BUDGET); \
                             reserve -= k_ - fuel; fuel = 0; } else fuel -= k_; } while (0)
#define CHARGE_BULK(n)  do { if (UNLIKELY((n) >= CK_BUDGET_BULK)) CHARGE_N((n) / CK_BUDGET_BULK); } while (0)

#define BIN(e, expr)    vmcase(e) { uint32_t a = A, b = B; D = (expr); NEXT(4); }
#define BINI(e, expr)   vmcase(e) { uint32_t a = A, b = H; D = (expr); NEXT(5); }
#define UN(e, expr)     vmcase(e) { uint32_t a = A; D = (expr); NEXT(3); }
#define BIN64(e, expr)  vmcase(e) { uint64_t a = get64(P(2)), b = get64(P(3)); put64(P(1), (expr)); NEXT(4); }
#define CMP64(e, expr)  vmcase(e) { uint64_t a = get64(P(2)), b = get64(P(3)); D = (expr); NEXT(4); }
#define BINF(e, expr)   vmcase(e) { float a = f32(A), b = f32(B); D = fbits(expr); NEXT(4); }
#define CMPF(e, expr)   vmcase(e) { float a = f32(A), b = f32(B); D = (expr); NEXT(4); }
#define BIND(e, expr)   vmcase(e) { double a = f64(P(2)), b = f64(P(3)); put64(P(1), dbits(expr)); NEXT(4); }
#define CMPD(e, expr)   vmcase(e) { double a = f64(P(2)), b = f64(P(3)); D = (expr); NEXT(4); }
/* Conversions: result shape (r: D = ..., R: pair) from a 32-bit (a) or 64-bit (a = pair) source. */
#define CV_R_R(e, expr) vmcase(e) { uint32_t a = A; D = (expr); NEXT(3); }
#define CV_P_R(e, expr) vmcase(e) { uint32_t a = A; put64(P(1), (expr)); NEXT(3); }
#define CV_R_P(e, expr) vmcase(e) { uint64_t a = get64(P(2)); D = (expr); NEXT(3); }
#define CV_P_P(e, expr) vmcase(e) { uint64_t a = get64(P(2)); put64(P(1), (expr)); NEXT(3); }
/* Memory: address = base register + h, one unsigned compare confines it. */
#define ADDR(n)         uint32_t i = A + H - CK_MEM_BASE; if (UNLIKELY(i > msz - (n))) OOB(i); uint8_t *m = mem + i
#define LOAD(e, n, expr)  vmcase(e) { ADDR(n); D = (expr); NEXT(5); }
#define STORE(e, n, stmt) vmcase(e) { ADDR(n); stmt; NEXT(5); }
/* Branches: taken ones are charged, then pc moves by the j operand at offset jo. */
#define BR(e, cond, len, jo) vmcase(e) { if (cond) { CHARGE(); pc += imm16(pc + (jo)); DISPATCH(); } NEXT(len); }

int ck_vm_run(ck_vm *vm, uint64_t budget)
{
#ifdef CK_THREADED
    static const void *const disp[] = {
#define X(e, m, f) &&L_##e,
        CK_OPS(X)
#undef X
    };
    /* every opcode has a label (else this does not compile) and no label is missing from the table */
    (void)sizeof(char[sizeof disp / sizeof disp[0] == CK_OP_COUNT ? 1 : -1]);
#endif
    const uint8_t *const code = vm->code;
    const ck_func *const funcs = vm->funcs;
    const uint32_t nfuncs = vm->nfuncs;
    const ck_native_fn *const natives = vm->natives;
    uint8_t *const mem = vm->mem;
    const uint32_t msz = vm->mem_size;
    const uint32_t stack_lo = vm->stack_limit;
    uint32_t *const regs_end = vm->regs + vm->nregs_total;
    ck_frame *const frames = vm->frames, *const frames_end = vm->frames + vm->max_depth;

    const ck_func *fn = funcs + vm->entry;
    const uint8_t *pc = code + fn->code;
    uint32_t *r = vm->regs;
    uint32_t sp = vm->stack_top;
    ck_frame *fp = frames;
    uint64_t reserve = budget ? budget : ~(uint64_t)0;
    uint32_t fuel = 0;
    uint32_t fault_addr = 0;
    int kind;

    vm->fault.kind = CK_EXIT;
    if (fn->nregs > vm->nregs_total || sp - stack_lo < fn->frame) FAULT(CK_FAULT_STACK);
    sp -= fn->frame;

    vmdispatch(*pc) {
    vmcase(NOP)     NEXT(1);
    vmcase(MOV)     { D = A; NEXT(3); }
    vmcase(MOV64)   { put64(P(1), get64(P(2))); NEXT(3); }
    vmcase(LI)      { D = ld32(pc + 2); NEXT(6); }
    vmcase(LIH)     { D = (uint32_t)imm16(pc + 2); NEXT(4); }
    vmcase(LI64)    { put64(P(1), ld64(pc + 2)); NEXT(10); }
    vmcase(FRAME)   { D = sp + (uint32_t)imm16(pc + 2); NEXT(4); }

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
    vmcase(DIVS64) { uint64_t a = get64(P(2)), b = get64(P(3)); if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                     put64(P(1), b == ~(uint64_t)0 ? 0u - a : (uint64_t)((int64_t)a / (int64_t)b)); NEXT(4); }
    vmcase(DIVU64) { uint64_t a = get64(P(2)), b = get64(P(3)); if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                     put64(P(1), a / b); NEXT(4); }
    vmcase(REMS64) { uint64_t a = get64(P(2)), b = get64(P(3)); if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                     put64(P(1), b == ~(uint64_t)0 ? 0u : (uint64_t)((int64_t)a % (int64_t)b)); NEXT(4); }
    vmcase(REMU64) { uint64_t a = get64(P(2)), b = get64(P(3)); if (UNLIKELY(!b)) FAULT(CK_FAULT_DIV0);
                     put64(P(1), a % b); NEXT(4); }
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
    CV_P_R(SEXT64, (uint64_t)(int64_t)(int32_t)a)
    CV_P_R(ZEXT64, (uint64_t)a)
    vmcase(SELECT64) { put64(P(1), get64(A ? P(3) : P(4))); NEXT(5); }

    BINF(ADDF, a + b)
    BINF(SUBF, a - b)
    BINF(MULF, a * b)
    BINF(DIVF, a / b)
    UN(NEGF,  a ^ 0x80000000u)
    UN(ABSF,  a & 0x7fffffffu)
    UN(SQRTF, fbits(sqrt32(f32(a))))
    CMPF(EQF,  a == b)
    CMPF(NEF,  !(a == b))
    CMPF(LTF,  a < b)
    CMPF(LEF,  a <= b)
    CMPF(UNOF, a != a || b != b)

    BIND(ADDD, a + b)
    BIND(SUBD, a - b)
    BIND(MULD, a * b)
    BIND(DIVD, a / b)
    CV_P_P(NEGD,  a ^ (uint64_t)1 << 63)
    CV_P_P(ABSD,  a & ~((uint64_t)1 << 63))
    vmcase(SQRTD) { put64(P(1), dbits(sqrt64(f64(P(2))))); NEXT(3); }
    CMPD(EQD,  a == b)
    CMPD(NED,  !(a == b))
    CMPD(LTD,  a < b)
    CMPD(LED,  a <= b)
    CMPD(UNOD, a != a || b != b)

    CV_R_R(I2F,  fbits((float)(int32_t)a))
    CV_R_R(U2F,  fbits((float)a))
    CV_R_R(F2I,  d2i(f32(a)))
    CV_R_R(F2U,  d2u(f32(a)))
    CV_P_R(I2D,  dbits((double)(int32_t)a))
    CV_P_R(U2D,  dbits((double)a))
    vmcase(D2I)  { D = d2i(f64(P(2))); NEXT(3); }
    vmcase(D2U)  { D = d2u(f64(P(2))); NEXT(3); }
    CV_R_P(L2F,  fbits((float)(int64_t)a))
    CV_R_P(UL2F, fbits((float)a))
    CV_P_R(F2L,  d2l(f32(a)))
    CV_P_R(F2UL, d2ul(f32(a)))
    CV_P_P(L2D,  dbits((double)(int64_t)a))
    CV_P_P(UL2D, dbits((double)a))
    vmcase(D2L)  { put64(P(1), d2l(f64(P(2)))); NEXT(3); }
    vmcase(D2UL) { put64(P(1), d2ul(f64(P(2)))); NEXT(3); }
    CV_P_R(F2D,  dbits((double)f32(a)))
    vmcase(D2F)  { D = fbits((float)f64(P(2))); NEXT(3); }

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
        uint32_t d = D - CK_MEM_BASE, s = A - CK_MEM_BASE, n = B;
        if (n) {
            CHARGE_BULK(n);
            if (UNLIKELY(n > msz || d > msz - n)) OOB(d);
            if (UNLIKELY(s > msz - n)) OOB(s);
            memmove(mem + d, mem + s, n);
        }
        NEXT(4);
    }
    vmcase(MEMSET) {
        uint32_t d = D - CK_MEM_BASE, n = B;
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

    {
        const ck_func *callee;
        uint32_t c, len;
    vmcase(CALL)
        callee = funcs + ld16(pc + 1);
        c = pc[3];
        len = 4;
        goto call;
    vmcase(CALLI) {
        uint32_t f = D - 1u;                     /* a function pointer is its index + 1 */
        c = pc[2];
        len = 3;
        if (UNLIKELY(f >= nfuncs)) FAULT(CK_FAULT_CALLI);
        callee = funcs + f;
        if (UNLIKELY(c + callee->span > fn->nregs)) FAULT(CK_FAULT_CALLI);
    }
    call:
        CHARGE();
        if (UNLIKELY((size_t)(regs_end - (r + c)) < callee->nregs || fp == frames_end ||
                     sp - stack_lo < callee->frame))
            FAULT(CK_FAULT_STACK);
        fp->pc = pc + len;
        fp->r = r;
        fp->fn = fn;
        fp->sp = sp;
        fp++;
        sp -= callee->frame;
        r += c;
        fn = callee;
        pc = code + callee->code;
        DISPATCH();
    }
    vmcase(CALLN) {
        int rc;
        CHARGE();
        rc = natives[ld16(pc + 1)](vm, r + pc[3]);
        if (UNLIKELY(rc)) {
            if (rc == CK_NATIVE_EXIT) return CK_EXIT;
            fault_addr = vm->fault.addr;
            FAULT(rc > 0 && rc < CK_FAULT_COUNT ? rc : CK_FAULT_NATIVE);
        }
        NEXT(4);
    }
    vmcase(RET)
        if (fp == frames) {
            vm->exit_status = vm->entry_nrets ? r[0] : 0u;
            return CK_EXIT;
        }
        fp--;
        pc = fp->pc;
        r = fp->r;
        fn = fp->fn;
        sp = fp->sp;
        DISPATCH();
    vmcase(TRAP)
        FAULT(CK_FAULT_TRAP);
#ifndef CK_THREADED
    case CK_OP_COUNT: break;
#endif
    }
    /* not reached: the loader admits no unknown opcode */
    kind = CK_FAULT_TRAP;

fault:
    vm->fault.kind = kind;
    vm->fault.func = (uint32_t)(fn - funcs);
    vm->fault.pc = (uint32_t)(pc - (code + fn->code));
    vm->fault.addr = kind == CK_FAULT_OOB ? fault_addr : 0u;
    return kind;
}

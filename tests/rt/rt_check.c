/* rt_check: the tiny profile's runtime functions (stdlib/rt/rt64.cks, stdlib/rt/rtfloat.c over
 * vm/core/softfp.c) against the full VM's instructions, which this program, built for the full
 * profile, runs through the C operators: a + b on uint64_t is add64, fl(a) < fl(b) is ltf, ...
 *
 * Each function gets every pair (or value) of a list of edge cases and a few thousand
 * pseudo-random ones (xorshift64*). Where C leaves the result undefined the VM's own rule is
 * computed here instead (docs/bytecode.md): INT64_MIN / -1 = INT64_MIN and INT64_MIN % -1 = 0, shift
 * amounts modulo 64, float -> integer saturating with NaN -> 0. A NaN result must be the one
 * softfp.h promises, as the VM built with -DCK_VM_SOFTFP gives it (a NaN operand quietened, the
 * first one if both are, else the default NaN 0x7fc00000 / 0x7ff8000000000000; a subtraction
 * adds b with its sign flipped), since the host VM's SSE gives other NaNs (negative default NaN).
 * Division by zero is checked apart (tests/rt/rt_div0.c: it must fault).
 *
 * Prints one line per function (cases, mismatches, the first mismatch's operands in hex) and
 * "N passed, N failed"; exits 1 if any function failed.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The runtime functions under names of their own: math.h's sqrtf macro expands to a __ck_sqrtf
 * of type float (float), so the C names __ck_* are not used here. */
#define RT(ret, name, params) ret rt_##name params __asm__("__ck_" #name);
RT(uint64_t, add64, (uint64_t, uint64_t))
RT(uint64_t, sub64, (uint64_t, uint64_t))
RT(uint64_t, mul64, (uint64_t, uint64_t))
RT(uint64_t, divs64, (uint64_t, uint64_t))
RT(uint64_t, divu64, (uint64_t, uint64_t))
RT(uint64_t, rems64, (uint64_t, uint64_t))
RT(uint64_t, remu64, (uint64_t, uint64_t))
RT(uint64_t, and64, (uint64_t, uint64_t))
RT(uint64_t, or64, (uint64_t, uint64_t))
RT(uint64_t, xor64, (uint64_t, uint64_t))
RT(uint64_t, shl64, (uint64_t, uint32_t))
RT(uint64_t, shrs64, (uint64_t, uint32_t))
RT(uint64_t, shru64, (uint64_t, uint32_t))
RT(uint64_t, neg64, (uint64_t))
RT(uint32_t, eq64, (uint64_t, uint64_t))
RT(uint32_t, ne64, (uint64_t, uint64_t))
RT(uint32_t, lts64, (uint64_t, uint64_t))
RT(uint32_t, ltu64, (uint64_t, uint64_t))
RT(uint32_t, les64, (uint64_t, uint64_t))
RT(uint32_t, leu64, (uint64_t, uint64_t))
RT(uint64_t, sext64, (uint32_t))
RT(uint64_t, zext64, (uint32_t))
RT(uint64_t, select64, (uint32_t, uint64_t, uint64_t))
RT(uint32_t, addf, (uint32_t, uint32_t))
RT(uint32_t, subf, (uint32_t, uint32_t))
RT(uint32_t, mulf, (uint32_t, uint32_t))
RT(uint32_t, divf, (uint32_t, uint32_t))
RT(uint32_t, negf, (uint32_t))
RT(uint32_t, absf, (uint32_t))
RT(uint32_t, sqrtf, (uint32_t))
RT(uint32_t, eqf, (uint32_t, uint32_t))
RT(uint32_t, nef, (uint32_t, uint32_t))
RT(uint32_t, ltf, (uint32_t, uint32_t))
RT(uint32_t, lef, (uint32_t, uint32_t))
RT(uint32_t, unof, (uint32_t, uint32_t))
RT(uint64_t, addd, (uint64_t, uint64_t))
RT(uint64_t, subd, (uint64_t, uint64_t))
RT(uint64_t, muld, (uint64_t, uint64_t))
RT(uint64_t, divd, (uint64_t, uint64_t))
RT(uint64_t, negd, (uint64_t))
RT(uint64_t, absd, (uint64_t))
RT(uint64_t, sqrtd, (uint64_t))
RT(uint32_t, eqd, (uint64_t, uint64_t))
RT(uint32_t, ned, (uint64_t, uint64_t))
RT(uint32_t, ltd, (uint64_t, uint64_t))
RT(uint32_t, led, (uint64_t, uint64_t))
RT(uint32_t, unod, (uint64_t, uint64_t))
RT(uint32_t, i2f, (uint32_t))
RT(uint32_t, u2f, (uint32_t))
RT(uint32_t, f2i, (uint32_t))
RT(uint32_t, f2u, (uint32_t))
RT(uint64_t, i2d, (uint32_t))
RT(uint64_t, u2d, (uint32_t))
RT(uint32_t, d2i, (uint64_t))
RT(uint32_t, d2u, (uint64_t))
RT(uint32_t, l2f, (uint64_t))
RT(uint32_t, ul2f, (uint64_t))
RT(uint64_t, f2l, (uint32_t))
RT(uint64_t, f2ul, (uint32_t))
RT(uint64_t, l2d, (uint64_t))
RT(uint64_t, ul2d, (uint64_t))
RT(uint64_t, d2l, (uint64_t))
RT(uint64_t, d2ul, (uint64_t))
RT(uint64_t, f2d, (uint32_t))
RT(uint32_t, d2f, (uint64_t))

/* the VM's square roots (llvm.sqrt: the sqrtf / sqrtd instructions), as math.h declares them */
float vm_sqrtf(float) __asm__("llvm.sqrt.f32");
double vm_sqrt(double) __asm__("llvm.sqrt.f64");

#ifndef NRANDOM
#define NRANDOM 3000          /* random cases per function (-DNRANDOM=N for more) */
#endif
#define S32 0x80000000u
#define S64 ((uint64_t)1 << 63)
#define DNAN32 0x7fc00000u
#define DNAN64 ((uint64_t)0x7ff8 << 48)

/* --- bit casts ------------------------------------------------------------------------------------ */
static float fl(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static uint32_t fb(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static double dl(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint64_t db(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static int isnan32(uint32_t a) { return (a & ~S32) > 0x7f800000u; }
static int isnan64(uint64_t a) { return (a & ~S64) > ((uint64_t)0x7ff << 52); }

/* softfp.h's NaN: the first NaN operand quietened, else the default NaN (unary: b unused) */
static uint32_t nan32(uint32_t a, uint32_t b, int unary)
{
    return isnan32(a) ? a | 0x00400000u : !unary && isnan32(b) ? b | 0x00400000u : DNAN32;
}
static uint64_t nan64(uint64_t a, uint64_t b, int unary)
{
    uint64_t q = (uint64_t)1 << 51;
    return isnan64(a) ? a | q : !unary && isnan64(b) ? b | q : DNAN64;
}

/* --- pseudo-random numbers: xorshift64* ------------------------------------------------------------ */
static uint64_t seed = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    seed ^= seed >> 12;
    seed ^= seed << 25;
    seed ^= seed >> 27;
    return seed * 0x2545f4914f6cdd1dull;
}

/* an integer of any magnitude: all bits, shifted down (small), or sign-extended from a random width */
static uint64_t rint64(void)
{
    uint64_t x = rnd();
    switch (rnd() & 3) {
    case 0: return x;
    case 1: return x >> (rnd() & 63);
    case 2: return (uint64_t)((int64_t)x >> (rnd() & 63));
    default: return (uint32_t)x;
    }
}
static uint32_t rint32(void) { uint64_t x = rint64(); return (uint32_t)(rnd() & 1 ? x : x >> 32); }

/* a double: any bits, an exponent around 1 (-70..70: the integer-conversion limits), a small
 * integer, or a subnormal/tiny one */
static uint64_t rf64(void)
{
    uint64_t x = rnd();
    switch (rnd() & 3) {
    case 0: return x;
    case 1: return (x & 0x800fffffffffffffull) | (uint64_t)(1023 - 70 + rnd() % 141) << 52;
    case 2: return db((double)(int32_t)(uint32_t)(x >> (32 + (rnd() & 31))) * (rnd() & 1 ? 1.0 : 0.5));
    default: return (x & 0x800fffffffffffffull) | (uint64_t)(rnd() % 3) << 52;
    }
}
static uint32_t rf32(void)
{
    uint32_t x = (uint32_t)rnd();
    switch (rnd() & 3) {
    case 0: return x;
    case 1: return (x & 0x807fffffu) | (uint32_t)(127 - 70 + rnd() % 141) << 23;
    case 2: return fb((float)(int32_t)(x >> (rnd() & 31)) * (rnd() & 1 ? 1.0f : 0.5f));
    default: return (x & 0x807fffffu) | (uint32_t)(rnd() % 3) << 23;
    }
}
/* a second operand close to a (exponents near, for cancellation and alignment), or unrelated */
static uint64_t near64(uint64_t a)
{
    uint64_t d = rnd() >> (rnd() & 63), b;
    if (rnd() % 3 == 0) return rf64();
    b = rnd() & 1 ? a + d : a - d;
    return rnd() & 1 ? b ^ S64 : b;
}
static uint32_t near32(uint32_t a)
{
    uint32_t d = (uint32_t)rnd() >> (rnd() & 31), b;
    if (rnd() % 3 == 0) return rf32();
    b = rnd() & 1 ? a + d : a - d;
    return rnd() & 1 ? b ^ S32 : b;
}

/* --- edge cases ------------------------------------------------------------------------------------ */
static const uint64_t e64[] = {
    0, 1, 2, 3, 7, 10, 0xffffffffffffffffull, 0xfffffffffffffffeull, 0xfffffffffffffff9ull,
    0x8000000000000000ull, 0x8000000000000001ull, 0x7fffffffffffffffull, 0x7ffffffffffffffeull,
    0xffffffffull, 0xfffffffeull, 0x100000000ull, 0x100000001ull, 0x7fffffffull, 0x80000000ull,
    0x80000001ull, 0xffffffff00000000ull, 0xffffffff80000000ull, 0xffffffff7fffffffull,
    0xfffffffe00000000ull, 0x00000001ffffffffull, 0xffff, 0x10000, 0x1ffff, 0xffff0000ull,
    0x0000ffff0000ffffull, 0xffff0000ffff0000ull, 0x123456789abcdef0ull, 0xfedcba9876543210ull,
    0x20000000000000ull, 0x20000000000001ull, 0x1fffffffffffffull, 0xc000000000000000ull,
    0x4000000000000000ull, 0x8000000080000000ull, 0x00000000c0000000ull, 0x0000000300000000ull,
    1000000007ull, 0xfffffffffffffc19ull /* -999 */,
};
#define NE64 (sizeof e64 / sizeof e64[0])

static const uint32_t e32[] = {
    0, 1, 2, 3, 7, 10, 0xffffffffu, 0xfffffffeu, 0x80000000u, 0x80000001u, 0x7fffffffu,
    0x7ffffffeu, 0xffff, 0x10000, 0xffff8000u, 0x7fff, 0x8000, 0x1000000, 0x1000001, 0xff000001u,
    0x12345678u, 0xfedcba98u, 0x00ffffffu, 0xfffffc19u,
};
#define NE32 (sizeof e32 / sizeof e32[0])

/* shift amounts: the word boundaries, 63, and beyond 63 (taken modulo 64) */
static const uint32_t eshift[] = {
    0, 1, 2, 15, 16, 31, 32, 33, 47, 62, 63, 64, 65, 95, 96, 127, 128, 255, 256, 0x7fffffffu,
    0x80000000u, 0xffffffffu, 0xffffffe0u, 0xffffffdfu,
};
#define NESHIFT (sizeof eshift / sizeof eshift[0])

static const uint32_t ef32[] = {
    0, S32, 0x3f800000u, 0xbf800000u, 0x3f800001u, 0x3f7fffffu, 0x3f000000u, 0xbf000000u,
    0x3fc00000u, 0x40200000u, 0x40400000u, 0xbf7fffffu, 0x3dcccccdu, 0x40490fdbu,
    0x00000001u, 0x80000001u, 0x007fffffu, 0x807fffffu, 0x00800000u, 0x80800000u, 0x00400000u,
    0x7f7fffffu, 0xff7fffffu, 0x7f000000u, 0x7f800000u, 0xff800000u,
    0x7fc00000u, 0xffc00000u, 0x7fc12345u, 0x7f800001u, 0x7fa00000u, 0xff812345u, 0x7fffffffu,
    0x4b800000u, 0x4b800001u, 0x4b7fffffu, 0xcb800001u,            /* 2^24 */
    0x4effffffu, 0x4f000000u, 0x4f000001u, 0xceffffffu, 0xcf000000u, 0xcf000001u,   /* 2^31 */
    0x4f7fffffu, 0x4f800000u, 0x4f800001u,                          /* 2^32 */
    0x5a000000u, 0x5effffffu, 0x5f000000u, 0x5f000001u, 0xdeffffffu, 0xdf000000u, 0xdf000001u, /* 2^53, 2^63 */
    0x5f7fffffu, 0x5f800000u, 0x5f800001u, 0xdf800000u,             /* 2^64 */
    0x501502f9u /* 1e10 */, 0x0da24260u /* 1e-30 */, 0x33800000u /* 2^-24 */, 0x34000000u,
};
#define NEF32 (sizeof ef32 / sizeof ef32[0])

static const uint64_t ef64[] = {
    0, S64, 0x3ff0000000000000ull, 0xbff0000000000000ull, 0x3ff0000000000001ull,
    0x3fefffffffffffffull, 0xbfefffffffffffffull, 0x3fe0000000000000ull, 0xbfe0000000000000ull,
    0x3ff8000000000000ull, 0x4004000000000000ull, 0x4008000000000000ull, 0x3fb999999999999aull,
    0x400921fb54442d18ull, 0x0000000000000001ull, 0x8000000000000001ull, 0x000fffffffffffffull,
    0x800fffffffffffffull, 0x0010000000000000ull, 0x8010000000000000ull, 0x0008000000000000ull,
    0x7fefffffffffffffull, 0xffefffffffffffffull, 0x7fe0000000000000ull, 0x7ff0000000000000ull,
    0xfff0000000000000ull, 0x7ff8000000000000ull, 0xfff8000000000000ull, 0x7ff8000000012345ull,
    0x7ff0000000000001ull, 0x7ff4000000000000ull, 0xfff0000000000123ull, 0x7fffffffffffffffull,
    0x7ff00000f0000000ull, 0x7ff0000020000000ull, 0x7ff000001fffffffull,          /* NaN payloads for d2f */
    0x41dfffffffc00000ull, 0x41dfffffffe00000ull, 0x41dffffffff00000ull, 0x41e0000000000000ull,
    0x41e0000000000001ull, 0xc1dfffffffc00000ull, 0xc1e0000000000000ull, 0xc1e0000000000001ull,
    0xc1e00000000fffffull, 0xc1e0000000100000ull, 0xc1e0000000200000ull, 0xc1e0000000200001ull, /* 2^31 */
    0x41efffffffe00000ull, 0x41effffffff00000ull, 0x41efffffffffffffull, 0x41f0000000000000ull,
    0x41f0000000000001ull,                                                        /* 2^32 */
    0x433fffffffffffffull, 0x4340000000000000ull, 0x4340000000000001ull, 0xc340000000000001ull, /* 2^53 */
    0x43dfffffffffffffull, 0x43e0000000000000ull, 0x43e0000000000001ull,
    0xc3dfffffffffffffull, 0xc3e0000000000000ull, 0xc3e0000000000001ull,           /* 2^63 */
    0x43efffffffffffffull, 0x43f0000000000000ull, 0x43f0000000000001ull, 0xc3f0000000000000ull, /* 2^64 */
    0x47efffffe0000000ull, 0x47efffffefffffffull, 0x47effffff0000000ull, 0x47f0000000000000ull, /* f32 max */
    0x36a0000000000000ull, 0x3690000000000000ull, 0x3690000000000001ull, 0x3680000000000000ull, /* f32 min sub */
    0x380fffffffffffffull, 0x3810000000000000ull, 0x3ff0000010000000ull, 0x3ff0000030000000ull, /* ties */
    0x7e37e43c8800759cull /* 1e300 */, 0x01a56e1fc2f8f359ull /* 1e-300 */,
};
#define NEF64 (sizeof ef64 / sizeof ef64[0])

/* --- results --------------------------------------------------------------------------------------- */
static const char *cur;
static uint32_t ncase, nbad;
static char first[192];
static int npass, nfail;

static void begin(const char *name) { cur = name; ncase = nbad = 0; first[0] = 0; }
static void end(void)
{
    printf("%-9s %6u cases, %u mismatches%s\n", cur, (unsigned)ncase, (unsigned)nbad, first);
    if (nbad) nfail++;
    else npass++;
}
/* one case: n operands in a, b, c */
static void check(int n, uint64_t a, uint64_t b, uint64_t c, uint64_t got, uint64_t want)
{
    ncase++;
    if (got == want || nbad++) return;
    if (n == 1)
        snprintf(first, sizeof first, "; first: 0x%llx -> 0x%llx, want 0x%llx", (unsigned long long)a,
                 (unsigned long long)got, (unsigned long long)want);
    else if (n == 2)
        snprintf(first, sizeof first, "; first: 0x%llx, 0x%llx -> 0x%llx, want 0x%llx", (unsigned long long)a,
                 (unsigned long long)b, (unsigned long long)got, (unsigned long long)want);
    else
        snprintf(first, sizeof first, "; first: 0x%llx, 0x%llx, 0x%llx -> 0x%llx, want 0x%llx",
                 (unsigned long long)a, (unsigned long long)b, (unsigned long long)c, (unsigned long long)got,
                 (unsigned long long)want);
}

/* --- 64-bit integers ------------------------------------------------------------------------------- */
typedef uint64_t (*fn_LLL)(uint64_t, uint64_t);
typedef uint32_t (*fn_rLL)(uint64_t, uint64_t);
typedef uint64_t (*fn_LLr)(uint64_t, uint32_t);

static uint64_t c_add64(uint64_t a, uint64_t b) { return a + b; }
static uint64_t c_sub64(uint64_t a, uint64_t b) { return a - b; }
static uint64_t c_mul64(uint64_t a, uint64_t b) { return a * b; }
static uint64_t c_divu64(uint64_t a, uint64_t b) { return a / b; }
static uint64_t c_remu64(uint64_t a, uint64_t b) { return a % b; }
/* INT64_MIN / -1 overflows in C: the VM gives INT64_MIN (0 - a), remainder 0 */
static uint64_t c_divs64(uint64_t a, uint64_t b)
{
    return a == S64 && b == ~(uint64_t)0 ? S64 : (uint64_t)((int64_t)a / (int64_t)b);
}
static uint64_t c_rems64(uint64_t a, uint64_t b)
{
    return a == S64 && b == ~(uint64_t)0 ? 0 : (uint64_t)((int64_t)a % (int64_t)b);
}
static uint64_t c_and64(uint64_t a, uint64_t b) { return a & b; }
static uint64_t c_or64(uint64_t a, uint64_t b) { return a | b; }
static uint64_t c_xor64(uint64_t a, uint64_t b) { return a ^ b; }
static uint32_t c_eq64(uint64_t a, uint64_t b) { return a == b; }
static uint32_t c_ne64(uint64_t a, uint64_t b) { return a != b; }
static uint32_t c_lts64(uint64_t a, uint64_t b) { return (int64_t)a < (int64_t)b; }
static uint32_t c_ltu64(uint64_t a, uint64_t b) { return a < b; }
static uint32_t c_les64(uint64_t a, uint64_t b) { return (int64_t)a <= (int64_t)b; }
static uint32_t c_leu64(uint64_t a, uint64_t b) { return a <= b; }
static uint64_t c_shl64(uint64_t a, uint32_t n) { return a << (n & 63); }
static uint64_t c_shrs64(uint64_t a, uint32_t n) { return (uint64_t)((int64_t)a >> (n & 63)); }
static uint64_t c_shru64(uint64_t a, uint32_t n) { return a >> (n & 63); }

static const struct { const char *name; fn_LLL f, ref; int div; } ops_LLL[] = {
    { "add64", rt_add64, c_add64, 0 }, { "sub64", rt_sub64, c_sub64, 0 }, { "mul64", rt_mul64, c_mul64, 0 },
    { "divs64", rt_divs64, c_divs64, 1 }, { "divu64", rt_divu64, c_divu64, 1 },
    { "rems64", rt_rems64, c_rems64, 1 }, { "remu64", rt_remu64, c_remu64, 1 },
    { "and64", rt_and64, c_and64, 0 }, { "or64", rt_or64, c_or64, 0 }, { "xor64", rt_xor64, c_xor64, 0 },
};
static const struct { const char *name; fn_rLL f, ref; } ops_rLL[] = {
    { "eq64", rt_eq64, c_eq64 }, { "ne64", rt_ne64, c_ne64 }, { "lts64", rt_lts64, c_lts64 },
    { "ltu64", rt_ltu64, c_ltu64 }, { "les64", rt_les64, c_les64 }, { "leu64", rt_leu64, c_leu64 },
};
static const struct { const char *name; fn_LLr f, ref; } ops_LLr[] = {
    { "shl64", rt_shl64, c_shl64 }, { "shrs64", rt_shrs64, c_shrs64 }, { "shru64", rt_shru64, c_shru64 },
};

static void test_int64(void)
{
    for (unsigned k = 0; k < sizeof ops_LLL / sizeof ops_LLL[0]; k++) {
        begin(ops_LLL[k].name);
        for (unsigned i = 0; i < NE64; i++)
            for (unsigned j = 0; j < NE64; j++) {
                uint64_t a = e64[i], b = e64[j];
                if (ops_LLL[k].div && !b) continue;
                check(2, a, b, 0, ops_LLL[k].f(a, b), ops_LLL[k].ref(a, b));
            }
        for (int i = 0; i < NRANDOM; i++) {
            uint64_t a = rint64(), b = rint64();
            if (ops_LLL[k].div && !b) continue;
            check(2, a, b, 0, ops_LLL[k].f(a, b), ops_LLL[k].ref(a, b));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_rLL / sizeof ops_rLL[0]; k++) {
        begin(ops_rLL[k].name);
        for (unsigned i = 0; i < NE64; i++)
            for (unsigned j = 0; j < NE64; j++)
                check(2, e64[i], e64[j], 0, ops_rLL[k].f(e64[i], e64[j]), ops_rLL[k].ref(e64[i], e64[j]));
        for (int i = 0; i < NRANDOM; i++) {
            uint64_t a = rint64(), b = rnd() & 1 ? rint64() : a ^ (uint64_t)(rnd() & 1) << (rnd() & 63);
            check(2, a, b, 0, ops_rLL[k].f(a, b), ops_rLL[k].ref(a, b));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_LLr / sizeof ops_LLr[0]; k++) {
        begin(ops_LLr[k].name);
        for (unsigned i = 0; i < NE64; i++)
            for (unsigned j = 0; j < NESHIFT; j++)
                check(2, e64[i], eshift[j], 0, ops_LLr[k].f(e64[i], eshift[j]), ops_LLr[k].ref(e64[i], eshift[j]));
        for (uint32_t n = 0; n < 200; n++)
            for (int i = 0; i < 4; i++) {
                uint64_t a = rnd();
                check(2, a, n, 0, ops_LLr[k].f(a, n), ops_LLr[k].ref(a, n));
            }
        for (int i = 0; i < NRANDOM; i++) {
            uint64_t a = rint64();
            uint32_t n = (uint32_t)rnd();
            check(2, a, n, 0, ops_LLr[k].f(a, n), ops_LLr[k].ref(a, n));
        }
        end();
    }

    begin("neg64");
    for (unsigned i = 0; i < NE64; i++) check(1, e64[i], 0, 0, rt_neg64(e64[i]), 0 - e64[i]);
    for (int i = 0; i < NRANDOM; i++) {
        uint64_t a = rint64();
        check(1, a, 0, 0, rt_neg64(a), 0 - a);
    }
    end();

    begin("sext64");
    for (unsigned i = 0; i < NE32; i++) check(1, e32[i], 0, 0, rt_sext64(e32[i]), (uint64_t)(int64_t)(int32_t)e32[i]);
    for (int i = 0; i < NRANDOM; i++) {
        uint32_t a = rint32();
        check(1, a, 0, 0, rt_sext64(a), (uint64_t)(int64_t)(int32_t)a);
    }
    end();
    begin("zext64");
    for (unsigned i = 0; i < NE32; i++) check(1, e32[i], 0, 0, rt_zext64(e32[i]), (uint64_t)e32[i]);
    for (int i = 0; i < NRANDOM; i++) {
        uint32_t a = rint32();
        check(1, a, 0, 0, rt_zext64(a), (uint64_t)a);
    }
    end();

    begin("select64");
    for (unsigned c = 0; c < NE32; c++)
        for (unsigned i = 0; i < NE64; i += 3) {
            uint64_t a = e64[i], b = e64[(i * 7 + c) % NE64];
            check(3, e32[c], a, b, rt_select64(e32[c], a, b), e32[c] ? a : b);
        }
    for (int i = 0; i < NRANDOM; i++) {
        uint32_t c = rnd() & 1 ? 0 : rint32();
        uint64_t a = rnd(), b = rnd();
        check(3, c, a, b, rt_select64(c, a, b), c ? a : b);
    }
    end();
}

/* --- floating point -------------------------------------------------------------------------------- */
typedef uint32_t (*fn_rrr)(uint32_t, uint32_t);
typedef uint32_t (*fn_rr)(uint32_t);
typedef uint64_t (*fn_RRR)(uint64_t, uint64_t);
typedef uint64_t (*fn_RR)(uint64_t);
typedef uint32_t (*fn_rRR)(uint64_t, uint64_t);

/* arithmetic: the C operator, with softfp.h's NaN where the result is a NaN */
static uint32_t c_addf(uint32_t a, uint32_t b) { uint32_t r = fb(fl(a) + fl(b)); return isnan32(r) ? nan32(a, b, 0) : r; }
static uint32_t c_subf(uint32_t a, uint32_t b) { uint32_t r = fb(fl(a) - fl(b)); return isnan32(r) ? nan32(a, b ^ S32, 0) : r; }
static uint32_t c_mulf(uint32_t a, uint32_t b) { uint32_t r = fb(fl(a) * fl(b)); return isnan32(r) ? nan32(a, b, 0) : r; }
static uint32_t c_divf(uint32_t a, uint32_t b) { uint32_t r = fb(fl(a) / fl(b)); return isnan32(r) ? nan32(a, b, 0) : r; }
static uint32_t c_negf(uint32_t a) { return fb(-fl(a)); }
static uint32_t c_absf(uint32_t a) { return fb(__builtin_fabsf(fl(a))); }
static uint32_t c_sqrtf(uint32_t a) { uint32_t r = fb(vm_sqrtf(fl(a))); return isnan32(r) ? nan32(a, 0, 1) : r; }
static uint32_t c_eqf(uint32_t a, uint32_t b) { return fl(a) == fl(b); }
static uint32_t c_nef(uint32_t a, uint32_t b) { return fl(a) != fl(b); }
static uint32_t c_ltf(uint32_t a, uint32_t b) { return fl(a) < fl(b); }
static uint32_t c_lef(uint32_t a, uint32_t b) { return fl(a) <= fl(b); }
static uint32_t c_unof(uint32_t a, uint32_t b) { return fl(a) != fl(a) || fl(b) != fl(b); }

static uint64_t c_addd(uint64_t a, uint64_t b) { uint64_t r = db(dl(a) + dl(b)); return isnan64(r) ? nan64(a, b, 0) : r; }
static uint64_t c_subd(uint64_t a, uint64_t b) { uint64_t r = db(dl(a) - dl(b)); return isnan64(r) ? nan64(a, b ^ S64, 0) : r; }
static uint64_t c_muld(uint64_t a, uint64_t b) { uint64_t r = db(dl(a) * dl(b)); return isnan64(r) ? nan64(a, b, 0) : r; }
static uint64_t c_divd(uint64_t a, uint64_t b) { uint64_t r = db(dl(a) / dl(b)); return isnan64(r) ? nan64(a, b, 0) : r; }
static uint64_t c_negd(uint64_t a) { return db(-dl(a)); }
static uint64_t c_absd(uint64_t a) { return db(__builtin_fabs(dl(a))); }
static uint64_t c_sqrtd(uint64_t a) { uint64_t r = db(vm_sqrt(dl(a))); return isnan64(r) ? nan64(a, 0, 1) : r; }
static uint32_t c_eqd(uint64_t a, uint64_t b) { return dl(a) == dl(b); }
static uint32_t c_ned(uint64_t a, uint64_t b) { return dl(a) != dl(b); }
static uint32_t c_ltd(uint64_t a, uint64_t b) { return dl(a) < dl(b); }
static uint32_t c_led(uint64_t a, uint64_t b) { return dl(a) <= dl(b); }
static uint32_t c_unod(uint64_t a, uint64_t b) { return dl(a) != dl(a) || dl(b) != dl(b); }

static const struct { const char *name; fn_rrr f, ref; } ops_rrr[] = {
    { "addf", rt_addf, c_addf }, { "subf", rt_subf, c_subf }, { "mulf", rt_mulf, c_mulf },
    { "divf", rt_divf, c_divf }, { "eqf", rt_eqf, c_eqf }, { "nef", rt_nef, c_nef },
    { "ltf", rt_ltf, c_ltf }, { "lef", rt_lef, c_lef }, { "unof", rt_unof, c_unof },
};
static const struct { const char *name; fn_RRR f, ref; } ops_RRR[] = {
    { "addd", rt_addd, c_addd }, { "subd", rt_subd, c_subd }, { "muld", rt_muld, c_muld },
    { "divd", rt_divd, c_divd },
};
static const struct { const char *name; fn_rRR f, ref; } ops_rRR[] = {
    { "eqd", rt_eqd, c_eqd }, { "ned", rt_ned, c_ned }, { "ltd", rt_ltd, c_ltd },
    { "led", rt_led, c_led }, { "unod", rt_unod, c_unod },
};

/* conversions: the C conversion where C defines it, else the VM's rule (docs/bytecode.md: float ->
 * integer truncates toward zero and saturates at the type's range, NaN gives 0) */
static uint32_t c_i2f(uint32_t a) { return fb((float)(int32_t)a); }
static uint32_t c_u2f(uint32_t a) { return fb((float)a); }
static uint32_t c_f2i(uint32_t a)
{
    float x = fl(a);
    if (x != x) return 0;
    if (x < -2147483648.0f) return S32;
    if (x >= 2147483648.0f) return 0x7fffffffu;
    return (uint32_t)(int32_t)x;
}
static uint32_t c_f2u(uint32_t a)
{
    float x = fl(a);
    if (!(x > -1.0f)) return 0;
    if (x >= 4294967296.0f) return 0xffffffffu;
    return (uint32_t)x;
}
static uint64_t c_i2d(uint32_t a) { return db((double)(int32_t)a); }
static uint64_t c_u2d(uint32_t a) { return db((double)a); }
static uint32_t c_d2i(uint64_t a)
{
    double x = dl(a);
    if (x != x) return 0;
    if (x <= -2147483649.0) return S32;
    if (x >= 2147483648.0) return 0x7fffffffu;
    return (uint32_t)(int32_t)x;
}
static uint32_t c_d2u(uint64_t a)
{
    double x = dl(a);
    if (!(x > -1.0)) return 0;
    if (x >= 4294967296.0) return 0xffffffffu;
    return (uint32_t)x;
}
static uint32_t c_l2f(uint64_t a) { return fb((float)(int64_t)a); }
static uint32_t c_ul2f(uint64_t a) { return fb((float)a); }
static uint64_t d2l_rule(double x)
{
    if (x != x) return 0;
    if (x < -9223372036854775808.0) return S64;
    if (x >= 9223372036854775808.0) return ~S64;
    return (uint64_t)(int64_t)x;
}
static uint64_t d2ul_rule(double x)
{
    if (!(x > -1.0)) return 0;
    if (x >= 18446744073709551616.0) return ~(uint64_t)0;
    return (uint64_t)x;
}
static uint64_t c_f2l(uint32_t a) { return d2l_rule(fl(a)); }
static uint64_t c_f2ul(uint32_t a) { return d2ul_rule(fl(a)); }
static uint64_t c_l2d(uint64_t a) { return db((double)(int64_t)a); }
static uint64_t c_ul2d(uint64_t a) { return db((double)a); }
static uint64_t c_d2l(uint64_t a) { return d2l_rule(dl(a)); }
static uint64_t c_d2ul(uint64_t a) { return d2ul_rule(dl(a)); }
/* a NaN keeps its sign and the top of its payload, quietened */
static uint64_t c_f2d(uint32_t a)
{
    if (isnan32(a)) return (uint64_t)(a >> 31) << 63 | DNAN64 | (uint64_t)(a & 0x7fffffu) << 29;
    return db((double)fl(a));
}
static uint32_t c_d2f(uint64_t a)
{
    if (isnan64(a)) return (uint32_t)(a >> 63) << 31 | DNAN32 | (uint32_t)(a >> 29 & 0x7fffffu);
    return fb((float)dl(a));
}

/* by argument and result width; in: the input set (0 int32, 1 f32, 2 int64, 3 f64) */
static const struct { const char *name; fn_rr f, ref; int in; } ops_rr[] = {
    { "negf", rt_negf, c_negf, 1 }, { "absf", rt_absf, c_absf, 1 }, { "sqrtf", rt_sqrtf, c_sqrtf, 1 },
    { "i2f", rt_i2f, c_i2f, 0 }, { "u2f", rt_u2f, c_u2f, 0 }, { "f2i", rt_f2i, c_f2i, 1 },
    { "f2u", rt_f2u, c_f2u, 1 },
};
static const struct { const char *name; uint64_t (*f)(uint32_t), (*ref)(uint32_t); int in; } ops_Rr[] = {
    { "i2d", rt_i2d, c_i2d, 0 }, { "u2d", rt_u2d, c_u2d, 0 }, { "f2l", rt_f2l, c_f2l, 1 },
    { "f2ul", rt_f2ul, c_f2ul, 1 }, { "f2d", rt_f2d, c_f2d, 1 },
};
static const struct { const char *name; uint32_t (*f)(uint64_t), (*ref)(uint64_t); int in; } ops_rR[] = {
    { "d2i", rt_d2i, c_d2i, 3 }, { "d2u", rt_d2u, c_d2u, 3 }, { "l2f", rt_l2f, c_l2f, 2 },
    { "ul2f", rt_ul2f, c_ul2f, 2 }, { "d2f", rt_d2f, c_d2f, 3 },
};
static const struct { const char *name; fn_RR f, ref; int in; } ops_RR[] = {
    { "negd", rt_negd, c_negd, 3 }, { "absd", rt_absd, c_absd, 3 }, { "sqrtd", rt_sqrtd, c_sqrtd, 3 },
    { "l2d", rt_l2d, c_l2d, 2 }, { "ul2d", rt_ul2d, c_ul2d, 2 }, { "d2l", rt_d2l, c_d2l, 3 },
    { "d2ul", rt_d2ul, c_d2ul, 3 },
};

/* input i of set s: the edge cases, then random ones; *n = the set's total */
static uint64_t input(int s, unsigned i, unsigned *n)
{
    static const unsigned nedge[4] = { NE32, NEF32, NE64, NEF64 };
    *n = nedge[s] + NRANDOM;
    if (i < nedge[s]) return s == 0 ? e32[i] : s == 1 ? ef32[i] : s == 2 ? e64[i] : ef64[i];
    if (s == 0) return rint32();
    if (s == 1) return rf32();
    if (s == 2) {
        /* integers near the float precisions' limits too: 2^24, 2^53 and 2^63 with low bits */
        uint64_t x = rint64();
        switch (rnd() & 3) {
        case 0: return x;
        case 1: return ((uint64_t)1 << (24 + rnd() % 40)) ^ (x & 0xff);
        case 2: return ((uint64_t)1 << 53) + (x >> (rnd() & 63) & 0xfff) * (rnd() & 1 ? 1 : ~(uint64_t)0);
        default: return (x | S64) >> (rnd() & 7);
        }
    }
    return rf64();
}

static void test_float(void)
{
    for (unsigned k = 0; k < sizeof ops_rrr / sizeof ops_rrr[0]; k++) {
        begin(ops_rrr[k].name);
        for (unsigned i = 0; i < NEF32; i++)
            for (unsigned j = 0; j < NEF32; j++)
                check(2, ef32[i], ef32[j], 0, ops_rrr[k].f(ef32[i], ef32[j]), ops_rrr[k].ref(ef32[i], ef32[j]));
        for (int i = 0; i < NRANDOM; i++) {
            uint32_t a = rf32(), b = near32(a);
            check(2, a, b, 0, ops_rrr[k].f(a, b), ops_rrr[k].ref(a, b));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_RRR / sizeof ops_RRR[0]; k++) {
        begin(ops_RRR[k].name);
        for (unsigned i = 0; i < NEF64; i++)
            for (unsigned j = 0; j < NEF64; j++)
                check(2, ef64[i], ef64[j], 0, ops_RRR[k].f(ef64[i], ef64[j]), ops_RRR[k].ref(ef64[i], ef64[j]));
        for (int i = 0; i < NRANDOM; i++) {
            uint64_t a = rf64(), b = near64(a);
            check(2, a, b, 0, ops_RRR[k].f(a, b), ops_RRR[k].ref(a, b));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_rRR / sizeof ops_rRR[0]; k++) {
        begin(ops_rRR[k].name);
        for (unsigned i = 0; i < NEF64; i++)
            for (unsigned j = 0; j < NEF64; j++)
                check(2, ef64[i], ef64[j], 0, ops_rRR[k].f(ef64[i], ef64[j]), ops_rRR[k].ref(ef64[i], ef64[j]));
        for (int i = 0; i < NRANDOM; i++) {
            uint64_t a = rf64(), b = rnd() % 4 ? near64(a) : a;
            check(2, a, b, 0, ops_rRR[k].f(a, b), ops_rRR[k].ref(a, b));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_rr / sizeof ops_rr[0]; k++) {
        unsigned n = 1;
        begin(ops_rr[k].name);
        for (unsigned i = 0; i < n; i++) {
            uint32_t a = (uint32_t)input(ops_rr[k].in, i, &n);
            check(1, a, 0, 0, ops_rr[k].f(a), ops_rr[k].ref(a));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_Rr / sizeof ops_Rr[0]; k++) {
        unsigned n = 1;
        begin(ops_Rr[k].name);
        for (unsigned i = 0; i < n; i++) {
            uint32_t a = (uint32_t)input(ops_Rr[k].in, i, &n);
            check(1, a, 0, 0, ops_Rr[k].f(a), ops_Rr[k].ref(a));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_rR / sizeof ops_rR[0]; k++) {
        unsigned n = 1;
        begin(ops_rR[k].name);
        for (unsigned i = 0; i < n; i++) {
            uint64_t a = input(ops_rR[k].in, i, &n);
            check(1, a, 0, 0, ops_rR[k].f(a), ops_rR[k].ref(a));
        }
        end();
    }
    for (unsigned k = 0; k < sizeof ops_RR / sizeof ops_RR[0]; k++) {
        unsigned n = 1;
        begin(ops_RR[k].name);
        for (unsigned i = 0; i < n; i++) {
            uint64_t a = input(ops_RR[k].in, i, &n);
            check(1, a, 0, 0, ops_RR[k].f(a), ops_RR[k].ref(a));
        }
        end();
    }
}

int main(void)
{
    test_int64();
    test_float();
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail ? 1 : 0;
}

/* Unit tests of the soft float (vm/core/softfp.c) against the host's hardware (x86-64 SSE).
 *
 * Every operation runs on all pairs of a table of special values (zeros, subnormals, the normal
 * range's ends, infinities, NaNs, integer-conversion bounds, rounding ties) and on a few hundred
 * thousand random operands from a fixed-seed xorshift, biased so that exponents are close
 * (cancellation), results land near the subnormal and overflow thresholds, significands are
 * short (exact results and ties) and subnormals are frequent. Results must have the hardware's
 * bits, except NaNs: SSE's default NaN is negative and commutative operations may have their
 * operands swapped by the compiler, so a NaN result must be the NaN softfp.h's rule gives (first
 * NaN operand quietened, else the default NaN 0x7ff8000000000000 / 0x7fc00000), which is also
 * checked on explicit cases. Conversions to integers are checked against a reference with the
 * saturation rules; ck_sf_udivmod64 against C's / and %. CK_SF_ITERS changes the random count.
 */
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "softfp.h"

#define S64 ((uint64_t)1 << 63)
#define DNAN64 UINT64_C(0x7ff8000000000000)
#define DNAN32 UINT32_C(0x7fc00000)

static long iters = 300000;

/* --- bits <-> values ---------------------------------------------------------------------------- */
static double d_of(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint64_t u_of(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static float f_of(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static uint32_t v_of(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

static int isnan64(uint64_t a) { return (a & ~S64) > UINT64_C(0x7ff0000000000000); }
static int isnan32(uint64_t a) { return (a & 0x7fffffffu) > 0x7f800000u; }

/* --- fixed-seed random numbers ------------------------------------------------------------------ */
static uint64_t seed;
static uint64_t rnd(void)
{
    seed ^= seed >> 12;
    seed ^= seed << 25;
    seed ^= seed >> 27;
    return seed * UINT64_C(0x2545f4914f6cdd1d);
}
static unsigned rn(unsigned n) { return (unsigned)(rnd() >> 33) % n; }

/* --- special values ------------------------------------------------------------------------------ */
static const uint64_t spec64[] = {
    0, 1, UINT64_C(0x000fffffffffffff), UINT64_C(0x0010000000000000), UINT64_C(0x0008000000000000),
    UINT64_C(0x0000000000000003), UINT64_C(0x0010000000000001), UINT64_C(0x001fffffffffffff),
    UINT64_C(0x3ff0000000000000), UINT64_C(0x3ff0000000000001), UINT64_C(0x3fefffffffffffff),
    UINT64_C(0x3fe0000000000000), UINT64_C(0x3ff8000000000000), UINT64_C(0x4004000000000000),
    UINT64_C(0x4008000000000000), UINT64_C(0x3fd5555555555555), UINT64_C(0x3ca0000000000000),
    UINT64_C(0x3cb8000000000000), UINT64_C(0x3c90000000000000), UINT64_C(0x3cb0000000000000),
    UINT64_C(0x7fefffffffffffff), UINT64_C(0x7fe0000000000000), UINT64_C(0x7fdfffffffffffff),
    UINT64_C(0x7ff0000000000000), UINT64_C(0x7ff8000000000000), UINT64_C(0x7ff8000000000123),
    UINT64_C(0x7ff0000000000001), UINT64_C(0x7ff4000000000000), UINT64_C(0x7fffffffffffffff),
    UINT64_C(0x41e0000000000000), UINT64_C(0x41dfffffffc00000), UINT64_C(0x41e0000000100000),
    UINT64_C(0x41dfffffffe00000), UINT64_C(0x41efffffffe00000), UINT64_C(0x41f0000000000000),
    UINT64_C(0x41effffffff00000), UINT64_C(0x41f0000000080000), UINT64_C(0x43e0000000000000),
    UINT64_C(0x43dfffffffffffff), UINT64_C(0x43f0000000000000), UINT64_C(0x43efffffffffffff),
    UINT64_C(0x43e0000000000001), UINT64_C(0x4330000000000000), UINT64_C(0x4340000000000000),
    UINT64_C(0x3ff0000010000000), UINT64_C(0x3ff0000008000000), UINT64_C(0x3ff0000018000000),
    UINT64_C(0x36a0000000000000), UINT64_C(0x3810000000000000), UINT64_C(0x380fffffffffffff),
    UINT64_C(0x47efffffe0000000), UINT64_C(0x47effffff0000000), UINT64_C(0x47efffffefffffff),
    UINT64_C(0x3690000000000000), UINT64_C(0x3698000000000000), UINT64_C(0x369fffffffffffff),
    UINT64_C(0x2000000000000000), UINT64_C(0x5ff0000000000000),
};
#define NSPEC64 (sizeof spec64 / sizeof spec64[0])

static const uint32_t spec32[] = {
    0, 1, 0x007fffff, 0x00800000, 0x00400000, 3, 0x00800001, 0x00ffffff, 0x3f800000, 0x3f800001,
    0x3f7fffff, 0x3f000000, 0x3fc00000, 0x40200000, 0x40400000, 0x3eaaaaab, 0x33800000, 0x34400000,
    0x33000000, 0x34000000, 0x7f7fffff, 0x7f000000, 0x7effffff, 0x7f800000, 0x7fc00000, 0x7fc00123,
    0x7f800001, 0x7fa00000, 0x7fffffff, 0x4f000000, 0x4effffff, 0x4f800000, 0x4f7fffff, 0x5f000000,
    0x5effffff, 0x5f800000, 0x5f7fffff, 0x4b000000, 0x4b800000, 0x3f800080, 0x3f800040, 0x3f8000c0,
    0x1f800000, 0x5f000001, 0x00000002, 0x0ccccccd,
};
#define NSPEC32 (sizeof spec32 / sizeof spec32[0])

/* --- random operands ---------------------------------------------------------------------------- */
/* A fraction of fb bits: random, short (exact results, ties), or with long runs of 1s or 0s. */
static uint64_t frac(int fb)
{
    uint64_t mask = ((uint64_t)1 << fb) - 1, f = rnd();
    switch (rn(5)) {
    case 0: return (f >> (64 - 1 - rn(8))) << (fb - 8) & mask;               /* short */
    case 1: return (f >> rn(64)) & mask;                                       /* leading zeros */
    case 2: return (mask << rn((unsigned)fb) | (f & 3)) & mask;                /* run of 1s */
    case 3: return (f & 0xf) << rn((unsigned)fb - 4) & mask;
    default: return f & mask;
    }
}

static uint64_t mk(int fb, int sign, int exp, uint64_t f)
{
    int emax = fb == 52 ? 2047 : 255;
    if (exp < 0) exp = 0;
    if (exp > emax) exp = emax;
    return (uint64_t)sign << (fb == 52 ? 63 : 31) | (uint64_t)exp << fb | f;
}

/* One operand; exp of the format in [0, emax]: anywhere, subnormal, near 1, near the top. */
static uint64_t gen(int fb)
{
    int emax = fb == 52 ? 2047 : 255, e;
    switch (rn(8)) {
    case 0: return fb == 52 ? spec64[rn(NSPEC64)] ^ (rnd() & S64) : spec32[rn(NSPEC32)] ^ (rnd() & 0x80000000u);
    case 1: e = (int)rn(2); break;
    case 2: e = emax / 2 + (int)rn(9) - 4; break;
    case 3: e = emax - 1 - (int)rn(3); break;
    case 4: return fb == 52 ? rnd() : rnd() >> 32;
    default: e = (int)rn((unsigned)emax + 1); break;
    }
    return mk(fb, (int)rn(2), e, frac(fb));
}

static int expo(uint64_t a, int fb) { return (int)(a >> fb) & (fb == 52 ? 2047 : 255); }

/* A second operand related to a: close exponent, near-copy (cancellation), or an exponent that
 * puts a product or quotient near the subnormal or overflow threshold. */
static uint64_t gen2(uint64_t a, int fb)
{
    int emax = fb == 52 ? 2047 : 255, bias = emax / 2, ea = expo(a, fb), d = (int)rn(7) - 3;
    uint64_t mask = ((uint64_t)1 << fb) - 1;
    switch (rn(8)) {
    case 0: return gen(fb);
    case 1: case 2: return mk(fb, (int)rn(2), ea + d, frac(fb));
    case 3: return mk(fb, (int)rn(2), ea + (int)rn(2), ((a & mask) ^ (rnd() >> rn(64))) & mask);
    case 4: return mk(fb, (int)rn(2), bias - ea + d, frac(fb));                /* product ~ 2^-bias */
    case 5: return mk(fb, (int)rn(2), 3 * bias - ea + d, frac(fb));            /* product ~ max */
    case 6: return mk(fb, (int)rn(2), ea + bias + d, frac(fb));                /* quotient ~ 2^-bias */
    default: return mk(fb, (int)rn(2), ea - bias + d, frac(fb));               /* quotient ~ max */
    }
}

/* --- the operations ------------------------------------------------------------------------------ */
typedef uint64_t (*fn2)(uint64_t, uint64_t);

static uint64_t s_add64(uint64_t a, uint64_t b) { return ck_sf_add64(a, b); }
static uint64_t s_sub64(uint64_t a, uint64_t b) { return ck_sf_add64(a, b ^ S64); }
static uint64_t s_mul64(uint64_t a, uint64_t b) { return ck_sf_mul64(a, b); }
static uint64_t s_div64(uint64_t a, uint64_t b) { return ck_sf_div64(a, b); }
static uint64_t s_sqrt64(uint64_t a, uint64_t b) { return ck_sf_sqrt64(a); }
static uint64_t s_add32(uint64_t a, uint64_t b) { return ck_sf_add32((uint32_t)a, (uint32_t)b); }
static uint64_t s_sub32(uint64_t a, uint64_t b) { return ck_sf_add32((uint32_t)a, (uint32_t)b ^ 0x80000000u); }
static uint64_t s_mul32(uint64_t a, uint64_t b) { return ck_sf_mul32((uint32_t)a, (uint32_t)b); }
static uint64_t s_div32(uint64_t a, uint64_t b) { return ck_sf_div32((uint32_t)a, (uint32_t)b); }
static uint64_t s_sqrt32(uint64_t a, uint64_t b) { return ck_sf_sqrt32((uint32_t)a); }

static uint64_t h_add64(uint64_t a, uint64_t b) { return u_of(d_of(a) + d_of(b)); }
static uint64_t h_sub64(uint64_t a, uint64_t b) { return u_of(d_of(a) - d_of(b)); }
static uint64_t h_mul64(uint64_t a, uint64_t b) { return u_of(d_of(a) * d_of(b)); }
static uint64_t h_div64(uint64_t a, uint64_t b) { return u_of(d_of(a) / d_of(b)); }
static uint64_t h_sqrt64(uint64_t a, uint64_t b) { return u_of(sqrt(d_of(a))); }
static uint64_t h_add32(uint64_t a, uint64_t b) { return v_of(f_of((uint32_t)a) + f_of((uint32_t)b)); }
static uint64_t h_sub32(uint64_t a, uint64_t b) { return v_of(f_of((uint32_t)a) - f_of((uint32_t)b)); }
static uint64_t h_mul32(uint64_t a, uint64_t b) { return v_of(f_of((uint32_t)a) * f_of((uint32_t)b)); }
static uint64_t h_div32(uint64_t a, uint64_t b) { return v_of(f_of((uint32_t)a) / f_of((uint32_t)b)); }
static uint64_t h_sqrt32(uint64_t a, uint64_t b) { return v_of(sqrtf(f_of((uint32_t)a))); }

/* The NaN softfp.h promises: the first NaN operand quietened, else the default NaN. */
static uint64_t nan_rule(uint64_t a, uint64_t b, int fb, int unary)
{
    if (fb == 52)
        return isnan64(a) ? a | UINT64_C(0x0008000000000000)
             : !unary && isnan64(b) ? b | UINT64_C(0x0008000000000000) : DNAN64;
    return isnan32(a) ? a | 0x00400000u : !unary && isnan32(b) ? b | 0x00400000u : DNAN32;
}

static long bad;
static void report(const char *name, uint64_t a, uint64_t b, uint64_t got, uint64_t want)
{
    if (++bad <= 10)
        fprintf(stderr, "%s(%016" PRIx64 ", %016" PRIx64 ") = %016" PRIx64 ", want %016" PRIx64 "\n",
                name, a, b, got, want);
}

/* A subtraction is an addition of b with its sign flipped, NaN included. */
static void check1(const char *name, fn2 soft, fn2 hard, int fb, int unary, uint64_t a, uint64_t b)
{
    uint64_t got = soft(a, b), want = hard(a, b);
    uint64_t bs = name[0] == 's' && name[1] == 'u' ? (fb == 52 ? S64 : 0x80000000u) : 0;
    if (fb == 52 ? isnan64(want) : isnan32(want)) want = nan_rule(a, b ^ bs, fb, unary);
    if (got != want) report(name, a, b, got, want);
}

static void run_op(const char *name, fn2 soft, fn2 hard, int fb, int unary)
{
    size_t n = fb == 52 ? NSPEC64 : NSPEC32;
    bad = 0;
    seed = UINT64_C(0x9e3779b97f4a7c15) ^ (uint64_t)strlen(name) << 40 ^ (uint64_t)(unsigned char)name[0];
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            for (int neg = 0; neg < 4; neg++) {
                uint64_t a = fb == 52 ? spec64[i] : spec32[i], b = fb == 52 ? spec64[j] : spec32[j];
                uint64_t sign = fb == 52 ? S64 : 0x80000000u;
                check1(name, soft, hard, fb, unary, a ^ (neg & 1 ? sign : 0), b ^ (neg & 2 ? sign : 0));
            }
    for (long k = 0; k < iters; k++) {
        uint64_t a = gen(fb);
        check1(name, soft, hard, fb, unary, a, unary ? 0 : gen2(a, fb));
    }
    if (unary)                                        /* roots of short squares: exact results */
        for (long k = 0; k < iters / 8; k++) {
            uint64_t m = rnd() >> (fb == 52 ? 38 : 52);
            double d = (double)m * (double)m * ldexp(1.0, (int)rn(200) - 100);
            uint64_t a = fb == 52 ? u_of(d) : v_of((float)d), mask = fb == 52 ? ~(uint64_t)0 : 0xffffffffu;
            check1(name, soft, hard, fb, unary, a, 0);
            check1(name, soft, hard, fb, unary, (a + 1) & mask, 0);
            check1(name, soft, hard, fb, unary, (a - 1) & mask, 0);
        }
    ck_assert_msg(bad == 0, "%s: %ld mismatches", name, bad);
}

START_TEST(test_add64) { run_op("add64", s_add64, h_add64, 52, 0); }
END_TEST
START_TEST(test_sub64) { run_op("sub64", s_sub64, h_sub64, 52, 0); }
END_TEST
START_TEST(test_mul64) { run_op("mul64", s_mul64, h_mul64, 52, 0); }
END_TEST
START_TEST(test_div64) { run_op("div64", s_div64, h_div64, 52, 0); }
END_TEST
START_TEST(test_sqrt64) { run_op("sqrt64", s_sqrt64, h_sqrt64, 52, 1); }
END_TEST
START_TEST(test_add32) { run_op("add32", s_add32, h_add32, 23, 0); }
END_TEST
START_TEST(test_sub32) { run_op("sub32", s_sub32, h_sub32, 23, 0); }
END_TEST
START_TEST(test_mul32) { run_op("mul32", s_mul32, h_mul32, 23, 0); }
END_TEST
START_TEST(test_div32) { run_op("div32", s_div32, h_div32, 23, 0); }
END_TEST
START_TEST(test_sqrt32) { run_op("sqrt32", s_sqrt32, h_sqrt32, 23, 1); }
END_TEST

/* --- NaN propagation, signed zeros and infinities on explicit cases ------------------------------ */
START_TEST(test_nan_rules)
{
    const uint64_t one = UINT64_C(0x3ff0000000000000), inf = UINT64_C(0x7ff0000000000000);
    const uint64_t qa = UINT64_C(0x7ff8000000000123), sb = UINT64_C(0x7ff0000000000456);
    const uint64_t nsn = UINT64_C(0xfff0000000000001);
    ck_assert_uint_eq(ck_sf_add64(qa, one), qa);
    ck_assert_uint_eq(ck_sf_add64(one, qa), qa);
    ck_assert_uint_eq(ck_sf_add64(one, sb), sb | UINT64_C(0x0008000000000000));
    ck_assert_uint_eq(ck_sf_add64(sb, qa), sb | UINT64_C(0x0008000000000000));   /* the first NaN */
    ck_assert_uint_eq(ck_sf_add64(qa, sb), qa);
    ck_assert_uint_eq(ck_sf_mul64(sb, qa), sb | UINT64_C(0x0008000000000000));
    ck_assert_uint_eq(ck_sf_mul64(qa, sb), qa);
    ck_assert_uint_eq(ck_sf_div64(nsn, one), UINT64_C(0xfff8000000000001));        /* sign kept */
    ck_assert_uint_eq(ck_sf_div64(one, nsn), UINT64_C(0xfff8000000000001));
    ck_assert_uint_eq(ck_sf_mul64(inf, 0), DNAN64);                                /* invalid */
    ck_assert_uint_eq(ck_sf_mul64(S64, inf | S64), DNAN64);
    ck_assert_uint_eq(ck_sf_add64(inf, inf | S64), DNAN64);
    ck_assert_uint_eq(ck_sf_add64(inf | S64, inf), DNAN64);
    ck_assert_uint_eq(ck_sf_add64(inf, inf), inf);
    ck_assert_uint_eq(ck_sf_div64(0, S64), DNAN64);
    ck_assert_uint_eq(ck_sf_div64(inf, inf | S64), DNAN64);
    ck_assert_uint_eq(ck_sf_div64(one, S64), inf | S64);                           /* 1 / -0 */
    ck_assert_uint_eq(ck_sf_div64(inf, 0), inf);
    ck_assert_uint_eq(ck_sf_sqrt64(one | S64), DNAN64);
    ck_assert_uint_eq(ck_sf_sqrt64(inf | S64), DNAN64);
    ck_assert_uint_eq(ck_sf_sqrt64(S64), S64);                                     /* sqrt(-0) = -0 */
    ck_assert_uint_eq(ck_sf_sqrt64(inf), inf);
    ck_assert_uint_eq(ck_sf_sqrt64(nsn), UINT64_C(0xfff8000000000001));
    ck_assert_uint_eq(ck_sf_add64(S64, S64), S64);                                 /* -0 + -0 */
    ck_assert_uint_eq(ck_sf_add64(S64, 0), 0);                                     /* -0 + +0 */
    ck_assert_uint_eq(ck_sf_add64(one, one | S64), 0);                             /* 1 - 1 = +0 */
    ck_assert_uint_eq(ck_sf_add64(1, S64 | 1), 0);

    ck_assert_uint_eq(ck_sf_add32(0x7f800001, 0x3f800000), 0x7fc00001);
    ck_assert_uint_eq(ck_sf_add32(0x3f800000, 0xffa00000), 0xffe00000);
    ck_assert_uint_eq(ck_sf_mul32(0x7fa00000, 0x7fc00007), 0x7fe00000);
    ck_assert_uint_eq(ck_sf_mul32(0x7f800000, 0x80000000), DNAN32);
    ck_assert_uint_eq(ck_sf_add32(0xff800000, 0x7f800000), DNAN32);
    ck_assert_uint_eq(ck_sf_div32(0, 0), DNAN32);
    ck_assert_uint_eq(ck_sf_div32(0x7f800000, 0x7f800000), DNAN32);
    ck_assert_uint_eq(ck_sf_sqrt32(0xbf800000), DNAN32);
    ck_assert_uint_eq(ck_sf_sqrt32(0x80000000), 0x80000000);
    ck_assert_uint_eq(ck_sf_add32(0x80000000, 0x80000000), 0x80000000);
    ck_assert_uint_eq(ck_sf_add32(0x3f800000, 0xbf800000), 0);

    ck_assert_uint_eq(ck_sf_f32to64(0x7f800001), UINT64_C(0x7ff8000020000000));    /* payload, quiet */
    ck_assert_uint_eq(ck_sf_f32to64(0xffc00000), UINT64_C(0xfff8000000000000));
    ck_assert_uint_eq(ck_sf_f64to32(UINT64_C(0x7ff4000000000000)), 0x7fe00000);
    ck_assert_uint_eq(ck_sf_f64to32(UINT64_C(0x7ff0000000000001)), 0x7fc00000);    /* low bits go */
    ck_assert_uint_eq(ck_sf_f64to32(UINT64_C(0xfff00000e0000000)), 0xffc00007);
}
END_TEST

/* --- comparisons ---------------------------------------------------------------------------------- */
static int ref_cmp(double a, double b) { return a != a || b != b ? 2 : a < b ? -1 : a > b ? 1 : 0; }

START_TEST(test_cmp)
{
    long nbad = 0;
    seed = 11;
    for (size_t i = 0; i < NSPEC64; i++)
        for (size_t j = 0; j < NSPEC64; j++)
            for (int neg = 0; neg < 4; neg++) {
                uint64_t a = spec64[i] ^ (neg & 1 ? S64 : 0), b = spec64[j] ^ (neg & 2 ? S64 : 0);
                nbad += ck_sf_cmp64(a, b) != ref_cmp(d_of(a), d_of(b));
            }
    for (size_t i = 0; i < NSPEC32; i++)
        for (size_t j = 0; j < NSPEC32; j++)
            for (int neg = 0; neg < 4; neg++) {
                uint32_t a = spec32[i] ^ (neg & 1 ? 0x80000000u : 0), b = spec32[j] ^ (neg & 2 ? 0x80000000u : 0);
                nbad += ck_sf_cmp32(a, b) != ref_cmp(f_of(a), f_of(b));
            }
    for (long k = 0; k < iters; k++) {
        uint64_t a = gen(52), b = rn(4) ? gen2(a, 52) : a ^ (rnd() & S64);
        uint32_t c = (uint32_t)gen(23), d = rn(4) ? (uint32_t)gen2(c, 23) : c ^ (uint32_t)(rnd() & 0x80000000u);
        if (ck_sf_cmp64(a, b) != ref_cmp(d_of(a), d_of(b)) && ++nbad < 10)
            fprintf(stderr, "cmp64(%016" PRIx64 ", %016" PRIx64 ") = %d\n", a, b, ck_sf_cmp64(a, b));
        if (ck_sf_cmp32(c, d) != ref_cmp(f_of(c), f_of(d)) && ++nbad < 10)
            fprintf(stderr, "cmp32(%08x, %08x) = %d\n", c, d, ck_sf_cmp32(c, d));
    }
    ck_assert_int_eq(ck_sf_cmp64(0, S64), 0);
    ck_assert_int_eq(ck_sf_cmp32(0x80000000u, 0), 0);
    ck_assert_int_eq(ck_sf_cmp64(DNAN64, DNAN64), 2);
    ck_assert_int_eq(ck_sf_cmp64(S64 | 1, 0), -1);
    ck_assert_int_eq(ck_sf_cmp32(0xff800000u, 0x7f800000u), -1);
    ck_assert_int_eq(nbad, 0);
}
END_TEST

/* --- float <-> float ------------------------------------------------------------------------------ */
/* x86's cvtss2sd/cvtsd2ss quieten a NaN and keep its payload's top bits, as softfp.h promises. */
START_TEST(test_f32_f64)
{
    long nbad = 0;
    seed = 12;
    for (size_t i = 0; i < NSPEC32; i++)
        for (int neg = 0; neg < 2; neg++) {
            uint32_t a = spec32[i] ^ (neg ? 0x80000000u : 0);
            nbad += ck_sf_f32to64(a) != u_of((double)f_of(a));
        }
    for (size_t i = 0; i < NSPEC64; i++)
        for (int neg = 0; neg < 2; neg++) {
            uint64_t a = spec64[i] ^ (neg ? S64 : 0);
            nbad += ck_sf_f64to32(a) != v_of((float)d_of(a));
        }
    for (long k = 0; k < 2 * iters; k++) {
        uint32_t a = (uint32_t)gen(23);
        /* f64 operands around binary32's range: exponents 1023 +- 160 */
        uint64_t b = rn(2) ? gen(52) : mk(52, (int)rn(2), 1023 - 160 + (int)rn(320), frac(52));
        if (ck_sf_f32to64(a) != u_of((double)f_of(a)) && ++nbad < 10)
            fprintf(stderr, "f32to64(%08x) = %016" PRIx64 "\n", a, ck_sf_f32to64(a));
        if (ck_sf_f64to32(b) != v_of((float)d_of(b)) && ++nbad < 10)
            fprintf(stderr, "f64to32(%016" PRIx64 ") = %08x, want %08x\n", b, ck_sf_f64to32(b), v_of((float)d_of(b)));
    }
    ck_assert_int_eq(nbad, 0);
}
END_TEST

/* --- integer -> float ------------------------------------------------------------------------------ */
static uint64_t gen_int(void)
{
    uint64_t v = rnd();
    switch (rn(6)) {
    case 0: return v >> rn(64);                                     /* any width */
    case 1: return (uint64_t)(int64_t)(int32_t)v;                   /* a sign-extended int32 */
    case 2: return (uint32_t)v;
    case 3: return ((v | 1) << rn(64)) ^ (rn(2) ? ~(uint64_t)0 : 0); /* trailing zeros: ties */
    case 4: return ((uint64_t)1 << rn(64)) + (uint64_t)(int64_t)(int)(rn(5) - 2);
    default: return v;
    }
}

START_TEST(test_int_to_float)
{
    static const uint64_t edge[] = {
        0, 1, 2, 3, ~(uint64_t)0, S64, S64 - 1, S64 + 1, 0x7fffffff, 0x80000000, 0xffffffff,
        UINT64_C(0x20000000000001), UINT64_C(0x20000000000003), UINT64_C(0x1000001), UINT64_C(0x1000003),
        UINT64_C(0xfffffffffffff800), UINT64_C(0xfffffffffffffc00), UINT64_C(0xfffffffffffffbff),
        UINT64_C(0xffffff8000000000), UINT64_C(0xffffff7fffffffff), UINT64_C(0x7fffff8000000000),
    };
    long nbad = 0;
    seed = 13;
    for (long k = -(long)(sizeof edge / sizeof edge[0]); k < 2 * iters; k++) {
        uint64_t v = k < 0 ? edge[-k - 1] : gen_int();
        uint64_t w[4] = { u_of((double)(int64_t)v), u_of((double)v), v_of((float)(int64_t)v), v_of((float)v) };
        uint64_t g[4] = { ck_sf_i64to64(v, 1), ck_sf_i64to64(v, 0), ck_sf_i64to32(v, 1), ck_sf_i64to32(v, 0) };
        for (int i = 0; i < 4; i++)
            if (g[i] != w[i] && ++nbad < 10)
                fprintf(stderr, "int->float #%d(%016" PRIx64 ") = %" PRIx64 ", want %" PRIx64 "\n", i, v, g[i], w[i]);
    }
    ck_assert_int_eq(nbad, 0);
}
END_TEST

/* --- float -> integer ------------------------------------------------------------------------------ */
/* Truncate toward zero, saturate at the type's range, NaN -> 0, then extend to 64 bits. */
static uint64_t ref_toi(double d, int bits, int is_signed)
{
    if (d != d) return 0;
    if (is_signed && bits == 32) return d >= 0x1p31 ? INT32_MAX : d <= -0x1p31 ? (uint64_t)(int64_t)INT32_MIN
                                        : (uint64_t)(int64_t)(int32_t)d;
    if (is_signed) return d >= 0x1p63 ? (uint64_t)INT64_MAX : d <= -0x1p63 ? (uint64_t)INT64_MIN : (uint64_t)(int64_t)d;
    if (d <= -1.0) return 0;
    if (bits == 32) return d >= 0x1p32 ? UINT32_MAX : (uint32_t)d;
    return d >= 0x1p64 ? UINT64_MAX : (uint64_t)d;
}

START_TEST(test_float_to_int)
{
    long nbad = 0;
    seed = 14;
    for (long k = -(long)NSPEC64 * 2; k < iters; k++) {
        uint64_t a = k < 0 ? spec64[(-k - 1) / 2] ^ ((-k - 1) & 1 ? S64 : 0)
                   : rn(2) ? gen(52) : mk(52, (int)rn(2), 1023 - 3 + (int)rn(70), frac(52));
        for (int c = 0; c < 4; c++) {
            int bits = c & 1 ? 64 : 32, sg = c >> 1;
            uint64_t got = ck_sf_f64toi(a, bits, sg), want = ref_toi(d_of(a), bits, sg);
            if (got != want && ++nbad < 10)
                fprintf(stderr, "f64toi(%016" PRIx64 ", %d, %d) = %" PRIx64 ", want %" PRIx64 "\n", a, bits, sg, got, want);
        }
    }
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0xc1e0000000000000), 32, 1), UINT64_C(0xffffffff80000000));
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0xc1e0000000200000), 32, 1), UINT64_C(0xffffffff80000000));
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0x41f0000000000000), 32, 0), UINT64_C(0xffffffff));
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0xbfefffffffffffff), 32, 0), 0);      /* -0.99.. -> 0 */
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0xc00c000000000000), 64, 1), (uint64_t)-3);  /* -3.5 */
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0x7ff0000000000000), 64, 1), (uint64_t)INT64_MAX);
    ck_assert_uint_eq(ck_sf_f64toi(UINT64_C(0xfff0000000000000), 64, 1), (uint64_t)INT64_MIN);
    ck_assert_uint_eq(ck_sf_f64toi(DNAN64, 64, 0), 0);
    ck_assert_int_eq(nbad, 0);
}
END_TEST

/* --- 64-bit unsigned division ---------------------------------------------------------------------- */
START_TEST(test_udivmod)
{
    /* around the digit (2^16) and word (2^32) boundaries of the 32-bit-division algorithm, and
     * divisors whose low half makes the first digit estimate too large */
    static const uint64_t edge[] = { 0, 1, 2, 3, 0xffff, 0x10000, 0x10001, 0x7fffffff, 0x80000000, 0x80000001,
                                     0xfffeffff, 0xffffffff, UINT64_C(0x100000000), UINT64_C(0x100000001),
                                     UINT64_C(0x1ffffffff), UINT64_C(0xffffffff00000000), UINT64_C(0x8000000080000000),
                                     UINT64_C(0x00008000ffff0000), 25000000, S64, S64 - 1, S64 + 1, ~(uint64_t)0,
                                     ~(uint64_t)0 - 1, UINT64_C(0x123456789abcdef) };
    const size_t ne = sizeof edge / sizeof edge[0];
    long nbad = 0;
    seed = 15;
    for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < ne; j++) {
            uint64_t a = edge[i], b = edge[j], r = 7, q;
            if (!b) continue;
            q = ck_sf_udivmod64(a, b, &r);
            nbad += q != a / b || r != a % b;
        }
    for (long k = 0; k < iters; k++) {
        uint64_t a = rnd() >> rn(64), b = rnd() >> rn(64), r, q;
        if (!b) b = 1;
        q = ck_sf_udivmod64(a, b, &r);
        if ((q != a / b || r != a % b) && ++nbad < 10)
            fprintf(stderr, "udivmod64(%" PRIx64 ", %" PRIx64 ") = %" PRIx64 " r %" PRIx64 "\n", a, b, q, r);
    }
    ck_assert_int_eq(nbad, 0);
}
END_TEST

int main(void)
{
    const char *e = getenv("CK_SF_ITERS");
    if (e) iters = atol(e);
    Suite *s = suite_create("softfp");
    TCase *tc = tcase_create("softfp");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_nan_rules);
    tcase_add_test(tc, test_add64);
    tcase_add_test(tc, test_sub64);
    tcase_add_test(tc, test_mul64);
    tcase_add_test(tc, test_div64);
    tcase_add_test(tc, test_sqrt64);
    tcase_add_test(tc, test_add32);
    tcase_add_test(tc, test_sub32);
    tcase_add_test(tc, test_mul32);
    tcase_add_test(tc, test_div32);
    tcase_add_test(tc, test_sqrt32);
    tcase_add_test(tc, test_cmp);
    tcase_add_test(tc, test_f32_f64);
    tcase_add_test(tc, test_int_to_float);
    tcase_add_test(tc, test_float_to_int);
    tcase_add_test(tc, test_udivmod);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}

/* rtfloat: the floating-point instructions and conversions as guest functions, for the tiny
 * instruction set (CK_OP_TINY in include/cockpit/isa.h: no add64 .. d2f). The compiler's tiny
 * profile replaces each such instruction by a call of __ck_<mnemonic>. Each gives the full VM's
 * result bit for bit: the f64 ones and the rest call the soft float of vm/core/softfp.c (compiled
 * as guest code), exactly as vm/core/interp.c does when built with -DCK_VM_SOFTFP; the f32
 * arithmetic, comparisons and 32-bit integer conversions are computed on 32-bit words here (below),
 * 6-7x faster on the tiny VM, with softfp.c's results (tests/rt/run-rt.test; a native build of
 * this file against softfp.c agreed on 300 million random and special operand pairs).
 *
 * No float types: an f32 is its bits in a uint32_t, an f64 its bits in a uint64_t (a register
 * pair). The arguments are the instruction's source operands in order, the result its destination
 * (stdlib/rt/rt64.cks describes the registers). make builds it, and softfp.c, with --target tiny
 * (stdlib/Makefile.inc), so that their own 64-bit operations call rt64; tests/rt/run-rt.test checks
 * every function against its instruction.
 */
#include <stdint.h>

#include "softfp.h"

#define SIGN32 0x80000000u
#define SIGN64 ((uint64_t)1 << 63)

/* --- binary32 on 32-bit words ------------------------------------------------------------------
 * softfp.c computes binary32 results through its 64-bit path, which on the tiny set is itself
 * made of word sequences and runtime calls: hundreds of VM instructions per operation. The f32
 * operations here stay on 32-bit words (a 24x24-bit product from 16-bit halves, the quotient
 * from four 32-bit divisions) and give the same bits as softfp.c: rounding to nearest even,
 * subnormals in and out, the first NaN operand quietened (else the second), the default NaN
 * 0x7fc00000 for an invalid operation. tests/rt/run-rt.test checks them against the instructions. */

#define EXP32 0x7f800000u
#define QNAN32 0x7fc00000u

static int is_nan32(uint32_t a) { return (a << 1) > 0xff000000u; }

/* The NaN result of an operation with a NaN operand. */
static uint32_t nan32(uint32_t a, uint32_t b) { return (is_nan32(a) ? a : b) | 0x00400000u; }

/* m >> d with the bits shifted out or-ed into bit 0 */
static uint32_t jam32(uint32_t m, int d)
{
    if (d <= 0) return m;
    if (d > 31) return m != 0;
    return m >> d | (m << (32 - d) != 0);
}

/* s | the value 2^(e - 127) * m / 2^30 (m < 2^31, rounding bits below bit 7) rounded to nearest
 * even: infinity above the range, subnormal or zero below it. */
static uint32_t pack32(uint32_t s, int e, uint32_t m)
{
    uint32_t low, q;
    int n;
    if (!m) return s;
    n = __builtin_clz(m) - 1;                       /* the leading 1 to bit 30 */
    m <<= n;
    e -= n;
    if (e >= 255) return s | EXP32;
    if (e < 1) {
        m = jam32(m, 1 - e);
        e = 1;
    }
    low = m & 0x7fu;
    m >>= 7;
    m += low > 0x40u || (low == 0x40u && (m & 1u));
    q = ((uint32_t)(e - 1) << 23) + m;              /* a carry into the hidden bit bumps e */
    return s | (q >= EXP32 ? EXP32 : q);
}

/* The significand (leading 1 in bit 23) and biased exponent of a finite nonzero a (a subnormal
 * normalised: its exponent below 1). */
static uint32_t unpack32(uint32_t a, int *e)
{
    uint32_t m = a & 0x007fffffu;
    int E = (int)(a >> 23 & 0xffu), n;
    if (E) {
        *e = E;
        return m | 0x00800000u;
    }
    n = __builtin_clz(m) - 8;
    *e = 1 - n;
    return m << n;
}

uint32_t __ck_addf(uint32_t a, uint32_t b)
{
    uint32_t ma, mb, t, s;
    int ea, eb;
    if (is_nan32(a) || is_nan32(b)) return nan32(a, b);
    if ((a << 1) < (b << 1)) t = a, a = b, b = t;  /* |a| >= |b| */
    if ((a << 1) == 0xff000000u) return (b << 1) == 0xff000000u && (a ^ b) >> 31 ? QNAN32 : a;
    if (!(b << 1)) return (a << 1) ? a : a & b;    /* x + 0 = x; -0 only from -0 + -0 */
    s = a & SIGN32;
    ea = (int)(a >> 23 & 0xffu);
    eb = (int)(b >> 23 & 0xffu);
    ma = (a & 0x007fffffu) | (ea ? 0x00800000u : 0);
    mb = (b & 0x007fffffu) | (eb ? 0x00800000u : 0);
    if (!ea) ea = 1;                                /* subnormals: the exponent of the smallest normals */
    if (!eb) eb = 1;
    mb = jam32(mb << 6, ea - eb);                   /* leading 1 in bit 29, 6 more bits, sticky */
    ma <<= 6;
    ma = (a ^ b) >> 31 ? ma - mb : ma + mb;
    if (!ma) return 0;                              /* x + -x = +0 */
    return pack32(s, ea + 1, ma);
}

uint32_t __ck_subf(uint32_t a, uint32_t b) { return __ck_addf(a, b ^ SIGN32); }

uint32_t __ck_mulf(uint32_t a, uint32_t b)
{
    uint32_t s = (a ^ b) & SIGN32, ma, mb, lo, mid, hi, plo, phi;
    int ea, eb;
    if (is_nan32(a) || is_nan32(b)) return nan32(a, b);
    if ((a << 1) == 0xff000000u || (b << 1) == 0xff000000u)
        return !(a << 1) || !(b << 1) ? QNAN32 : s | EXP32;    /* inf * 0 is invalid */
    if (!(a << 1) || !(b << 1)) return s;
    ma = unpack32(a, &ea);
    mb = unpack32(b, &eb);
    /* the 48-bit product from 16-bit halves: hi:lo words */
    lo = (ma & 0xffffu) * (mb & 0xffffu);
    mid = (ma >> 16) * (mb & 0xffffu) + (ma & 0xffffu) * (mb >> 16);
    hi = (ma >> 16) * (mb >> 16);
    plo = lo + (mid << 16);
    phi = hi + (mid >> 16) + (plo < lo);
    /* product / 2^17 with a sticky bit: the leading 1 in bit 29 or 30 */
    return pack32(s, ea + eb - 126, phi << 15 | plo >> 17 | ((plo & 0x1ffffu) != 0));
}

uint32_t __ck_divf(uint32_t a, uint32_t b)
{
    uint32_t s = (a ^ b) & SIGN32, ma, mb, r, q;
    int ea, eb, e, i;
    if (is_nan32(a) || is_nan32(b)) return nan32(a, b);
    if ((a << 1) == 0xff000000u) return (b << 1) == 0xff000000u ? QNAN32 : s | EXP32;
    if ((b << 1) == 0xff000000u) return s;
    if (!(b << 1)) return (a << 1) ? s | EXP32 : QNAN32;   /* x / 0 is infinite, 0 / 0 invalid */
    if (!(a << 1)) return s;
    ma = unpack32(a, &ea);
    mb = unpack32(b, &eb);
    /* the quotient as 1.f: 30 fraction bits, 8 at a time from the remainder (< mb < 2^24) */
    e = ea - eb + 127;
    if (ma < mb) ma <<= 1, e--;
    r = ma - mb;
    q = 1;
    for (i = 0; i < 4; i++) {
        int n = i < 3 ? 8 : 6;
        r <<= n;
        q = q << n | r / mb;
        r %= mb;
    }
    return pack32(s, e, q | (r != 0));
}

uint32_t __ck_sqrtf(uint32_t a) { return ck_sf_sqrt32(a); }
uint32_t __ck_negf(uint32_t a) { return a ^ SIGN32; }
uint32_t __ck_absf(uint32_t a) { return a & ~SIGN32; }

/* f32 comparisons: -1, 0, 1, or 2 when unordered (as ck_sf_cmp32) */
static int cmp32(uint32_t a, uint32_t b)
{
    if (is_nan32(a) || is_nan32(b)) return 2;
    if (a == b || !((a | b) << 1)) return 0;         /* +0 == -0 */
    if ((a ^ b) >> 31) return a >> 31 ? -1 : 1;
    return (a < b) != (a >> 31) ? -1 : 1;           /* negative: more magnitude is less */
}
uint32_t __ck_eqf(uint32_t a, uint32_t b) { return cmp32(a, b) == 0; }
uint32_t __ck_nef(uint32_t a, uint32_t b) { return cmp32(a, b) != 0; }
uint32_t __ck_ltf(uint32_t a, uint32_t b) { return cmp32(a, b) == -1; }
uint32_t __ck_lef(uint32_t a, uint32_t b) { return (uint32_t)(cmp32(a, b) + 1) <= 1u; }
uint32_t __ck_unof(uint32_t a, uint32_t b) { return cmp32(a, b) == 2; }

/* f64 arithmetic */
uint64_t __ck_addd(uint64_t a, uint64_t b) { return ck_sf_add64(a, b); }
uint64_t __ck_subd(uint64_t a, uint64_t b) { return ck_sf_add64(a, b ^ SIGN64); }
uint64_t __ck_muld(uint64_t a, uint64_t b) { return ck_sf_mul64(a, b); }
uint64_t __ck_divd(uint64_t a, uint64_t b) { return ck_sf_div64(a, b); }
uint64_t __ck_negd(uint64_t a) { return a ^ SIGN64; }
uint64_t __ck_absd(uint64_t a) { return a & ~SIGN64; }
uint64_t __ck_sqrtd(uint64_t a) { return ck_sf_sqrt64(a); }

/* f64 comparisons */
uint32_t __ck_eqd(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == 0; }
uint32_t __ck_ned(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) != 0; }
uint32_t __ck_ltd(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == -1; }
uint32_t __ck_led(uint64_t a, uint64_t b) { return (uint32_t)(ck_sf_cmp64(a, b) + 1) <= 1u; }
uint32_t __ck_unod(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == 2; }

/* conversions: float -> integer truncates toward zero, saturates, NaN -> 0 (ck_sf_f64toi).
 * 32-bit integer <-> f32 on words too: the magnitude's leading 1 to bit 30 for pack32. */
static uint32_t from_u32(uint32_t s, uint32_t v)
{
    int n;
    if (!v) return 0;
    n = __builtin_clz(v);
    return pack32(s, 158 - n, jam32(v << n, 1));
}
uint32_t __ck_i2f(uint32_t a) { return (int32_t)a < 0 ? from_u32(SIGN32, 0u - a) : from_u32(0, a); }
uint32_t __ck_u2f(uint32_t a) { return from_u32(0, a); }
/* |a| truncated, or lim when it is lim or more (and for NaN: 0) */
static uint32_t to_u32(uint32_t a, uint32_t lim, int bits)
{
    int E = (int)(a >> 23 & 0xffu);
    uint32_t m = (a & 0x007fffffu) | 0x00800000u;
    if (is_nan32(a)) return 0;
    if (E < 127) return 0;
    if (E >= 127 + bits) return lim;
    m = E >= 150 ? m << (E - 150) : m >> (150 - E);
    return m < lim ? m : lim;
}
uint32_t __ck_f2i(uint32_t a)
{
    return a >> 31 ? 0u - to_u32(a, 0x80000000u, 31) : to_u32(a, 0x7fffffffu, 31);
}
uint32_t __ck_f2u(uint32_t a) { return a >> 31 ? 0 : to_u32(a, 0xffffffffu, 32); }
uint64_t __ck_i2d(uint32_t a) { return ck_sf_i64to64((uint64_t)(int64_t)(int32_t)a, 1); }
uint64_t __ck_u2d(uint32_t a) { return ck_sf_i64to64(a, 0); }
uint32_t __ck_d2i(uint64_t a) { return (uint32_t)ck_sf_f64toi(a, 32, 1); }
uint32_t __ck_d2u(uint64_t a) { return (uint32_t)ck_sf_f64toi(a, 32, 0); }
uint32_t __ck_l2f(uint64_t a) { return ck_sf_i64to32(a, 1); }
uint32_t __ck_ul2f(uint64_t a) { return ck_sf_i64to32(a, 0); }
uint64_t __ck_f2l(uint32_t a) { return ck_sf_f64toi(ck_sf_f32to64(a), 64, 1); }
uint64_t __ck_f2ul(uint32_t a) { return ck_sf_f64toi(ck_sf_f32to64(a), 64, 0); }
uint64_t __ck_l2d(uint64_t a) { return ck_sf_i64to64(a, 1); }
uint64_t __ck_ul2d(uint64_t a) { return ck_sf_i64to64(a, 0); }
uint64_t __ck_d2l(uint64_t a) { return ck_sf_f64toi(a, 64, 1); }
uint64_t __ck_d2ul(uint64_t a) { return ck_sf_f64toi(a, 64, 0); }
uint64_t __ck_f2d(uint32_t a) { return ck_sf_f32to64(a); }
uint32_t __ck_d2f(uint64_t a) { return ck_sf_f64to32(a); }

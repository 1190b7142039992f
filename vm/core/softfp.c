/* Compact IEEE-754 soft float (softfp.h): binary32 and binary64 on bit patterns.
 *
 * Size first: every operation goes through one unpack and one round-and-pack routine, both
 * parameterised by the format (mb = the number of fraction bits: 52 or 23). A number is unpacked
 * to a sign, an exponent e and a 64-bit significand m with its leading 1 in bit 63, the value
 * being 2^e * m / 2^63. Zero is m = 0 with a very small e, an infinity m = 2^63 with a very large
 * e, so that alignment, products, quotients and roots of them come out right with no special
 * case, and pack turns a huge exponent into infinity and a tiny one into zero. Each operation
 * computes a significand wide enough (at least 2 bits beyond the result's precision, plus a
 * sticky bit for anything nonzero below) that pack's single rounding is correct, whichever the
 * output format: binary32 results are computed the same way and rounded once to 24 bits.
 * Division and square root are bit loops (no 64-bit division), products are four 32x32->64
 * multiplications. ck_sf_udivmod64 (64-bit integer division) is built on 32-bit divisions, or with
 * -DCK_SF_SMALL_DIV on the bit loop (smaller where flash is tightest, and where a 32-bit division
 * is itself a library call).
 */
#include "softfp.h"

#define TOP ((uint64_t)1 << 63)
#define EINF 0x4000              /* the exponent of an infinity: above every finite result */
#define EZERO (-0x4000)          /* the exponent of a zero: below every finite operand */

/* Out of line: on a 32-bit target these are larger than a call. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

enum { ADD, MUL, DIV, SQRT, CONV, IN32 = 8, OUT32 = 16, F32 = IN32 | OUT32 };

typedef struct unp {
    uint64_t m;                  /* significand, leading 1 in bit 63 (or 0) */
    int e;                       /* value = 2^e * m / 2^63 */
    int s;                       /* sign */
    int nan;                     /* a NaN (m holds its fraction) */
} unp;

/* Exponent bits of the format with mb fraction bits. */
static int ebits(int mb) { return mb > 23 ? 11 : 8; }

/* Shift m left until bit 63 is set (m != 0); returns the shift. */
#if !defined(CK_VM_PORTABLE_BITS) && defined(__GNUC__) && (defined(__ARM_FEATURE_CLZ) || defined(__x86_64__) || \
                          defined(__i386__) || defined(__aarch64__) || defined(__riscv_zbb))
static int norm(uint64_t *m)                     /* the CPU counts leading zeros */
{
    int n = __builtin_clzll(*m);
    *m <<= n;
    return n;
}
#else
static int norm(uint64_t *m)
{
    int n = 0;
    if (!(*m >> 32)) *m <<= 32, n = 32;
    while (!(*m & TOP)) *m <<= 1, n++;
    return n;
}
#endif

/* m >> d, with a 1 in bit 0 if any 1 was shifted out ("sticky"); d >= 0 (capped at 63). */
static NOINLINE uint64_t shr_jam(uint64_t m, int d)
{
    if (d > 63) d = 63;
    return m >> d | (m << 1 << (63 - d) != 0);
}

/* The bits of sign s, biased exponent E < 2^eb and fraction q (a carry out of q bumps E). */
static uint64_t assemble(int s, int E, uint64_t q, int mb)
{
    return ((uint64_t)(s << ebits(mb) | E) << mb) + q;
}

static void unpack(unp *u, uint64_t x, int mb)
{
    int eb = ebits(mb), emax = (1 << eb) - 1, se = (int)(x >> mb), E = se & emax;
    uint64_t f = x << (64 - mb);                     /* the fraction, top-aligned */
    uint64_t m = f >> 1;
    u->s = se >> eb & 1;
    u->nan = E == emax && f;
    if (E == emax) E = EINF + (emax >> 1);
    if (E) m |= TOP;
    else if (m) E = 1 - norm(&m);
    else E = EZERO;
    u->m = m;
    u->e = E - (emax >> 1);
}

/* The quiet NaN with sign s and the top bits of the fraction in f (a NaN's m from unpack, or 0
 * for the default NaN). */
static NOINLINE uint64_t mknan(int s, uint64_t f, int mb)
{
    return assemble(s, (1 << ebits(mb)) - 1, (f << 1 | TOP) >> (64 - mb), mb);
}

/* Round 2^e * m / 2^63 (m with a sticky bit) to nearest even in the format, and pack it. */
static uint64_t pack(int s, int e, uint64_t m, int mb)
{
    int emax = (1 << ebits(mb)) - 1, d = mb == 23 ? 29 : 0;  /* binary32: 29 fewer bits */
    uint64_t q;
    if (!m) return assemble(s, 0, 0, mb);
    e += (emax >> 1) - norm(&m);
    if (e < 1) d += 1 - e, e = 1;                     /* subnormal: no hidden bit left */
    m = shr_jam(m, d);                                /* now round at bit 11 */
    q = m >> 11;
    q += m << 53 >= TOP + !(q & 1);                   /* above half, or half and odd */
    if (e >= emax) e = emax + 1, q = 0;               /* infinity */
    return assemble(s, e - 1, q, mb);
}

/* floor(r * 2^n / b) from a remainder r < b, shifting n quotient bits into the low end of q
 * (whose top n bits are shifted into the remainder first); the final remainder is left in *r. */
static NOINLINE uint64_t divloop(uint64_t *r, uint64_t b, uint64_t q, int n)
{
    uint64_t x = *r;
    while (n--) {
        uint64_t c = x >> 63;
        x = x << 1 | q >> 63;
        q <<= 1;
        if (c || x >= b) x -= b, q |= 1;
    }
    *r = x;
    return q;
}

/* One binary operation (or sqrt, or a conversion) on bit patterns: op | IN32 for binary32
 * operands, | OUT32 for a binary32 result. */
static uint64_t arith(uint64_t a, uint64_t b, int op)
{
    unp x, y, *p = &x, *t = &y;
    uint64_t m, r;
    int e, s, mb = op & IN32 ? 23 : 52, mbo = op & OUT32 ? 23 : 52;
    unpack(&x, a, mb);
    unpack(&y, b, mb);
    if (x.nan || y.nan) {
        if (!x.nan) p = &y;
        return mknan(p->s, p->m, mbo);
    }
    s = x.s ^ y.s;
    switch (op & 7) {
    case ADD:
        if (x.e == EINF && y.e == EINF && s) goto invalid;
        if (x.e < y.e) p = &y, t = &x;
        m = shr_jam(t->m >> 2, p->e - t->e);          /* 2 bits of headroom: exact below 2^63 */
        m = s ? (p->m >> 2) - m : (p->m >> 2) + m;
        if (m & TOP) m = -m, p = t;                   /* equal exponents and |*t| > |*p| */
        e = p->e + 2;
        s = m ? p->s : x.s & y.s;                     /* x + -x is +0 */
        break;
    case MUL: {
        uint64_t A = x.m >> 11, B = y.m >> 11, lo, mid, hi;
        uint32_t al = (uint32_t)A, ah = (uint32_t)(A >> 32), bl = (uint32_t)B, bh = (uint32_t)(B >> 32);
        if ((x.e == EINF && !y.m) || (y.e == EINF && !x.m)) goto invalid;
        lo = (uint64_t)al * bl;
        mid = (uint64_t)al * bh + (uint64_t)ah * bl;  /* < 2^54: the halves hold 53 bits */
        hi = (uint64_t)ah * bh;
        r = lo + (mid << 32);
        hi += (mid >> 32) + (r < lo);                 /* product = hi:r < 2^106 */
        m = hi << 22 | r >> 42 | (r << 22 != 0);
        e = x.e + y.e + 1;
        break;
    }
    case DIV:
        if (x.e == y.e && (x.e == EINF || !x.m)) goto invalid;
        if (!y.m) return pack(s, EINF, TOP, mbo);
        r = x.m;
        m = r >= y.m;
        if (m) r -= y.m;
        m = divloop(&r, y.m, m, 63);                  /* floor(x.m * 2^63 / y.m) */
        m |= r != 0;
        e = x.e - y.e;
        break;
    case SQRT: {
        /* digit by digit: q = floor(sqrt(X / 2^62) * 2^61), X / 2^62 in [1, 4) */
        uint64_t X, q = 0;
        int i;
        if (x.s && x.m) goto invalid;
        X = x.m >> (~(unsigned)x.e & 1);
        e = ((x.e + 0x10000) >> 1) - 0x8000;          /* floor(e / 2), e odd or even */
        r = 0;
        for (i = 0; i < 62; i++) {
            uint64_t d = q << 2 | 1;
            r = r << 2 | X >> 62;
            X <<= 2;
            q <<= 1;
            if (r >= d) r -= d, q |= 1;
        }
        m = q << 2 | (r != 0);
        s = x.s;
        break;
    }
    default:                                          /* CONV */
        m = x.m;
        e = x.e;
        s = x.s;
        break;
    }
    return pack(s, e, m, mbo);
invalid:
    return mknan(0, 0, mbo);
}

uint64_t ck_sf_add64(uint64_t a, uint64_t b) { return arith(a, b, ADD); }
uint64_t ck_sf_mul64(uint64_t a, uint64_t b) { return arith(a, b, MUL); }
uint64_t ck_sf_div64(uint64_t a, uint64_t b) { return arith(a, b, DIV); }
uint64_t ck_sf_sqrt64(uint64_t a) { return arith(a, 0, SQRT); }
uint32_t ck_sf_add32(uint32_t a, uint32_t b) { return (uint32_t)arith(a, b, ADD | F32); }
uint32_t ck_sf_mul32(uint32_t a, uint32_t b) { return (uint32_t)arith(a, b, MUL | F32); }
uint32_t ck_sf_div32(uint32_t a, uint32_t b) { return (uint32_t)arith(a, b, DIV | F32); }
uint32_t ck_sf_sqrt32(uint32_t a) { return (uint32_t)arith(a, 0, SQRT | F32); }
uint64_t ck_sf_f32to64(uint32_t a) { return arith(a, 0, CONV | IN32); }
uint32_t ck_sf_f64to32(uint64_t a) { return (uint32_t)arith(a, 0, CONV | OUT32); }

/* a and b have the sign in bit 63; inf2 is the format's infinity without its sign, shifted to
 * the top (a NaN is above it). */
static int cmp(uint64_t a, uint64_t b, uint64_t inf2)
{
    uint64_t a2 = a << 1, b2 = b << 1;
    if (a2 > inf2 || b2 > inf2) return 2;
    if (!(a2 | b2)) return 0;                         /* +0 == -0 */
    if ((a ^ b) & TOP) return a & TOP ? -1 : 1;
    if (a2 == b2) return 0;
    return (a2 < b2) ^ (int)(a >> 63) ? -1 : 1;
}

int ck_sf_cmp64(uint64_t a, uint64_t b) { return cmp(a, b, (uint64_t)0x7ff << 53); }
int ck_sf_cmp32(uint32_t a, uint32_t b) { return cmp((uint64_t)a << 32, (uint64_t)b << 32, (uint64_t)0xff << 56); }

static uint64_t from_int(uint64_t v, int is_signed, int mb)
{
    int s = is_signed && (v & TOP);
    return pack(s, 63, s ? -v : v, mb);
}

uint64_t ck_sf_i64to64(uint64_t v, int is_signed) { return from_int(v, is_signed, 52); }
uint32_t ck_sf_i64to32(uint64_t v, int is_signed) { return (uint32_t)from_int(v, is_signed, 23); }

uint64_t ck_sf_f64toi(uint64_t a, int bits, int is_signed)
{
    unp x;
    uint64_t lim = ~(uint64_t)0 >> (64 - bits) >> (is_signed != 0), mag;
    unpack(&x, a, 52);
    if (x.nan) return 0;
    mag = x.e < 0 ? 0 : x.e > 63 ? ~(uint64_t)0 : x.m >> (63 - x.e);
    if (x.s) {
        if (!is_signed) return 0;
        lim++;                                        /* -2^(bits-1) */
        return -(mag < lim ? mag : lim);
    }
    return mag < lim ? mag : lim;
}

#ifdef CK_SF_SMALL_DIV
uint64_t ck_sf_udivmod64(uint64_t a, uint64_t b, uint64_t *rem)
{
    uint64_t r = 0;
    if (!((a | b) >> 32)) {                           /* a 32-bit divide is an instruction or */
        *rem = (uint32_t)a % (uint32_t)b;              /* already in the firmware */
        return (uint32_t)a / (uint32_t)b;
    }
    a = divloop(&r, b, a, 64);
    *rem = r;
    return a;
}
#else
/* One 16-bit quotient digit of (hi * 2^16 + lo) / v, with v normalized (top bit set) and
 * hi < v: estimated from the top halves by a 32-bit division, then corrected (at most twice:
 * Knuth's algorithm D); the remainder, below v, replaces *hi. */
static uint32_t digit16(uint32_t *hi, uint32_t lo, uint32_t v)
{
    uint32_t vh = v >> 16, vl = v & 0xffffu, q = *hi / vh, rh = *hi - q * vh;
    while (q > 0xffffu || q * vl > (rh << 16 | lo)) {
        q--;
        rh += vh;
        if (rh > 0xffffu) break;
    }
    *hi = (*hi << 16 | lo) - q * v;             /* exact modulo 2^32: the true value is below v */
    return q;
}

/* (hi * 2^32 + lo) / v for hi < v (the quotient fits 32 bits), remainder in *r: two digits after
 * shifting v (and the dividend) left until its top bit is set. */
static NOINLINE uint32_t div64by32(uint32_t hi, uint32_t lo, uint32_t v, uint32_t *r)
{
    uint64_t t = (uint64_t)v << 32;
    int s = norm(&t);
    uint32_t q1, q0;
    v <<= s;
    if (s) hi = hi << s | lo >> (32 - s), lo <<= s;
    q1 = digit16(&hi, lo >> 16, v);
    q0 = digit16(&hi, lo & 0xffffu, v);
    *r = hi >> s;
    return q1 << 16 | q0;
}

/* Built on 32-bit divisions (an instruction on the Cortex-M3/M4/M7 and RV32IM): a 32-bit divisor
 * takes one or two div64by32; a larger one gives a quotient below 2^32, estimated from its
 * normalized top word and corrected once. */
uint64_t ck_sf_udivmod64(uint64_t a, uint64_t b, uint64_t *rem)
{
    uint32_t a1 = (uint32_t)(a >> 32), b1 = (uint32_t)(b >> 32), r;
    if (!b1) {
        uint32_t v = (uint32_t)b, qh = 0, ql;
        if (!a1) {
            *rem = (uint32_t)a % v;
            return (uint32_t)a / v;
        }
        if (a1 >= v) qh = a1 / v, a1 -= qh * v;
        ql = div64by32(a1, (uint32_t)a, v, &r);
        *rem = r;
        return (uint64_t)qh << 32 | ql;
    }
    uint64_t t = b;
    int n = norm(&t);                           /* b's leading zeros, 0..31 */
    /* a / 2 over b's top 32 bits (normalized): the dividend's top word is below 2^31 <= it */
    uint64_t q = (uint64_t)div64by32((uint32_t)(a >> 33), (uint32_t)(a >> 1), (uint32_t)(t >> 32), &r) << n >> 31;
    if (q) q--;                                 /* now q or q + 1 is the quotient */
    if (a - q * b >= b) q++;
    *rem = a - q * b;
    return q;
}
#endif

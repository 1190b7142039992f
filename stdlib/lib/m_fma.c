/* fma(x, y, z) = x y + z with one rounding: the 106-bit product and z as 128-bit integers,
 * aligned with a sticky bit, added, and rounded to nearest even once (also into the
 * subnormals). fmaf rounds the exact float product plus z to odd in double, which a second
 * rounding to float then gets right (Boldo and Melquiond). */
#include "m_internal.h"

typedef struct { m_u64 hi, lo; } u128;

/* x = m 2^e with m in [2^52, 2^53); x finite, nonzero */
static m_u64 unpack(double x, int *e)
{
    m_u64 b = m_bits(x) & ~M_SIGN;
    int ex = (int)(b >> 52);
    m_u64 m = b & M_FRAC;
    if (ex) {
        m |= 1ull << 52;
    } else {   /* subnormal: normalise */
        int s = __builtin_clzll(m) - 11;
        m <<= s;
        ex = 1 - s;
    }
    *e = ex - 1075;
    return m;
}

static u128 shl(u128 a, int s)
{
    if (s >= 64) return (u128){ a.lo << (s - 64), 0 };
    if (s == 0) return a;
    return (u128){ a.hi << s | a.lo >> (64 - s), a.lo << s };
}

/* a >> s, with every bit shifted out ORed into bit 0 */
static u128 shr_sticky(u128 a, int s)
{
    if (s <= 0) return a;
    if (s >= 128) return (u128){ 0, (a.hi | a.lo) != 0 };
    m_u64 lost;
    u128 r;
    if (s >= 64) {
        lost = a.lo | (s > 64 ? a.hi << (128 - s) : 0);
        r = (u128){ 0, a.hi >> (s - 64) };
    } else {
        lost = a.lo << (64 - s);
        r = (u128){ a.hi >> s, a.lo >> s | a.hi << (64 - s) };
    }
    r.lo |= lost != 0;
    return r;
}

static int lt(u128 a, u128 b) { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo); }

double fma(double x, double y, double z)
{
    m_u64 bx = m_bits(x), by = m_bits(y), bz = m_bits(z);
    if (!(bx << 1) || !(by << 1) || (bx << 1) >= (M_EXP << 1) || (by << 1) >= (M_EXP << 1))
        return x * y + z;   /* a zero, infinite or NaN factor: nothing is rounded twice */
    if ((bz << 1) >= (M_EXP << 1)) return z + z;   /* finite product */
    if (!(bz << 1)) return x * y;
    int ex, ey, ez;
    m_u64 mx = unpack(x, &ex), my = unpack(y, &ey), mz = unpack(z, &ez);
    /* product: 2^104 <= p < 2^106, moved up 19 bits: below 2^125 */
    m_u64 x0 = mx & 0xffffffff, x1 = mx >> 32, y0 = my & 0xffffffff, y1 = my >> 32;
    m_u64 mid = x1 * y0 + x0 * y1, lo = x0 * y0, l2 = lo + (mid << 32);
    u128 p = { x1 * y1 + (mid >> 32) + (l2 < lo), l2 };
    p = shl(p, 19);
    int ep = ex + ey - 19;
    u128 q = shl((u128){ 0, mz }, 72);   /* also below 2^125 */
    int eq = ez - 72;
    int sp = (int)((bx ^ by) >> 63), sq = (int)(bz >> 63);
    /* align to the larger exponent */
    if (ep < eq) {
        p = shr_sticky(p, eq - ep);
        ep = eq;
    } else {
        q = shr_sticky(q, ep - eq);
    }
    u128 s;
    int sign = sp;
    if (sp == sq) {
        s.lo = p.lo + q.lo;
        s.hi = p.hi + q.hi + (s.lo < p.lo);
    } else {
        if (lt(p, q)) {
            u128 t = p;
            p = q;
            q = t;
            sign = sq;
        }
        s.lo = p.lo - q.lo;
        s.hi = p.hi - q.hi - (p.lo < q.lo);
        if (!s.hi && !s.lo) return 0.0;   /* exact cancellation: +0 */
    }
    /* s 2^ep: keep 53 bits (fewer when the result is subnormal) and round */
    int top = s.hi ? 127 - __builtin_clzll(s.hi) : 63 - __builtin_clzll(s.lo);
    int e = ep + top - 52;   /* exponent of the result's last bit */
    if (e < -1074) e = -1074;
    int sh = e - ep;
    m_u64 m;
    if (sh <= 0) {   /* exact: s has at most 53 bits */
        m = s.lo << -sh;
    } else {
        m_u64 guard, rest;
        if (sh == 1) {
            guard = s.lo & 1;
            rest = 0;
            m = s.lo >> 1 | s.hi << 63;
        } else {   /* two bits below the last one: the guard bit, and the sticky OR of the rest */
            u128 t = shr_sticky(s, sh - 2);
            guard = t.lo >> 1 & 1;
            rest = t.lo & 1;
            m = t.lo >> 2 | t.hi << 62;
        }
        if (guard && (rest || (m & 1))) m++;
    }
    if (e > 971 || (e == 971 && m >> 53)) return sign ? -HUGE_VAL : HUGE_VAL;
    /* m < 2^52 only for a subnormal (e == -1074); m == 2^53 after rounding up carries into
     * the exponent field */
    return m_double((((m_u64)(e + 1074) << 52) + m) | (m_u64)sign << 63);
}

float fmaf(float x, float y, float z)
{
    double p = (double)x * y, e, s = m_two_sum(p, z, &e);   /* the product is exact */
    m_u64 b = m_bits(s);
    if (e != 0.0 && !(b & 1) && (b << 1) < (M_EXP << 1)) {   /* inexact: make it odd */
        if ((e > 0) == (s > 0)) b++; else b--;
        s = m_double(b);
    }
    return (float)s;
}

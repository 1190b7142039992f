/* strtod, strtof, atof: decimal and hexadecimal floating point, "inf", "infinity", "nan",
 * "nan(...)", correctly rounded (to nearest, ties to even) when the input has at most 19
 * significant digits (every %.17g output has), and within one unit in the last place beyond.
 * When the digits and the power of ten are exact doubles (at most 2^53 and 10^22) one division
 * or multiplication gives the result; otherwise the digits are scaled in 64-bit fixed point by a
 * table of powers of ten, and the candidate is then checked against the exact input with big
 * integers and moved by one unit when it was wrong. Hexadecimal input is always exact. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint64_t m; int e; } xfloat;   /* m * 2^e, m in [2^63, 2^64) */

static const xfloat pos10[9] = {
    { 0xA000000000000000ULL, -60 },  { 0xC800000000000000ULL, -57 }, { 0x9C40000000000000ULL, -50 },
    { 0xBEBC200000000000ULL, -37 },  { 0x8E1BC9BF04000000ULL, -10 }, { 0x9DC5ADA82B70B59EULL, 43 },
    { 0xC2781F49FFCFA6D5ULL, 149 },  { 0x93BA47C980E98CE0ULL, 362 }, { 0xAA7EEBFB9DF9DE8EULL, 787 },
};
static const xfloat neg10[9] = {
    { 0xCCCCCCCCCCCCCCCDULL, -67 },  { 0xA3D70A3D70A3D70AULL, -70 }, { 0xD1B71758E219652CULL, -77 },
    { 0xABCC77118461CEFDULL, -90 },  { 0xE69594BEC44DE15BULL, -117 }, { 0xCFB11EAD453994BAULL, -170 },
    { 0xA87FEA27A539E9A5ULL, -276 }, { 0xDDD0467C64BCE4A1ULL, -489 }, { 0xC0314325637A193AULL, -914 },
};
static const double exact10[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* The product, rounded to 64 bits. */
static xfloat xmul(xfloat a, xfloat b)
{
    uint64_t al = (uint32_t)a.m, ah = a.m >> 32, bl = (uint32_t)b.m, bh = b.m >> 32;
    uint64_t p0 = al * bl, p1 = al * bh, p2 = ah * bl, p3 = ah * bh;
    uint64_t mid = (p0 >> 32) + (uint32_t)p1 + (uint32_t)p2;
    uint64_t hi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32), lo = (mid << 32) | (uint32_t)p0;
    xfloat r = { hi, a.e + b.e + 64 };
    if (!(hi >> 63)) r.m = hi << 1 | lo >> 63, lo <<= 1, r.e--;
    if ((lo >> 63) && ++r.m == 0) r.m = 1ULL << 63, r.e++;
    return r;
}

/* m * 2^e (m != 0) as a double, rounded to nearest, ties to even; 'sticky' says that nonzero
 * bits below m were lost. */
static double make_double(uint64_t m, int e, int sticky, int neg)
{
    while (!(m >> 63)) m <<= 1, e--;
    int be = e + 63;                            /* the value is in [2^be, 2^(be+1)) */
    int shift = 11;
    if (be < -1022) shift += -1022 - be;
    uint64_t bits;
    if (be > 1023) {
        errno = ERANGE;
        bits = 0x7FFULL << 52;
    } else if (shift > 64) {
        errno = ERANGE;
        bits = 0;
    } else {
        uint64_t kept = shift == 64 ? 0 : m >> shift;
        uint64_t rest = shift == 64 ? m : m & ((1ULL << shift) - 1), half = 1ULL << (shift - 1);
        if (rest > half || (rest == half && (sticky || (kept & 1)))) kept++;
        if (be < -1022) {                       /* subnormal, or the smallest normal after rounding */
            bits = kept;
            if (bits < (1ULL << 52) && (rest || sticky)) errno = ERANGE;
        } else {
            if (kept >> 53) kept >>= 1, be++;
            bits = be > 1023 ? 0x7FFULL << 52 : (uint64_t)(be + 1023) << 52 | (kept & ((1ULL << 52) - 1));
            if (be > 1023) errno = ERANGE;
        }
    }
    return from_bits(bits | (uint64_t)neg << 63);
}

/* --- exact comparison -------------------------------------------------------------------------- */
#define BIG_WORDS 44                            /* 1400 bits: D * 10^e10 for e10 in [-400, 330] */

typedef struct big { uint32_t w[BIG_WORDS]; int n; } big;   /* least significant word first */

static void big_set(big *b, uint64_t v)
{
    b->w[0] = (uint32_t)v, b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] ? 2 : b->w[0] ? 1 : 0;
}

static void big_mul(big *b, uint32_t k)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * k + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry && b->n < BIG_WORDS) b->w[b->n++] = (uint32_t)carry;
}

static void big_pow5(big *b, int k)
{
    for (; k >= 13; k -= 13) big_mul(b, 1220703125u);     /* 5^13 */
    static const uint32_t p5[13] = { 1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625,
                                     48828125, 244140625 };
    if (k) big_mul(b, p5[k]);
}

static void big_shl(big *b, int k)
{
    int words = k / 32, bits = k % 32;
    if (!b->n) return;
    if (b->n + words + 1 > BIG_WORDS) words = BIG_WORDS - b->n - 1;  /* cannot happen in range */
    b->w[b->n + words] = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        if (bits) b->w[i + words + 1] |= b->w[i] >> (32 - bits);
        b->w[i + words] = b->w[i] << bits;
    }
    for (int i = 0; i < words; i++) b->w[i] = 0;
    b->n += words + 1;
    while (b->n && !b->w[b->n - 1]) b->n--;
}

static int big_cmp(const big *a, const big *b)
{
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* Sign of d * 10^e10 - m * 2^e. */
static int cmp_exact(uint64_t d, int e10, uint64_t m, int e)
{
    big a, b;
    big_set(&a, d);
    big_set(&b, m);
    if (e10 >= 0) big_pow5(&a, e10);
    else big_pow5(&b, -e10);
    int shift = e10 - e;                        /* d*5^e10 * 2^shift vs m*5^-e10 */
    if (shift >= 0) big_shl(&a, shift);
    else big_shl(&b, -shift);
    return big_cmp(&a, &b);
}

/* A positive finite double as m * 2^e, m an integer. */
static void split(double x, uint64_t *m, int *e)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)(bits >> 52) & 0x7FF;
    *m = bits & ((1ULL << 52) - 1);
    if (be) *m |= 1ULL << 52;
    *e = be ? be - 1075 : -1074;
}

/* Sign of d * 10^e10 minus the midpoint of x and its neighbour (bits + step). */
static int cmp_mid(uint64_t d, int e10, double x, int step)
{
    uint64_t bits, m1, m2;
    int e1, e2;
    memcpy(&bits, &x, sizeof bits);
    bits += (uint64_t)(int64_t)step;
    double y;
    memcpy(&y, &bits, sizeof y);
    split(x, &m1, &e1);
    split(y, &m2, &e2);
    int e0 = e1 < e2 ? e1 : e2;
    return cmp_exact(d, e10, (m1 << (e1 - e0)) + (m2 << (e2 - e0)), e0 - 1);
}

/* The double nearest d * 10^e10 (d < 10^19, no lost digits), given a candidate within one unit. */
static double correct(double x, uint64_t d, int e10)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int neg = (int)(bits >> 63);
    bits &= ~(1ULL << 63);
    memcpy(&x, &bits, sizeof x);
    for (int i = 0; i < 2; i++) {
        int up = bits < 0x7FF0000000000000ULL ? cmp_mid(d, e10, x, 1) : -1;
        int down = bits ? cmp_mid(d, e10, x, -1) : 1;
        if (up > 0 || (up == 0 && (bits & 1))) bits++;
        else if (down < 0 || (down == 0 && (bits & 1))) bits--;
        else break;
        memcpy(&x, &bits, sizeof x);
    }
    /* overflow, or underflow: 19 digits are never exactly a subnormal */
    if (bits >= 0x7FF0000000000000ULL || bits < (1ULL << 52)) errno = ERANGE;
    return from_bits(bits | (uint64_t)neg << 63);
}

static int match(const char *p, const char *word)
{
    size_t i = 0;
    for (; word[i]; i++)
        if (((unsigned char)p[i] | 32) != (unsigned char)word[i]) return 0;
    return 1;
}

/* 0x: hex digits, an optional point, an optional binary exponent p[+-]d. */
static double parse_hex(const char *p, char **end, int neg)
{
    uint64_t m = 0;
    int e = 0, sticky = 0, any = 0, point = 0;
    for (;; p++) {
        unsigned d;
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        if (isdigit((unsigned char)*p)) d = (unsigned)*p - '0';
        else if (((unsigned)*p | 32) - 'a' < 6) d = ((unsigned)*p | 32) - 'a' + 10;
        else break;
        any = 1;
        if (m >> 60) {
            sticky |= d != 0;
            if (!point) e += 4;
        } else {
            m = m << 4 | d;
            if (point) e -= 4;
        }
    }
    if (!any) return 0;                         /* the caller takes "0" of "0x" */
    if ((*p | 32) == 'p') {
        const char *q = p + 1;
        int eneg = 0, x = 0;
        if (*q == '+' || *q == '-') eneg = *q++ == '-';
        if (isdigit((unsigned char)*q)) {
            for (; isdigit((unsigned char)*q); q++)
                if (x < 100000) x = x * 10 + (*q - '0');
            e += eneg ? -x : x;
            p = q;
        }
    }
    if (end) *end = (char *)p;
    if (!m) return neg ? -0.0 : 0.0;
    return make_double(m, e, sticky, neg);
}

double strtod(const char *restrict s, char **restrict end)
{
    const char *p = s;
    int neg = 0;
    if (end) *end = (char *)s;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (match(p, "inf")) {
        p += match(p, "infinity") ? 8 : 3;
        if (end) *end = (char *)p;
        return from_bits(0x7FF0000000000000ULL | (uint64_t)neg << 63);
    }
    if (match(p, "nan")) {
        p += 3;
        if (*p == '(') {
            const char *q = p + 1;
            while (isalnum((unsigned char)*q) || *q == '_') q++;
            if (*q == ')') p = q + 1;
        }
        if (end) *end = (char *)p;
        return from_bits(0x7FF8000000000000ULL | (uint64_t)neg << 63);
    }
    if (p[0] == '0' && (p[1] | 32) == 'x') {
        char *e = NULL;
        double v = parse_hex(p + 2, &e, neg);
        if (e) {
            if (end) *end = e;
            return v;
        }
    }
    uint64_t m = 0;
    int nd = 0, e10 = 0, sticky = 0, any = 0, point = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        if (!isdigit((unsigned char)*p)) break;
        unsigned d = (unsigned)*p - '0';
        any = 1;
        if (nd < 19) {
            m = m * 10 + d;
            if (m) nd++;                        /* leading zeros are not significant */
            if (point) e10--;
        } else {
            sticky |= d != 0;
            if (!point) e10++;
        }
    }
    if (!any) return 0;
    if ((*p | 32) == 'e') {
        const char *q = p + 1;
        int eneg = 0, x = 0;
        if (*q == '+' || *q == '-') eneg = *q++ == '-';
        if (isdigit((unsigned char)*q)) {
            for (; isdigit((unsigned char)*q); q++)
                if (x < 100000) x = x * 10 + (*q - '0');
            e10 += eneg ? -x : x;
            p = q;
        }
    }
    if (end) *end = (char *)p;
    if (!m) return neg ? -0.0 : 0.0;
    if (!sticky && m <= (1ULL << 53) && e10 >= -22 && e10 <= 22) {
        double v = (double)m;
        v = e10 < 0 ? v / exact10[-e10] : v * exact10[e10];
        return neg ? -v : v;
    }
    if (e10 > 330) return make_double(1, 2000, 0, neg);        /* overflow, ERANGE */
    if (e10 < -400) return make_double(1, -2000, 0, neg);      /* underflow, ERANGE */
    xfloat x = { m, 0 };
    while (!(x.m >> 63)) x.m <<= 1, x.e--;
    const xfloat *t = e10 < 0 ? neg10 : pos10;
    for (unsigned k = 0, a = (unsigned)(e10 < 0 ? -e10 : e10); a; k++, a >>= 1)
        if (a & 1) x = xmul(x, t[k]);
    int saved = errno;
    double v = make_double(x.m, x.e, sticky, neg);
    if (sticky) return v;
    errno = saved;
    return correct(v, m, e10);
}

float strtof(const char *restrict s, char **restrict end)
{
    return (float)strtod(s, end);
}

double atof(const char *s)
{
    return strtod(s, NULL);
}

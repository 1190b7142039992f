/* The floating-point conversions of printf (%f %e %g %a), exact: a double's binary value is
 * expanded to decimal without error and rounded to nearest, ties to even, as glibc does. Little
 * memory: the integer part is kept in base 1e9 (at most 35 limbs: 2^1024 < 1e309) and the
 * fraction as a binary fraction of at most 1074 bits (34 words), from which each decimal digit
 * is the carry out of a multiplication by 10. Digits are produced twice, once to decide the
 * rounding (and so the length) and once to write them, so nothing is buffered. */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "format.h"

#define NWORDS 36

typedef struct digits {
    uint32_t w[NWORDS];     /* big: integer part, base 1e9, least significant limb first;
                               else: the fraction's bits, most significant word first */
    int nw;
    uint32_t iw[2];         /* the integer part when the fraction is not empty (< 2^53) */
    const uint32_t *il;     /* the integer part's limbs */
    int nil;
    int nint;               /* decimal digits of the integer part, 0 when it is 0 */
    int pos;                /* position of the next digit: integer digits, then fraction digits */
    int big;                /* the value is an integer (no fraction words) */
} digits;

static const uint32_t p10[10] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

/* The value m * 2^e2. */
static void dg_init(digits *g, uint64_t m, int e2)
{
    g->pos = 0;
    if (e2 >= 0) {
        g->big = 1;
        g->w[0] = (uint32_t)(m % 1000000000u);
        m /= 1000000000u;
        g->w[1] = (uint32_t)(m % 1000000000u);
        g->w[2] = (uint32_t)(m / 1000000000u);
        g->nw = 3;
        while (g->nw && !g->w[g->nw - 1]) g->nw--;
        while (e2 > 0) {                    /* times 2^e2, 29 bits at a time */
            int c = e2 > 29 ? 29 : e2;
            uint64_t carry = 0;
            e2 -= c;
            for (int i = 0; i < g->nw; i++) {
                uint64_t t = ((uint64_t)g->w[i] << c) + carry;
                g->w[i] = (uint32_t)(t % 1000000000u);
                carry = t / 1000000000u;
            }
            while (carry) {
                g->w[g->nw++] = (uint32_t)(carry % 1000000000u);
                carry /= 1000000000u;
            }
        }
        g->il = g->w;
        g->nil = g->nw;
    } else {
        int k = -e2;
        uint64_t ip = k < 64 ? m >> k : 0, f = k < 64 ? m & ((1ull << k) - 1) : m;
        g->big = 0;
        g->iw[0] = (uint32_t)(ip % 1000000000u);
        g->iw[1] = (uint32_t)(ip / 1000000000u);
        g->il = g->iw;
        g->nil = g->iw[1] ? 2 : g->iw[0] ? 1 : 0;
        g->nw = (k + 31) / 32;
        memset(g->w, 0, sizeof g->w);
        for (int j = 0; f; j++, f >>= 1) {  /* bit j weighs 2^(j-k): fraction bit k-j-1 */
            int q = k - j - 1;
            if (f & 1) g->w[q / 32] |= 1u << (31 - q % 32);
        }
        while (g->nw && !g->w[g->nw - 1]) g->nw--;
    }
    g->nint = 0;
    if (g->nil) {
        uint32_t top = g->il[g->nil - 1];
        int n = 1;
        while (n < 9 && top >= p10[n]) n++;
        g->nint = (g->nil - 1) * 9 + n;
    }
}

/* Integer digit i, 0 the most significant. */
static int dg_int(const digits *g, int i)
{
    int q = g->nint - 1 - i;
    return (int)(g->il[q / 9] / p10[q % 9] % 10);
}

static int dg_next(digits *g)
{
    int i = g->pos++;
    if (i < g->nint) return dg_int(g, i);
    if (g->big) return 0;
    uint32_t carry = 0;
    for (int j = g->nw - 1; j >= 0; j--) {
        uint64_t t = (uint64_t)g->w[j] * 10 + carry;
        g->w[j] = (uint32_t)t;
        carry = (uint32_t)(t >> 32);
    }
    while (g->nw && !g->w[g->nw - 1]) g->nw--;   /* the lowest set bit only moves up */
    return (int)carry;
}

/* After the digits taken so far, the last of them 'last': 1 if they round up, that is if the
 * rest is more than half a unit of the last digit, or exactly half and the last digit is odd. */
static int dg_round(const digits *g, int last)
{
    int i = g->pos, rest;
    if (i < g->nint) {
        int d = dg_int(g, i);
        if (d != 5) return d > 5;
        rest = !g->big && g->nw > 0;
        for (int j = i + 1; !rest && j < g->nint; j++) rest = dg_int(g, j) != 0;
        return rest || (last & 1);
    }
    if (g->big || !g->nw || !(g->w[0] & 0x80000000u)) return 0;
    rest = (g->w[0] & 0x7FFFFFFFu) || g->nw > 1;
    return rest || (last & 1);
}

/* The outcome of rounding n digits of the stream (after skipping 'skip' digits). */
typedef struct rounding {
    int up;         /* the kept digits round up */
    int non9;       /* index of the last kept digit that is not 9, -1 if none */
    int lastnz;     /* index of the last nonzero kept digit after rounding, -1 if none */
} rounding;

static rounding dg_scan(digits *g, int skip, int n)
{
    rounding r = { 0, -1, -1 };
    int last = 0;
    while (skip--) dg_next(g);
    for (int i = 0; i < n; i++) {
        int d = dg_next(g);
        if (d != 9) r.non9 = i;
        if (d) r.lastnz = i;
        last = d;
    }
    r.up = dg_round(g, last);
    if (r.up) r.lastnz = r.non9 < 0 ? 0 : r.non9;
    return r;
}

/* The next kept digit (index i) as rounding r makes it. */
static char dg_emit(digits *g, const rounding *r, int i)
{
    int d = dg_next(g);
    if (r->up && i >= r->non9) d = i == r->non9 ? d + 1 : 0;
    return (char)('0' + d);
}

typedef struct layout {
    char sign;      /* 0, '-', '+' or ' ' */
    int flags, width, len;
} layout;

static void put_head(__ck_sink *s, const layout *l, const char *prefix, int npre)
{
    int pad = l->width > l->len ? l->width - l->len : 0;
    if (!(l->flags & (CK_F_MINUS | CK_F_ZERO))) __ck_sink_pad(s, ' ', pad);
    if (l->sign) __ck_sink_put(s, l->sign);
    __ck_sink_write(s, prefix, (size_t)npre);
    if ((l->flags & (CK_F_MINUS | CK_F_ZERO)) == CK_F_ZERO) __ck_sink_pad(s, '0', pad);
}

static void put_tail(__ck_sink *s, const layout *l)
{
    if ((l->flags & CK_F_MINUS) && l->width > l->len) __ck_sink_pad(s, ' ', l->width - l->len);
}

/* %f with p digits after the point, of which the first 'shown' are written (%g drops trailing
 * zeros). */
static void fmt_f(__ck_sink *s, layout *l, digits *g, uint64_t m, int e2, int p, int shown)
{
    dg_init(g, m, e2);
    int nint = g->nint, n = nint + p;
    rounding r = dg_scan(g, 0, n);
    int carry = r.up && r.non9 < 0, point = shown > 0 || (l->flags & CK_F_ALT);
    l->len += (nint ? nint + carry : 1) + point + shown;
    put_head(s, l, "", 0);
    dg_init(g, m, e2);
    if (!nint) __ck_sink_put(s, carry ? '1' : '0');
    else if (carry) __ck_sink_put(s, '1');
    for (int i = 0; i < nint; i++) __ck_sink_put(s, dg_emit(g, &r, i));
    if (point) __ck_sink_put(s, '.');
    for (int i = nint; i < nint + shown; i++) __ck_sink_put(s, dg_emit(g, &r, i));
    put_tail(s, l);
}

/* Where the first significant digit is: the count of leading zero digits to skip and the
 * decimal exponent of that digit. */
static void first_digit(digits *g, uint64_t m, int e2, int *skip, int *x)
{
    dg_init(g, m, e2);
    *skip = 0;
    *x = 0;
    if (!m) return;
    if (g->nint) {
        *x = g->nint - 1;
        return;
    }
    while (!dg_next(g)) (*skip)++;
    *x = -(*skip + 1);
}

/* %e with p digits after the point, of which 'shown' are written. */
static void fmt_e(__ck_sink *s, layout *l, digits *g, uint64_t m, int e2, int p, int shown, int upper)
{
    int skip, x;
    first_digit(g, m, e2, &skip, &x);
    dg_init(g, m, e2);
    rounding r = dg_scan(g, skip, p + 1);
    int carry = r.up && r.non9 < 0, point = shown > 0 || (l->flags & CK_F_ALT);
    x += carry;
    char ebuf[8], *e = ebuf + sizeof ebuf;
    unsigned ax = (unsigned)(x < 0 ? -x : x);
    do *--e = (char)('0' + ax % 10); while ((ax /= 10) != 0);
    if (e == ebuf + sizeof ebuf - 1) *--e = '0';
    *--e = x < 0 ? '-' : '+';
    *--e = upper ? 'E' : 'e';
    int elen = (int)(ebuf + sizeof ebuf - e);
    l->len += 1 + point + shown + elen;
    put_head(s, l, "", 0);
    dg_init(g, m, e2);
    for (int i = 0; i < skip; i++) dg_next(g);
    if (carry) {
        __ck_sink_put(s, '1');
        if (point) __ck_sink_put(s, '.');
        __ck_sink_pad(s, '0', shown);
    } else {
        __ck_sink_put(s, dg_emit(g, &r, 0));
        if (point) __ck_sink_put(s, '.');
        for (int i = 1; i <= shown; i++) __ck_sink_put(s, dg_emit(g, &r, i));
    }
    __ck_sink_write(s, e, (size_t)elen);
    put_tail(s, l);
}

/* %g: p significant digits, %e style when the exponent is below -4 or not below p; trailing
 * zeros dropped unless '#'. */
static void fmt_g(__ck_sink *s, layout *l, digits *g, uint64_t m, int e2, int p, int upper)
{
    int skip, x;
    if (p == 0) p = 1;
    first_digit(g, m, e2, &skip, &x);
    dg_init(g, m, e2);
    rounding r = dg_scan(g, skip, p);
    x += r.up && r.non9 < 0;
    int alt = l->flags & CK_F_ALT;
    if (x < p && x >= -4) {
        int shown = r.lastnz - x;
        fmt_f(s, l, g, m, e2, p - 1 - x, alt ? p - 1 - x : shown > 0 ? shown : 0);
    } else {
        fmt_e(s, l, g, m, e2, p - 1, alt ? p - 1 : r.lastnz > 0 ? r.lastnz : 0, upper);
    }
}

/* %a: hexadecimal, 0x1.hhhp+d (0x0.hhhp-1022 for subnormals); without a precision as many
 * digits as needed, else rounded to nearest, ties to even. */
static void fmt_a(__ck_sink *s, layout *l, uint64_t frac, int bexp, int p, int upper)
{
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    unsigned lead = bexp ? 1 : 0;
    int x = bexp ? bexp - 1023 : frac ? -1022 : 0;
    if (p < 0) {
        p = 13;
        while (p && !((frac >> (4 * (13 - p))) & 0xF)) p--;
    } else if (p < 13) {
        int drop = 4 * (13 - p);
        uint64_t rest = frac & ((1ull << drop) - 1), half = 1ull << (drop - 1);
        frac >>= drop;
        if (rest > half || (rest == half && ((p ? frac : lead) & 1))) frac++;
        if (frac >> (4 * p)) lead++, frac &= (1ull << (4 * p)) - 1;
        frac <<= drop;
    }
    int point = p > 0 || (l->flags & CK_F_ALT);
    char ebuf[8], *e = ebuf + sizeof ebuf;
    unsigned ax = (unsigned)(x < 0 ? -x : x);
    do *--e = (char)('0' + ax % 10); while ((ax /= 10) != 0);
    *--e = x < 0 ? '-' : '+';
    *--e = upper ? 'P' : 'p';
    int elen = (int)(ebuf + sizeof ebuf - e);
    l->len += 2 + 1 + point + p + elen;
    put_head(s, l, upper ? "0X" : "0x", 2);
    __ck_sink_put(s, dig[lead]);
    if (point) __ck_sink_put(s, '.');
    for (int i = 0; i < p; i++) __ck_sink_put(s, i < 13 ? dig[(frac >> (48 - 4 * i)) & 0xF] : '0');
    __ck_sink_write(s, e, (size_t)elen);
    put_tail(s, l);
}

void __ck_format_double(__ck_sink *s, double v, int conv, int flags, int width, int prec)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int neg = (int)(bits >> 63), bexp = (int)(bits >> 52) & 0x7FF;
    uint64_t frac = bits & ((1ull << 52) - 1);
    int upper = conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A';
    layout l = { neg ? '-' : flags & CK_F_PLUS ? '+' : flags & CK_F_SPACE ? ' ' : 0, flags, width, 0 };
    l.len = l.sign != 0;
    if (bexp == 0x7FF) {                    /* infinity, NaN: no zero padding */
        l.flags &= ~CK_F_ZERO;
        l.len += 3;
        put_head(s, &l, "", 0);
        __ck_sink_write(s, frac ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        put_tail(s, &l);
        return;
    }
    if (conv == 'a' || conv == 'A') {
        fmt_a(s, &l, frac, bexp, prec, upper);
        return;
    }
    uint64_t m = bexp ? frac | (1ull << 52) : frac;
    int e2 = bexp ? bexp - 1075 : -1074;
    if (prec < 0) prec = 6;
    if (prec > INT_MAX - 400) prec = INT_MAX - 400;
    digits g;                               /* one scratch for every stage: little stack */
    switch (conv) {
    case 'f': case 'F': fmt_f(s, &l, &g, m, e2, prec, prec); break;
    case 'e': case 'E': fmt_e(s, &l, &g, m, e2, prec, prec, upper); break;
    default: fmt_g(s, &l, &g, m, e2, prec, upper); break;
    }
}

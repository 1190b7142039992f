/* Literals: integer and floating constants (C11 6.4.4), character constants and string literals
 * with their escape sequences, decoded for the preprocessor and the parser. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cc.h"

static int digit_value(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

int ckc_number(cc *c, const tok *t, intlit *out, double *f, int *is_float)
{
    const char *s = t->s, *end = t->s + t->len;
    memset(out, 0, sizeof *out);
    *is_float = 0;
    int base = 10;
    const char *p = s;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { base = 16; p += 2; }
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) { base = 2; p += 2; }
    else if (p[0] == '0') base = 8;
    /* floating constants have a '.', or an exponent (p for hex) */
    int fl = 0;
    for (const char *q = s; q < end; q++) {
        if (*q == '.') fl = 1;
        if (base == 16 ? (*q == 'p' || *q == 'P') : base != 2 && (*q == 'e' || *q == 'E')) fl = 1;
    }
    if (fl) {
        char *buf = ck_arena_strndup(c->arena, s, t->len), *e;
        errno = 0;
        double v = strtod(buf, &e);
        int single = 0;
        if (*e == 'f' || *e == 'F') { single = 1; e++; }
        else if (*e == 'l' || *e == 'L') {
            ckc_error(c, t->loc, "'long double' is not supported in Cockpit C");
            return -1;
        }
        if (*e) {
            ckc_error(c, t->loc, "invalid suffix \"%s\" on floating constant", e);
            return -1;
        }
        *f = v;
        *is_float = single ? 1 : 2;
        return 1;
    }
    unsigned long long v = 0;
    int overflow = 0, ndig = 0;
    for (; p < end; p++) {
        int d = digit_value((unsigned char)*p);
        if (d >= base) break;
        if (v > (~0ULL - (unsigned)d) / (unsigned)base) overflow = 1;
        v = v * (unsigned)base + (unsigned)d;
        ndig++;
    }
    if ((base == 16 || base == 2) && ndig == 0) {
        ckc_error(c, t->loc, "invalid integer constant \"%.*s\"", (int)t->len, t->s);
        return -1;
    }
    if (base == 8 && p < end && *p >= '8' && *p <= '9') {
        ckc_error(c, t->loc, "invalid digit \"%c\" in octal constant", *p);
        return -1;
    }
    const char *suf = p;
    int u = 0, l = 0;
    while (p < end) {
        if ((*p == 'u' || *p == 'U') && !u) { u = 1; p++; continue; }
        if ((*p == 'l' || *p == 'L') && !l) {
            if (p + 1 < end && p[1] == p[0]) { l = 2; p += 2; } else { l = 1; p++; }
            continue;
        }
        break;
    }
    if (p < end) {
        ckc_error(c, t->loc, "invalid suffix \"%.*s\" on integer constant", (int)(end - suf), suf);
        return -1;
    }
    out->v = v;
    out->is_unsigned = u;
    out->nlong = l;
    out->decimal = base == 10;
    out->overflow = overflow;
    if (overflow) ckc_error(c, t->loc, "integer constant is too large for its type");
    return overflow ? -1 : 0;
}

int ckc_string_width(const tok *t)
{
    if (t->s[0] == 'L' || t->s[0] == 'U') return 4;
    if (t->s[0] == 'u' && t->s[1] != '8') return 2;
    return 1;
}

/* Reads one (possibly escaped) character at *pp; returns its value. */
static unsigned long read_char(cc *c, const tok *t, const char **pp, const char *end, int width)
{
    const char *p = *pp;
    if (*p != '\\') {
        unsigned char ch = (unsigned char)*p++;
        unsigned long v = ch;
        if (width > 1 && ch >= 0x80) {
            /* UTF-8 to a code point for wide literals */
            int n = ch >= 0xf0 ? 3 : ch >= 0xe0 ? 2 : 1;
            v = ch & (0x3f >> n);
            for (int i = 0; i < n && p < end; i++) v = (v << 6) | ((unsigned char)*p++ & 0x3f);
        }
        *pp = p;
        return v;
    }
    p++;
    unsigned long v;
    switch (*p) {
    case 'n': v = '\n'; p++; break;
    case 't': v = '\t'; p++; break;
    case 'r': v = '\r'; p++; break;
    case 'a': v = '\a'; p++; break;
    case 'b': v = '\b'; p++; break;
    case 'f': v = '\f'; p++; break;
    case 'v': v = '\v'; p++; break;
    case 'e': v = 27; p++; break;
    case '\\': case '\'': case '"': case '?': v = (unsigned char)*p++; break;
    case 'x': {
        p++;
        if (p >= end || digit_value((unsigned char)*p) >= 16) {
            ckc_error(c, t->loc, "\\x used with no following hex digits");
            *pp = p;
            return 0;
        }
        v = 0;
        int big = 0;
        while (p < end && digit_value((unsigned char)*p) < 16) {
            if (v >> (width * 8 - 4)) big = 1;
            v = (v << 4) | (unsigned long)digit_value((unsigned char)*p++);
        }
        if (big) ckc_error(c, t->loc, "hex escape sequence out of range");
        break;
    }
    case 'u': case 'U': {
        int n = *p == 'u' ? 4 : 8;
        p++;
        v = 0;
        for (int i = 0; i < n; i++) {
            if (p >= end || digit_value((unsigned char)*p) >= 16) {
                ckc_error(c, t->loc, "incomplete universal character name");
                break;
            }
            v = (v << 4) | (unsigned long)digit_value((unsigned char)*p++);
        }
        break;
    }
    default:
        if (*p >= '0' && *p <= '7') {
            v = 0;
            for (int i = 0; i < 3 && p < end && *p >= '0' && *p <= '7'; i++) v = v * 8 + (unsigned long)(*p++ - '0');
            if (width == 1 && v > 255) ckc_error(c, t->loc, "octal escape sequence out of range");
        } else {
            ckc_warning(c, t->loc, "unknown escape sequence '\\%c'", *p);
            v = (unsigned char)*p++;
        }
    }
    *pp = p;
    return v;
}

int ckc_char_value(cc *c, const tok *t, long long *out, int *width)
{
    int w = ckc_string_width(t);
    const char *p = strchr(t->s, '\'') + 1, *end = t->s + t->len - 1;
    *width = w;
    if (p >= end) {
        ckc_error(c, t->loc, "empty character constant");
        return -1;
    }
    long long v = 0;
    int n = 0;
    while (p < end) {
        unsigned long ch = read_char(c, t, &p, end, w);
        v = w == 1 ? (long long)((unsigned long long)v << 8 | (ch & 0xff)) : (long long)ch;
        n++;
    }
    if (n > 1) {
        if (w == 1) ckc_warning(c, t->loc, "multi-character character constant");
        else ckc_warning(c, t->loc, "character constant too long for its type");
    }
    /* a single plain char is a (unsigned on this target) char converted to int */
    if (w == 1 && n == 1) v &= 0xff;
    if (w == 1 && n > 1) v = (int)(unsigned)v;
    if (w == 2) v &= 0xffff;
    if (w == 4) v = (long long)(unsigned)v;
    *out = v;
    return 0;
}

void ckc_string_decode(cc *c, const tok *t, ck_buf *buf, int width)
{
    const char *p = strchr(t->s, '"') + 1, *end = t->s + t->len - 1;
    while (p < end) {
        if (width == 1 && *p != '\\') {
            ck_buf_u8(buf, (uint8_t)*p++);
            continue;
        }
        unsigned long v = read_char(c, t, &p, end, width);
        if (width == 1) ck_buf_u8(buf, (uint8_t)v);
        else if (width == 2) ck_buf_u16(buf, (uint16_t)v);
        else ck_buf_u32(buf, (uint32_t)v);
    }
}

/* The assembler's lexer: one source line into tokens. Names, numbers (decimal, 0x, 0b, 'c'),
 * double-quoted strings (also used for names that are not bare identifiers) and punctuation;
 * `;` or `#` outside a literal ends the line. */
#include <stdlib.h>
#include <string.h>

#include "asm.h"

static int name_start(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '.' || c == '$'; }
static int name_char(int c) { return name_start(c) || (c >= '0' && c <= '9'); }

int asm_is_reg_name(const char *s)
{
    if (s[0] != 'r' || !s[1]) return 0;
    for (s++; *s; s++)
        if (*s < '0' || *s > '9') return 0;
    return 1;
}

int asm_is_ident(const char *s, size_t n)
{
    if (!n || !name_start((unsigned char)s[0])) return 0;
    for (size_t i = 1; i < n; i++)
        if (!name_char((unsigned char)s[i])) return 0;
    return 1;
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static void push(srcline *l, size_t *cap, const token *t)
{
    if (l->nt == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        l->t = ck_xrealloc(l->t, *cap * sizeof *l->t);
    }
    l->t[l->nt++] = *t;
}

static int lex_error(as *a, const srcline *l, size_t at, const char *msg, int c)
{
    loc w = { l->no, (unsigned)at + 1, l->src, l->srclen };
    if (c >= 0) {
        if (c >= 0x20 && c < 0x7f) asm_error(a, &w, msg, c);
        else asm_error(a, &w, "unexpected byte 0x%02x", c);
    } else {
        asm_error(a, &w, "%s", msg);
    }
    return -1;
}

/* One character of a quoted literal at s[*i], escapes decoded; -1 on a bad escape (reported). */
static int lit_char(as *a, const srcline *l, size_t *i)
{
    const char *s = l->src;
    size_t n = l->srclen;
    unsigned char c = (unsigned char)s[*i];
    if (c != '\\') { (*i)++; return c; }
    if (*i + 1 >= n) return lex_error(a, l, *i, "unterminated escape sequence", -1);
    char e = s[*i + 1];
    *i += 2;
    switch (e) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case '0': return 0;
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'x': {
        int v = 0, k = 0;
        while (k < 2 && *i < n && digit_value((unsigned char)s[*i]) < 16) v = v * 16 + digit_value((unsigned char)s[(*i)++]), k++;
        if (!k) return lex_error(a, l, *i - 2, "\\x needs hexadecimal digits", -1);
        return v;
    }
    default:
        return lex_error(a, l, *i - 2, "unknown escape sequence '\\%c'", (unsigned char)e);
    }
}

int asm_lex(as *a, srcline *l)
{
    const char *s = l->src;
    size_t n = l->srclen, i = 0, cap = 0;
    l->t = NULL;
    l->nt = 0;
    for (;;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) i++;
        token t = {0};
        t.col = (unsigned)i + 1;
        t.s = s + i;
        if (i >= n || s[i] == ';' || s[i] == '#') {
            t.kind = TK_END;
            push(l, &cap, &t);
            return 0;
        }
        unsigned char c = (unsigned char)s[i];
        if (name_start(c)) {
            size_t b = i;
            while (i < n && name_char((unsigned char)s[i])) i++;
            t.kind = TK_NAME;
            t.len = i - b;
            t.str = ck_xmalloc(t.len + 1);
            memcpy(t.str, s + b, t.len);
            t.str[t.len] = 0;
            t.slen = t.len;
        } else if (c >= '0' && c <= '9') {
            size_t b = i;
            unsigned base = 10;
            if (c == '0' && i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X')) base = 16, i += 2;
            else if (c == '0' && i + 1 < n && (s[i + 1] == 'b' || s[i + 1] == 'B')) base = 2, i += 2;
            size_t digits = i;
            uint64_t v = 0;
            while (i < n && name_char((unsigned char)s[i])) {
                unsigned d = (unsigned)digit_value((unsigned char)s[i]);
                if (d >= base || s[i] == '_' || s[i] == '.' || s[i] == '$') {
                    lex_error(a, l, i, "invalid digit '%c' in a number", (unsigned char)s[i]);
                    return -1;
                }
                if (v > (UINT64_MAX - d) / base) t.overflow = 1;
                v = v * base + d;
                i++;
            }
            if (i == digits) return lex_error(a, l, b, "number prefix without digits", -1);
            t.kind = TK_NUM;
            t.num = v;
            t.len = i - b;
        } else if (c == '\'') {
            size_t b = i++;
            if (i >= n || s[i] == '\'') return lex_error(a, l, b, "empty or unterminated character constant", -1);
            int v = lit_char(a, l, &i);
            if (v < 0) return -1;
            if (i >= n || s[i] != '\'')
                return lex_error(a, l, b, memchr(s + i, '\'', n - i) ? "a character constant holds one character"
                                                                      : "unterminated character constant", -1);
            i++;
            t.kind = TK_NUM;
            t.num = (uint64_t)v;
            t.len = i - b;
        } else if (c == '"') {
            size_t b = i++;
            ck_buf str = {0};
            ck_buf_reserve(&str, 0);
            for (;;) {
                if (i >= n) {
                    ck_buf_free(&str);
                    return lex_error(a, l, b, "unterminated string", -1);
                }
                if (s[i] == '"') { i++; break; }
                int v = lit_char(a, l, &i);
                if (v < 0) { ck_buf_free(&str); return -1; }
                ck_buf_u8(&str, (uint8_t)v);
            }
            str.data[str.len] = 0;
            t.kind = TK_STR;
            t.str = (char *)str.data;
            t.slen = str.len;
            t.len = i - b;
        } else if (strchr(",:[]+-@=", c) && c) {
            t.kind = TK_PUNCT;
            t.ch = (char)c;
            t.len = 1;
            i++;
        } else {
            return lex_error(a, l, i, "unexpected character '%c'", c);
        }
        push(l, &cap, &t);
    }
}

void asm_lex_free(srcline *l)
{
    for (size_t i = 0; i < l->nt; i++) free(l->t[i].str);
    free(l->t);
    l->t = NULL;
    l->nt = 0;
}

/* UTF-8 encoding and decoding of code points of 1 to 4 bytes, with validation of malformed input. */
#include "cktest.h"

static int encode(unsigned cp, unsigned char *out)
{
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xc0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 63)); return 2; }
    if (cp < 0x10000) { out[0] = (unsigned char)(0xe0 | cp >> 12); out[1] = (unsigned char)(0x80 | (cp >> 6 & 63)); out[2] = (unsigned char)(0x80 | (cp & 63)); return 3; }
    out[0] = (unsigned char)(0xf0 | cp >> 18); out[1] = (unsigned char)(0x80 | (cp >> 12 & 63));
    out[2] = (unsigned char)(0x80 | (cp >> 6 & 63)); out[3] = (unsigned char)(0x80 | (cp & 63));
    return 4;
}
/* returns bytes consumed, or -1 on malformed input; *cp gets the code point */
static int decode(const unsigned char *p, int n, unsigned *cp)
{
    if (n < 1) return -1;
    unsigned c = p[0];
    int len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : -1;
    if (len < 0 || len > n) return -1;
    unsigned v = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
    for (int i = 1; i < len; i++) { if ((p[i] & 0xc0) != 0x80) return -1; v = v << 6 | (p[i] & 63u); }
    static const unsigned minv[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (v < minv[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return -1;
    *cp = v;
    return len;
}

int main(void)
{
    static const unsigned cps[] = { 0x24, 0x7f, 0x80, 0xa2, 0x7ff, 0x800, 0x20ac, 0xffff, 0x10000, 0x10348, 0x10ffff };
    unsigned char buf[64];
    int n = 0;
    for (int i = 0; i < 11; i++) n += encode(ck_opaque_u32(cps[i]), buf + n);
    for (int i = 0; i < n; i++) { ck_print_x32(buf[i]); ck_putchar(i % 8 == 7 ? '\n' : ' '); }
    ck_nl();
    int pos = 0, ok = 1, k = 0;
    while (pos < n) { unsigned cp; int len = decode(buf + pos, n - pos, &cp); if (len < 0 || cp != cps[k++]) { ok = 0; break; } pos += len; }
    ck_show_i32("roundtrip", ok);
    static const unsigned char bad[][4] = { { 0xc0, 0x80 }, { 0xe0, 0x80, 0x80 }, { 0xed, 0xa0, 0x80 }, { 0xf4, 0x90, 0x80, 0x80 }, { 0x80 }, { 0xc2, 0x41 }, { 0xc3, 0xa9 } };
    static const int blen[] = { 2, 3, 3, 4, 1, 2, 2 };
    for (int i = 0; i < 7; i++) { unsigned cp = 0; ck_print_i32(decode(bad[i], blen[i], &cp)); ck_putchar(':'); ck_print_x32(cp); ck_sp(); }
    ck_nl();
    ck_write("caf\xc3\xa9 \xe2\x82\xac\n", 10);
    return n;
}

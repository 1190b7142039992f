/* Base64 encoding and decoding with a reverse lookup table built at run time; round trips. */
#include "cktest.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static signed char rev[256];

static int encode(const unsigned char *in, int n, char *out)
{
    int o = 0;
    for (int i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = alphabet[v >> 18 & 63];
        out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
    }
    out[o] = 0;
    return o;
}
static int decode(const char *in, unsigned char *out)
{
    int o = 0;
    unsigned acc = 0;
    int bits = 0;
    for (; *in && *in != '='; in++) {
        int v = rev[(unsigned char)*in];
        if (v < 0) return -1;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) { bits -= 8; out[o++] = (unsigned char)(acc >> bits); acc &= (1u << bits) - 1; }
    }
    return o;
}

int main(void)
{
    for (int i = 0; i < 256; i++) rev[i] = -1;
    for (int i = 0; i < 64; i++) rev[(unsigned char)alphabet[i]] = (signed char)i;
    static const char *const tests[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Cockpit VM!" };
    char enc[64];
    unsigned char dec[128];
    for (int i = 0; i < 8; i++) {
        int n = (int)ck_cstrlen(tests[i]);
        encode((const unsigned char *)tests[i], n, enc);
        int m = decode(enc, dec);
        ck_print_str(enc); ck_sp(); ck_print_i32(m == n); ck_nl();
    }
    unsigned char bin[100];
    char big[140];
    unsigned x = ck_opaque_u32(99);
    for (int i = 0; i < 100; i++) { x = x * 69069u + 1u; bin[i] = (unsigned char)(x >> 24); }
    int len = encode(bin, 100, big);
    ck_puts(big);
    int m = decode(big, dec);
    int same = m == 100;
    for (int i = 0; i < 100 && i < m; i++) same &= dec[i] == bin[i];
    ck_show_i32("same", same);
    ck_show_i32("len", len);
    ck_show_i32("bad", decode("ab$d", dec));
    return len;
}

/* Switches on characters: classifying bytes, escape decoding, with signed and unsigned char operands. */
#include "cktest.h"

static int classify(unsigned char c)
{
    switch (c) {
    case ' ': case '\t': case '\n': return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 2;
    case '+': case '-': case '*': case '/': return 3;
    case 0x80: case 0xff: return 4;
    default: return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 5 : 0;
    }
}
static int sclass(signed char c)
{
    switch (c) {
    case -1: return 10;
    case -128: return 11;
    case 127: return 12;
    case 0: return 13;
    default: return c < 0 ? 14 : 15;
    }
}
static int unescape(const char *in, char *out)
{
    int n = 0;
    while (*in) {
        char c = *in++;
        if (c != '\\') { out[n++] = c; continue; }
        switch (*in++) {
        case 'n': out[n++] = '\n'; break;
        case 't': out[n++] = '\t'; break;
        case '\\': out[n++] = '\\'; break;
        case '0': out[n++] = '#'; break;
        default: out[n++] = '?';
        }
    }
    out[n] = 0;
    return n;
}

int main(void)
{
    const unsigned char text[] = "x = 42 + y*7\t/\x80\xff!";
    int counts[6] = { 0 };
    for (int i = 0; text[i]; i++) counts[classify(text[i])]++;
    for (int i = 0; i < 6; i++) { ck_print_i32(counts[i]); ck_sp(); }
    ck_nl();
    static const int sv[] = { -1, -128, 127, 0, -5, 5, 255, 128 };
    for (int i = 0; i < 8; i++) { ck_print_i32(sclass((signed char)ck_opaque_i32(sv[i]))); ck_sp(); }
    ck_nl();
    char out[64];
    int n = unescape("a\\tb\\\\c\\0d\\qe\\n", out);
    ck_write(out, (unsigned)n);
    ck_show_i32("n", n);
    return n;
}

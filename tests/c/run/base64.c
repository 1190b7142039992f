#include <stdio.h>
#include <string.h>
static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static void b64(const unsigned char *in, int n, char *out) {
    int i = 0, o = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = in[i] << 16 | in[i + 1] << 8 | in[i + 2];
        out[o++] = tbl[v >> 18]; out[o++] = tbl[(v >> 12) & 63]; out[o++] = tbl[(v >> 6) & 63]; out[o++] = tbl[v & 63];
    }
    if (n - i == 1) { unsigned v = in[i] << 16; out[o++] = tbl[v >> 18]; out[o++] = tbl[(v >> 12) & 63]; out[o++] = '='; out[o++] = '='; }
    else if (n - i == 2) { unsigned v = in[i] << 16 | in[i + 1] << 8; out[o++] = tbl[v >> 18]; out[o++] = tbl[(v >> 12) & 63]; out[o++] = tbl[(v >> 6) & 63]; out[o++] = '='; }
    out[o] = 0;
}
int main(void) {
    const char *s[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Cockpit C" };
    char buf[64];
    for (int i = 0; i < 8; i++) { b64((const unsigned char *)s[i], (int)strlen(s[i]), buf); printf("'%s'\n", buf); }
    return 0;
}

#include <stdio.h>
static int rle(const char *in, char *out) {
    int o = 0;
    while (*in) {
        char c = *in; int n = 0;
        while (*in == c && n < 9) { in++; n++; }
        out[o++] = (char)('0' + n); out[o++] = c;
    }
    out[o] = 0;
    return o;
}
int main(void) {
    char buf[64];
    int n = rle("aaabccddddddddddddz", buf);
    printf("%s %d\n", buf, n);
    return 0;
}

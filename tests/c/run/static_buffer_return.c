#include <stdio.h>
static const char *hex(unsigned v) {
    static char buf[9];
    static const char digits[] = "0123456789abcdef";
    for (int i = 7; i >= 0; i--) { buf[i] = digits[v & 15]; v >>= 4; }
    buf[8] = 0;
    return buf;
}
int main(void) {
    printf("%s\n", hex(0xdeadbeefu));
    printf("%s\n", hex(42));
    return 0;
}

#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint32_t adler32(const uint8_t *d, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + d[i]) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}
static uint16_t fletcher16(const uint8_t *d, size_t n) {
    uint16_t s1 = 0, s2 = 0;
    for (size_t i = 0; i < n; i++) { s1 = (s1 + d[i]) % 255; s2 = (s2 + s1) % 255; }
    return (uint16_t)(s2 << 8 | s1);
}
int main(void) {
    const char *t = "Wikipedia";
    printf("%08x %04x\n", adler32((const uint8_t *)t, strlen(t)), fletcher16((const uint8_t *)"abcde", 5));
    return 0;
}

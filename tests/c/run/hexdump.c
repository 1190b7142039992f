#include <stdio.h>
#include <stdint.h>
static void dump(const void *p, int n) {
    const uint8_t *b = p;
    for (int i = 0; i < n; i += 8) {
        printf("%04x:", i);
        for (int j = i; j < i + 8 && j < n; j++) printf(" %02x", b[j]);
        printf("\n");
    }
}
int main(void) {
    struct { uint32_t a; uint16_t b; uint8_t c, d; uint64_t e; } s = { 0x11223344u, 0x5566, 0x77, 0x88, 0x0102030405060708ULL };
    dump(&s, (int)sizeof s);
    double d = 1.0;
    dump(&d, 8);
    float f = -2.5f;
    dump(&f, 4);
    return 0;
}

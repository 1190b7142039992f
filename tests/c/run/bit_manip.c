#include <stdio.h>
#include <stdint.h>
static int popcount(uint32_t v) { int n = 0; while (v) { v &= v - 1; n++; } return n; }
static uint32_t rotl(uint32_t v, int s) { return (v << s) | (v >> (32 - s)); }
static uint32_t reverse(uint32_t v) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1); v >>= 1; }
    return r;
}
int main(void) {
    printf("%d %d\n", popcount(0xf0f0f0f0u), popcount(0));
    printf("%x %x\n", rotl(0x80000001u, 4), reverse(1));
    uint8_t b = 0xa5;
    printf("%x %x\n", (uint8_t)~b, b & 0x0f);
    uint16_t h = 0x1234;
    printf("%x\n", (uint16_t)((h << 8) | (h >> 8)));
    return 0;
}

#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint32_t a = 0xffffffffu;
    a += 2;
    printf("%u\n", a);
    uint16_t h = 0;
    h--;
    printf("%u\n", h);
    uint8_t b = 250;
    b += 10;
    printf("%u\n", b);
    int32_t m = INT32_MAX;
    uint32_t um = (uint32_t)m + 1u;
    printf("%u\n", um);
    unsigned x = 5, y = 7;
    printf("%u %d\n", x - y, (int)(x - y));
    printf("%u\n", 3u * 0x80000001u);
    return 0;
}

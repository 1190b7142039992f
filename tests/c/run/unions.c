#include <stdio.h>
#include <stdint.h>
union word { uint32_t w; uint8_t b[4]; uint16_t h[2]; };
struct tagged { int kind; union { int i; float f; } u; };
int main(void) {
    union word x;
    x.w = 0x11223344u;
    printf("%x %x %x %x\n", x.b[0], x.b[3], x.h[0], x.h[1]);
    x.b[0] = 0xff;
    printf("%x\n", x.w);
    union word y = { 0xdeadbeef };
    printf("%x\n", y.b[2]);
    union word z = { .b = {1, 2, 3, 4} };
    printf("%x\n", z.w);
    struct tagged t = { 1, { .i = 7 } };
    printf("%d %d\n", t.kind, t.u.i);
    t.u.f = 1.5f;
    printf("%d\n", (int)(t.u.f * 2));
    return 0;
}

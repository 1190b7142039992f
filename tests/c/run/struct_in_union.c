#include <stdio.h>
#include <stdint.h>
typedef union {
    struct { uint8_t lo, hi; } bytes;
    uint16_t word;
} reg16;
typedef struct { int kind; union { struct { int x, y; } pt; double d; char s[8]; } v; } value;
static void show(const value *v) {
    switch (v->kind) {
    case 0: printf("pt %d,%d\n", v->v.pt.x, v->v.pt.y); break;
    case 1: printf("d %g\n", v->v.d); break;
    default: printf("s %s\n", v->v.s); break;
    }
}
int main(void) {
    reg16 r; r.word = 0xbeef;
    printf("%x %x %d\n", r.bytes.lo, r.bytes.hi, (int)sizeof r);
    value vs[3] = { { 0, { .pt = { 1, 2 } } }, { 1, { .d = 0.5 } }, { 2, { .s = "text" } } };
    for (int i = 0; i < 3; i++) show(&vs[i]);
    printf("%d\n", (int)sizeof(value));
    return 0;
}

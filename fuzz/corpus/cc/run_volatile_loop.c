#include <stdio.h>
static volatile unsigned ticks;
static void isr(void) { ticks++; }
int main(void) {
    for (int i = 0; i < 1000; i++) isr();
    volatile int spin = 0;
    while (spin < 50) spin++;
    unsigned start = ticks;
    isr(); isr();
    printf("%u %d %u\n", ticks, spin, ticks - start);
    return 0;
}

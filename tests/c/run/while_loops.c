#include <stdio.h>
int main(void) {
    int n = 27, steps = 0;
    while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
    printf("collatz 27: %d steps\n", steps);
    int i = 0;
    do { i += 3; } while (i < 10);
    printf("do-while %d\n", i);
    do printf("once\n"); while (0);
    return 0;
}

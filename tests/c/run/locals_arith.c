#include <stdio.h>
int main(void) {
    int a = 7, b = 3;
    printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
    printf("%d %d %d\n", -a / b, -a % b, a / -b);
    printf("%d %d %d %d %d\n", a & b, a | b, a ^ b, a << b, a >> 1);
    printf("%d %d %d\n", ~a, !a, !0);
    unsigned u = 7;
    printf("%u %u\n", u - 8, (u - 8) >> 28);
    return 0;
}

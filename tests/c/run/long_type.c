#include <stdio.h>
int main(void) {
    long a = 100000L, b = -3L;
    unsigned long c = 4000000000UL;
    printf("%ld %ld %ld\n", a * b, a / b, a % b);
    printf("%lu\n", c / 1000UL);
    long long w = a;
    printf("%lld\n", w * w);
    return 0;
}

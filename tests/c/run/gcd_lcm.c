#include <stdio.h>
static unsigned gcd(unsigned a, unsigned b) { while (b) { unsigned t = a % b; a = b; b = t; } return a; }
static unsigned long long lcm(unsigned a, unsigned b) { return (unsigned long long)a / gcd(a, b) * b; }
int main(void) {
    printf("%u %u %llu\n", gcd(48, 18), gcd(17, 5), lcm(123456, 7890));
    return 0;
}

#include <stdio.h>
int main(void) {
    int a = 5, b = 9;
    printf("%d %d %d %d %d %d\n", a < b, a > b, a <= b, a >= b, a == b, a != b);
    unsigned u = 1; int m = -1;
    printf("%d %d\n", m < 0, (unsigned)m > u);
    long long x = -5; unsigned long long y = 3;
    printf("%d %d\n", x < 0, (unsigned long long)x > y);
    return 0;
}

#include <stdio.h>
int main(void) {
    unsigned n = 0;
    for (unsigned i = 10; i-- > 0;) n += i;
    printf("%u\n", n);
    unsigned char c;
    int count = 0;
    for (c = 250; c != 4; c++) count++;
    printf("%d\n", count);
    unsigned long long x = 1;
    int bits = 0;
    while (x) { x <<= 1; bits++; }
    printf("%d\n", bits);
    return 0;
}

#include <stdio.h>
int main(void) {
    char c = 'A';
    short s = -5;
    float f = 2.5f;
    unsigned char uc = 250;
    long long ll = 1LL << 35;
    printf("%c %d %g %d %lld\n", c, s, f, uc, ll);
    printf("%d %s %c %5.2f %-4d| %04x %%\n", 42, "str", 'z', 3.14159, 7, 255);
    printf("%lld %d %lld\n", ll, 1, -ll);
    printf("%.3e\n", 12345.678);
    char buf[64];
    sprintf(buf, "%d-%d", 1, 2);
    puts(buf);
    return 0;
}

#include <stdio.h>
int main(void) {
    int vals[] = { 7, -7, 1, -1, 100, -100 };
    int divs[] = { 2, -2, 3, -3, 7 };
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 5; j++) printf("%d/%d=%d,%d ", vals[i], divs[j], vals[i] / divs[j], vals[i] % divs[j]);
        printf("\n");
    }
    unsigned u = 4000000000u;
    printf("%u %u\n", u / 3, u % 7);
    long long l = -9000000000LL;
    printf("%lld %lld\n", l / 7, l % 7);
    return 0;
}

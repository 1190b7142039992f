#include <stdio.h>
int main(void) {
    int i = 300;
    unsigned char uc = (unsigned char)i;
    signed char sc = (signed char)200;
    short s = (short)70000;
    printf("%d %d %d\n", uc, sc, s);
    double d = 3.99;
    printf("%d %d\n", (int)d, (int)-d);
    printf("%u\n", (unsigned)-1);
    long long big = (long long)4000000000u;
    printf("%lld\n", big);
    printf("%d\n", (int)(char)'z');
    float f = (float)1 / 3;
    printf("%.5f\n", f);
    void *vp = &i;
    int *ip = (int *)vp;
    printf("%d\n", *ip);
    unsigned ui = (unsigned)3.7e9;
    printf("%u\n", ui);
    printf("%d\n", (_Bool)0.5 + (_Bool)0 + (_Bool)-3);
    return 0;
}

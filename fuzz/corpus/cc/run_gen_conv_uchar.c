#include <stdio.h>
int main(void) {
    /* conversions from uchar */
    unsigned char v[] = { 0, 1, 7, 200, 255 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        printf("%lld\n", (long long)((signed char)v[i]));
        printf("%llu\n", (unsigned long long)((unsigned char)v[i]));
        printf("%lld\n", (long long)((short)v[i]));
        printf("%llu\n", (unsigned long long)((unsigned short)v[i]));
        printf("%lld\n", (long long)((int)v[i]));
        printf("%llu\n", (unsigned long long)((unsigned int)v[i]));
        printf("%lld\n", (long long)((long long)v[i]));
        printf("%llu\n", (unsigned long long)((unsigned long long)v[i]));
        printf("%lld\n", (long long)((_Bool)v[i]));
        printf("%.1f %.1f\n", (double)(float)v[i], (double)v[i]);
    }
    return 0;
}

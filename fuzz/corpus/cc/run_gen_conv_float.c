#include <stdio.h>
int main(void) {
    /* conversions from float */
    float v[] = { 0.0, 1.5, -2.75, 100.25, 65535.5, -128.0, 3e9 };
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) {
        if (v[i] > -129.0 && v[i] < 128.0) printf("%lld\n", (long long)((signed char)v[i]));
        if (v[i] > -1.0 && v[i] < 256.0) printf("%llu\n", (unsigned long long)((unsigned char)v[i]));
        if (v[i] > -32769.0 && v[i] < 32768.0) printf("%lld\n", (long long)((short)v[i]));
        if (v[i] > -1.0 && v[i] < 65536.0) printf("%llu\n", (unsigned long long)((unsigned short)v[i]));
        if (v[i] > -2147483649.0 && v[i] < 2147483648.0) printf("%lld\n", (long long)((int)v[i]));
        if (v[i] > -1.0 && v[i] < 4294967296.0) printf("%llu\n", (unsigned long long)((unsigned int)v[i]));
        if (v[i] > -9223372036854775809.0 && v[i] < 9223372036854775808.0) printf("%lld\n", (long long)((long long)v[i]));
        if (v[i] > -1.0 && v[i] < 18446744073709551616.0) printf("%llu\n", (unsigned long long)((unsigned long long)v[i]));
        printf("%lld\n", (long long)((_Bool)v[i]));
        printf("%.3f %.3f\n", (double)(float)v[i], (double)v[i]);
    }
    return 0;
}

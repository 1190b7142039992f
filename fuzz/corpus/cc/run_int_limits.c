#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
    printf("%d %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX);
    printf("%d %d %u\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("%d %u %lld\n", INT32_MIN, UINT32_MAX, (long long)INT64_MAX);
    int m = INT_MIN;
    printf("%d %d\n", m / 2, -(m + 1));
    return 0;
}

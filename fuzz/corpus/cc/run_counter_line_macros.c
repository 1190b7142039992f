#include <stdio.h>
#define UNIQUE2(a, b) a##b
#define UNIQUE1(a, b) UNIQUE2(a, b)
#define UNIQUE(base) UNIQUE1(base, __LINE__)
int main(void) {
    int UNIQUE(v) = 1;
    int UNIQUE(v) = 2;
    printf("%d %d\n", v6, v7);
    int a = __COUNTER__, b = __COUNTER__;
    printf("%d\n", b - a);
    return 0;
}

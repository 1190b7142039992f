#include <stdio.h>
int main(void) {
    register int i, s = 0;
    for (i = 0; i < 100; i++) s += i;
    auto int a = s / 2;
    printf("%d %d\n", s, a);
    return 0;
}

#include <stdio.h>
_Static_assert(sizeof(int) == 4, "int is 32 bits");
struct s { int a; _Static_assert(1, "inside struct"); };
int main(void) {
    _Static_assert(sizeof(long long) == 8, "ll");
    printf("ok\n");
    return 0;
}

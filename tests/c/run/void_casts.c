#include <stdio.h>
static int side;
static int effect(void) { return ++side; }
int main(void) {
    (void)effect();
    (void)0;
    int unused = 3;
    (void)unused;
    printf("%d\n", side);
    return 0;
}

#include <stdio.h>
static const int table[4] = { 1, 4, 9, 16 };
static volatile int sink;
int main(void) {
    const int c = 5;
    volatile int v = 3;
    v += c;
    sink = v;
    const char *const s = "cv";
    printf("%d %d %d %s\n", table[3], v, sink, s);
    const struct { int a; } cs = { 9 };
    printf("%d\n", cs.a);
    int x = 1;
    int *const px = &x;
    *px = 2;
    printf("%d\n", x);
    return 0;
}

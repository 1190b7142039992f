#include <stdio.h>
int add();
int zero();
int main(void) {
    printf("%d %d\n", add(2, 3), zero());
    return 0;
}
int add(int a, int b) { return a + b; }
int zero() { return 0; }

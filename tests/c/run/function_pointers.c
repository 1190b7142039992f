#include <stdio.h>
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int apply(int (*f)(int, int), int a, int b) { return f(a, b); }
struct op { const char *name; int (*fn)(int, int); };
static const struct op ops[] = { {"add", add}, {"sub", sub}, {"mul", mul} };
static int (*pick(int i))(int, int) { return ops[i].fn; }
int main(void) {
    for (int i = 0; i < 3; i++) printf("%s %d\n", ops[i].name, ops[i].fn(7, 5));
    printf("%d %d\n", apply(sub, 10, 4), pick(2)(6, 7));
    int (*fp)(int, int) = &mul;
    printf("%d %d\n", (*fp)(3, 3), fp == mul);
    void (*nothing)(void) = 0;
    printf("%d\n", nothing == 0);
    return 0;
}

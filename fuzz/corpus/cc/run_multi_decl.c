#include <stdio.h>
int a = 1, *pa = &a, arr[2] = { 5, 6 }, (*parr)[2] = &arr;
int f(int), g(void);
int f(int x) { return x + 1; }
int g(void) { return 7; }
int main(void) {
    int x = 2, y = x * 3, *p = &y, **pp = &p;
    printf("%d %d %d %d %d\n", *pa, (*parr)[1], f(g()), y, **pp);
    unsigned short s1 = 1, s2 = (unsigned short)(s1 + 65535);
    printf("%d\n", s2);
    return 0;
}

#include <stdio.h>
int main(void) {
    int i = 5;
    printf("%d ", i++);
    printf("%d ", i);
    printf("%d ", ++i);
    printf("%d ", i--);
    printf("%d\n", --i);
    int a[3] = {1, 2, 3};
    int *p = a;
    printf("%d ", *p++);
    printf("%d ", *++p);
    printf("%d\n", ++*p);
    double d = 1.5;
    d++; --d; d++;
    printf("%g\n", d);
    unsigned char c = 255;
    c++;
    printf("%d\n", c);
    char *s = "xyz";
    while (*s) putchar(*s++);
    putchar('\n');
    return 0;
}

#include <stdio.h>
#include <stddef.h>
struct inner { char c; short s; };
struct S { int m0; short m1[3]; long long m2; };
int main(void) {
    /* layout of struct S */
    printf("size %d align %d\n", (int)sizeof(struct S), (int)_Alignof(struct S));
    printf("m0 at %d size %d\n", (int)offsetof(struct S, m0), (int)sizeof(((struct S *)0)->m0));
    printf("m1 at %d size %d\n", (int)offsetof(struct S, m1), (int)sizeof(((struct S *)0)->m1));
    printf("m2 at %d size %d\n", (int)offsetof(struct S, m2), (int)sizeof(((struct S *)0)->m2));
    struct S arr[3];
    printf("array %d %d\n", (int)sizeof arr, (int)((char *)&arr[2] - (char *)&arr[0]));
    struct S s = { 0 };
    s.m0 = 1;
    unsigned char *b = (unsigned char *)&s; int sum = 0;
    for (int i = 0; i < (int)sizeof s; i++) sum += b[i] * (i + 1);
    printf("bytes %d\n", sum);
    return 0;
}

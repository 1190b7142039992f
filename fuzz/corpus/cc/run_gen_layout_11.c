#include <stdio.h>
#include <stddef.h>
struct inner { char c; short s; };
union S { short m0; long long m1; unsigned char m2; short m3[3]; float m4; };
int main(void) {
    /* layout of union S */
    printf("size %d align %d\n", (int)sizeof(union S), (int)_Alignof(union S));
    printf("m0 at %d size %d\n", (int)offsetof(union S, m0), (int)sizeof(((union S *)0)->m0));
    printf("m1 at %d size %d\n", (int)offsetof(union S, m1), (int)sizeof(((union S *)0)->m1));
    printf("m2 at %d size %d\n", (int)offsetof(union S, m2), (int)sizeof(((union S *)0)->m2));
    printf("m3 at %d size %d\n", (int)offsetof(union S, m3), (int)sizeof(((union S *)0)->m3));
    printf("m4 at %d size %d\n", (int)offsetof(union S, m4), (int)sizeof(((union S *)0)->m4));
    union S arr[3];
    printf("array %d %d\n", (int)sizeof arr, (int)((char *)&arr[2] - (char *)&arr[0]));
    union S s = { 0 };
    s.m0 = 1;
    unsigned char *b = (unsigned char *)&s; int sum = 0;
    for (int i = 0; i < (int)sizeof s; i++) sum += b[i] * (i + 1);
    printf("bytes %d\n", sum);
    return 0;
}

#include <stdio.h>
typedef int myint;
typedef myint *intptr;
typedef struct node { int v; struct node *next; } node;
typedef int (*binop)(int, int);
typedef char name_t[8];
static int add(int a, int b) { return a + b; }
int main(void) {
    myint a = 3;
    intptr p = &a;
    node n2 = { 2, 0 }, n1 = { 1, &n2 };
    binop f = add;
    name_t nm = "abc";
    printf("%d %d %d %s %d\n", *p, n1.next->v, f(2, 3), nm, (int)sizeof(name_t));
    {
        typedef long long myint2;
        myint2 big = 1LL << 40;
        printf("%lld\n", big);
    }
    return 0;
}

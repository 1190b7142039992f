#include <stdio.h>
#define EMPTYARG(x) [x]
#define STR(x) #x
#define XSTR(x) STR(x)
#define LINE_STR XSTR(__LINE__)
#define SAME 1
#define SAME 1
#define f(x) (x * 2)
#define g f
#define h(x) g(x)
int main(void) {
    int foo = 1;
#define foo foo + 1
    printf("%d\n", foo * 10);
    printf("%s %s\n", STR(EMPTYARG()), STR(  spaced   out  ));
    printf("%s\n", LINE_STR);
    printf("%d %d %d\n", SAME, g(3), h(4));
    printf("%s\n", STR("a\"b" '\\'));
    int f = 5;
    printf("%d\n", f);
    return 0;
}

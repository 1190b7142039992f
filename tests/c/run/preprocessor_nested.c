#include <stdio.h>
#define f(a) a*g
#define g(a) f(a)
#define ID(x) x
#define TWICE(x) x x
#define PASTE3(a, b, c) a ## b ## c
#define PLUS +
#define APPLY(m, v) m(v)
#define NEG(v) (-(v))
int main(void) {
    int x = 2;
    printf("%d\n", ID(ID(x + 1)));
    printf("%s\n", ID("TWICE") );
    int PASTE3(a, b, c) = 5;
    printf("%d\n", abc);
    printf("%d\n", 1 PLUS 2);
    printf("%d\n", APPLY(NEG, 4));
    printf("%d %s\n", __LINE__, __FILE__[0] ? "file" : "none");
    return 0;
}

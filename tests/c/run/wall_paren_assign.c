/* -Wall -Werror: an assignment in a condition is fine when it is written in extra parentheses,
 * as gcc and clang accept it. */
#include <stdio.h>

static char *copy(char *d, const char *s)
{
    char *r = d;
    while ((*d++ = *s++))
        ;
    return r;
}

static int next(int *i) { return (*i)--; }

int main(void)
{
    char buf[8];
    printf("%s\n", copy(buf, "paren"));
    int i = 3, v;
    while ((v = next(&i)))
        printf("%d ", v);
    printf("\n");
    if ((v = i + 5)) printf("if %d\n", v);
    for (i = 2; (v = i); i--) printf("for %d\n", v);
    do printf("do %d\n", i); while ((i = i - 1) > -2 && (v = i));
    return 0;
}

#include <stdio.h>
static const char *sign(int v) {
    if (v < 0) return "negative";
    else if (v == 0) return "zero";
    else return "positive";
}
int main(void) {
    int i;
    for (i = -1; i <= 1; i++) printf("%d is %s\n", i, sign(i));
    if (1) if (0) printf("no\n"); else printf("dangling else binds inner\n");
    return 0;
}

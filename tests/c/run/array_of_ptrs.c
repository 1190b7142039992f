#include <stdio.h>
int main(void) {
    int a = 1, b = 2, c = 3;
    int *ptrs[] = { &a, &b, &c };
    for (int i = 0; i < 3; i++) *ptrs[i] *= 10;
    printf("%d %d %d\n", a, b, c);
    int rows[3][2] = { {1, 2}, {3, 4}, {5, 6} };
    int (*pr)[2] = rows;
    int *cols[3] = { rows[0], rows[1], rows[2] };
    printf("%d %d %d\n", pr[2][1], cols[1][0], *(*(pr + 1) + 1));
    char *words[] = { "one", "two", "three" };
    char **w = words;
    printf("%s %c\n", *(w + 2), **w);
    return 0;
}

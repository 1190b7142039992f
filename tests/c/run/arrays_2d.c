#include <stdio.h>
int m[3][4];
int main(void) {
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
    int s = 0;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) s += m[i][j];
    printf("%d %d %d\n", s, m[2][3], (int)sizeof m);
    int (*row)[4] = m + 1;
    printf("%d %d\n", (*row)[2], row[1][0]);
    int local[2][3] = {{1, 2, 3}, {4, 5, 6}};
    int *flat = &local[0][0];
    for (int i = 0; i < 6; i++) printf("%d", flat[i]);
    printf(" %d %d\n", (int)sizeof local, (int)sizeof local[0]);
    return 0;
}

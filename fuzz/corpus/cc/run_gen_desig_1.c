#include <stdio.h>
int main(void) {
    static int g[14] = { [0] = 1, 45, -86, [9] = -45 };
    int l[14] = { [0] = 1, 45, -86, [9] = -45 };
    int s1 = 0, s2 = 0;
    for (int i = 0; i < 14; i++) { s1 += g[i] * (i + 1); s2 += l[i] * (i + 1); }
    printf("%d %d\n", s1, s2);
    int u[] = { [3] = 5, 6, [1] = 2 };
    printf("%d\n", (int)(sizeof u / sizeof u[0]));
    return 0;
}

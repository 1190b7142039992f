#include <stdio.h>
static int trace[16], nt;
static int t(int v) { trace[nt++] = v; return v; }
int main(void) {
    int r = t(1) && t(2) || t(3);
    int s = t(0) ? t(4) : t(5);
    int u = (t(6), t(7));
    printf("%d %d %d:", r, s, u);
    for (int i = 0; i < nt; i++) printf(" %d", trace[i]);
    printf("\n");
    int i = 0, a[4] = {0};
    a[i++] = 5;
    a[i] = i;
    printf("%d %d %d\n", a[0], a[1], i);
    return 0;
}

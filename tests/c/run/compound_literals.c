#include <stdio.h>
struct p { int x, y; };
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int px(struct p v) { return v.x * 10 + v.y; }
int *gp = (int[]){ 4, 5, 6 };
int main(void) {
    printf("%d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
    printf("%d\n", px((struct p){ 3, 4 }));
    struct p *pp = &(struct p){ .y = 9 };
    pp->x = 1;
    printf("%d %d\n", pp->x, pp->y);
    printf("%d\n", gp[1]);
    for (int i = 0; i < 2; i++) { int *q = (int[2]){ i, i * 2 }; printf("%d ", q[0] + q[1]); }
    printf("\n");
    return 0;
}

#include <stdio.h>
struct in { int a; char b[3]; };
struct out { int n; struct in x[2]; int tail; };
int main(void) {
    struct out o = { 1, { { 2, "ab" }, { 3, { 'c', 'd' } } }, 4 };
    printf("%d %d %s %d %c%c %d\n", o.n, o.x[0].a, o.x[0].b, o.x[1].a, o.x[1].b[0], o.x[1].b[1], o.tail);
    struct out e = { 1, 2, 'x', 'y', 'z', 3, 'q' };
    printf("%d %d %c%c%c %d %c %d\n", e.n, e.x[0].a, e.x[0].b[0], e.x[0].b[1], e.x[0].b[2], e.x[1].a, e.x[1].b[0], e.tail);
    int m[2][3] = { 1, 2, 3, 4 };
    printf("%d %d %d\n", m[1][0], m[1][1], m[1][2]);
    int z[4] = { 0 };
    printf("%d %d\n", z[0], z[3]);
    struct in zz = {0};
    printf("%d %d\n", zz.a, zz.b[2]);
    return 0;
}

#include <stdio.h>
struct inner { int x, y[3]; };
struct outer { int id; struct inner in; struct inner arr[2]; };
int main(void) {
    struct outer o = { .in.y[1] = 5, .arr[1].x = 7, .id = 1, .arr[0] = { 2, { 3, 4 } }, .arr[1].y = { 8 } };
    printf("%d %d %d %d %d %d %d %d\n", o.id, o.in.x, o.in.y[1], o.arr[0].x, o.arr[0].y[1], o.arr[1].x, o.arr[1].y[0], o.arr[1].y[2]);
    static struct outer g = { .arr[1].y[2] = 9, 10 };
    printf("%d %d\n", g.arr[1].y[2], g.id);
    return 0;
}

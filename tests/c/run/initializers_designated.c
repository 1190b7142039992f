#include <stdio.h>
struct cfg { int a, b, c; char name[6]; int arr[3]; };
int main(void) {
    struct cfg x = { .c = 3, .a = 1, .name = "ab", .arr[1] = 5 };
    printf("%d %d %d %s %d %d %d\n", x.a, x.b, x.c, x.name, x.arr[0], x.arr[1], x.arr[2]);
    int a[10] = { [2] = 2, [5] = 5, 6, [1] = 1 };
    for (int i = 0; i < 10; i++) printf("%d", a[i]);
    printf("\n");
    int b[] = { [4] = 1 };
    printf("%d\n", (int)(sizeof b / sizeof b[0]));
    struct cfg y = { 1, 2, .arr = { 7, 8 }, .b = 20 };
    printf("%d %d %d %d\n", y.a, y.b, y.arr[0], y.arr[1]);
    struct { int x, y; } pts[] = { [1].y = 4, [0] = { 1, 2 }, [2].x = 9 };
    printf("%d %d %d %d %d\n", pts[0].x, pts[0].y, pts[1].y, pts[2].x, (int)(sizeof pts / sizeof pts[0]));
    return 0;
}

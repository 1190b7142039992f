#include <stdio.h>
#include <stdbool.h>
static bool is_pos(int v) { return v > 0; }
int main(void) {
    bool t = true, f = false;
    bool x = 5;
    printf("%d %d %d\n", t, f, x);
    x++;
    printf("%d\n", x);
    x = 0; x--;
    printf("%d\n", x);
    printf("%d %d\n", is_pos(3), is_pos(-3));
    _Bool b = 0.0;
    printf("%d %d\n", b, (int)sizeof b);
    bool arr[3] = { 1, 0, 2 };
    printf("%d%d%d\n", arr[0], arr[1], arr[2]);
    int *p = 0;
    bool np = p;
    printf("%d\n", np);
    return 0;
}

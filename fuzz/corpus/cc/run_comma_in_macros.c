#include <stdio.h>
#define PAIR(a, b) { a, b }
#define SWAP(t, x, y) do { t tmp_ = (x); (x) = (y); (y) = tmp_; } while (0)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
struct p { int a, b; };
int main(void) {
    struct p ps[] = { PAIR(1, 2), PAIR((3, 4), 5) };
    int x = 1, y = 2;
    if (x < y) SWAP(int, x, y); else printf("never\n");
    printf("%d %d %d %d %d\n", ps[1].a, ps[1].b, x, y, (int)ARRAY_LEN(ps));
    return 0;
}

/* -Os: a loop storing i + 1 at a[i] (the increment is used by the store it precedes). The back
 * end's IR clean-up once moved the increment below that store ("value used before its
 * definition"). */
#include <stdio.h>

struct big { int a[6]; double d; };

static struct big make(int base) {
    struct big b;
    for (int i = 0; i < 6; i++) b.a[i] = base + i;
    b.d = base / 2.0;
    return b;
}

static void fill_next(int *a, int n) {
    for (int i = 0; i < n; i++) a[i] = i + 1;
}

int main(void) {
    int a[8];
    fill_next(a, 8);
    struct big b = make(1);
    int s = 0;
    for (int i = 0; i < 8; i++) s = s * 3 + a[i];
    printf("%d %d %d\n", s, b.a[5], (int)b.d);
    return 0;
}

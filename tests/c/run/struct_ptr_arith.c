#include <stdio.h>
struct item { short id; char tag; double w; };
int main(void) {
    struct item items[4] = { { 1, 'a', 0.5 }, { 2, 'b', 1.5 }, { 3, 'c', 2.5 }, { 4, 'd', 3.5 } };
    struct item *end = items + 4;
    double total = 0;
    for (struct item *p = items; p < end; p++) total += p->w * p->id;
    printf("%g %d\n", total, (int)(end - items));
    struct item *mid = &items[2];
    printf("%c %d\n", mid[-1].tag, (mid + 1)->id);
    printf("%d\n", (int)((char *)&items[1] - (char *)&items[0]));
    return 0;
}

/* Compound literals: temporary structs and arrays as arguments, pointers to them within a block. */
#include "cktest.h"

struct pt { int x, y; };

static int dist2(struct pt a, struct pt b) { int dx = a.x - b.x, dy = a.y - b.y; return dx * dx + dy * dy; }
static int sum(const int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }

int main(void)
{
    int k = ck_opaque_i32(3);
    ck_show_i32("d", dist2((struct pt){ 1, 2 }, (struct pt){ .y = k, .x = -k }));
    ck_show_i32("sum", sum((int[]){ 1, 2, 3, k, k * k }, 5));
    struct pt *p = &(struct pt){ 10, 20 };
    p->x += k;
    ck_show_i32("p", p->x * 100 + p->y);
    int total = 0;
    for (int i = 0; i < 5; i++) {
        int *a = (int[3]){ i, i * 2, i * 3 };
        a[1] += k;
        total += sum(a, 3);
    }
    ck_show_i32("total", total);
    const char *s = (const char[]){ 'o', 'k', 0 };
    ck_puts(s);
    return total;
}

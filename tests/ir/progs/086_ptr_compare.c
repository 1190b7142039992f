/* Pointer comparisons inside one array (<, ==), null tests, and pointer-valued conditionals. */
#include "cktest.h"

static int *find(int *b, int *e, int v) { for (; b != e; b++) if (*b == v) return b; return 0; }

int main(void)
{
    int a[16];
    for (int i = 0; i < 16; i++) a[i] = ck_opaque_i32((i * 7) % 16);
    int *lo = a, *hi = a + 15;
    int steps = 0;
    while (lo < hi) { if (*lo + *hi > 15) hi--; else lo++; steps++; }
    ck_show_i32("steps", steps);
    ck_show_i32("meet", (int)(lo - a));
    int found = 0, missing = 0;
    for (int v = 0; v < 20; v++) {
        int *p = find(a, a + 16, ck_opaque_i32(v));
        if (p) { found++; ck_print_i32((int)(p - a)); ck_sp(); } else missing++;
    }
    ck_nl();
    ck_show_i32("found", found);
    ck_show_i32("missing", missing);
    int *p = a + 3, *q = &a[3];
    ck_show_i32("eq", p == q);
    ck_show_i32("le", p <= q + 1);
    ck_show_i32("gt", p + 2 > q);
    int *null = 0;
    ck_show_i32("null", null == 0);
    ck_show_i32("notnull", !!p);
    int *sel = found > 10 ? a + 1 : a + 2;
    ck_show_i32("sel", *sel);
    return steps;
}

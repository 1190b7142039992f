/* Structs holding function pointers: a small vtable of shapes with dispatch through members. */
#include "cktest.h"

struct shape;
struct shape_ops { int (*area)(const struct shape *); int (*perimeter)(const struct shape *); const char *name; };
struct shape { const struct shape_ops *ops; int a, b; };

static int rect_area(const struct shape *s) { return s->a * s->b; }
static int rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static int sq_area(const struct shape *s) { return s->a * s->a; }
static int sq_perim(const struct shape *s) { return 4 * s->a; }
static int tri_area(const struct shape *s) { return s->a * s->b / 2; }
static int tri_perim(const struct shape *s) { return s->a + s->b + (s->a > s->b ? s->a : s->b); }

static const struct shape_ops rect_ops = { rect_area, rect_perim, "rect" };
static const struct shape_ops sq_ops = { sq_area, sq_perim, "square" };
static const struct shape_ops tri_ops = { tri_area, tri_perim, "triangle" };

int main(void)
{
    struct shape shapes[6];
    const struct shape_ops *kinds[3] = { &rect_ops, &sq_ops, &tri_ops };
    for (int i = 0; i < 6; i++) {
        shapes[i].ops = kinds[ck_opaque_i32(i) % 3];
        shapes[i].a = i + 2;
        shapes[i].b = 7 - i;
    }
    int total = 0;
    for (int i = 0; i < 6; i++) {
        const struct shape *s = &shapes[i];
        int a = s->ops->area(s), p = s->ops->perimeter(s);
        ck_print_str(s->ops->name); ck_sp(); ck_print_i32(a); ck_sp(); ck_print_i32(p); ck_nl();
        total += a + p;
    }
    struct shape_ops custom = rect_ops;
    custom.area = tri_area;
    struct shape t = { &custom, 10, 6 };
    ck_show_i32("custom", t.ops->area(&t));
    ck_show_i32("total", total);
    return total & 0xff;
}

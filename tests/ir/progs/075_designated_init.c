/* Designated initialisers for locals and globals: arrays with gaps, nested members, zero fill. */
#include "cktest.h"

struct cfg { int speed; unsigned char mode; short pins[4]; struct { int lo, hi; } range; const char *name; };

static const struct cfg defaults = { .name = "default", .speed = 9600, .range = { .hi = 100 } };
static int sparse[20] = { [3] = 30, [10] = 100, [19] = 190, [4] = 40 };
static const struct cfg table[] = { [2] = { .speed = 2, .pins = { [3] = 33 } }, [0] = { .mode = 7, .name = "zero" } };

int main(void)
{
    struct cfg c = { .mode = (unsigned char)ck_opaque_i32(3), .pins = { 1, [2] = 5 }, .range.lo = -1 };
    ck_show_i32("speed", c.speed);
    ck_show_i32("mode", c.mode);
    ck_show_i32("pins", c.pins[0] * 1000 + c.pins[1] * 100 + c.pins[2] * 10 + c.pins[3]);
    ck_show_i32("lo", c.range.lo);
    ck_show_i32("hi", c.range.hi);
    ck_show_i32("name_null", c.name == 0);
    ck_show_i32("d.speed", defaults.speed);
    ck_show_i32("d.hi", defaults.range.hi);
    ck_puts(defaults.name);
    int s = 0;
    for (int i = 0; i < 20; i++) s += sparse[ck_opaque_i32(i)] * (i + 1);
    ck_show_i32("sparse", s);
    ck_show_i32("table_n", (int)(sizeof table / sizeof table[0]));
    ck_show_i32("t2", table[2].speed + table[2].pins[3]);
    ck_show_i32("t0", table[0].mode);
    ck_puts(table[0].name);
    ck_show_i32("t1", table[1].speed + table[1].mode + (table[1].name == 0));
    int local[8] = { [7] = ck_opaque_i32(7), [1] = 1 };
    for (int i = 0; i < 8; i++) ck_print_i32(local[i]);
    ck_nl();
    return s & 0xff;
}

#include <stdio.h>
#include <string.h>
struct unit { const char *name; int scale; char symbol; };
static const struct unit units[] = {
    { "milli", 1, 'm' },
    { "centi", 10, 'c' },
    { .name = "deci", .scale = 100, .symbol = 'd' },
    { "unit", 1000, 'u' },
};
static int to_milli(int v, const char *unit) {
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) if (!strcmp(units[i].name, unit)) return v * units[i].scale;
    return -1;
}
int main(void) {
    printf("%d %d %d %d\n", to_milli(3, "unit"), to_milli(7, "deci"), to_milli(1, "centi"), to_milli(1, "kilo"));
    printf("%c%c\n", units[0].symbol, units[3].symbol);
    return 0;
}

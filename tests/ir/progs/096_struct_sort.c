/* Sorting an array of structs by several keys with an insertion sort on struct copies. */
#include "cktest.h"

typedef struct { char name[8]; int age; unsigned score; } person;

static int before(const person *a, const person *b)
{
    if (a->score != b->score) return a->score > b->score;
    if (a->age != b->age) return a->age < b->age;
    for (int i = 0; i < 8; i++) { if (a->name[i] != b->name[i]) return (unsigned char)a->name[i] < (unsigned char)b->name[i]; if (!a->name[i]) break; }
    return 0;
}

int main(void)
{
    static const char *names[] = { "ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kim", "lu" };
    person p[12];
    unsigned seed = ck_opaque_u32(7);
    for (int i = 0; i < 12; i++) {
        int j = 0;
        for (; names[i][j]; j++) p[i].name[j] = names[i][j];
        for (; j < 8; j++) p[i].name[j] = 0;
        seed = seed * 1103515245u + 12345u;
        p[i].age = 20 + (int)(seed >> 16) % 5;
        p[i].score = (seed >> 20) % 4 * 10;
    }
    for (int i = 1; i < 12; i++) {
        person key = p[i];
        int j = i - 1;
        while (j >= 0 && before(&key, &p[j])) { p[j + 1] = p[j]; j--; }
        p[j + 1] = key;
    }
    for (int i = 0; i < 12; i++) {
        ck_print_str(p[i].name); ck_sp(); ck_print_i32(p[i].age); ck_sp(); ck_print_u32(p[i].score); ck_nl();
    }
    return p[0].age;
}

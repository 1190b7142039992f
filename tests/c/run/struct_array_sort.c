#include <stdio.h>
#include <string.h>
struct person { char name[12]; int age; };
static void sort(struct person *p, int n) {
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (p[j].age < p[i].age || (p[j].age == p[i].age && strcmp(p[j].name, p[i].name) < 0)) {
                struct person t = p[i]; p[i] = p[j]; p[j] = t;
            }
}
int main(void) {
    struct person ps[] = { { "zoe", 30 }, { "adam", 25 }, { "bob", 30 }, { "eve", 22 } };
    sort(ps, 4);
    for (int i = 0; i < 4; i++) printf("%s:%d ", ps[i].name, ps[i].age);
    printf("\n");
    return 0;
}

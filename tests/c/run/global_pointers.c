#include <stdio.h>
struct pair { int a, b[4]; };
static struct pair gp = { 1, { 2, 3, 4, 5 } };
int *pb = &gp.b[2];
int *pend = gp.b + 4;
static const char *const names[] = { "zero", "one", "two", 0 };
static const char *const *np = &names[1];
static char text[] = "abcdef";
static char *tp = text + 3;
static int (*const fnp)(const char *, ...) = printf;
static void *vp = &gp;
static unsigned long addr_diff = sizeof(gp.b) / sizeof gp.b[0];
int main(void) {
    printf("%d %d %s %s %c\n", *pb, (int)(pend - pb), *np, names[2], *tp);
    fnp("%d %d\n", ((struct pair *)vp)->a, (int)addr_diff);
    int n = 0;
    for (const char *const *p = names; *p; p++) n++;
    printf("%d\n", n);
    return 0;
}

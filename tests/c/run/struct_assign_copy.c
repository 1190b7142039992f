#include <stdio.h>
#include <string.h>
struct rec { char name[8]; int vals[3]; };
int main(void) {
    struct rec a = { "alpha", { 1, 2, 3 } }, b;
    b = a;
    b.vals[0] = 100;
    strcpy(b.name, "beta");
    printf("%s %d %s %d\n", a.name, a.vals[0], b.name, b.vals[0]);
    struct rec arr[2];
    arr[0] = a; arr[1] = b;
    printf("%s %s\n", arr[0].name, arr[1].name);
    struct rec *p = &arr[1];
    struct rec c = *p;
    printf("%d\n", c.vals[0] + c.vals[2]);
    printf("%d\n", memcmp(&a, &arr[0], sizeof a) == 0);
    return 0;
}

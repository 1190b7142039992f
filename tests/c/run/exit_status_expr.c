#include <stdio.h>
static int check(int v) { return v > 3; }
int main(void) {
    int errors = 0;
    for (int i = 0; i < 6; i++) errors += check(i);
    printf("errors: %d\n", errors);
    return errors;
}

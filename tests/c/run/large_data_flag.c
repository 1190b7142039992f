/* --large-data: static addresses as 32-bit constants (li), the same results as the default
 * small data model (liu); tests/c/run/big_static.c is the case that needs it. */
#include <stdio.h>

static int table[8] = {3, 1, 4, 1, 5, 9, 2, 6};
static const char *names[] = {"zero", "one", "two"};
int total;

int main(void) {
    for (int i = 0; i < 8; i++) total += table[i] * (i + 1);
    printf("%d %s %s\n", total, names[total % 3], names[2]);
    return 0;
}

#include <stdio.h>
enum cmd { CMD_ADD, CMD_SUB, CMD_NEG, CMD_COUNT };
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_neg(int a, int b) { (void)b; return -a; }
static int (*const handlers[CMD_COUNT])(int, int) = { [CMD_NEG] = op_neg, [CMD_ADD] = op_add, [CMD_SUB] = op_sub };
typedef int fn_t(int, int);
static fn_t *lookup(enum cmd c) { return c < CMD_COUNT ? handlers[c] : 0; }
int main(void) {
    for (int c = 0; c <= CMD_COUNT; c++) { fn_t *f = lookup((enum cmd)c); if (f) printf("%d ", f(10, 3)); else printf("none "); }
    printf("\n");
    return 0;
}

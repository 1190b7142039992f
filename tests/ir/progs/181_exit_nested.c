/* Leaving the program from deep inside recursion with sys.exit: output so far is kept, main never returns. */
#include "cktest.h"

static int depth;
static int dive(int n)
{
    depth++;
    if (n == 0) {
        ck_show_i32("depth", depth);
        ck_puts("exiting");
        if (depth > 0) ck_exit(depth + 7);
        return -1;
    }
    int r = dive(n - 1);
    ck_puts("unreachable after the exit");
    return r + 1;
}

int main(void)
{
    ck_puts("start");
    int r = dive(ck_opaque_i32(30));
    ck_puts("not printed");
    return r & 0xff;
}

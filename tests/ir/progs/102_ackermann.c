/* Ackermann's function for small arguments: deep, irregular recursion. */
#include "cktest.h"

static int calls;
static int ack(int m, int n)
{
    calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void)
{
    for (int m = 0; m <= 2; m++) {
        for (int n = 0; n <= 4; n++) { ck_print_i32(ack(ck_opaque_i32(m), ck_opaque_i32(n))); ck_sp(); }
        ck_nl();
    }
    calls = 0;
    int r = ack(ck_opaque_i32(3), ck_opaque_i32(4));
    ck_show_i32("ack(3,4)", r);
    ck_show_i32("calls", calls);
    return r & 0xff;
}

/* Signed 32-bit division and remainder: truncation toward zero, negative operands, INT_MIN. */
#include "cktest.h"

static const int nums[] = { 0, 1, -1, 7, -7, 13, -13, 100, -100, 2147483647, -2147483647 - 1, 65536, -65537 };
static const int dens[] = { 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 256, 65535, 2147483647, -2147483647 - 1 };

int main(void)
{
    unsigned h = 0;
    for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        for (unsigned j = 0; j < sizeof dens / sizeof dens[0]; j++) {
            int a = ck_opaque_i32(nums[i]), b = ck_opaque_i32(dens[j]);
            if (a == -2147483647 - 1 && b == -1) continue;   /* overflow: undefined */
            int q = a / b, r = a % b;
            ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_i32(q); ck_sp();
            ck_print_i32(r); ck_nl();
            h = h * 31u + (unsigned)q * 17u + (unsigned)r;
            if (q * b + r != a) ck_puts("IDENTITY BROKEN");
        }
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

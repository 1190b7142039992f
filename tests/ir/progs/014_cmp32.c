/* All 32-bit comparisons, signed and unsigned, as values and as branch conditions. */
#include "cktest.h"

static const int v[] = { -2147483647 - 1, -65536, -2, -1, 0, 1, 2, 255, 65535, 2147483647 };

int main(void)
{
    unsigned bits = 0, cnt = 0;
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            int a = ck_opaque_i32(v[i]), b = ck_opaque_i32(v[j]);
            unsigned ua = (unsigned)a, ub = (unsigned)b;
            int r = (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
                    (ua < ub) << 6 | (ua <= ub) << 7 | (ua > ub) << 8 | (ua >= ub) << 9;
            ck_print_x32((unsigned)r);
            ck_putchar(j == 9 ? '\n' : ' ');
            bits = bits * 3u + (unsigned)r;
            if (a < b) cnt++;
            if (ua > ub) cnt += 2;
            if (a >= 0) cnt += 4;
            if (a < 100) cnt += 8;
            if (ua <= 100u) cnt += 16;
        }
    }
    ck_show_x32("bits", bits);
    ck_show_u32("cnt", cnt);
    return (int)(cnt & 0xff);
}

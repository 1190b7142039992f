/* All 64-bit comparisons, signed and unsigned: the high-word/low-word cases of a 32-bit target. */
#include "cktest.h"

static const long long v[] = { -0x7fffffffffffffffll - 1, -0x100000000ll, -0xffffffffll, -1, 0, 1,
                               0xffffffffll, 0x100000000ll, 0x100000001ll, 0x7fffffffffffffffll,
                               0x80000000ll, -0x80000000ll };

int main(void)
{
    unsigned bits = 0, cnt = 0;
    for (int i = 0; i < 12; i++) {
        for (int j = 0; j < 12; j++) {
            long long a = ck_opaque_i64(v[i]), b = ck_opaque_i64(v[j]);
            unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
            int r = (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
                    (ua < ub) << 6 | (ua <= ub) << 7 | (ua > ub) << 8 | (ua >= ub) << 9;
            ck_print_x32((unsigned)r);
            ck_putchar(j == 11 ? '\n' : ' ');
            bits = bits * 3u + (unsigned)r;
            if (a < b) cnt++;
            if (ua > ub) cnt += 2;
            if (a >= 0) cnt += 4;
            if (a < 0x100000000ll) cnt += 8;
            if (ua <= 0xffffffffull) cnt += 16;
            if (a == 0) cnt += 32;
        }
    }
    ck_show_x32("bits", bits);
    ck_show_u32("cnt", cnt);
    return (int)(cnt & 0xff);
}

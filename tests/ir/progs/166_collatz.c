/* Collatz sequences in 64-bit: longest chain below a bound, peak values above 2^32. */
#include "cktest.h"

int main(void)
{
    unsigned long long best_peak = 0;
    int best_len = 0;
    unsigned best_start = 0, peak_start = 0;
    unsigned limit = ck_opaque_u32(3000);
    for (unsigned s = 1; s < limit; s++) {
        unsigned long long x = s, peak = s;
        int len = 1;
        while (x != 1) {
            x = (x & 1) ? 3 * x + 1 : x >> 1;
            if (x > peak) peak = x;
            len++;
        }
        if (len > best_len) { best_len = len; best_start = s; }
        if (peak > best_peak) { best_peak = peak; peak_start = s; }
    }
    ck_show_i32("best_len", best_len);
    ck_show_u32("best_start", best_start);
    ck_show_u64("best_peak", best_peak);
    ck_show_u32("peak_start", peak_start);
    unsigned long long x = ck_opaque_u64(77031);
    unsigned long long peak = x;
    int steps = 0;
    while (x != 1) { x = (x & 1) ? 3 * x + 1 : x / 2; if (x > peak) peak = x; steps++; }
    ck_show_i32("steps", steps);
    ck_show_u64("peak", peak);
    return best_len & 0xff;
}

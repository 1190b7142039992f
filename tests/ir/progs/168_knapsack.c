/* 0/1 knapsack and coin change by dynamic programming on 1-D tables, with 64-bit way counts. */
#include "cktest.h"

int main(void)
{
    static const int wt[] = { 12, 7, 11, 8, 9, 3, 15, 4, 6, 10 };
    static const int val[] = { 24, 13, 23, 15, 16, 5, 30, 8, 11, 19 };
    int best[61] = { 0 };
    int cap = ck_opaque_i32(60);
    for (int i = 0; i < 10; i++) for (int c = cap; c >= wt[i]; c--) if (best[c - wt[i]] + val[i] > best[c]) best[c] = best[c - wt[i]] + val[i];
    for (int c = 0; c <= cap; c += 6) { ck_print_i32(best[c]); ck_sp(); }
    ck_nl();
    static const int coins[] = { 1, 2, 5, 10, 20, 50, 100, 200 };
    static unsigned long long ways[1001] = { 1 };   /* 8 KB: too big for the stack */
    int target = ck_opaque_i32(1000);
    for (int k = 0; k < 8; k++) for (int a = coins[k]; a <= target; a++) ways[a] += ways[a - coins[k]];
    ck_show_u64("ways200", ways[200]);
    ck_show_u64("ways1000", ways[1000]);
    int minc[301];
    minc[0] = 0;
    static const int odd[] = { 1, 7, 10, 23 };
    for (int a = 1; a <= 300; a++) {
        minc[a] = 1 << 20;
        for (int k = 0; k < 4; k++) if (odd[k] <= a && minc[a - odd[k]] + 1 < minc[a]) minc[a] = minc[a - odd[k]] + 1;
    }
    ck_show_i32("min14", minc[14]);
    ck_show_i32("min299", minc[299]);
    return best[cap] & 0xff;
}

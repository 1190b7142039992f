/* N-queens by backtracking with bit masks (all solutions for N = 1..9) and the first 8-queens board. */
#include "cktest.h"

static int solve(int n, int row, unsigned cols, unsigned d1, unsigned d2)
{
    if (row == n) return 1;
    int count = 0;
    unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1u);
    while (avail) {
        unsigned bit = avail & (0u - avail);
        avail ^= bit;
        count += solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}
static int board[8];
static int place(int row)
{
    if (row == 8) return 1;
    for (int c = 0; c < 8; c++) {
        int ok = 1;
        for (int r = 0; r < row; r++) if (board[r] == c || board[r] - c == r - row || board[r] - c == row - r) { ok = 0; break; }
        if (ok) { board[row] = c; if (place(row + 1)) return 1; }
    }
    return 0;
}

int main(void)
{
    for (int n = 1; n <= 9; n++) { ck_print_i32(solve(ck_opaque_i32(n), 0, 0, 0, 0)); ck_sp(); }
    ck_nl();
    place(0);
    for (int r = 0; r < 8; r++) { for (int c = 0; c < 8; c++) ck_putchar(board[r] == c ? 'Q' : '.'); ck_nl(); }
    return solve(8, 0, 0, 0, 0) & 0xff;
}

/* Towers of Hanoi recursively, with the pegs as arrays and moves checked for legality. */
#include "cktest.h"

static int peg[3][16], top[3], moves, illegal;

static void move(int from, int to)
{
    int d = peg[from][--top[from]];
    if (top[to] && peg[to][top[to] - 1] < d) illegal++;
    peg[to][top[to]++] = d;
    moves++;
}
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    move(from, to);
    if (moves <= 7) { ck_print_i32(from); ck_print_str("->"); ck_print_i32(to); ck_nl(); }
    hanoi(n - 1, via, to, from);
}

int main(void)
{
    int n = ck_opaque_i32(12);
    for (int i = 0; i < n; i++) peg[0][i] = n - i;
    top[0] = n;
    hanoi(n, 0, 2, 1);
    ck_show_i32("moves", moves);
    ck_show_i32("illegal", illegal);
    ck_show_i32("top2", top[2]);
    ck_show_i32("bottom", peg[2][0]);
    return moves & 0xff;
}

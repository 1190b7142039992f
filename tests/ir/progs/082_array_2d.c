/* Two-dimensional arrays: row and column sums, transposition in place, diagonals, 2-D parameters. */
#include "cktest.h"

#define R 7
#define C 9

static int col_sum(int a[][C], int rows, int col) { int s = 0; for (int i = 0; i < rows; i++) s += a[i][col]; return s; }
static void transpose_sq(int n, int m[8][8]) { for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) { int t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t; } }

int main(void)
{
    int a[R][C];
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) a[i][j] = ck_opaque_i32(i * 10 + j - 30);
    for (int i = 0; i < R; i++) { int s = 0; for (int j = 0; j < C; j++) s += a[i][j]; ck_print_i32(s); ck_sp(); }
    ck_nl();
    for (int j = 0; j < C; j++) { ck_print_i32(col_sum(a, R, j)); ck_sp(); }
    ck_nl();
    int m[8][8];
    for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) m[i][j] = ck_opaque_i32(i * 8 + j);
    transpose_sq(8, m);
    int d1 = 0, d2 = 0;
    for (int i = 0; i < 8; i++) { d1 += m[i][i]; d2 += m[i][7 - i]; }
    ck_show_i32("m[1][6]", m[1][6]);
    ck_show_i32("d1", d1);
    ck_show_i32("d2", d2);
    unsigned char img[16][16];
    for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) img[y][x] = (unsigned char)((x ^ y) * 17);
    unsigned blur = 0;
    for (int y = 1; y < 15; y++)
        for (int x = 1; x < 15; x++)
            blur += (unsigned)(img[y - 1][x] + img[y + 1][x] + img[y][x - 1] + img[y][x + 1] + 4 * img[y][x]) / 8u;
    ck_show_u32("blur", blur);
    return d1 & 0xff;
}

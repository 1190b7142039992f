/* Conway's game of life on a 24x24 torus with a glider and an R-pentomino, 60 generations. */
#include "cktest.h"

#define W 24
static unsigned char g[2][W][W];

int main(void)
{
    int cur = 0;
    static const int glider[5][2] = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 1 }, { 2, 2 } };
    static const int rpent[5][2] = { { 0, 1 }, { 0, 2 }, { 1, 0 }, { 1, 1 }, { 2, 1 } };
    for (int i = 0; i < 5; i++) { g[0][glider[i][0] + 1][glider[i][1] + 1] = 1; g[0][rpent[i][0] + 12][rpent[i][1] + 12] = 1; }
    int gens = ck_opaque_i32(60);
    for (int t = 0; t < gens; t++) {
        int nx = cur ^ 1, pop = 0;
        for (int y = 0; y < W; y++)
            for (int x = 0; x < W; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if (dy || dx) n += g[cur][(y + dy + W) % W][(x + dx + W) % W];
                g[nx][y][x] = (unsigned char)(n == 3 || (n == 2 && g[cur][y][x]));
                pop += g[nx][y][x];
            }
        cur = nx;
        if (t % 10 == 9) { ck_print_i32(t + 1); ck_putchar(':'); ck_print_i32(pop); ck_sp(); }
    }
    ck_nl();
    for (int y = 0; y < W; y++) { for (int x = 0; x < W; x++) ck_putchar(g[cur][y][x] ? '#' : '.'); ck_nl(); }
    return 0;
}

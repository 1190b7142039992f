/* Initialised two-dimensional global arrays: a maze grid and a transition matrix. */
#include "cktest.h"

static const char maze[7][12] = {
    "###########",
    "#S..#.....#",
    "#.#.#.###.#",
    "#.#...#...#",
    "#.#####.#.#",
    "#.......#E#",
    "###########",
};
static short dist[7][11];
int trans[3][3] = { { 1, 2, 0 }, { 0, 1, 1 }, { 2, 0, 1 } };

int main(void)
{
    int qr[80], qc[80], head = 0, tail = 0;
    for (int r = 0; r < 7; r++) for (int c = 0; c < 11; c++) dist[r][c] = -1;
    qr[tail] = 1; qc[tail++] = 1; dist[1][1] = 0;
    int er = -1, ec = -1;
    while (head < tail) {
        int r = qr[head], c = qc[head++];
        if (maze[r][c] == 'E') { er = r; ec = c; break; }
        static const int dr[4] = { 1, -1, 0, 0 }, dc[4] = { 0, 0, 1, -1 };
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (maze[nr][nc] != '#' && dist[nr][nc] < 0) { dist[nr][nc] = (short)(dist[r][c] + 1); qr[tail] = nr; qc[tail++] = nc; }
        }
    }
    ck_show_i32("exit_r", er);
    ck_show_i32("exit_c", ec);
    ck_show_i32("dist", dist[er][ec]);
    for (int r = 0; r < 7; r++) {
        for (int c = 0; c < 11; c++) ck_putchar(dist[r][c] < 0 ? maze[r][c] : '0' + dist[r][c] % 10);
        ck_nl();
    }
    int v[3] = { 1, 0, 0 };
    for (int step = 0; step < 10; step++) {
        int n[3] = { 0, 0, 0 };
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) n[i] += trans[i][j] * v[j];
        for (int i = 0; i < 3; i++) v[i] = n[i];
    }
    ck_show_i32("v0", v[0]);
    ck_show_i32("v1", v[1]);
    ck_show_i32("v2", v[2]);
    return dist[er][ec];
}

/* Pointers to pointers: arrays of pointers, out-parameters that redirect pointers, ragged arrays. */
#include "cktest.h"

static int row0[] = { 1, 2, 3 }, row1[] = { 4, 5 }, row2[] = { 6, 7, 8, 9 }, row3[] = { 10 };
static int *rows[] = { row0, row1, row2, row3 };
static const int lens[] = { 3, 2, 4, 1 };

static void advance(int **pp, int n) { *pp += n; }
static void pick_max(int **best, int *cand) { if (**best < *cand) *best = cand; }
static int total(int **r, const int *n, int count) { int s = 0; for (int i = 0; i < count; i++) for (int j = 0; j < n[i]; j++) s += r[i][j] * (i + 1); return s; }

int main(void)
{
    ck_show_i32("total", total(rows, lens, 4));
    int *p = rows[ck_opaque_i32(2)];
    advance(&p, 2);
    ck_show_i32("p", *p);
    int *best = &row0[0];
    for (int i = 0; i < 4; i++) for (int j = 0; j < lens[i]; j++) pick_max(&best, &rows[i][j]);
    ck_show_i32("best", *best);
    int **pp = &rows[1];
    int ***ppp = &pp;
    ck_show_i32("ppp", (**ppp)[1] + (*ppp)[1][3]);
    int *tmp = rows[0]; rows[0] = rows[3]; rows[3] = tmp;
    ck_show_i32("swapped", rows[0][0] * 100 + rows[3][2]);
    const char *words[] = { "alpha", "beta", "gamma", "delta" };
    const char **w = words;
    int chars = 0;
    while (w < words + 4) { const char *c = *w++; while (*c) { chars += *c++ - 'a'; } }
    ck_show_i32("chars", chars);
    return chars & 0xff;
}

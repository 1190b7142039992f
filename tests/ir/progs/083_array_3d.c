/* A three-dimensional array: a small voxel volume summed along each axis, indexed via pointers too. */
#include "cktest.h"

static short vol[6][5][4];

int main(void)
{
    for (int z = 0; z < 6; z++)
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 4; x++) vol[z][y][x] = (short)ck_opaque_i32(z * 100 + y * 10 + x - 250);
    int sx[4] = { 0 }, sy[5] = { 0 }, sz[6] = { 0 };
    for (int z = 0; z < 6; z++)
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 4; x++) { sx[x] += vol[z][y][x]; sy[y] += vol[z][y][x]; sz[z] += vol[z][y][x]; }
    for (int i = 0; i < 4; i++) { ck_print_i32(sx[i]); ck_sp(); }
    ck_nl();
    for (int i = 0; i < 5; i++) { ck_print_i32(sy[i]); ck_sp(); }
    ck_nl();
    for (int i = 0; i < 6; i++) { ck_print_i32(sz[i]); ck_sp(); }
    ck_nl();
    short (*plane)[4] = vol[3];
    short *flat = &vol[0][0][0];
    ck_show_i32("plane", plane[2][1]);
    ck_show_i32("flat", flat[3 * 20 + 2 * 4 + 1]);
    ck_show_i32("flat_last", flat[6 * 5 * 4 - 1]);
    return (sz[5] - sz[0]) & 0xff;
}

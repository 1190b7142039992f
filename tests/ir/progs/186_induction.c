/* Loops with several induction variables and strided indices (strength reduction, address recurrences). */
#include "cktest.h"

static int grid[32][32];

int main(void)
{
    for (int i = 0; i < 32; i++) for (int j = 0; j < 32; j++) grid[i][j] = ck_opaque_i32(i * 32 + j);
    int diag = 0, anti = 0, knight = 0;
    for (int i = 0, j = 0; i < 32; i++, j++) diag += grid[i][j];
    for (int i = 0, j = 31; i < 32; i++, j--) anti += grid[i][j];
    for (int i = 0, j = 0; i < 30 && j < 31; i += 2, j += 1) knight += grid[i][j] * (i - j);
    ck_show_i32("diag", diag);
    ck_show_i32("anti", anti);
    ck_show_i32("knight", knight);
    int *flat = &grid[0][0];
    long long s = 0;
    for (int stride = 1; stride <= 64; stride *= 2) {
        int part = 0;
        for (int k = 0; k < 1024; k += stride) part += flat[k];
        s = s * 7 + part;
    }
    ck_show_i64("strided", s);
    unsigned char bytes[300];
    for (int i = 0; i < 300; i++) bytes[i] = (unsigned char)(i * 37);
    unsigned t = 0;
    for (int i = 0, w = 299; i < 150; i++, w -= 2) t = t * 3u + (unsigned)(bytes[i] ^ bytes[w > 0 ? w : 0]);
    ck_show_x32("t", t);
    long long acc = 0;
    for (long long i = 0, j = 1; i < 40; i++, j = j * 3 % 1000003) acc += i * j;
    ck_show_i64("acc", acc);
    return diag & 0xff;
}

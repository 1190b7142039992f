/* Code that clang lowers to llvm.memcpy/llvm.memset: big struct copies and zeroed local arrays. */
#include "cktest.h"

struct blob { unsigned char b[200]; int tail; };

static struct blob g1, g2;

static unsigned sum(const unsigned char *p, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s = s * 31u + p[i]; return s; }

int main(void)
{
    for (int i = 0; i < 200; i++) g1.b[i] = (unsigned char)ck_opaque_i32(i * 7);
    g1.tail = 99;
    g2 = g1;                         /* memcpy */
    struct blob local = g2;          /* memcpy */
    local.b[ck_opaque_i32(3)] = 0;
    ck_show_x32("g2", sum(g2.b, 200));
    ck_show_x32("local", sum(local.b, 200));
    ck_show_i32("tail", local.tail);
    int zero[100] = { 0 };           /* memset */
    zero[ck_opaque_i32(50)] = 5;
    int z = 0;
    for (int i = 0; i < 100; i++) z += zero[i] * (i + 1);
    ck_show_i32("zero", z);
    char text[64] = "partially initialised";   /* memcpy of the literal plus memset of the rest */
    int nz = 0;
    for (int i = 0; i < 64; i++) nz += text[i] != 0;
    ck_show_i32("nz", nz);
    ck_puts(text);
    struct blob arr[3] = { { { 1, 2, 3 }, 4 } };
    arr[2] = arr[0];
    arr[1] = local;
    ck_show_x32("arr", sum(arr[0].b, 10) ^ sum(arr[1].b, 200) ^ sum(arr[2].b, 10));
    unsigned long long big[40] = { 1, 2, 3 };
    unsigned long long copy[40];
    for (int i = 0; i < 40; i++) copy[i] = big[39 - i];
    ck_show_u64("copy", copy[37] + copy[38] * 10 + copy[39] * 100 + copy[0]);
    return z & 0xff;
}

/* Structs of 3, 5, 6 and 7 bytes (no padding to a word) in arrays, by value, and copied. */
#include "cktest.h"

typedef struct { unsigned char b[3]; } s3;
typedef struct { unsigned char b[5]; } s5;
typedef struct { unsigned short h[3]; } s6;
typedef struct { signed char c[7]; } s7;

static s3 mk3(int k) { s3 r = { { (unsigned char)k, (unsigned char)(k * 2), (unsigned char)(k * 3) } }; return r; }
static int sum3(s3 a, s3 b, s3 c) { return a.b[0] + b.b[1] * 2 + c.b[2] * 3; }
static s5 rot5(s5 x) { s5 r; for (int i = 0; i < 5; i++) r.b[i] = x.b[(i + 1) % 5]; return r; }
static s6 add6(s6 a, s6 b) { for (int i = 0; i < 3; i++) a.h[i] = (unsigned short)(a.h[i] + b.h[i]); return a; }
static int sum7(s7 x) { int s = 0; for (int i = 0; i < 7; i++) s = s * 3 + x.c[i]; return s; }

int main(void)
{
    s3 arr[10];
    for (int i = 0; i < 10; i++) arr[i] = mk3(ck_opaque_i32(i * 40));
    int t = 0;
    for (int i = 0; i + 2 < 10; i++) t += sum3(arr[i], arr[i + 1], arr[i + 2]);
    ck_show_i32("t3", t);
    s5 f = { { 1, 2, 3, 4, (unsigned char)ck_opaque_i32(5) } };
    for (int i = 0; i < 3; i++) f = rot5(f);
    for (int i = 0; i < 5; i++) ck_print_u32(f.b[i]);
    ck_nl();
    s6 a = { { 65535, 2, 3 } }, b = { { 2, (unsigned short)ck_opaque_i32(65535), 7 } };
    s6 c = add6(a, b);
    ck_show_i32("s6", c.h[0] * 1000000 + c.h[1] * 1000 + c.h[2]);
    s7 g[4];
    for (int i = 0; i < 4; i++) for (int j = 0; j < 7; j++) g[i].c[j] = (signed char)(ck_opaque_i32(i * 7 + j) * 9 - 100);
    s7 h = g[2];
    g[2] = g[3];
    g[3] = h;
    for (int i = 0; i < 4; i++) { ck_print_i32(sum7(g[i])); ck_sp(); }
    ck_nl();
    return t & 0xff;
}

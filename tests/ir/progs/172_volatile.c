/* volatile objects: every access is performed, in order, even in loops -O2 would otherwise collapse. */
#include "cktest.h"

volatile int vcount;
volatile unsigned char vbytes[8];
volatile long long v64;

static void spin(int n) { for (int i = 0; i < n; i++) vcount++; }

int main(void)
{
    spin(ck_opaque_i32(1000));
    ck_show_i32("count", vcount);
    for (int i = 0; i < 8; i++) vbytes[i] = (unsigned char)(i * 31);
    unsigned s = 0;
    for (int i = 0; i < 8; i++) s = s * 256u + vbytes[i];
    ck_show_x32("bytes", s);
    v64 = 1;
    for (int i = 0; i < 39; i++) v64 = v64 * 3;
    ck_show_i64("v64", v64);
    volatile double vd = 0.0;
    for (int i = 0; i < 10; i++) vd = vd + 0.1;
    ck_show_f64("vd", vd);
    volatile int local = 5;
    int a = local;
    local = 7;
    int b = local;
    ck_show_i32("ab", a * 10 + b);
    volatile struct { int x; short y; } vs = { 1, 2 };
    vs.x += vs.y;
    vs.y = (short)(vs.x * 3);
    ck_show_i32("vs", vs.x * 100 + vs.y);
    return vcount & 0xff;
}

/* Stack arrays of a few KB in nested frames (about 3 KB live at the deepest point, under the 4 KB default stack). */
#include "cktest.h"

static unsigned leaf(const unsigned char *in, int n)
{
    unsigned short hist[256];   /* 512 bytes */
    for (int i = 0; i < 256; i++) hist[i] = 0;
    for (int i = 0; i < n; i++) hist[in[i]]++;
    unsigned h = 0;
    for (int i = 0; i < 256; i++) h = h * 31u + hist[i];
    return h;
}
/* noinline: inlined into one frame, all the arrays would be live at once */
__attribute__((noinline)) static unsigned middle(unsigned seed)
{
    unsigned char buf[1024];
    for (int i = 0; i < 1024; i++) { seed = seed * 1103515245u + 12345u; buf[i] = (unsigned char)(seed >> 16); }
    return leaf(buf, 1024) ^ leaf(buf + 512, 512);
}
__attribute__((noinline)) static unsigned outer(int k)
{
    int table[300];   /* 1200 bytes */
    for (int i = 0; i < 300; i++) table[i] = i * k;
    unsigned r = middle((unsigned)table[k % 300]);
    for (int i = 0; i < 300; i++) r += (unsigned)table[i];
    return r;
}
__attribute__((noinline)) static double doubles(void)
{
    double d[256];   /* 2 KB, in a frame of its own */
    for (int i = 0; i < 256; i++) d[i] = ck_opaque_f64(i * 0.5);
    double s = 0;
    for (int i = 255; i >= 0; i--) s += d[i] * d[255 - i];
    return s;
}

int main(void)
{
    unsigned h = 0;
    for (int k = 1; k <= 5; k++) { unsigned v = outer(ck_opaque_i32(k * 37)); ck_print_x32(v); ck_nl(); h ^= v; }
    ck_show_f64("s", doubles());
    return (int)(h & 0xff);
}

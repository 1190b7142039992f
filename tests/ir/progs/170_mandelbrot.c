/* A small Mandelbrot set in double and in Q4.28 fixed point, drawn as characters. */
#include "cktest.h"

static int iter_f(double cr, double ci)
{
    double zr = 0, zi = 0;
    int k = 0;
    while (k < 50 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2.0 * zr * zi + ci; zr = t; k++; }
    return k;
}
static int iter_q(int cr, int ci)   /* Q4.28 */
{
    long long zr = 0, zi = 0;
    int k = 0;
    while (k < 50) {
        long long r2 = (zr * zr) >> 28, i2 = (zi * zi) >> 28;
        if (r2 + i2 > (4ll << 28)) break;
        long long t = r2 - i2 + cr;
        zi = ((zr * zi) >> 27) + ci;
        zr = t;
        k++;
    }
    return k;
}

int main(void)
{
    static const char shade[] = " .:-=+*#%@";
    unsigned h = 0;
    for (int y = -10; y <= 10; y++) {
        for (int x = -30; x <= 10; x++) {
            double cr = ck_opaque_f64(x * 0.05), ci = y * 0.1;
            int a = iter_f(cr, ci);
            int b = iter_q((int)(x * 0.05 * (1 << 28)), (int)(y * 0.1 * (1 << 28)));
            ck_putchar(shade[a % 10]);
            h = h * 31u + (unsigned)a * 64u + (unsigned)b;
        }
        ck_nl();
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

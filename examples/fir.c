/* A fixed-point (Q15) FIR low-pass filter over a synthetic signal: a slow sine plus a fast one.
 * The filter keeps the slow component and removes most of the fast one. Integer only, as on a
 * Cortex-M0 without an FPU; the sine table is computed once with an integer recurrence. */
#include <stdint.h>
#include <stdio.h>

#define TAPS 16
#define N 256

/* Low-pass, cutoff ~ fs/16, Hamming window, Q15, sums to 32768. */
static const int16_t coeff[TAPS] = {
    27, 131, 450, 1111, 2111, 3280, 4327, 4947,
    4947, 4327, 3280, 2111, 1111, 450, 131, 27,
};

static int16_t history[TAPS];
static unsigned pos;

static int16_t fir_step(int16_t x)
{
    history[pos] = x;
    int32_t acc = 1 << 14;                       /* rounding */
    unsigned k = pos;
    for (int i = 0; i < TAPS; i++) {
        acc += (int32_t)coeff[i] * history[k];
        k = k ? k - 1 : TAPS - 1;
    }
    pos = (pos + 1) % TAPS;
    acc >>= 15;
    if (acc > 32767) acc = 32767;                /* saturate */
    if (acc < -32768) acc = -32768;
    return (int16_t)acc;
}

/* sin(2*pi*i/period) in Q14 by the recurrence s[n+1] = 2cos(w)s[n] - s[n-1]. */
static void sine(int16_t *out, int n, int32_t two_cos_q14, int32_t s1)
{
    int32_t a = 0, b = s1;
    for (int i = 0; i < n; i++) {
        out[i] = (int16_t)a;
        int32_t c = (int32_t)(((int64_t)two_cos_q14 * b) >> 14) - a;
        a = b;
        b = c;
    }
}

int main(void)
{
    static int16_t slow[N], fast[N];
    sine(slow, N, 32610, 402);     /* period 128: 2cos = 2*0.99880 in Q14, sin(w) = 0.0491 */
    sine(fast, N, 11585 * 2, 11585); /* period 8 */
    int64_t e_in = 0, e_out = 0;
    uint32_t check = 0;
    for (int i = 0; i < N; i++) {
        int16_t x = (int16_t)(slow[i] + fast[i] / 2);
        int16_t y = fir_step(x);
        if (i >= TAPS) {
            int32_t d_in = x - slow[i];
            int32_t d_out = y - slow[i > 7 ? i - 7 : 0];   /* the filter delays by 7.5 samples */
            e_in += (int64_t)d_in * d_in;
            e_out += (int64_t)d_out * d_out;
        }
        check = check * 31 + (uint16_t)y;
        if (i % 32 == 0) printf("x[%3d] = %6d  y = %6d\n", i, x, y);
    }
    printf("noise energy in %lld, out %lld, checksum %08x\n", (long long)e_in, (long long)e_out, (unsigned)check);
    return e_out < e_in / 4 ? 0 : 1;
}

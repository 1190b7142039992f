/* Fixed-point signal processing: a 32-tap Q15 FIR low-pass filter and a cascade of two Q14
 * biquad (IIR) sections over a block of 16-bit samples, with saturation, as on a sensor MCU. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 750
#endif
#endif
#define N 1024
#define TAPS 32

/* Q15 low-pass taps; the sum of their magnitudes is below 32768, so a 32-bit accumulator cannot
 * overflow. */
static const i16 taps[TAPS] = {
    -78, -132, -154, -112, 18, 238, 517, 790, 966, 948, 662, 88, -726, -1590, -2274,
    -2520, 0, 2520, 2274, 1590, 726, -88, -662, -948, -966, -790, -517, -238, -18, 112, 154, 132,
};
/* two biquads, Q14: b0 b1 b2 a1 a2 (y = b.x - a.y) */
static const i16 bq[2][5] = {
    { 1165, 2330, 1165, -18403, 6679 },
    { 2048, 4096, 2048, -15000, 4500 },
};

static i16 in[N], mid[N], out[N];
static i16 delay[TAPS];

static i16 sat16(i32 v)
{
    if (v > 32767) return 32767;
    if (v < -32768) return -32768;
    return (i16)v;
}

static void fir(const i16 *x, i16 *y, u32 n)
{
    for (u32 i = 0; i < n; i++) {
        for (int k = TAPS - 1; k > 0; k--) delay[k] = delay[k - 1];
        delay[0] = x[i];
        i32 acc = 0;
        for (int k = 0; k < TAPS; k++) acc += (i32)taps[k] * delay[k];
        y[i] = sat16((acc + (1 << 14)) >> 15);
    }
}

static i32 state[2][4];   /* x1 x2 y1 y2 per section */

static void biquads(const i16 *x, i16 *y, u32 n)
{
    for (u32 i = 0; i < n; i++) {
        i32 v = x[i];
        for (int s = 0; s < 2; s++) {
            const i16 *c = bq[s];
            i32 *st = state[s];
            i32 acc = c[0] * v + c[1] * st[0] + c[2] * st[1] - c[3] * st[2] - c[4] * st[3];
            i32 o = sat16(acc >> 14);
            st[1] = st[0]; st[0] = v;
            st[3] = st[2]; st[2] = o;
            v = o;
        }
        y[i] = (i16)v;
    }
}

int main(void)
{
    u32 seed = 0xC0FFEEu * bench_one;
    u32 sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        /* a square wave plus noise, a different block every round */
        for (u32 i = 0; i < N; i++) {
            i32 sq = ((i + r * 7) & 64) ? 12000 : -12000;
            in[i] = (i16)(sq + (i32)(bench_rand(&seed) & 4095) - 2048);
        }
        fir(in, mid, N);
        biquads(mid, out, N);
        for (u32 i = 0; i < N; i++) sum = sum * 31u + (u16)out[i];
    }
    bench_result("fir", sum);
    return 0;
}

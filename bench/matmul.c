/* Integer matrix multiply (32x32, 32-bit) and a Q15 matrix-vector product, as in a small
 * controller or a fixed-point neural-network layer. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 400
#endif
#endif
#define D 32

static i32 A[D][D], B[D][D], C[D][D];
static i16 W[64][64];
static i16 x[64], y[64];

static void matmul(i32 c[D][D], i32 a[D][D], i32 b[D][D])
{
    for (int i = 0; i < D; i++)
        for (int j = 0; j < D; j++) {
            u32 s = 0;
            for (int k = 0; k < D; k++) s += (u32)a[i][k] * (u32)b[k][j];
            c[i][j] = (i32)s;
        }
}

static void matvec_q15(i16 *out, i16 w[64][64], const i16 *in)
{
    for (int i = 0; i < 64; i++) {
        i32 acc = 0;
        for (int k = 0; k < 64; k++) acc += (w[i][k] * in[k]) >> 6;
        acc >>= 9;
        if (acc > 32767) acc = 32767;
        if (acc < -32768) acc = -32768;
        out[i] = (i16)(acc < 0 ? 0 : acc);   /* ReLU */
    }
}

int main(void)
{
    u32 seed = 0xABCDEFu * bench_one;
    for (int i = 0; i < D; i++)
        for (int j = 0; j < D; j++) {
            A[i][j] = (i32)(bench_rand(&seed) % 201u) - 100;
            B[i][j] = (i32)(bench_rand(&seed) % 201u) - 100;
        }
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++) W[i][j] = (i16)((i32)(bench_rand(&seed) & 0xFFFF) - 32768);
    u32 sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        matmul(C, A, B);
        for (int i = 0; i < D; i++)
            for (int j = 0; j < D; j++) {
                sum = sum * 7u + (u32)C[i][j];
                A[i][j] = (C[i][j] >> 8) % 101;   /* keep values small, change every round */
            }
        for (int i = 0; i < 64; i++) x[i] = (i16)((i * 517 + (i32)r * 131) & 0x3FFF);
        for (int l = 0; l < 8; l++) {
            matvec_q15(y, W, x);
            for (int i = 0; i < 64; i++) x[i] = (i16)(y[i] + i);
        }
        for (int i = 0; i < 64; i++) sum = sum * 7u + (u16)x[i];
    }
    bench_result("matmul", sum);
    return 0;
}

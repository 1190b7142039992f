/* Loops the back end turns into single instructions: dot products (dot16, dot32s, dot16sr: a
 * multiply-accumulate step and its count-down) and the scan to a string's end (skipstr), with
 * run-time counts from 1 up, negative values and wrapping sums. */
#include <stdio.h>
#include <stdint.h>

static volatile int one = 1;

static int16_t xs[64], hs[64];
static int32_t ma[8][8], mb[8][8];

static int32_t dot_q15(const int16_t *x, const int16_t *h, int n)
{
    int32_t acc = 0;
    for (int k = 0; k < n; k++) acc += x[k] * h[k];
    return acc;
}

static int32_t dot_q15_scaled(const int16_t *x, const int16_t *h, int n)
{
    int32_t acc = 0;
    for (int k = 0; k < n; k++) acc += (x[k] * h[k]) >> 6;
    return acc;
}

static uint32_t column(int i, int j, int n)
{
    uint32_t acc = 0;
    for (int k = 0; k < n; k++) acc += (uint32_t)ma[i][k] * (uint32_t)mb[k][j];
    return acc;
}

static unsigned length(const char *s)
{
    const char *p = s;
    while (*p++) {}
    return (unsigned)(p - s - 1);
}

int main(void)
{
    uint32_t seed = 12345u * (uint32_t)one;
    for (int k = 0; k < 64; k++) {
        seed = seed * 1103515245u + 12345u;
        xs[k] = (int16_t)(seed >> 16);
        seed = seed * 1103515245u + 12345u;
        hs[k] = (int16_t)(seed >> 16);
    }
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            seed = seed * 1103515245u + 12345u;
            ma[i][j] = (int32_t)seed;
            seed = seed * 1103515245u + 12345u;
            mb[i][j] = (int32_t)(seed >> 3) - 100000000;
        }
    static const int lens[] = { 1, 2, 7, 31, 64 };
    for (int t = 0; t < 5; t++) {
        int n = lens[t] * one;
        printf("q15 %d: %ld %ld\n", n, (long)dot_q15(xs, hs, n), (long)dot_q15_scaled(xs + 64 - n, hs, n));
    }
    uint32_t sum = 0;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) sum = sum * 31u + column(i, j, 8 * one - (i & 3));
    printf("matrix %lu\n", (unsigned long)sum);
    static const char *const words[] = { "", "a", "hello", "a longer sentence, with punctuation." };
    for (int w = 0; w < 4; w++) printf("len %u\n", length(words[w]));
    return 0;
}

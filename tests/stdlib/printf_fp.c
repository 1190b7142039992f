/* printf's floating-point and integer conversions over pseudo-random values (the same bits under
 * the VM and natively): the exact decimal expansion, rounding and every style, compared with
 * glibc. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void)
{
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
}

int main(void)
{
    for (int i = 0; i < 1500; i++) {
        uint64_t bits = next();
        double v;
        if (i % 3 == 0) bits = (bits & 0x800FFFFFFFFFFFFFull) | ((uint64_t)(1023 + (int)(next() % 120) - 60) << 52);
        memcpy(&v, &bits, sizeof v);
        if (v != v) continue;                       /* NaN: glibc keeps the payload's sign, so do we */
        printf("%.17g %e %.3g %a %.2f\n", v, v, v, v, v);
    }
    for (int i = 0; i < 300; i++) {                  /* values with short exact expansions: ties */
        double v = (double)(int64_t)(next() % 2000001 - 1000000) / 64.0;
        printf("%.0f %.1f %.2f %.3e %g %#.4g %+08.2f %-9.1e|\n", v, v, v, v, v, v, v, v);
    }
    static const char *ifmt[] = { "%d", "%+5d", "%-7i|", "%08u", "%#x", "%#o", "%.4X", "% 6d" };
    for (int i = 0; i < 400; i++) {
        uint64_t r = next();
        int v = (int)(uint32_t)r;
        printf(ifmt[i % 8], v >> (r >> 59));
        printf(" %lld %llx %hd %hhu\n", (long long)r, (unsigned long long)r >> (r & 63), (short)r,
               (unsigned char)(r >> 8));
    }
    return 0;
}

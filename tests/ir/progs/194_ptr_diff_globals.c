/* Pointer differences against a global array: once LLVM knows where the pointer starts, `p - g`
 * becomes `p + (0 - (int)&g)`, a constant expression the back end computes by instructions. */
#include "cktest.h"

static char line[64];
static int words[40];
static unsigned short halves[20];

static unsigned len(const char *s)
{
    const char *p = s;
    while (*p) p++;
    return (unsigned)(p - s);
}

static int find(const int *a, int n, int v)
{
    const int *p = a;
    while (p < a + n && *p != v) p++;
    return (int)(p - a);
}

static const unsigned short *skip(const unsigned short *p, unsigned short v)
{
    while (*p == v) p++;
    return p;
}

volatile int n = 3;

int main(void)
{
    unsigned sum = 0;
    for (int r = 0; r < n; r++) {
        line[r] = 'a';
        sum += len(line);
    }
    ck_show_u32("sum", sum);
    for (int i = 0; i < 40; i++) words[i] = ck_opaque_i32(i * 7 % 40);
    int pos = 0;
    for (int v = 0; v < 40; v += 3) pos = pos * 3 + find(words, 40, v);
    ck_show_i32("pos", pos);
    for (int i = 0; i < 20; i++) halves[i] = (unsigned short)ck_opaque_u32(i < 13 ? 5u : (unsigned)i);
    int skipped = (int)(skip(halves, 5) - halves);
    ck_show_i32("skipped", skipped);
    unsigned t = 0;
    for (int k = 0; k < ck_opaque_i32(30); k++) {
        line[k] = (char)('A' + k % 26);
        line[k + 1] = 0;
        t = t * 31u + len(line) + (unsigned)(len(line + k / 2) << 8);
    }
    ck_show_x32("t", t);
    return (int)(sum + (unsigned)pos + (unsigned)skipped) & 0xff;
}

/* High halves of products: 32x32->64 then shift, and a 64x64->128 high part built from 32-bit pieces. */
#include "cktest.h"

static unsigned umulhi(unsigned a, unsigned b) { return (unsigned)(((unsigned long long)a * b) >> 32); }
static int smulhi(int a, int b) { return (int)(((long long)a * b) >> 32); }
static unsigned long long umulhi64(unsigned long long a, unsigned long long b)
{
    unsigned long long al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
    unsigned long long ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    unsigned long long mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

int main(void)
{
    unsigned x = ck_opaque_u32(0x9e3779b9u);
    unsigned long long y = ck_opaque_u64(0x9e3779b97f4a7c15ull);
    unsigned long long h = 0;
    for (int i = 0; i < 30; i++) {
        unsigned a = umulhi(x, x ^ 0x5bd1e995u);
        int b = smulhi((int)x, (int)(x >> 3) - 12345);
        unsigned long long c = umulhi64(y, y + 0x1234567ull);
        ck_print_x32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_x64(c); ck_nl();
        h = h * 31 + a + (unsigned)b + c;
        x = x * 747796405u + 2891336453u;
        y = y * 6364136223846793005ull + 1;
    }
    ck_show_x32("div10", umulhi(ck_opaque_u32(123456789u), 0xcccccccdu) >> 3);
    ck_show_x64("h", h);
    return (int)(h & 0xff);
}

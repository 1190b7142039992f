/* Truncation from 64 to 32, 16 and 8 bits, and from 32 to narrower, then reuse of the result. */
#include "cktest.h"

static unsigned char t8(unsigned long long x) { return (unsigned char)x; }
static short t16(long long x) { return (short)x; }
static int t32(long long x) { return (int)x; }

int main(void)
{
    unsigned long long x = ck_opaque_u64(0xfedcba9876543210ull);
    unsigned h = 0;
    for (int i = 0; i < 20; i++) {
        unsigned char a = t8(x);
        short b = t16((long long)x);
        int c = t32((long long)x);
        signed char d = (signed char)(x >> 8);
        unsigned short e = (unsigned short)(x >> 40);
        int f = (int)(x >> 32);
        int sum = a + b + d + e;      /* uses the narrow values after truncation */
        ck_print_u32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_i32(c); ck_sp(); ck_print_i32(d); ck_sp();
        ck_print_u32(e); ck_sp(); ck_print_i32(f); ck_sp(); ck_print_i32(sum); ck_nl();
        h = h * 31u + (unsigned)sum + (unsigned)c + (unsigned)f;
        x = (x >> 7 | x << 57) + 0x9e3779b97f4a7c15ull;
    }
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

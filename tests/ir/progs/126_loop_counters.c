/* Loop counters of every width and direction: unsigned down to zero, char and short counters, big steps. */
#include "cktest.h"

int main(void)
{
    unsigned s = 0;
    for (unsigned i = ck_opaque_u32(20); i != 0; i--) s += i * i;
    ck_show_u32("udown", s);
    s = 0;
    for (unsigned char c = 0; c < 200; c = (unsigned char)(c + 7)) s += c;
    ck_show_u32("uchar", s);
    s = 0;
    for (signed char c = -100; c < 100; c = (signed char)(c + 9)) s += (unsigned)c;
    ck_show_u32("schar", s);
    s = 0;
    for (short h = -30000; h < 30000; h = (short)(h + 1234)) s = s * 3u + (unsigned)h;
    ck_show_u32("short", s);
    unsigned long long t = 0;
    for (unsigned long long k = 1; k != 0; k <<= 3) t += k;
    ck_show_x64("shiftloop", t);
    long long m = 0;
    for (long long k = ck_opaque_i64(-5000000000ll); k < 5000000000ll; k += 999999999ll) m += k / 1000;
    ck_show_i64("i64step", m);
    int n = 0;
    for (int i = 0x7ffffff0; i > 0 && i <= 0x7ffffffe; i++) n++;
    ck_show_i32("near_max", n);
    int count = 0;
    for (int i = 100; i >= -100; i -= 25) count += i > 0 ? 1 : i < 0 ? 2 : 4;
    ck_show_i32("count", count);
    return count;
}

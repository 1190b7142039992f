/* Large structs (over 100 bytes) by value: passed through several calls and returned. */
#include "cktest.h"

typedef struct { unsigned words[24]; double d; unsigned char tail[5]; } big;

static big fill(unsigned seed)
{
    big b;
    for (int i = 0; i < 24; i++) { seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5; b.words[i] = seed; }
    b.d = seed / 7.0;
    for (int i = 0; i < 5; i++) b.tail[i] = (unsigned char)(seed >> (i * 5));
    return b;
}
static unsigned digest(big b)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < 24; i++) h = (h ^ b.words[i]) * 16777619u;
    for (int i = 0; i < 5; i++) h = (h ^ b.tail[i]) * 16777619u;
    return h ^ (unsigned)ck_f64_bits(b.d);
}
static big twist(big b, int k) { for (int i = 0; i < 24; i++) b.words[i] += (unsigned)(k * i); b.d *= 2.0; return b; }
static unsigned relay(big b, int depth) { return depth ? relay(twist(b, depth), depth - 1) : digest(b); }

int main(void)
{
    big a = fill(ck_opaque_u32(2463534242u));
    ck_show_x32("a", digest(a));
    big b = twist(a, 3);
    ck_show_x32("b", digest(b));
    ck_show_x32("a again", digest(a));
    ck_show_x32("relay", relay(a, 4));
    big arr[3];
    arr[0] = a; arr[1] = b; arr[2] = twist(arr[1], -1);
    unsigned h = digest(arr[0]) ^ digest(arr[1]) ^ digest(arr[2]);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

/* Adler-32, Fletcher-16, CRC-16/CCITT and an Internet checksum over the same data. */
#include "cktest.h"

static unsigned adler32(const unsigned char *p, unsigned n)
{
    unsigned a = 1, b = 0;
    for (unsigned i = 0; i < n; i++) { a = (a + p[i]) % 65521u; b = (b + a) % 65521u; }
    return b << 16 | a;
}
static unsigned short fletcher16(const unsigned char *p, unsigned n)
{
    unsigned short s1 = 0, s2 = 0;
    for (unsigned i = 0; i < n; i++) { s1 = (unsigned short)((s1 + p[i]) % 255); s2 = (unsigned short)((s2 + s1) % 255); }
    return (unsigned short)(s2 << 8 | s1);
}
static unsigned short crc16(const unsigned char *p, unsigned n)
{
    unsigned short crc = 0xffff;
    for (unsigned i = 0; i < n; i++) {
        crc ^= (unsigned short)(p[i] << 8);
        for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? (unsigned short)((crc << 1) ^ 0x1021) : (unsigned short)(crc << 1);
    }
    return crc;
}
static unsigned short inet_sum(const unsigned char *p, unsigned n)
{
    unsigned s = 0;
    for (unsigned i = 0; i + 1 < n; i += 2) s += (unsigned)(p[i] << 8 | p[i + 1]);
    if (n & 1) s += (unsigned)p[n - 1] << 8;
    while (s >> 16) s = (s & 0xffff) + (s >> 16);
    return (unsigned short)~s;
}

int main(void)
{
    const unsigned char *w = (const unsigned char *)"Wikipedia";
    ck_show_x32("adler", adler32(w, 9));
    ck_show_x32("fletcher", fletcher16((const unsigned char *)"abcde", 5));
    ck_show_x32("crc16", crc16((const unsigned char *)"123456789", 9));
    unsigned char data[777];
    for (int i = 0; i < 777; i++) data[i] = (unsigned char)ck_opaque_i32(i * 7 + (i >> 3));
    ck_show_x32("adler_d", adler32(data, 777));
    ck_show_x32("fl_d", fletcher16(data, 777));
    ck_show_x32("crc_d", crc16(data, 777));
    ck_show_x32("inet_d", inet_sum(data, 777));
    ck_show_x32("inet_even", inet_sum(data, 776));
    return crc16(data, 10) & 0xff;
}

/* CRC-32 (IEEE, reflected): bitwise, with a table built at run time, and over a constant table. */
#include "cktest.h"

static unsigned crc_table[256];

static void make_table(void)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}
static unsigned crc32_table(const unsigned char *p, unsigned n)
{
    unsigned c = 0xffffffffu;
    while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}
static unsigned crc32_bitwise(const unsigned char *p, unsigned n)
{
    unsigned c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    }
    return ~c;
}

int main(void)
{
    make_table();
    const unsigned char *s = (const unsigned char *)"The quick brown fox jumps over the lazy dog";
    unsigned n = ck_cstrlen((const char *)s);
    ck_show_x32("table", crc32_table(s, n));
    ck_show_x32("bitwise", crc32_bitwise(s, n));
    ck_show_x32("check", crc32_table((const unsigned char *)"123456789", 9));
    ck_show_x32("empty", crc32_bitwise(s, 0));
    unsigned char buf[1024];
    unsigned x = ck_opaque_u32(0x12345678u);
    for (int i = 0; i < 1024; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; buf[i] = (unsigned char)x; }
    unsigned a = crc32_table(buf, 1024), b = crc32_bitwise(buf, 1024);
    ck_show_x32("buf", a);
    ck_show_i32("agree", a == b);
    ck_show_x32("t255", crc_table[255]);
    return (int)(a & 0xff);
}

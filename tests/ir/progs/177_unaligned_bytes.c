/* Multi-byte little- and big-endian values read and written at odd offsets of a byte buffer. */
#include "cktest.h"

static unsigned rd_le32(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8 | (unsigned)p[2] << 16 | (unsigned)p[3] << 24; }
static unsigned short rd_le16(const unsigned char *p) { return (unsigned short)(p[0] | p[1] << 8); }
static unsigned long long rd_le64(const unsigned char *p) { return (unsigned long long)rd_le32(p + 4) << 32 | rd_le32(p); }
static void wr_le32(unsigned char *p, unsigned v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24); }
static void wr_be16(unsigned char *p, unsigned short v) { p[0] = (unsigned char)(v >> 8); p[1] = (unsigned char)v; }
static void copy_bytes(void *d, const void *s, unsigned n) { unsigned char *dp = d; const unsigned char *sp = s; while (n--) *dp++ = *sp++; }

int main(void)
{
    unsigned char buf[40];
    for (int i = 0; i < 40; i++) buf[i] = (unsigned char)ck_opaque_i32(i * 17 + 3);
    for (int off = 0; off < 8; off++) {
        ck_print_x32(rd_le32(buf + off)); ck_sp(); ck_print_x32(rd_le16(buf + off)); ck_sp(); ck_print_x64(rd_le64(buf + off)); ck_nl();
    }
    wr_le32(buf + 1, ck_opaque_u32(0xa1b2c3d4u));
    wr_be16(buf + 6, (unsigned short)ck_opaque_u32(0xbeef));
    for (int i = 0; i < 10; i++) { ck_print_x32(buf[i]); ck_sp(); }
    ck_nl();
    /* load a double and an int from odd offsets without casting the pointer */
    double d = ck_opaque_f64(-3.75);
    copy_bytes(buf + 13, &d, 8);
    double e;
    copy_bytes(&e, buf + 13, 8);
    ck_show_f64("e", e);
    int k;
    copy_bytes(&k, buf + 3, 4);
    ck_show_i32("k", k);
    return (int)(rd_le32(buf + 5) & 0xff);
}

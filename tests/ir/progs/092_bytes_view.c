/* Reading and writing objects through unsigned char pointers: serialising ints, shorts and doubles. */
#include "cktest.h"

static void put(unsigned char *p, const void *obj, unsigned n) { const unsigned char *s = obj; for (unsigned i = 0; i < n; i++) p[i] = s[i]; }
static void get(void *obj, const unsigned char *p, unsigned n) { unsigned char *d = obj; for (unsigned i = 0; i < n; i++) d[i] = p[i]; }

int main(void)
{
    unsigned char buf[32];
    int i = ck_opaque_i32(-123456789);
    short s = (short)ck_opaque_i32(-2);
    double d = ck_opaque_f64(6.02214076e23);
    long long l = ck_opaque_i64(0x1122334455667788ll);
    put(buf, &i, 4);
    put(buf + 4, &s, 2);
    put(buf + 6, &l, 8);
    put(buf + 14, &d, 8);
    for (int k = 0; k < 22; k++) { ck_print_u32(buf[k]); ck_putchar(k == 21 ? '\n' : ' '); }
    int i2; short s2; double d2; long long l2;
    get(&i2, buf, 4);
    get(&s2, buf + 4, 2);
    get(&l2, buf + 6, 8);
    get(&d2, buf + 14, 8);
    ck_show_i32("i", i2);
    ck_show_i32("s", s2);
    ck_show_i64("l", l2);
    ck_show_f64("d", d2);
    unsigned w = ck_opaque_u32(0x01020304u);
    const unsigned char *p = (const unsigned char *)&w;
    ck_show_i32("little_endian", p[0] == 4);
    unsigned char *q = (unsigned char *)&w;
    q[2] = 0xee;
    ck_show_x32("w", w);
    return i2 & 0xff;
}

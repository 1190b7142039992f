/* Loops whose induction variable (an index or a pointer walking up or down) is still needed after
 * its increment: after the loop, as an address, in the loop's own compare, as an array index.
 * The back end rewrites such uses in terms of the incremented value so that the two share a
 * register; every shape here checks the values that come out. */
#include "cktest.h"

static unsigned a[64];
static short h[40];
static unsigned char text[80];
struct rec { int key; short w; short pad; int tail; };
static struct rec recs[24];

/* Hoare partition: i and j used after their loops, pointers up and down */
static int partition(unsigned *v, int n, unsigned pivot, int *jout)
{
    int i = 0, j = n - 1;
    for (;;) {
        while (v[i] < pivot) i++;
        while (v[j] > pivot) j--;
        if (i >= j) break;
        unsigned t = v[i]; v[i] = v[j]; v[j] = t;
        i++; j--;
    }
    *jout = j;
    return i;
}

/* pointer up: the old pointer after the loop */
static unsigned span(const unsigned char *s, unsigned char stop, const unsigned char **last)
{
    const unsigned char *p = s, *q;
    do { q = p; p++; } while (*q != stop && *q);
    *last = q;
    return (unsigned)(p - s);
}

/* pointer down with the element before the step read through the new pointer */
static int scan_down(const short *end, const short *begin, short lim)
{
    const short *p = end;
    unsigned acc = 0;
    while (p != begin) {
        const short *o = p;
        p--;
        acc = acc * 3 + (unsigned)o[-1] + (p[0] > lim);
    }
    return (int)(acc & 0xffffff) + (int)(end - p);
}

/* compare of the old value in the loop (signed and unsigned), the count after it */
static int count_lt(int start, int lim)
{
    int it = start, s = 0;
    while (it < lim && (s & 0x4000) == 0) { s += (int)(((unsigned)it * 7u + 1u) & 0x3ff); it++; }
    return (int)(((unsigned)it * 1000u + (unsigned)(s & 0xfff)) & 0x7fffffffu);
}

static unsigned count_ult(unsigned start, unsigned lim)
{
    unsigned it = start, s = 1;
    while (it < lim && s != 0) { s = s * 5 + it; it += 3; }
    return it ^ s;
}

/* wrapping unsigned counter compared for equality on the old value */
static unsigned wrap_eq(unsigned start, unsigned stop)
{
    unsigned i = start, s = 0;
    do { s = s * 31 + i; } while (i++ != stop);
    return s ^ i;
}

/* index before the decrement: buf[n] after n-- (reversal), index used after the loop */
static int reverse_into(unsigned char *dst, const unsigned char *src, int n)
{
    int k = 0;
    while (n) { n--; dst[k] = src[n]; k++; }
    dst[k] = 0;
    return k + n;
}

/* old index used as an index after the increment, and after the loop */
static unsigned index_after(const unsigned *v, int n)
{
    int i = 0;
    unsigned s = 0;
    while (i < n) {
        int j = i + 1;
        s = s * 3 + v[i] + (unsigned)j;
        i = j;
        if (v[i - 1] == 7) break;
    }
    return s + (unsigned)i * 65536u + v[i - 1];
}

/* struct pointer walk, 12-byte stride, old pointer after the loop */
static int find_key(struct rec *r, int n, int key)
{
    struct rec *p = r, *e = r + n, *old = r;
    while (p != e) {
        old = p;
        p++;
        if (old->key == key) break;
    }
    old->w = (short)(old->w + 1);
    return (int)(old - r) * 100 + (int)(p - r) + old->tail;
}

/* a rotation of float phis (mandelbrot step), the count after the loop */
static int mandel(float cr, float ci)
{
    float zr = 0, zi = 0;
    int it = 0;
    while (it < 63 && zr * zr + zi * zi < 4.0f) {
        float t = zr * zr - zi * zi + cr;
        zi = 2.0f * zr * zi + ci;
        zr = t;
        it++;
    }
    return it;
}

/* a digit loop: value and count, the count used after */
static int utoa_rev(unsigned v, unsigned char *out)
{
    unsigned char tmp[12];
    int n = 0;
    do { tmp[n++] = (unsigned char)('0' + v % 10); v /= 10; } while (v);
    int k = 0;
    while (n) { n--; out[k++] = tmp[n]; }
    out[k] = 0;
    return k;
}

/* if-diamond phis: the two incoming values of one phi live in the same block */
static unsigned diamond(unsigned x, unsigned char *buf)
{
    unsigned pos = 0;
    for (int r = 0; r < 30; r++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        unsigned c = (x >> 8) & 0xff, o = c;
        unsigned next = pos + 1;
        if (c - 125u <= 1u) {
            buf[pos + 1] = (unsigned char)(c & 95);
            next = pos + 2;
            o = 125;
        }
        buf[pos] = (unsigned char)o;
        pos = next;
        if (pos > 70) pos = 0;
    }
    return pos * 256u + buf[3] + buf[pos];
}

int main(void)
{
    unsigned seed = ck_opaque_u32(12345);
    for (int k = 0; k < 64; k++) { seed = seed * 1103515245u + 12345u; a[k] = (seed >> 16) & 1023; }
    for (int k = 0; k < 40; k++) h[k] = (short)((k * 37) % 23 - 11);
    for (int k = 0; k < 79; k++) text[k] = (unsigned char)('a' + (k * 7) % 26);
    text[79] = 0;
    for (int k = 0; k < 24; k++) { recs[k].key = k * 5 % 24; recs[k].w = (short)k; recs[k].tail = k * k; }

    int j, i = partition(a, 64, a[32], &j);
    ck_show_i32("part_i", i);
    ck_show_i32("part_j", j);
    unsigned sum = 0;
    for (int k = 0; k < 64; k++) sum = sum * 33 + a[k];
    ck_show_u32("part_sum", sum);

    const unsigned char *last;
    unsigned len = span(text, 'q', &last);
    ck_show_u32("span", len);
    ck_show_i32("span_last", (int)(last - text));
    len = span(text, '#', &last);
    ck_show_u32("span2", len);
    ck_show_i32("span2_last", (int)(last - text));

    ck_show_i32("scan_down", scan_down(h + 40, h, 3));
    ck_show_i32("scan_down0", scan_down(h + 5, h + 5, 3));

    ck_show_i32("count_lt", count_lt(ck_opaque_i32(-20), 50));
    ck_show_i32("count_lt_none", count_lt(ck_opaque_i32(60), 50));
    ck_show_i32("count_lt_max", count_lt(ck_opaque_i32(2147483600), 2147483647));
    ck_show_u32("count_ult", count_ult(ck_opaque_u32(4), 100));
    ck_show_u32("count_ult_hi", count_ult(ck_opaque_u32(4294967200u), 4294967290u));
    ck_show_u32("wrap_eq", wrap_eq(ck_opaque_u32(4294967290u), 5));
    ck_show_u32("wrap_eq_same", wrap_eq(ck_opaque_u32(9), 9));

    unsigned char out[80];
    ck_show_i32("reverse", reverse_into(out, text, ck_opaque_i32(17)));
    ck_print_str((const char *)out);
    ck_nl();
    ck_show_i32("reverse0", reverse_into(out, text, ck_opaque_i32(0)));

    ck_show_u32("index_after", index_after(a, 64));
    a[9] = 7;
    ck_show_u32("index_after7", index_after(a, 64));

    ck_show_i32("find_key", find_key(recs, 24, 15));
    ck_show_i32("find_key_none", find_key(recs, 24, 99));
    ck_show_i32("find_key_w", recs[3].w + recs[23].w);

    unsigned m = 0;
    for (int y = 0; y < 12; y++)
        for (int x = 0; x < 16; x++) m = m * 7 + (unsigned)mandel(-2.0f + (float)x * 0.17f, -1.1f + (float)y * 0.19f);
    ck_show_u32("mandel", m);

    unsigned char digits[16];
    int nd = utoa_rev(ck_opaque_u32(4000123456u), digits);
    ck_show_i32("utoa_n", nd);
    ck_print_str((const char *)digits);
    ck_nl();
    nd = utoa_rev(ck_opaque_u32(0), digits);
    ck_show_i32("utoa_0", nd);
    ck_print_str((const char *)digits);
    ck_nl();

    unsigned char buf[80] = { 0 };
    ck_show_u32("diamond", diamond(ck_opaque_u32(0xC0FFEEu), buf));
    unsigned bs = 0;
    for (int k = 0; k < 80; k++) bs = bs * 31 + buf[k];
    ck_show_u32("diamond_buf", bs);
    return (int)(sum & 0xff);
}

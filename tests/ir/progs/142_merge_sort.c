/* Top-down merge sort with a scratch buffer, and bottom-up merge sort, on 32- and 64-bit keys. */
#include "cktest.h"

static int tmp[300];
static void msort(int *v, int n)
{
    if (n < 2) return;
    int h = n / 2;
    msort(v, h);
    msort(v + h, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    for (i = 0; i < n; i++) v[i] = tmp[i];
}
static void msort_bu(long long *v, long long *buf, int n)
{
    for (int w = 1; w < n; w *= 2) {
        for (int lo = 0; lo < n; lo += 2 * w) {
            int mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) buf[k++] = v[i] <= v[j] ? v[i++] : v[j++];
            while (i < mid) buf[k++] = v[i++];
            while (j < hi) buf[k++] = v[j++];
        }
        for (int i = 0; i < n; i++) v[i] = buf[i];
    }
}

int main(void)
{
    int v[300];
    static long long l[200], buf[200];
    unsigned x = ck_opaque_u32(31337);
    for (int i = 0; i < 300; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; v[i] = (int)(x % 2001) - 1000; }
    for (int i = 0; i < 200; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; l[i] = (long long)x * (i & 1 ? -1 : 1) * 256; }
    msort(v, 300);
    msort_bu(l, buf, 200);
    int ok = 1;
    for (int i = 1; i < 300; i++) ok &= v[i - 1] <= v[i];
    for (int i = 1; i < 200; i++) ok &= l[i - 1] <= l[i];
    ck_show_i32("ok", ok);
    for (int i = 0; i < 300; i += 30) { ck_print_i32(v[i]); ck_sp(); }
    ck_nl();
    for (int i = 0; i < 200; i += 25) { ck_print_i64(l[i]); ck_sp(); }
    ck_nl();
    return ok;
}

/* min, max and abs patterns that -O2 turns into llvm.smin/smax/umin/umax/abs. */
#include "cktest.h"

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }
static unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
static unsigned umax(unsigned a, unsigned b) { return a > b ? a : b; }
static int iabs(int a) { return a < 0 ? -a : a; }
static long long labs64(long long a) { return a < 0 ? -a : a; }
static long long lmin(long long a, long long b) { return a < b ? a : b; }
static unsigned long long lumax(unsigned long long a, unsigned long long b) { return a > b ? a : b; }
static int clamp_byte(int x) { return imin(imax(x, 0), 255); }

int main(void)
{
    static const int v[] = { -2147483647, -1000, -1, 0, 1, 77, 255, 256, 1000, 2147483647 };
    unsigned h = 0;
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            int a = ck_opaque_i32(v[i]), b = ck_opaque_i32(v[j]);
            h = h * 7u + (unsigned)imin(a, b) + (unsigned)imax(a, b) * 3u + umin((unsigned)a, (unsigned)b) * 5u +
                umax((unsigned)a, (unsigned)b);
        }
        int a = ck_opaque_i32(v[i]);
        ck_print_i32(a); ck_sp(); ck_print_i32(iabs(a)); ck_sp(); ck_print_i32(clamp_byte(a)); ck_sp();
        ck_print_i64(labs64((long long)a * 3)); ck_sp();
        ck_print_i64(lmin((long long)a * 256, -5)); ck_sp();
        ck_print_u64(lumax((unsigned long long)(long long)a, 1000)); ck_nl();
    }
    int arr[12] = { 5, -3, 99, 12, -77, 0, 42, 1000, -1000, 7, 8, 9 };
    int mn = arr[0], mx = arr[0], sa = 0;
    for (int i = 0; i < 12; i++) {
        int x = ck_opaque_i32(arr[i]);
        mn = imin(mn, x);
        mx = imax(mx, x);
        sa += iabs(x);
    }
    ck_show_i32("mn", mn);
    ck_show_i32("mx", mx);
    ck_show_i32("sa", sa);
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

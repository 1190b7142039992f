/* while and do-while loops: zero-trip, one-trip, conditions with side effects, loops on pointers. */
#include "cktest.h"

int main(void)
{
    int n = ck_opaque_i32(0), trips = 0;
    while (n > 0) { trips++; n--; }
    ck_show_i32("zero_trip", trips);
    trips = 0;
    do { trips++; } while (n > 0);
    ck_show_i32("do_once", trips);
    unsigned x = ck_opaque_u32(0xdeadbeefu);
    int bits = 0;
    while (x) { bits += x & 1; x >>= 1; }
    ck_show_i32("bits", bits);
    int i = 0;
    int a[10] = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
    while (i < 10 && a[i++] != 9) {}
    ck_show_i32("found_after", i);
    const char *s = "while loops";
    int len = 0;
    while (*s++) len++;
    ck_show_i32("len", len);
    unsigned long long v = ck_opaque_u64(1000000000000ull);
    int digits = 0;
    do { v /= 10; digits++; } while (v);
    ck_show_i32("digits", digits);
    int k = 10, sum = 0;
    while (k --> 0) sum += k;
    ck_show_i32("countdown", sum);
    int outer = 0;
    int p = ck_opaque_i32(5);
    do {
        int q = p;
        while (q) { outer += q; q /= 2; }
    } while (--p);
    ck_show_i32("nested", outer);
    return outer;
}

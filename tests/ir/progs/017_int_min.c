/* The defined INT_MIN and LLONG_MIN cases: negation through unsigned, division by other values. */
#include "cktest.h"

#define IMIN (-2147483647 - 1)
#define LMIN (-0x7fffffffffffffffll - 1)

static unsigned uabs(int x) { return x < 0 ? 0u - (unsigned)x : (unsigned)x; }
static unsigned long long uabs64(long long x) { return x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x; }

int main(void)
{
    int m = ck_opaque_i32(IMIN);
    long long lm = ck_opaque_i64(LMIN);
    ck_show_u32("uabs", uabs(m));
    ck_show_u64("uabs64", uabs64(lm));
    ck_show_i32("m/2", m / 2);
    ck_show_i32("m/-2", m / -2);
    ck_show_i32("m%3", m % 3);
    ck_show_i32("m%-3", m % -3);
    ck_show_i32("m/1", m / ck_opaque_i32(1));
    ck_show_i32("m>>31", m >> 31);
    ck_show_i32("m>>1", m >> 1);
    ck_show_i32("m+1", m + 1);
    ck_show_i32("m-(-1)", m - -1);
    ck_show_i32("m<0", m < 0);
    ck_show_i32("m==-m_wrapped", m == (int)(0u - (unsigned)m));
    ck_show_u32("m as u", (unsigned)m);
    ck_show_i64("m as i64", (long long)m);
    ck_show_i64("-(i64)m", -(long long)m);
    ck_show_i64("lm/2", lm / 2);
    ck_show_i64("lm%1000", lm % 1000);
    ck_show_i64("lm>>63", lm >> 63);
    ck_show_i64("lm+1", lm + 1);
    ck_show_x64("lm as u", (unsigned long long)lm);
    ck_show_i32("(int)(lm>>32)", (int)(lm >> 32));
    ck_show_i32("max+min", ck_opaque_i32(2147483647) + m);
    return 0;
}

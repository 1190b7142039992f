/* The usual arithmetic conversions: signed meets unsigned, narrow meets wide. */
#include "cktest.h"

int main(void)
{
    int m1 = ck_opaque_i32(-1);
    unsigned one = ck_opaque_u32(1);
    unsigned char uc = (unsigned char)ck_opaque_i32(200);
    signed char sc = (signed char)ck_opaque_i32(-56);
    unsigned short us = (unsigned short)ck_opaque_i32(60000);
    short ss = (short)ck_opaque_i32(-30000);
    long long ll = ck_opaque_i64(-5);
    unsigned long long ull = ck_opaque_u64(5);

    ck_show_i32("m1<one(unsigned)", (unsigned)m1 < one);
    ck_show_i32("m1<one(int)", m1 < (int)one);
    ck_show_u32("m1+one", (unsigned)m1 + one);
    ck_show_i32("uc+sc", uc + sc);
    ck_show_i32("uc==sc", uc == (unsigned char)sc);
    ck_show_i32("us*2", us * 2);
    ck_show_i32("ss-us", ss - us);
    ck_show_i64("ll*uc", ll * uc);
    ck_show_u64("ull+m1", ull + (unsigned long long)(long long)m1);
    ck_show_i64("ll+one", ll + one);           /* unsigned int converts to long long */
    ck_show_u64("ull*ll", ull * (unsigned long long)ll);
    ck_show_i32("ll<ull", (unsigned long long)ll < ull);
    ck_show_i32("sc>>1", sc >> 1);
    ck_show_i32("uc<<3", uc << 3);
    ck_show_i32("~uc", ~uc);
    ck_show_i32("-us", -us);
    ck_show_u32("-one", -one);
    ck_show_i32("sizeof(uc+uc)", (int)sizeof(uc + uc));
    ck_show_i32("sizeof(ll+one)", (int)sizeof(ll + one));
    ck_show_i32("char lit", 'a' + 1);
    int r = uc + sc + us + ss;
    ck_show_i32("r", r);
    return r & 0xff;
}

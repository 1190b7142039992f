/* short and unsigned short: arithmetic, wraparound on conversion, comparisons, arrays of them. */
#include "cktest.h"

static short s_mul(short a, short b) { return (short)(a * b); }
static unsigned short u_sub(unsigned short a, unsigned short b) { return (unsigned short)(a - b); }

int main(void)
{
    short arr[16];
    unsigned short uarr[16];
    for (int i = 0; i < 16; i++) {
        arr[i] = (short)ck_opaque_i32(i * 4099 - 32768);
        uarr[i] = (unsigned short)ck_opaque_i32(i * 5003);
    }
    unsigned sum = 0;
    for (int i = 0; i < 16; i++) {
        short a = arr[i], b = arr[15 - i];
        unsigned short ua = uarr[i], ub = uarr[(i * 7) & 15];
        short m = s_mul(a, b);
        unsigned short d = u_sub(ua, ub);
        int wide = a * b;
        ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_i32(m); ck_sp();
        ck_print_i32(wide); ck_sp(); ck_print_u32(ua); ck_sp(); ck_print_u32(ub); ck_sp();
        ck_print_u32(d); ck_sp(); ck_print_i32(a < b); ck_print_i32(ua < ub); ck_nl();
        sum += (unsigned)m * 3u + d + (unsigned)wide;
    }
    short x = (short)ck_opaque_i32(-32768);
    ck_show_i32("neg", -x);
    ck_show_i32("div", x / (short)ck_opaque_i32(-1));
    unsigned short y = (unsigned short)ck_opaque_i32(65535);
    ck_show_u32("u_promote", (unsigned)(y * (unsigned)y));
    y++;
    ck_show_u32("wrap", y);
    ck_show_x32("sum", sum);
    return (int)(sum & 0x7f);
}

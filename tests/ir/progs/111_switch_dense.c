/* A dense switch (jump table at -O2) over 0..15 with the default hit from both sides. */
#include "cktest.h"

static int dense(int x)
{
    switch (x) {
    case 0: return 11;
    case 1: return 22;
    case 2: return -3;
    case 3: return 47;
    case 4: return 5;
    case 5: return 600;
    case 6: return 7;
    case 7: return 81;
    case 8: return 9;
    case 9: return 1000;
    case 10: return -11;
    case 11: return 12;
    case 12: return 130;
    case 13: return 14;
    case 14: return -15;
    case 15: return 16;
    default: return -1;
    }
}
static const char *day(unsigned d)
{
    switch (d) {
    case 1: return "mon"; case 2: return "tue"; case 3: return "wed"; case 4: return "thu";
    case 5: return "fri"; case 6: return "sat"; case 7: return "sun";
    }
    return "???";
}

int main(void)
{
    int s = 0;
    for (int i = -3; i < 20; i++) { int v = dense(ck_opaque_i32(i)); ck_print_i32(v); ck_sp(); s += v; }
    ck_nl();
    for (unsigned d = 0; d < 10; d++) { ck_print_str(day(ck_opaque_u32(d))); ck_sp(); }
    ck_nl();
    ck_show_i32("s", s);
    return s & 0xff;
}

/* Switches on unsigned, short and 64-bit values, with case ranges expanded by hand and a default-only switch. */
#include "cktest.h"

static int grade(unsigned score)
{
    switch (score / 10) {
    case 10: case 9: return 'A';
    case 8: return 'B';
    case 7: return 'C';
    case 6: return 'D';
    default: return 'F';
    }
}
static int only_default(int x) { switch (x) { default: return x * 2; } }
static int on_short(short s)
{
    switch (s) {
    case -32768: return 1;
    case -1: return 2;
    case 32767: return 3;
    case 1000: return 4;
    }
    return 0;
}
static int bucket(unsigned long long x)
{
    switch (x >> 60) {
    case 0: return 0;
    case 1: case 2: case 3: return 1;
    case 15: return 3;
    default: return 2;
    }
}

int main(void)
{
    for (unsigned s = 0; s <= 100; s += 7) ck_putchar(grade(ck_opaque_u32(s)));
    ck_nl();
    ck_show_i32("default", only_default(ck_opaque_i32(21)));
    static const short sh[] = { -32768, -1, 32767, 1000, 0, 999 };
    for (int i = 0; i < 6; i++) ck_print_i32(on_short((short)ck_opaque_i32(sh[i])));
    ck_nl();
    unsigned long long x = ck_opaque_u64(1);
    for (int i = 0; i < 16; i++) { ck_print_i32(bucket(x)); x = x * 17 + 0x0fedcba987654321ull; }
    ck_nl();
    return grade(ck_opaque_u32(85));
}

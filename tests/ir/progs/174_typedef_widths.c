/* Fixed-width typedefs defined here (no stdint.h needed): int8..int64 arithmetic at exact widths. */
#include "cktest.h"

typedef signed char i8;
typedef unsigned char u8;
typedef short i16;
typedef unsigned short u16;
typedef int i32;
typedef unsigned u32;
typedef long long i64;
typedef unsigned long long u64;

typedef char assert_widths[(sizeof(i8) == 1 && sizeof(i16) == 2 && sizeof(i32) == 4 && sizeof(i64) == 8) ? 1 : -1];

static u8 add8(u8 a, u8 b) { return (u8)(a + b); }
static i16 mul16(i16 a, i16 b) { return (i16)(a * b); }
static u32 mac32(u32 acc, u16 a, u16 b) { return acc + (u32)a * b; }
static i64 widen(i8 a, i16 b, i32 c) { return (i64)a * b * c; }

int main(void)
{
    u8 s8 = 0;
    i16 p16 = 1;
    u32 acc = 0;
    i64 w = 0;
    for (int i = 0; i < 40; i++) {
        s8 = add8(s8, (u8)ck_opaque_i32(i * 13));
        p16 = mul16(p16, (i16)(i % 7 + 1));
        acc = mac32(acc, (u16)(i * 3000), (u16)(65535 - i));
        w += widen((i8)(i * 11), (i16)(i * -1000), (i32)ck_opaque_i32(i * 100000));
    }
    ck_show_u32("s8", s8);
    ck_show_i32("p16", p16);
    ck_show_u32("acc", acc);
    ck_show_i64("w", w);
    u64 big = (u64)ck_opaque_u32(0xffffffffu) * 0xffffffffu;
    ck_show_u64("big", big);
    i8 neg = (i8)ck_opaque_i32(-128);
    ck_show_i32("neg/-1 widened", neg / -1);
    return s8;
}

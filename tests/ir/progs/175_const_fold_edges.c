/* The same edge-case computations once with literal constants (folded by the compiler) and once at run time. */
#include "cktest.h"

#define CASES(X) \
    X(u32, unsigned, 0xffffffffu * 3u) \
    X(shr, int, -1234567 >> 5) \
    X(div, int, -7 / 2) \
    X(rem, int, -7 % 2) \
    X(udiv, unsigned, 0x80000000u / 3u) \
    X(sext, int, (signed char)0x80) \
    X(zext, int, (unsigned char)0x80) \
    X(trunc, int, (short)0x12348765) \
    X(i64mul, long long, 0x7fffffffll * 0x7fffffffll) \
    X(i64div, long long, -0x7fffffffffffffffll / 7) \
    X(i64shr, long long, -0x7fffffffffffffffll >> 40) \
    X(u64shr, unsigned long long, 0xffffffffffffffffull >> 40) \
    X(mixed, long long, -1 + 0x100000000ll)

#define CONST(name, type, expr) ck_print_i64((long long)(type)(expr)); ck_sp();
int main(void)
{
    CASES(CONST)
    ck_nl();
    /* run-time versions */
    unsigned m1 = ck_opaque_u32(0xffffffffu);
    int a = ck_opaque_i32(-1234567), seven = ck_opaque_i32(-7);
    long long l = ck_opaque_i64(0x7fffffffll), lm = ck_opaque_i64(-0x7fffffffffffffffll);
    ck_print_i64((unsigned)(m1 * 3u)); ck_sp();
    ck_print_i64(a >> 5); ck_sp();
    ck_print_i64(seven / 2); ck_sp();
    ck_print_i64(seven % 2); ck_sp();
    ck_print_i64(ck_opaque_u32(0x80000000u) / 3u); ck_sp();
    ck_print_i64((signed char)ck_opaque_i32(0x80)); ck_sp();
    ck_print_i64((unsigned char)ck_opaque_i32(0x80)); ck_sp();
    ck_print_i64((short)ck_opaque_i32(0x12348765)); ck_sp();
    ck_print_i64(l * l); ck_sp();
    ck_print_i64(lm / 7); ck_sp();
    ck_print_i64(lm >> 40); ck_sp();
    ck_print_i64((long long)(ck_opaque_u64(0xffffffffffffffffull) >> 40)); ck_sp();
    ck_print_i64(ck_opaque_i32(-1) + 0x100000000ll); ck_sp();
    ck_nl();
    return 0;
}

/* Every native with edge values: the output format both sides must agree on. */
#include "cktest.h"

int main(void)
{
    ck_puts("hello, cockpit");
    ck_print_str("i32:"); ck_print_i32(0); ck_sp(); ck_print_i32(-1); ck_sp();
    ck_print_i32(2147483647); ck_sp(); ck_print_i32(-2147483647 - 1); ck_nl();
    ck_print_str("u32:"); ck_print_u32(0); ck_sp(); ck_print_u32(4294967295u); ck_sp();
    ck_print_u32(2147483648u); ck_nl();
    ck_print_str("i64:"); ck_print_i64(0); ck_sp(); ck_print_i64(-1); ck_sp();
    ck_print_i64(9223372036854775807ll); ck_sp(); ck_print_i64(-9223372036854775807ll - 1); ck_sp();
    ck_print_i64(4294967296ll); ck_sp(); ck_print_i64(-4294967296ll); ck_nl();
    ck_print_str("u64:"); ck_print_u64(0); ck_sp(); ck_print_u64(18446744073709551615ull); ck_sp();
    ck_print_u64(9223372036854775808ull); ck_nl();
    ck_print_str("x32:"); ck_print_x32(0); ck_sp(); ck_print_x32(0xdeadbeefu); ck_sp(); ck_print_x32(0x1a); ck_nl();
    ck_print_str("x64:"); ck_print_x64(0); ck_sp(); ck_print_x64(0x0123456789abcdefull); ck_sp();
    ck_print_x64(0xffffffff00000001ull); ck_nl();
    int r = ck_putchar('A');
    ck_putchar('\n');
    ck_show_i32("putchar_ret", r);
    int w = ck_write("write\n", 6);
    ck_show_i32("write_ret", w);
    ck_show_i32("zero_write", ck_write("", 0));
    ck_print_f64(1.5); ck_sp(); ck_print_f64(-0.0); ck_sp(); ck_print_f32(1.5f); ck_nl();
    return 42;
}

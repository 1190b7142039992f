/* A table of function pointers driving a bytecode calculator: dispatch by index from data. */
#include "cktest.h"

typedef long long (*binop)(long long, long long);
static long long op_add(long long a, long long b) { return a + b; }
static long long op_sub(long long a, long long b) { return a - b; }
static long long op_mul(long long a, long long b) { return a * b; }
static long long op_div(long long a, long long b) { return b ? a / b : 0; }
static long long op_mod(long long a, long long b) { return b ? a % b : 0; }
static long long op_max(long long a, long long b) { return a > b ? a : b; }
static long long op_shl(long long a, long long b) { return (long long)((unsigned long long)a << (b & 63)); }
static long long op_xor(long long a, long long b) { return a ^ b; }

static const binop ops[] = { op_add, op_sub, op_mul, op_div, op_mod, op_max, op_shl, op_xor };
static const char *const names[] = { "add", "sub", "mul", "div", "mod", "max", "shl", "xor" };

int main(void)
{
    static const unsigned char prog[] = { 0, 2, 1, 3, 2, 7, 4, 5, 6, 0, 1, 2, 3, 7, 6, 5 };
    long long acc = ck_opaque_i64(1000);
    for (unsigned i = 0; i < sizeof prog; i++) {
        int k = ck_opaque_i32(prog[i]);
        long long arg = (long long)i * 37 - 100;
        acc = ops[k](acc, arg);
        ck_print_str(names[k]); ck_sp(); ck_print_i64(arg); ck_print_str(" -> "); ck_print_i64(acc); ck_nl();
    }
    long long t = 0;
    for (int i = 0; i < 8; i++) t += ops[i](ck_opaque_i64(12345678901ll), 7);
    ck_show_i64("t", t);
    return (int)(acc & 0xff);
}

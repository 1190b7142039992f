/* Global tables of function pointers, and structs holding them, initialised statically. */
#include "cktest.h"

static int f_inc(int x) { return x + 1; }
static int f_dec(int x) { return x - 1; }
static int f_dbl(int x) { return x * 2; }
static int f_half(int x) { return x / 2; }
static int f_sq(int x) { return x * x; }

int (*const ops[])(int) = { f_inc, f_dec, f_dbl, f_half, f_sq };
struct cmd { const char *name; int (*fn)(int); int repeat; };
struct cmd cmds[] = { { "inc", f_inc, 3 }, { "dbl", f_dbl, 4 }, { "half", f_half, 2 }, { "sq", f_sq, 1 }, { "none", 0, 9 } };
int (*current)(int) = f_dbl;
int (**pcur)(int) = &current;

int main(void)
{
    int x = ck_opaque_i32(3);
    for (int i = 0; i < 5; i++) { ck_print_i32(ops[i](x)); ck_sp(); }
    ck_nl();
    for (int i = 0; i < 5; i++) {
        if (!cmds[i].fn) { ck_print_str(cmds[i].name); ck_nl(); continue; }
        for (int r = 0; r < cmds[i].repeat; r++) x = cmds[i].fn(x);
        ck_print_str(cmds[i].name); ck_putchar('='); ck_print_i32(x); ck_nl();
    }
    ck_show_i32("current", current(x));
    *pcur = f_sq;
    ck_show_i32("pcur", (*pcur)(ck_opaque_i32(12)));
    cmds[4].fn = ops[ck_opaque_i32(1)];
    ck_show_i32("patched", cmds[4].fn(100));
    return x & 0xff;
}

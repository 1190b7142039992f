/* Enumerations: implicit and explicit values, negative enumerators, enums in switches and arrays. */
#include "cktest.h"

enum color { RED, GREEN = 5, BLUE, ALPHA = -3, BETA, LAST = 100 };
enum op { OP_ADD, OP_SUB, OP_MUL, OP_COUNT };
typedef enum { S_IDLE, S_RUN, S_STOP } state;

static const char *const op_names[OP_COUNT] = { [OP_ADD] = "add", [OP_SUB] = "sub", [OP_MUL] = "mul" };
static int apply(enum op o, int a, int b) { switch (o) { case OP_ADD: return a + b; case OP_SUB: return a - b; case OP_MUL: return a * b; default: return 0; } }
static state step(state s, int input)
{
    switch (s) {
    case S_IDLE: return input > 0 ? S_RUN : S_IDLE;
    case S_RUN: return input < 0 ? S_STOP : S_RUN;
    case S_STOP: return S_IDLE;
    }
    return S_IDLE;
}

int main(void)
{
    ck_print_i32(RED); ck_sp(); ck_print_i32(GREEN); ck_sp(); ck_print_i32(BLUE); ck_sp(); ck_print_i32(ALPHA); ck_sp();
    ck_print_i32(BETA); ck_sp(); ck_print_i32(LAST); ck_nl();
    for (enum op o = OP_ADD; o < OP_COUNT; o++) { ck_print_str(op_names[o]); ck_putchar('='); ck_print_i32(apply(o, ck_opaque_i32(7), 3)); ck_sp(); }
    ck_nl();
    state s = S_IDLE;
    static const int inputs[] = { 0, 1, 1, -1, 0, 5, -2, 3 };
    for (int i = 0; i < 8; i++) { s = step(s, ck_opaque_i32(inputs[i])); ck_print_i32((int)s); }
    ck_nl();
    enum color c = (enum color)ck_opaque_i32(6);
    ck_show_i32("is_blue", c == BLUE);
    int counts[3] = { 0 };
    for (int i = 0; i < 20; i++) counts[(state)(ck_opaque_i32(i) % 3)]++;
    ck_show_i32("counts", counts[S_IDLE] * 100 + counts[S_RUN] * 10 + counts[S_STOP]);
    return BLUE + BETA;
}

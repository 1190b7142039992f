/* Mutual recursion: even/odd, Hofstadter's female and male sequences, a recursive-descent parser. */
#include "cktest.h"

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }

/* expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := num | '(' expr ')' | '-' factor */
static const char *pos;
static int expr(void);
static int factor(void)
{
    if (*pos == '(') { pos++; int v = expr(); pos++; return v; }
    if (*pos == '-') { pos++; return -factor(); }
    int v = 0;
    while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
    return v;
}
static int term(void)
{
    int v = factor();
    while (*pos == '*' || *pos == '/') { char op = *pos++; int r = factor(); v = op == '*' ? v * r : v / r; }
    return v;
}
static int expr(void)
{
    int v = term();
    while (*pos == '+' || *pos == '-') { char op = *pos++; int r = term(); v = op == '+' ? v + r : v - r; }
    return v;
}
static int eval(const char *s) { pos = s; return expr(); }

int main(void)
{
    ck_show_i32("even(100)", is_even(ck_opaque_u32(100)));
    ck_show_i32("odd(77)", is_odd(ck_opaque_u32(77)));
    for (int i = 0; i < 20; i++) { ck_print_i32(hof_f(ck_opaque_i32(i))); ck_putchar('/'); ck_print_i32(hof_m(i)); ck_sp(); }
    ck_nl();
    static const char *const e[] = { "1+2*3", "(1+2)*3", "100/7/2", "-(4-10)*-3", "2*(3+(4-1)*5)-7", "((((9))))", "1-2-3-4" };
    int t = 0;
    for (int i = 0; i < 7; i++) { int v = eval(e[i]); ck_print_str(e[i]); ck_print_str(" = "); ck_print_i32(v); ck_nl(); t += v; }
    return t & 0xff;
}

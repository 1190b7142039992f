/* A tokenizer written as a goto state machine: states are labels, transitions are gotos. */
#include "cktest.h"

static int counts[4];   /* identifiers, numbers, operators, errors */

static void scan(const char *p)
{
start:
    if (!*p) return;
    if (*p == ' ') { p++; goto start; }
    if ((*p >= 'a' && *p <= 'z') || *p == '_') goto ident;
    if (*p >= '0' && *p <= '9') goto number;
    if (*p == '+' || *p == '-' || *p == '=' || *p == '*') { counts[2]++; p++; goto start; }
    counts[3]++;
    p++;
    goto start;
ident:
    p++;
    if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_') goto ident;
    counts[0]++;
    goto start;
number:
    p++;
    if (*p >= '0' && *p <= '9') goto number;
    if (*p == '.') goto fraction;
    counts[1]++;
    goto start;
fraction:
    p++;
    if (*p >= '0' && *p <= '9') goto fraction;
    counts[1]++;
    goto start;
}

int main(void)
{
    scan("x1 = foo_bar + 42 * 3.14 - y ? z9 $ 7.");
    for (int i = 0; i < 4; i++) { ck_print_i32(counts[i]); ck_sp(); }
    ck_nl();
    scan("   ");
    scan("a+b+c+d+e+f 1 2 3 4.5.6");
    for (int i = 0; i < 4; i++) { ck_print_i32(counts[i]); ck_sp(); }
    ck_nl();
    return counts[0] * 10 + counts[1];
}

/* Nested switches, switch inside loops with break and continue, and a switch selecting the next state. */
#include "cktest.h"

static int op(int kind, int sub, int v)
{
    switch (kind) {
    case 0:
        switch (sub) {
        case 0: return v + 1;
        case 1: return v - 1;
        default: return v;
        }
    case 1:
        switch (sub) {
        case 0: return v * 2;
        case 1: return v * 3;
        case 2: return -v;
        }
        break;
    case 2:
        return sub * 100 + v;
    }
    return 0;
}

int main(void)
{
    int s = 0;
    for (int k = 0; k < 4; k++) for (int j = 0; j < 4; j++) { int v = op(ck_opaque_i32(k), ck_opaque_i32(j), 7); ck_print_i32(v); ck_sp(); s += v; }
    ck_nl();
    int n = 0, skipped = 0;
    for (int i = 0; i < 30; i++) {
        switch (ck_opaque_i32(i) % 5) {
        case 0: continue;                 /* continue applies to the loop */
        case 1: n += 1; break;
        case 2: if (i > 20) goto out; n += 10; break;
        case 3: skipped++; continue;
        default: n += 100;
        }
        n++;
    }
out:
    ck_show_i32("n", n);
    ck_show_i32("skipped", skipped);
    ck_show_i32("s", s);
    return (n + s) & 0xff;
}

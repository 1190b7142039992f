/* break and continue in nested loops of different kinds, and flags that replace labelled breaks. */
#include "cktest.h"

int main(void)
{
    int s = 0;
    for (int i = 0; i < 20; i++) {
        if (i % 3 == 0) continue;
        if (i > 16) break;
        for (int j = 0; j < 20; j++) {
            if (j == i) break;
            if ((i + j) % 4 == 0) continue;
            s += i * j;
        }
    }
    ck_show_i32("s", s);
    int found = 0, fi = -1, fj = -1;
    for (int i = 1; i < 50 && !found; i++) {
        for (int j = i; j < 50; j++) {
            if (i * i + j * j == ck_opaque_i32(25 * 25)) { found = 1; fi = i; fj = j; break; }
        }
    }
    ck_show_i32("fi", fi);
    ck_show_i32("fj", fj);
    int n = 0;
    int k = 0;
    while (1) {
        k++;
        if (k & 1) continue;
        n += k;
        if (n > 500) break;
    }
    ck_show_i32("k", k);
    ck_show_i32("n", n);
    int d = 0;
    do {
        d++;
        if (d == 3) continue;     /* continue in do-while jumps to the condition */
        n -= d;
    } while (d < 10);
    ck_show_i32("n2", n);
    return (s + n) & 0xff;
}

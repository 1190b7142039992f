/* Irreducible control flow: a loop entered at two different points by goto. */
#include "cktest.h"

static int weird(int n, int start_in_b)
{
    int a = 0, b = 0, i = 0;
    if (start_in_b) goto B;
A:
    a += i;
    i++;
    if (i >= n) goto done;
B:
    b += i * 2;
    i++;
    if (i < n) { if (i % 3) goto A; else goto B; }
done:
    return a * 1000 + b;
}
static unsigned twisty(unsigned x)
{
    unsigned acc = 0;
    if (x & 1) goto odd;
even:
    acc += x;
    x >>= 1;
    if (x == 0) return acc;
    if (x & 1) goto odd;
    goto even;
odd:
    acc ^= x * 3;
    x = x / 2;
    if (x == 0) return acc;
    if (x & 2) goto even;
    goto odd;
}

int main(void)
{
    for (int n = 1; n < 12; n++) {
        ck_print_i32(weird(ck_opaque_i32(n), 0)); ck_sp(); ck_print_i32(weird(ck_opaque_i32(n), 1)); ck_nl();
    }
    unsigned h = 0;
    for (unsigned x = 0; x < 100; x++) h = h * 31u + twisty(ck_opaque_u32(x * 2654435761u));
    ck_show_x32("h", h);
    return (int)(h & 0xff);
}

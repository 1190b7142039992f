/* && and || with side effects in conditions, in values, nested, and with pointer null checks. */
#include "cktest.h"

static int log_[64], nlog;
static int t(int id, int v) { log_[nlog++] = id; return v; }

struct item { int ok; struct item *next; };

int main(void)
{
    int a = ck_opaque_i32(1), b = ck_opaque_i32(0);
    if (t(1, a) && t(2, b) && t(3, a)) ck_puts("no");
    if (t(4, b) || t(5, a) || t(6, a)) ck_puts("yes");
    int v = (t(7, a) || t(8, b)) && (t(9, b) || t(10, a));
    int w = t(11, b) && (t(12, a) || t(13, a));
    int x = !(t(14, a) && t(15, a)) || t(16, b);
    ck_show_i32("v", v); ck_show_i32("w", w); ck_show_i32("x", x);
    for (int i = 0; i < nlog; i++) { ck_print_i32(log_[i]); ck_sp(); }
    ck_nl();
    struct item c = { 1, 0 }, bb = { 0, &c }, aa = { 1, &bb };
    struct item *p = &aa;
    int n = 0;
    while (p && p->ok) { n++; p = p->next; }
    ck_show_i32("n", n);
    p = &aa;
    int deep = p && p->next && p->next->next && p->next->next->ok && !p->next->next->next;
    ck_show_i32("deep", deep);
    int i = 0, hits = 0;
    while (i < 100 && (i % 7 || i == 0 || (hits++, 1))) i++;
    ck_show_i32("i", i);
    ck_show_i32("hits", hits);
    return nlog;
}

#include <stdio.h>
struct big { int a[6]; double d; };
struct small { char c; };
struct three { char c[3]; };
struct two { short s; };
static struct big make(int base) {
    struct big b;
    for (int i = 0; i < 6; i++) b.a[i] = base + i;
    b.d = base / 2.0;
    return b;
}
static struct small sm(char c) { struct small s = { c }; return s; }
static struct three th(void) { struct three t = { { 'x', 'y', 'z' } }; return t; }
static struct two tw(short v) { struct two t = { v }; return t; }
static int total(struct big b) { int s = 0; for (int i = 0; i < 6; i++) s += b.a[i]; return s; }
static int tsum(struct three t, struct two w, struct small s) { return t.c[0] + t.c[2] + w.s + s.c; }
int main(void) {
    struct big b = make(10);
    printf("%d %d %g\n", b.a[0], b.a[5], b.d);
    printf("%d %d\n", total(b), total(make(1)));
    printf("%c %c %d\n", sm('q').c, th().c[1], tw(-300).s);
    printf("%d\n", tsum(th(), tw(5), sm(1)));
    struct big c;
    c = make(3);
    printf("%d\n", c.a[2]);
    return 0;
}

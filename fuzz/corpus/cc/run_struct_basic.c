#include <stdio.h>
struct point { int x, y; };
struct rect { struct point a, b; };
static int area(struct rect r) { return (r.b.x - r.a.x) * (r.b.y - r.a.y); }
static struct point mid(const struct rect *r) {
    struct point p = { (r->a.x + r->b.x) / 2, (r->a.y + r->b.y) / 2 };
    return p;
}
int main(void) {
    struct rect r = { {0, 0}, {10, 6} };
    printf("area %d\n", area(r));
    struct point m = mid(&r);
    printf("mid %d %d\n", m.x, m.y);
    struct rect r2 = r;
    r2.b.x = 20;
    printf("%d %d\n", r.b.x, r2.b.x);
    struct point *pp = &r2.a;
    pp->y = 5;
    printf("%d\n", r2.a.y);
    return 0;
}

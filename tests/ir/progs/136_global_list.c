/* A linked list built entirely from statically initialised globals that point at each other. */
#include "cktest.h"

struct node { int val; const char *tag; struct node *next; };

extern struct node n1, n2, n3, n4;
struct node n4 = { 40, "four", 0 };
struct node n3 = { 30, "three", &n4 };
struct node n2 = { 20, "two", &n3 };
struct node n1 = { 10, "one", &n2 };
struct node *head = &n1;
struct node ring[3] = { { 1, "r0", &ring[1] }, { 2, "r1", &ring[2] }, { 3, "r2", &ring[0] } };

int main(void)
{
    int s = 0;
    for (struct node *p = head; p; p = p->next) { ck_print_str(p->tag); ck_sp(); s += p->val; }
    ck_nl();
    ck_show_i32("s", s);
    n2.next = &n4;   /* drop n3 */
    s = 0;
    for (struct node *p = head; p; p = p->next) s += p->val;
    ck_show_i32("s2", s);
    struct node *r = &ring[ck_opaque_i32(1)];
    int t = 0;
    for (int i = 0; i < 10; i++) { t = t * 4 + r->val; r = r->next; }
    ck_show_i32("ring", t);
    ck_puts(r->tag);
    return s & 0xff;
}

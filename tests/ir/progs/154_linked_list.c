/* Singly linked lists in a node array: push, reverse in place, merge two sorted lists, remove by value. */
#include "cktest.h"

struct n { int v; struct n *next; };
static struct n nodes[100];
static int used;

static struct n *cons(int v, struct n *next) { struct n *x = &nodes[used++]; x->v = v; x->next = next; return x; }
static struct n *reverse(struct n *l) { struct n *prev = 0; while (l) { struct n *nx = l->next; l->next = prev; prev = l; l = nx; } return prev; }
static struct n *merge(struct n *a, struct n *b)
{
    struct n head, *t = &head;
    while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b;
    return head.next;
}
static struct n *remove_all(struct n *l, int v) { struct n **pp = &l; while (*pp) { if ((*pp)->v == v) *pp = (*pp)->next; else pp = &(*pp)->next; } return l; }
static void print(const struct n *l) { for (; l; l = l->next) { ck_print_i32(l->v); ck_sp(); } ck_nl(); }
static int length(const struct n *l) { int k = 0; while (l) { k++; l = l->next; } return k; }

int main(void)
{
    struct n *a = 0, *b = 0;
    for (int i = 20; i > 0; i -= 2) a = cons(ck_opaque_i32(i), a);      /* 2 4 ... 20 */
    for (int i = 21; i > 0; i -= 3) b = cons(ck_opaque_i32(i % 7), b);
    print(a);
    print(b);
    b = reverse(b);
    print(b);
    struct n *c = 0;
    for (int i = 1; i < 30; i += 4) c = cons(i, c);
    c = reverse(c);
    struct n *m = merge(a, c);
    print(m);
    m = remove_all(m, 5);
    m = remove_all(m, 2);
    m = remove_all(m, 20);
    print(m);
    ck_show_i32("len", length(m));
    return length(m);
}

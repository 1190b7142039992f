/* A binary search tree with insertion, lookup, deletion (two-child case) and an in-order check. */
#include "cktest.h"

struct node { int key; int count; struct node *l, *r; };
static struct node pool[128];
static int used;

static struct node *ins(struct node *t, int k)
{
    if (!t) { struct node *x = &pool[used++]; x->key = k; x->count = 1; x->l = x->r = 0; return x; }
    if (k < t->key) t->l = ins(t->l, k); else if (k > t->key) t->r = ins(t->r, k); else t->count++;
    return t;
}
static struct node *del(struct node *t, int k)
{
    if (!t) return 0;
    if (k < t->key) t->l = del(t->l, k);
    else if (k > t->key) t->r = del(t->r, k);
    else {
        if (!t->l) return t->r;
        if (!t->r) return t->l;
        struct node *m = t->r;
        while (m->l) m = m->l;
        t->key = m->key; t->count = m->count;
        t->r = del(t->r, m->key);
    }
    return t;
}
static const struct node *find(const struct node *t, int k) { while (t && t->key != k) t = k < t->key ? t->l : t->r; return t; }
static int ordered(const struct node *t, long long lo, long long hi) { return !t || (t->key > lo && t->key < hi && ordered(t->l, lo, t->key) && ordered(t->r, t->key, hi)); }
static int total(const struct node *t) { return t ? t->count + total(t->l) + total(t->r) : 0; }
static void walk(const struct node *t) { if (!t) return; walk(t->l); ck_print_i32(t->key); if (t->count > 1) { ck_putchar('x'); ck_print_i32(t->count); } ck_sp(); walk(t->r); }

int main(void)
{
    struct node *root = 0;
    unsigned s = ck_opaque_u32(11);
    for (int i = 0; i < 60; i++) { s = s * 214013u + 2531011u; root = ins(root, (int)((s >> 16) % 50)); }
    walk(root); ck_nl();
    ck_show_i32("total", total(root));
    for (int k = 0; k < 50; k += 3) root = del(root, ck_opaque_i32(k));
    walk(root); ck_nl();
    ck_show_i32("ordered", ordered(root, -1000, 1000));
    ck_show_i32("total2", total(root));
    const struct node *f = find(root, 7);
    ck_show_i32("find7", f ? f->count : -1);
    ck_show_i32("find9", find(root, 9) ? 1 : 0);
    return total(root);
}

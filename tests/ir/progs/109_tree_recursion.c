/* Recursion over a binary tree stored in a node pool: size, height, sums, mirror and traversal orders. */
#include "cktest.h"

struct tnode { int key; struct tnode *l, *r; };
static struct tnode pool[64];
static int used;

static struct tnode *insert(struct tnode *t, int key)
{
    if (!t) { struct tnode *n = &pool[used++]; n->key = key; n->l = n->r = 0; return n; }
    if (key < t->key) t->l = insert(t->l, key); else t->r = insert(t->r, key);
    return t;
}
static int size(const struct tnode *t) { return t ? 1 + size(t->l) + size(t->r) : 0; }
static int height(const struct tnode *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static long long wsum(const struct tnode *t, int depth) { return t ? (long long)t->key * depth + wsum(t->l, depth + 1) + wsum(t->r, depth + 1) : 0; }
static void mirror(struct tnode *t) { if (!t) return; struct tnode *x = t->l; t->l = t->r; t->r = x; mirror(t->l); mirror(t->r); }
static void inorder(const struct tnode *t) { if (!t) return; inorder(t->l); ck_print_i32(t->key); ck_sp(); inorder(t->r); }
static void preorder(const struct tnode *t) { if (!t) return; ck_print_i32(t->key); ck_sp(); preorder(t->l); preorder(t->r); }

int main(void)
{
    struct tnode *root = 0;
    unsigned s = ck_opaque_u32(99);
    for (int i = 0; i < 40; i++) { s = s * 1664525u + 1013904223u; root = insert(root, (int)(s >> 24) - 128); }
    ck_show_i32("size", size(root));
    ck_show_i32("height", height(root));
    ck_show_i64("wsum", wsum(root, 1));
    inorder(root); ck_nl();
    preorder(root); ck_nl();
    mirror(root);
    inorder(root); ck_nl();
    return height(root);
}

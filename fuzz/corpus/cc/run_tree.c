#include <stdio.h>
#include <stdlib.h>
typedef struct tnode { int key; struct tnode *l, *r; } tnode;
static tnode *insert(tnode *t, int k) {
    if (!t) { t = calloc(1, sizeof *t); t->key = k; return t; }
    if (k < t->key) t->l = insert(t->l, k); else t->r = insert(t->r, k);
    return t;
}
static int height(const tnode *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static void walk(const tnode *t) { if (!t) return; walk(t->l); printf("%d ", t->key); walk(t->r); }
static void drop(tnode *t) { if (!t) return; drop(t->l); drop(t->r); free(t); }
int main(void) {
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
    tnode *root = 0;
    for (int i = 0; i < 10; i++) root = insert(root, keys[i]);
    walk(root);
    printf("\nheight %d\n", height(root));
    drop(root);
    return 0;
}

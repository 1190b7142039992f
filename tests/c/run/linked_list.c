#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static struct node *push(struct node *h, int v) {
    struct node *n = malloc(sizeof *n);
    n->v = v; n->next = h;
    return n;
}
static struct node *reverse(struct node *h) {
    struct node *r = 0;
    while (h) { struct node *n = h->next; h->next = r; r = h; h = n; }
    return r;
}
int main(void) {
    struct node *h = 0;
    for (int i = 1; i <= 5; i++) h = push(h, i * i);
    h = reverse(h);
    int sum = 0;
    for (struct node *p = h; p; p = p->next) { printf("%d ", p->v); sum += p->v; }
    printf("= %d\n", sum);
    while (h) { struct node *n = h->next; free(h); h = n; }
    return 0;
}

/* Pointer-chasing data structures over a static node pool: a binary search tree (insert, look up,
 * in-order walk) and a sorted singly linked list, as a scheduler's timer queue. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 400
#endif
#endif
#define NODES 1024

typedef struct node {
    u32 key;
    u32 value;
    struct node *left, *right;
} node;

static node pool[NODES];
static int used;

static node *insert(node **root, u32 key, u32 value)
{
    node **p = root;
    while (*p) {
        if (key == (*p)->key) { (*p)->value += value; return *p; }
        p = key < (*p)->key ? &(*p)->left : &(*p)->right;
    }
    node *n = &pool[used++];
    n->key = key; n->value = value; n->left = n->right = 0;
    *p = n;
    return n;
}

static const node *find(const node *t, u32 key)
{
    while (t && t->key != key) t = key < t->key ? t->left : t->right;
    return t;
}

static u32 walk(const node *t, u32 acc)
{
    while (t) {
        acc = walk(t->left, acc);
        acc = acc * 17u + t->value;
        t = t->right;
    }
    return acc;
}

typedef struct timer { u32 due; u32 id; struct timer *next; } timer;
static timer timers[256];

static timer *timer_add(timer *head, timer *t)
{
    timer **p = &head;
    while (*p && (*p)->due <= t->due) p = &(*p)->next;
    t->next = *p;
    *p = t;
    return head;
}

int main(void)
{
    u32 seed = 0xB57u * bench_one, sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        node *root = 0;
        used = 0;
        for (int i = 0; i < NODES; i++) insert(&root, bench_rand(&seed) % 4096u, (u32)i);
        u32 hits = 0;
        for (int i = 0; i < 4096; i++) {
            const node *n = find(root, bench_rand(&seed) % 4096u);
            if (n) hits += n->value;
        }
        sum = sum * 31u + hits + (u32)used;
        sum = sum * 31u + walk(root, 0);
        timer *head = 0;
        for (u32 i = 0; i < 256; i++) {
            timers[i].due = bench_rand(&seed) % 10000u;
            timers[i].id = i;
            head = timer_add(head, &timers[i]);
        }
        for (timer *t = head; t; t = t->next) sum = sum * 3u + t->id;
    }
    bench_result("bst", sum);
    return 0;
}

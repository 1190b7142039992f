/* Pointers to structs: ->, linked nodes in an array, pointer-to-member writes, self-referential types. */
#include "cktest.h"

struct node { int val; struct node *next; struct node *prev; };

static struct node pool[20];

static int walk(const struct node *n) { int s = 0, i = 1; for (; n; n = n->next) s += n->val * i++; return s; }
static void bump(int *p, int k) { *p += k; }

int main(void)
{
    for (int i = 0; i < 20; i++) {
        pool[i].val = ck_opaque_i32(i * 3 - 7);
        pool[i].next = i < 19 ? &pool[i + 1] : 0;
        pool[i].prev = i > 0 ? &pool[i - 1] : 0;
    }
    ck_show_i32("walk", walk(&pool[0]));
    /* unlink every third node */
    for (int i = 3; i < 19; i += 3) { pool[i - 1].next = pool[i].next; pool[i + 1].prev = pool[i].prev; }
    ck_show_i32("walk2", walk(pool));
    int back = 0;
    for (struct node *n = &pool[19]; n; n = n->prev) back = back * 3 + n->val;
    ck_show_i32("back", back);
    struct node *p = &pool[5];
    bump(&p->val, 100);
    bump(&p->next->val, 1000);
    ck_show_i32("p5", pool[5].val);
    ck_show_i32("p7", pool[7].val);
    ck_show_i32("idx", (int)(p->next - pool));
    return walk(pool) & 0xff;
}

/* A chained hash table of integer keys with nodes from a static pool and a free list. */
#include "cktest.h"

struct entry { unsigned key; long long val; struct entry *next; };
static struct entry pool[200];
static struct entry *free_list;
static struct entry *buckets[31];

static void init(void) { for (int i = 0; i < 199; i++) pool[i].next = &pool[i + 1]; pool[199].next = 0; free_list = pool; }
static unsigned hash(unsigned k) { k ^= k >> 16; k *= 0x7feb352du; k ^= k >> 15; k *= 0x846ca68bu; k ^= k >> 16; return k % 31u; }
static struct entry *lookup(unsigned k) { for (struct entry *e = buckets[hash(k)]; e; e = e->next) if (e->key == k) return e; return 0; }
static int insert(unsigned k, long long v)
{
    struct entry *e = lookup(k);
    if (e) { e->val += v; return 0; }
    if (!free_list) return -1;
    e = free_list; free_list = e->next;
    e->key = k; e->val = v;
    unsigned b = hash(k);
    e->next = buckets[b]; buckets[b] = e;
    return 1;
}
static int remove_key(unsigned k)
{
    for (struct entry **pp = &buckets[hash(k)]; *pp; pp = &(*pp)->next)
        if ((*pp)->key == k) { struct entry *e = *pp; *pp = e->next; e->next = free_list; free_list = e; return 1; }
    return 0;
}

int main(void)
{
    init();
    int added = 0;
    for (unsigned i = 0; i < 300; i++) added += insert(ck_opaque_u32(i * 2654435761u % 250u), (long long)i * 1000000007ll) == 1;
    ck_show_i32("added", added);
    int removed = 0;
    for (unsigned k = 0; k < 250; k += 4) removed += remove_key(k);
    ck_show_i32("removed", removed);
    int again = 0;
    for (unsigned i = 1000; i < 1100; i++) again += insert(i, 1) == 1;
    ck_show_i32("again", again);
    long long total = 0;
    int longest = 0;
    for (int b = 0; b < 31; b++) {
        int len = 0;
        for (struct entry *e = buckets[b]; e; e = e->next) { total += e->val % 1000; len++; }
        if (len > longest) longest = len;
        ck_print_i32(len); ck_sp();
    }
    ck_nl();
    ck_show_i64("total", total);
    ck_show_i32("longest", longest);
    struct entry *e = lookup(ck_opaque_u32(1050));
    ck_show_i64("1050", e ? e->val : -1);
    return added & 0xff;
}

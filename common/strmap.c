/* A small open-addressing hash map from NUL-terminated names to indices (FNV-1a, linear probing,
 * kept at most half full). Used for symbol, label and string tables, where names can number in
 * the tens of thousands and linear search would be quadratic. */
#include <stdlib.h>
#include <string.h>

#include "cktools.h"

struct ck_strmap_slot { char *key; size_t val; };

static size_t hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 0x100000001b3u;
    return (size_t)(h ^ (h >> 32));
}

static struct ck_strmap_slot *find(const ck_strmap *m, const char *key)
{
    size_t i = hash(key) & (m->cap - 1);
    while (m->slots[i].key && strcmp(m->slots[i].key, key)) i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

int ck_strmap_get(const ck_strmap *m, const char *key, size_t *val)
{
    if (!m->cap) return 0;
    struct ck_strmap_slot *s = find(m, key);
    if (!s->key) return 0;
    if (val) *val = s->val;
    return 1;
}

static void grow(ck_strmap *m)
{
    ck_strmap n = { NULL, m->cap ? m->cap * 2 : 16, m->count };
    n.slots = ck_xmalloc(n.cap * sizeof *n.slots);
    memset(n.slots, 0, n.cap * sizeof *n.slots);
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key) *find(&n, m->slots[i].key) = m->slots[i];
    free(m->slots);
    *m = n;
}

void ck_strmap_put(ck_strmap *m, const char *key, size_t val)
{
    if ((m->count + 1) * 2 > m->cap) grow(m);
    struct ck_strmap_slot *s = find(m, key);
    if (!s->key) {
        s->key = ck_xstrdup(key);
        m->count++;
    }
    s->val = val;
}

void ck_strmap_free(ck_strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

/* Arena allocation and name interning for the front ends: every AST node, type and symbol of a
 * compilation comes from one arena and is released with it, so there are no per-node frees. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cktools.h"
#include "lang.h"

#define CHUNK_MIN (64 * 1024)
#define INTERN_BUCKETS 4096

typedef struct chunk { struct chunk *next; size_t used, cap; } chunk;
typedef struct iname { struct iname *next; size_t len; char s[]; } iname;

struct ck_arena {
    chunk *head;
    iname *names[INTERN_BUCKETS];
};

ck_arena *ck_arena_new(void)
{
    ck_arena *a = ck_xmalloc(sizeof *a);
    memset(a, 0, sizeof *a);
    return a;
}

void ck_arena_free(ck_arena *a)
{
    if (!a) return;
    for (chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

void *ck_arena_alloc(ck_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > CHUNK_MIN ? n : CHUNK_MIN;
        c = ck_xmalloc(sizeof(chunk) + cap);
        c->cap = cap;
        c->used = 0;
        /* keep the current chunk at the head when a huge block is a one-off */
        if (a->head && n > CHUNK_MIN) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = (char *)(c + 1) + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *ck_arena_strndup(ck_arena *a, const char *s, size_t n)
{
    char *p = ck_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *ck_arena_printf(ck_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = ck_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

const char *ck_intern(ck_arena *a, const char *s, size_t n)
{
    uint32_t h = 2166136261u;            /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    iname **b = &a->names[h % INTERN_BUCKETS];
    for (iname *e = *b; e; e = e->next)
        if (e->len == n && !memcmp(e->s, s, n)) return e->s;
    iname *e = ck_arena_alloc(a, sizeof *e + n + 1);
    e->len = n;
    memcpy(e->s, s, n);
    e->s[n] = 0;
    e->next = *b;
    *b = e;
    return e->s;
}

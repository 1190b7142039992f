/* An open-addressing hash table (linear probing, tombstones) of string keys to int values. */
#include "cktest.h"

#define CAP 128
struct slot { char key[12]; int val; unsigned char state; };   /* 0 empty, 1 used, 2 deleted */
static struct slot tab[CAP];
static int probes;

static unsigned fnv(const char *s) { unsigned h = 2166136261u; while (*s) h = (h ^ (unsigned char)*s++) * 16777619u; return h; }
static int keq(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return *a == *b; }
static void kcpy(char *d, const char *s) { int i = 0; while (s[i] && i < 11) { d[i] = s[i]; i++; } d[i] = 0; }

static struct slot *find(const char *k, int for_insert)
{
    unsigned i = fnv(k) & (CAP - 1);
    struct slot *tomb = 0;
    for (int n = 0; n < CAP; n++, i = (i + 1) & (CAP - 1)) {
        probes++;
        struct slot *s = &tab[i];
        if (s->state == 0) return for_insert ? (tomb ? tomb : s) : 0;
        if (s->state == 2) { if (!tomb) tomb = s; continue; }
        if (keq(s->key, k)) return s;
    }
    return for_insert ? tomb : 0;
}
static void put(const char *k, int v) { struct slot *s = find(k, 1); if (s->state != 1) { kcpy(s->key, k); s->state = 1; s->val = 0; } s->val += v; }
static int get(const char *k, int *v) { struct slot *s = find(k, 0); if (!s) return 0; *v = s->val; return 1; }
static void del(const char *k) { struct slot *s = find(k, 0); if (s) s->state = 2; }

static void key_of(int i, char *buf) { buf[0] = 'k'; int n = 1; do { buf[n++] = (char)('a' + i % 26); i /= 26; } while (i); buf[n] = 0; }

int main(void)
{
    char k[12];
    for (int i = 0; i < 90; i++) { key_of(ck_opaque_i32(i * 7 % 60), k); put(k, i); }
    for (int i = 0; i < 60; i += 3) { key_of(i, k); del(k); }
    for (int i = 0; i < 10; i++) { key_of(i + 100, k); put(k, -i); }
    int found = 0, sum = 0;
    for (int i = 0; i < 120; i++) { int v; key_of(i, k); if (get(k, &v)) { found++; sum += v * (i + 1); } }
    ck_show_i32("found", found);
    ck_show_i32("sum", sum);
    ck_show_i32("probes", probes);
    int used = 0, dead = 0;
    for (int i = 0; i < CAP; i++) { used += tab[i].state == 1; dead += tab[i].state == 2; }
    ck_show_i32("used", used);
    ck_show_i32("dead", dead);
    return found;
}

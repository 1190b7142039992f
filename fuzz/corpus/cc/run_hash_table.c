#include <stdio.h>
#include <string.h>
#define NB 16
struct entry { const char *key; int val; int used; };
static struct entry tab[NB];
static unsigned fnv(const char *s) { unsigned h = 2166136261u; while (*s) h = (h ^ (unsigned char)*s++) * 16777619u; return h; }
static void put(const char *k, int v) {
    unsigned i = fnv(k) % NB;
    while (tab[i].used && strcmp(tab[i].key, k)) i = (i + 1) % NB;
    tab[i].key = k; tab[i].val = v; tab[i].used = 1;
}
static int get(const char *k, int *v) {
    unsigned i = fnv(k) % NB;
    while (tab[i].used) { if (!strcmp(tab[i].key, k)) { *v = tab[i].val; return 1; } i = (i + 1) % NB; }
    return 0;
}
int main(void) {
    const char *words[] = { "alpha", "beta", "gamma", "delta", "beta", "alpha", "alpha" };
    for (int i = 0; i < 7; i++) { int v = 0; get(words[i], &v); put(words[i], v + 1); }
    const char *q[] = { "alpha", "beta", "gamma", "delta", "omega" };
    for (int i = 0; i < 5; i++) { int v; printf("%s=%d ", q[i], get(q[i], &v) ? v : -1); }
    printf("\n%08x\n", fnv("cockpit"));
    return 0;
}

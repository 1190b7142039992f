/* Insertion sort and binary insertion sort on shorts, unsigned and 64-bit keys, checked for stability. */
#include "cktest.h"

static void isort_short(short *v, int n) { for (int i = 1; i < n; i++) { short k = v[i]; int j = i - 1; while (j >= 0 && v[j] > k) { v[j + 1] = v[j]; j--; } v[j + 1] = k; } }
static void isort_u64(unsigned long long *v, int n)
{
    for (int i = 1; i < n; i++) {
        unsigned long long k = v[i];
        int lo = 0, hi = i;
        while (lo < hi) { int mid = (lo + hi) / 2; if (v[mid] <= k) lo = mid + 1; else hi = mid; }
        for (int j = i; j > lo; j--) v[j] = v[j - 1];
        v[lo] = k;
    }
}
struct kv { unsigned key; int order; };
static void isort_kv(struct kv *v, int n) { for (int i = 1; i < n; i++) { struct kv k = v[i]; int j = i; while (j > 0 && v[j - 1].key > k.key) { v[j] = v[j - 1]; j--; } v[j] = k; } }

int main(void)
{
    short s[60];
    unsigned long long u[60];
    struct kv kv[40];
    unsigned x = ck_opaque_u32(77);
    for (int i = 0; i < 60; i++) {
        x = x * 69069u + 1u;
        s[i] = (short)(x >> 16);
        u[i] = (unsigned long long)x << 24 ^ (x >> 5);
    }
    for (int i = 0; i < 40; i++) { kv[i].key = (unsigned)(i * 7) % 5; kv[i].order = i; }
    isort_short(s, 60);
    isort_u64(u, 60);
    isort_kv(kv, 40);
    int ok = 1;
    for (int i = 1; i < 60; i++) ok &= s[i - 1] <= s[i] && u[i - 1] <= u[i];
    for (int i = 1; i < 40; i++) ok &= kv[i - 1].key < kv[i].key || (kv[i - 1].key == kv[i].key && kv[i - 1].order < kv[i].order);
    ck_show_i32("ok", ok);
    for (int i = 0; i < 60; i += 6) { ck_print_i32(s[i]); ck_sp(); ck_print_x64(u[i]); ck_nl(); }
    for (int i = 0; i < 40; i += 5) { ck_print_u32(kv[i].key); ck_putchar(':'); ck_print_i32(kv[i].order); ck_sp(); }
    ck_nl();
    return ok;
}

/* Substring search: naive, Knuth-Morris-Pratt with a failure table, and Horspool with a skip table. */
#include "cktest.h"

static int naive(const char *t, int n, const char *p, int m) { for (int i = 0; i + m <= n; i++) { int j = 0; while (j < m && t[i + j] == p[j]) j++; if (j == m) return i; } return -1; }
static int kmp(const char *t, int n, const char *p, int m, int *count)
{
    int fail[32], first = -1;
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) { while (k && p[i] != p[k]) k = fail[k - 1]; if (p[i] == p[k]) k++; fail[i] = k; }
    *count = 0;
    for (int i = 0, k = 0; i < n; i++) {
        while (k && t[i] != p[k]) k = fail[k - 1];
        if (t[i] == p[k]) k++;
        if (k == m) { if (first < 0) first = i - m + 1; (*count)++; k = fail[k - 1]; }
    }
    return first;
}
static int horspool(const char *t, int n, const char *p, int m)
{
    int skip[256];
    for (int i = 0; i < 256; i++) skip[i] = m;
    for (int i = 0; i < m - 1; i++) skip[(unsigned char)p[i]] = m - 1 - i;
    for (int i = 0; i + m <= n; i += skip[(unsigned char)t[i + m - 1]]) { int j = m - 1; while (j >= 0 && t[i + j] == p[j]) j--; if (j < 0) return i; }
    return -1;
}

int main(void)
{
    char text[600];
    int n = 0;
    static const char *const parts[] = { "abra", "cad", "abracadabra", "aab", "ababab", "xyz" };
    unsigned s = ck_opaque_u32(3);
    while (n < 580) { s = s * 1103515245u + 12345u; const char *w = parts[(s >> 16) % 6]; while (*w) text[n++] = *w++; }
    text[n] = 0;
    static const char *const pats[] = { "abracadabra", "ababab", "cadabra", "zzz", "aaba", "xyzabr", "a" };
    for (int i = 0; i < 7; i++) {
        int m = (int)ck_cstrlen(pats[i]), c;
        int a = naive(text, n, pats[i], m), b = kmp(text, n, pats[i], m, &c), h = horspool(text, n, pats[i], m);
        ck_print_str(pats[i]); ck_sp(); ck_print_i32(a); ck_sp(); ck_print_i32(b); ck_sp(); ck_print_i32(h); ck_sp(); ck_print_i32(c); ck_nl();
    }
    return n & 0xff;
}

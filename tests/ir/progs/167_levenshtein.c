/* Edit distance and longest common subsequence by dynamic programming over 2-D tables. */
#include "cktest.h"

static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
static int lev(const char *a, const char *b)
{
    int n = (int)ck_cstrlen(a), m = (int)ck_cstrlen(b);
    unsigned char d[32][32];
    for (int i = 0; i <= n; i++) d[i][0] = (unsigned char)i;
    for (int j = 0; j <= m; j++) d[0][j] = (unsigned char)j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) d[i][j] = (unsigned char)min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
    return d[n][m];
}
static int lcs(const char *a, const char *b, char *out)
{
    int n = (int)ck_cstrlen(a), m = (int)ck_cstrlen(b);
    unsigned char t[32][32] = { { 0 } };
    for (int i = 0; i <= n; i++) for (int j = 0; j <= m; j++)
        t[i][j] = (unsigned char)(!i || !j ? 0 : a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1]);
    int k = t[n][m];
    out[k] = 0;
    for (int i = n, j = m; i && j;) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (t[i - 1][j] >= t[i][j - 1]) i--;
        else j--;
    }
    return t[n][m];
}

int main(void)
{
    static const char *const w[] = { "kitten", "sitting", "saturday", "sunday", "", "abc", "flaw", "lawn", "intention", "execution" };
    int total = 0;
    char buf[32];
    for (int i = 0; i < 10; i += 2) {
        int d = lev(w[ck_opaque_i32(i)], w[i + 1]);
        int l = lcs(w[i], w[i + 1], buf);
        ck_print_str(w[i]); ck_putchar('/'); ck_print_str(w[i + 1]); ck_sp(); ck_print_i32(d); ck_sp(); ck_print_i32(l); ck_sp(); ck_puts(buf);
        total += d;
    }
    ck_show_i32("cross", lev(w[8], w[2]) * 100 + lev(w[0], w[9]));
    return total;
}

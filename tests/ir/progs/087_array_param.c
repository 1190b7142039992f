/* Arrays passed to functions: decayed pointers, pointer-to-array parameters, writes seen by the caller. */
#include "cktest.h"

static void scale(int *v, int n, int k) { for (int i = 0; i < n; i++) v[i] *= k; }
static int sum_rows(int (*m)[5], int rows) { int s = 0; for (int i = 0; i < rows; i++) for (int j = 0; j < 5; j++) s += m[i][j]; return s; }
static void fill_row(int row[5], int v) { for (int j = 0; j < 5; j++) row[j] = v + j; }
static int count_char(const char s[], char c) { int n = 0; for (int i = 0; s[i]; i++) n += s[i] == c; return n; }
static void prefix(const long long in[], long long out[], int n) { long long s = 0; for (int i = 0; i < n; i++) out[i] = s += in[i]; }

int main(void)
{
    int v[10];
    for (int i = 0; i < 10; i++) v[i] = ck_opaque_i32(i - 4);
    scale(v, 10, 3);
    scale(v + 5, 5, -2);
    for (int i = 0; i < 10; i++) { ck_print_i32(v[i]); ck_sp(); }
    ck_nl();
    int m[4][5];
    for (int i = 0; i < 4; i++) fill_row(m[i], ck_opaque_i32(i * 10));
    ck_show_i32("rows", sum_rows(m, 4));
    ck_show_i32("rows_tail", sum_rows(m + 2, 2));
    ck_show_i32("count", count_char("mississippi banana", 's') * 10 + count_char("mississippi banana", 'a'));
    long long in[6] = { 1, -2, 3000000000ll, 4, -5000000000ll, 6 }, out[6];
    prefix(in, out, 6);
    for (int i = 0; i < 6; i++) { ck_print_i64(out[i]); ck_sp(); }
    ck_nl();
    return sum_rows(m, 4) & 0xff;
}

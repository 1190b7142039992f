/* Stores through one pointer seen by loads through another that may alias it. */
#include "cktest.h"

static int add_twice(int *a, const int *b) { *a += *b; *a += *b; return *a; }
static void copy_shifted(int *dst, const int *src, int n) { for (int i = 0; i < n; i++) dst[i] = src[i] + 1; }
static long long mixed(long long *p, int *q) { *p = 1; *q = 2; return *p; }

int main(void)
{
    int x = ck_opaque_i32(5);
    ck_show_i32("same", add_twice(&x, &x));   /* 5+5=10, 10+10=20 */
    int y = ck_opaque_i32(5), z = 3;
    ck_show_i32("diff", add_twice(&y, &z));
    int arr[10];
    for (int i = 0; i < 10; i++) arr[i] = ck_opaque_i32(i);
    copy_shifted(arr + 1, arr, 9);            /* overlapping forward copy */
    for (int i = 0; i < 10; i++) ck_print_i32(arr[i]);
    ck_nl();
    for (int i = 0; i < 10; i++) arr[i] = i;
    copy_shifted(arr, arr + 1, 9);
    for (int i = 0; i < 10; i++) ck_print_i32(arr[i]);
    ck_nl();
    long long l = 0;
    int k = 0;
    ck_show_i64("mixed", mixed(&l, &k));
    int v[2] = { 10, 20 };
    int *p = &v[ck_opaque_i32(0)], *q = &v[ck_opaque_i32(0)];
    *p = 7;
    *q += 1;
    ck_show_i32("alias", *p);
    return arr[9];
}

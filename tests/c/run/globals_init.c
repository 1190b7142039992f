#include <stdio.h>
int zero;
int one = 1;
static int hidden = 2;
int arr[5] = {1, 2};
int *pa = &arr[2];
int *pb = arr + 4;
char str[] = "global";
const char *strp = "ptr" "str";
struct s { int a; char b; int *p; } gs = { 5, 'x', &one };
struct s gsa[2] = { {1, 'a', 0}, [1] = { .b = 'z', .a = 9 } };
double dbl = 2.5;
float flt = -1.25f;
long long ll = -1234567890123LL;
unsigned char uc = 200;
int main(void) {
    printf("%d %d %d\n", zero, one, hidden);
    printf("%d %d %d %d\n", arr[0], arr[1], arr[4], (int)(pb - pa));
    *pa = 7;
    printf("%d %s %s\n", arr[2], str, strp);
    printf("%d %c %d\n", gs.a, gs.b, *gs.p);
    printf("%d %c %d %c\n", gsa[0].a, gsa[0].b, gsa[1].a, gsa[1].b);
    printf("%g %g %lld %d\n", dbl, flt, ll, uc);
    return 0;
}

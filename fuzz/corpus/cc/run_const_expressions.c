#include <stdio.h>
#define KB(x) ((x) * 1024)
enum { SZ = KB(2) / 512, MASK = (1 << 5) - 1, NEG = -(3 * 4), SH = 1u << 31 > 0 };
static int arr[SZ * 2 + 1];
static const int cases[] = { MASK, NEG, SZ };
int main(void) {
    printf("%d %d %d %d %d\n", SZ, MASK, NEG, SH, (int)(sizeof arr / sizeof arr[0]));
    char buf[sizeof(int) * 3 + (1 ? 2 : 100)];
    printf("%d\n", (int)sizeof buf);
    switch (cases[1]) { case -12: printf("neg case\n"); break; case 'A' + 1: break; }
    static int x = 10 % 3 + (7 >> 1) * 2 - ~0;
    printf("%d\n", x);
    return 0;
}

#include <stdio.h>
struct s { char a; short b; int c; long long d; };
int main(void) {
    int a[10];
    char c = 0;
    printf("%d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long long));
    printf("%d %d %d\n", (int)sizeof(float), (int)sizeof(double), (int)sizeof(_Bool));
    printf("%d %d %d\n", (int)sizeof a, (int)sizeof a[0], (int)sizeof(a) / (int)sizeof(a[0]));
    printf("%d %d %d\n", (int)sizeof c, (int)sizeof(c + 1), (int)sizeof(struct s));
    int n = 5;
    printf("%d %d\n", (int)sizeof(n++), n);
    printf("%d %d\n", (int)sizeof 'a', (int)sizeof(1LL << 2));
    printf("%d\n", (int)sizeof(int[3][4]));
    return 0;
}

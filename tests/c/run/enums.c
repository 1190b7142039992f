#include <stdio.h>
enum color { RED, GREEN = 5, BLUE, LAST = BLUE + 10 };
enum neg { MINUS = -2, ZERO2 = 0 };
typedef enum { A1 = 1 << 0, A2 = 1 << 1, A3 = 1 << 2 } flags;
int main(void) {
    enum color c = BLUE;
    printf("%d %d %d %d\n", RED, GREEN, c, LAST);
    flags f = A1 | A3;
    printf("%d %d\n", f, (int)sizeof(enum color));
    enum neg n = MINUS;
    printf("%d %d\n", n, n < 0);
    int arr[LAST];
    printf("%d\n", (int)(sizeof arr / sizeof arr[0]));
    switch (c) { case RED: printf("red\n"); break; case BLUE: printf("blue\n"); break; default: break; }
    return 0;
}

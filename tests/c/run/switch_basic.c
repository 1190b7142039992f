#include <stdio.h>
static int f(int x) {
    switch (x) {
    case 0: return 100;
    case 1:
    case 2: return 200;
    case -5: return -5;
    case 1000000: return 7;
    default: return -1;
    }
}
int main(void) {
    int v[] = {0, 1, 2, 3, -5, 1000000};
    for (int i = 0; i < 6; i++) printf("%d ", f(v[i]));
    printf("\n");
    int n = 0;
    for (int i = 0; i < 5; i++) {
        switch (i) {
        case 1: n += 1;
        case 2: n += 10; break;
        case 3: continue;
        default: n += 100;
        }
        n += 1000;
    }
    printf("%d\n", n);
    return 0;
}

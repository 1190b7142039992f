#include <stdio.h>
int main(void) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 3) continue;
        if (i == 8) break;
        sum += i;
    }
    printf("sum %d\n", sum);
    int j = 0;
    for (;;) { if (++j > 5) break; }
    printf("j %d\n", j);
    for (int a = 0, b = 10; a < b; a++, b--) printf("%d-%d ", a, b);
    printf("\n");
    for (int i = 0; i < 3; i++) for (int i2 = 0; i2 < 3; i2++) if (i == i2) printf("%d", i);
    printf("\n");
    return 0;
}

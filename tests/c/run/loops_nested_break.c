#include <stdio.h>
int main(void) {
    int found = 0;
    for (int i = 2; i < 50 && !found; i++) {
        int j = 2;
        while (j * j <= i) { if (i % j == 0) break; j++; }
        if (j * j > i && i > 40) { printf("first prime > 40: %d\n", i); found = 1; }
    }
    int total = 0, k = 0;
    do {
        k++;
        if (k % 2) continue;
        switch (k % 3) { case 0: total += 100; continue; default: total += 1; }
        total += 10;
    } while (k < 10);
    printf("%d\n", total);
    return 0;
}

#include <stdio.h>
#include <string.h>
#define MAX 1000
static char composite[MAX + 1];
int main(void) {
    memset(composite, 0, sizeof composite);
    int count = 0, last = 0;
    for (int i = 2; i <= MAX; i++) {
        if (composite[i]) continue;
        count++; last = i;
        for (int j = i * i; j <= MAX; j += i) composite[j] = 1;
    }
    printf("%d primes, last %d\n", count, last);
    return 0;
}

#include <stdio.h>
int main(void) {
    int i = 0, total = 0;
loop:
    if (i >= 10) goto done;
    {
        int sq = i * i;
        if (sq % 2) goto next;
        total += sq;
    }
next:
    i++;
    goto loop;
done:
    printf("%d\n", total);
    int n = 3;
    while (n) {
        n--;
        if (n == 1) goto skip;
        printf("n=%d\n", n);
    skip:;
    }
    return 0;
}

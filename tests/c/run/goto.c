#include <stdio.h>
int main(void) {
    int i = 0;
again:
    i++;
    if (i < 5) goto again;
    printf("i=%d\n", i);
    int n = 0;
    for (int a = 0; a < 10; a++)
        for (int b = 0; b < 10; b++)
            if (a * b == 42) { n = a * 10 + b; goto found; }
found:
    printf("found %d\n", n);
    goto end;
    printf("skipped\n");
end:
    return 0;
}
